// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as obsidian from './obsidian';
import { editNote, fakeAppFromNotes, parseVault } from './fake-vault';

const NOTE = { path: 'Clients/Ann/2026-01-05.md', text: '---\nclient: Ann\ndate: 2026-01-05\n---\nHello\n' };

class PlainView extends obsidian.ItemView {
	static opened = 0;
	getViewType(): string {
		return 'plain';
	}
	getDisplayText(): string {
		return 'Plain';
	}
	protected override onOpen(): Promise<void> {
		PlainView.opened++;
		return Promise.resolve();
	}
}

describe('the obsidian stub follows the real app', () => {
	it("parses a written note in the background: the old cache until then, then 'changed', then 'resolved'", async () => {
		const app = fakeAppFromNotes([NOTE]);
		const file = app.vault.getFileByPath(NOTE.path) as obsidian.TFile;
		const events: string[] = [];
		app.metadataCache.on('changed', (changed: obsidian.TFile, _data: string, cache: obsidian.CachedMetadata) => events.push(`changed ${changed.path} ${String(cache.frontmatter?.client)}`));
		app.metadataCache.on('resolved', () => events.push('resolved'));
		app.vault.on('modify', () => events.push('modify'));
		const resolved = app.metadataCache.nextResolved();
		await app.vault.modify(file, NOTE.text.replace('client: Ann', 'client: Bo'));
		editNote(app, NOTE.path, NOTE.text.replace('client: Ann', 'client: Cy'));
		// Written, but not parsed yet: the cache still says Ann.
		expect(events).toEqual(['modify', 'modify']);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.client).toBe('Ann');
		await resolved;
		expect(events).toEqual(['modify', 'modify', `changed ${NOTE.path} Bo`, `changed ${NOTE.path} Cy`, 'resolved']);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.client).toBe('Cy');
	});

	it("builds a new vault's cache after startup, note by note, then 'resolved'", async () => {
		const app = fakeAppFromNotes([NOTE], { cached: false });
		const file = app.vault.getFileByPath(NOTE.path) as obsidian.TFile;
		expect(app.metadataCache.getFileCache(file)).toBeNull();
		await parseVault(app);
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ client: 'Ann', date: '2026-01-05' });
	});

	it('keeps a background leaf deferred until it is shown, and finds it by its type meanwhile', async () => {
		const app = new obsidian.App();
		app.workspace.registerViewType('plain', (leaf) => new PlainView(leaf));
		const leaf = app.workspace.getLeaf('tab');
		leaf.defer({ type: 'plain', state: { n: 1 } });
		const opened = PlainView.opened;
		expect(leaf.isDeferred).toBe(true);
		expect(leaf.view).not.toBeInstanceOf(PlainView);
		expect(leaf.view?.getViewType()).toBe('deferred');
		expect(app.workspace.getLeavesOfType('plain')).toEqual([leaf]);
		expect(leaf.getViewState()).toEqual({ type: 'plain', state: { n: 1 } });
		expect(PlainView.opened).toBe(opened);
		await app.workspace.revealLeaf(leaf);
		expect(leaf.isDeferred).toBe(false);
		expect(leaf.view).toBeInstanceOf(PlainView);
		expect(PlainView.opened).toBe(opened + 1);
		// loadIfDeferred on a loaded leaf changes nothing.
		const view = leaf.view;
		await leaf.loadIfDeferred();
		expect(leaf.view).toBe(view);
	});

	it("keeps a view's leaf when its plugin unloads, and shows the view again when it loads", async () => {
		const app = new obsidian.App();
		const manifest = { id: 'p', name: 'P', version: '1', minAppVersion: '1.7.2', description: 'P.', author: 'A' };
		class P extends obsidian.Plugin {
			override onload(): void {
				this.registerView('plain', (leaf) => new PlainView(leaf));
			}
		}
		const first = new P(app, manifest);
		first.load();
		const leaf = app.workspace.getLeaf('tab');
		await leaf.setViewState({ type: 'plain', state: {} });
		const view = leaf.view as PlainView;
		first.unload();
		await app.workspace.whenViewsSettled();
		expect(app.workspace.leaves).toEqual([leaf]);
		expect(leaf.isDeferred).toBe(true);
		expect(view.containerEl.isConnected).toBe(false);
		const second = new P(app, manifest);
		second.load();
		await app.workspace.whenViewsSettled();
		expect(leaf.view).toBeInstanceOf(PlainView);
		expect(leaf.view).not.toBe(view);
		second.unload();
	});

	it('scores fuzzy matches as Obsidian does: letters in order, whole words first, best score first', () => {
		const search = obsidian.prepareFuzzySearch('sl');
		expect(search('Susan Lee')).toEqual({ score: expect.any(Number) as number, matches: [[0, 1], [6, 7]] });
		expect(search('Tom Okafor')).toBeNull();
		const word = obsidian.prepareFuzzySearch('lee');
		expect(word('Susan Lee')?.matches).toEqual([[6, 9]]);
		// A run at a word start scores above the same letters scattered inside words.
		expect(word('Susan Lee')?.score ?? -Infinity).toBeGreaterThan(word('Belated reply here')?.score ?? Infinity);
		expect(obsidian.prepareFuzzySearch('lx')('alx l')?.matches).toEqual([[1, 3]]);

		class Picker extends obsidian.FuzzySuggestModal<string> {
			getItems(): string[] {
				return ['Belated reply here', 'Susan Lee', 'Tom Okafor'];
			}
			getItemText(item: string): string {
				return item;
			}
			onChooseItem(): void {}
		}
		const picker = new Picker(new obsidian.App());
		expect(picker.getSuggestions('').map((m) => m.item)).toEqual(['Belated reply here', 'Susan Lee', 'Tom Okafor']);
		expect(picker.getSuggestions('lee').map((m) => m.item)).toEqual(['Susan Lee', 'Belated reply here']);
		expect(picker.getSuggestions('to ok').map((m) => m.item)).toEqual(['Tom Okafor']);
	});

	it("gives a pop-out window its own document and DOM classes: instanceof fails there, instanceOf holds", () => {
		const app = new obsidian.App();
		const leaf = app.workspace.getLeaf('window');
		const popout = app.workspace.popouts[0];
		if (!popout) throw new Error('no pop-out window');
		expect(leaf.containerEl.ownerDocument).toBe(popout.doc);
		expect(popout.doc).not.toBe(document);
		const details = leaf.containerEl.createEl('details');
		expect(details.ownerDocument).toBe(popout.doc);
		expect(details.doc).toBe(popout.doc);
		expect(details instanceof HTMLDetailsElement).toBe(false);
		expect(details instanceof HTMLElement).toBe(false);
		expect(details.instanceOf(HTMLDetailsElement)).toBe(true);
		expect(details.instanceOf(HTMLElement)).toBe(true);
		expect(details.instanceOf(HTMLInputElement)).toBe(false);
		let clicked: MouseEvent | null = null;
		details.addEventListener('click', (event) => (clicked = event));
		details.click();
		const event = clicked as MouseEvent | null;
		expect(event instanceof MouseEvent).toBe(false);
		expect(event?.instanceOf(MouseEvent)).toBe(true);
		expect(event?.doc).toBe(popout.doc);
		// In the main window both checks agree.
		const main = document.body.createDiv();
		expect(main instanceof HTMLElement && main.instanceOf(HTMLElement)).toBe(true);
		main.addEventListener('click', (e) => (clicked = e));
		main.click();
		expect((clicked as MouseEvent | null) instanceof MouseEvent).toBe(true);
		main.remove();
	});

	it('shows a menu in the document it is given, else in the main window', () => {
		const app = new obsidian.App();
		app.workspace.getLeaf('window');
		const popout = app.workspace.popouts[0];
		const menu = new obsidian.Menu();
		menu.showAtPosition({ x: 0, y: 0 }, popout?.doc);
		expect(menu.doc).toBe(popout?.doc);
		menu.showAtPosition({ x: 0, y: 0 });
		expect(menu.doc).toBe(document);
	});
});
