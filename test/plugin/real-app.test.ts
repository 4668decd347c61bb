// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import * as obsidian from '../stubs/obsidian';
import { editNote, fakeApp, parseVault } from '../stubs/fake-vault';
import { domChanges, eventsOf, until } from '../stubs/signals';
import { EXAMPLE_VAULT } from '../vault';
import { indexEvents, whenIndexed } from './index-ready';
import { buildBundle, evaluateBundle, MANIFEST } from './load-bundle';

// The plugin in the stub where it behaves as the real app does and a simpler stub would not: a cache built after
// startup, deferred tabs, tabs kept over a reload, fuzzy search, pop-out windows.

const VIEW = 'coaching-review-dashboard';
const loaded: obsidian.Plugin[] = [];

async function load(app: obsidian.App): Promise<obsidian.Plugin> {
	const Plugin = evaluateBundle((await buildBundle()).code);
	const plugin = new Plugin(app, MANIFEST);
	plugin.load();
	loaded.push(plugin);
	await plugin.whenLoaded();
	return plugin;
}

async function started(app: obsidian.App): Promise<obsidian.Plugin> {
	const plugin = await load(app);
	app.workspace.finishLayout();
	await whenIndexed(plugin);
	return plugin;
}

function picker(plugin: obsidian.Plugin): obsidian.FuzzySuggestModal<{ name: string }> {
	plugin.commands.get('review-client')?.callback?.();
	const modal = obsidian.Modal.opened.at(-1) as obsidian.FuzzySuggestModal<{ name: string }>;
	modal.close();
	return modal;
}

/** Chooses the first client the query finds, and waits until a dashboard shows that client. */
async function choose(plugin: obsidian.Plugin, query: string): Promise<void> {
	const modal = picker(plugin);
	const match = modal.getSuggestions(query)[0];
	if (!match) throw new Error(`Nothing for ${query}`);
	modal.onChooseSuggestion(match, new MouseEvent('click'));
	const shown = () => plugin.app.workspace.getLeavesOfType(VIEW).some((leaf) => dashboardOf(leaf)?.querySelector('h1, h2')?.textContent?.includes(match.item.name));
	await until(shown, domChanges(document));
}

const lastMenu = (): obsidian.Menu | null => obsidian.Menu.last;
const dashboardOf = (leaf: obsidian.WorkspaceLeaf | undefined) => leaf?.containerEl.querySelector('.cr-dashboard') ?? null;

afterEach(() => {
	for (const plugin of loaded.splice(0)) plugin.unload();
});

describe('the plugin where the stub follows the real app', () => {
	it("finds every client when Obsidian builds a new vault's cache after startup ('changed' after the parse, then 'resolved')", async () => {
		const app = await fakeApp(EXAMPLE_VAULT, { cached: false });
		const plugin = await started(app);
		// Without a cache, only the notes in client folders could be told apart as sessions.
		expect(picker(plugin).getSuggestions('').map((m) => m.item.name)).not.toContain('Marcus Bell');
		await parseVault(app);
		const names = () => picker(plugin).getSuggestions('').map((m) => m.item.name);
		// Every client of the example vault, Marcus (whose sessions name him only in their frontmatter) among them.
		await until(() => names().length === 12 && names().includes('Marcus Bell'), indexEvents(plugin));
	});

	it('shows an edit once Obsidian has parsed the note', async () => {
		const app = await fakeApp(EXAMPLE_VAULT);
		const plugin = await started(app);
		await choose(plugin, 'Marcus Bell');
		const path = 'Sessions/2026-11-11 Marcus Bell.md';
		const text = await app.vault.read(app.vault.getFileByPath(path) as obsidian.TFile);
		const parsed = app.metadataCache.nextResolved();
		editNote(app, path, text.replace('## Next steps\n', '## Next steps\n- [ ] Phone the insurer about the cabin\n'));
		await parsed;
		const leaf = app.workspace.getLeavesOfType(VIEW)[0];
		await until(() => dashboardOf(leaf)?.textContent?.includes('Phone the insurer about the cabin') === true, domChanges(document));
	});

	it('leaves a deferred dashboard unbuilt, redraws around it, and reuses it when a client is chosen', async () => {
		const app = await fakeApp(EXAMPLE_VAULT);
		// Obsidian restored a dashboard tab in the background before the plugin loaded.
		const leaf = app.workspace.getLeaf('tab');
		leaf.defer({ type: VIEW, state: { client: 'susan lee' } });
		const plugin = await started(app);
		expect(leaf.isDeferred).toBe(true);
		expect(dashboardOf(leaf)).toBeNull();
		// A display setting redraws loaded dashboards only: this one stays deferred.
		await plugin.changeDataExternally({ version: 1, privacyMode: true });
		expect(leaf.isDeferred).toBe(true);
		await choose(plugin, 'Marcus');
		expect(app.workspace.getLeavesOfType(VIEW)).toEqual([leaf]);
		expect(leaf.isDeferred).toBe(false);
		// Privacy mode leaves no name in attributes: the dashboard is Marcus's by what it shows (blurred on screen).
		expect(dashboardOf(leaf)?.querySelector('h1, h2')?.textContent).toContain('Marcus Bell');
		expect(dashboardOf(leaf)?.classList.contains('cr-privacy')).toBe(true);
	});

	it('keeps the dashboard tab when unloaded, and shows the same client when loaded again', async () => {
		const app = await fakeApp(EXAMPLE_VAULT);
		const plugin = await started(app);
		await choose(plugin, 'Tom');
		const leaf = app.workspace.getLeavesOfType(VIEW)[0];
		expect(dashboardOf(leaf)?.getAttribute('data-client')).toBe('Tom Okafor');
		plugin.unload();
		await app.workspace.whenViewsSettled();
		expect(app.workspace.leaves).toContain(leaf);
		expect(dashboardOf(leaf)).toBeNull();
		const again = await load(app);
		await whenIndexed(again);
		await until(() => dashboardOf(leaf)?.getAttribute('data-client') === 'Tom Okafor', domChanges(document));
		expect(app.workspace.getLeavesOfType(VIEW)).toEqual([leaf]);
	});

	it('finds clients by fuzzy search, as the real picker does', async () => {
		const plugin = await started(await fakeApp(EXAMPLE_VAULT));
		const names = (query: string) => picker(plugin).getSuggestions(query).map((m) => m.item.name);
		expect(names('sl')[0]).toBe('Susan Lee');
		expect(names('zoe')).toEqual([]);
		expect(names('zoë m')).toEqual(['Zoë Martin']);
		expect(names('sue')[0]).toBe('Susan Lee');
	});

	it('works in a pop-out window: folded sessions open, the status menu opens there, links open the note', async () => {
		const app = await fakeApp(EXAMPLE_VAULT);
		const plugin = await started(app);
		const leaf = app.workspace.getLeaf('window');
		const popout = app.workspace.popouts[0];
		await leaf.setViewState({ type: VIEW, state: { client: 'susan lee' } });
		const view = leaf.view as obsidian.ItemView;
		expect(view.contentEl.ownerDocument).toBe(popout?.doc);
		// The sessions are below the first screenful, drawn in the pop-out's later frames.
		await (view as unknown as { whenDrawn(): Promise<void> }).whenDrawn();
		const sessions = [...view.contentEl.querySelectorAll<HTMLDetailsElement>('details.cr-session')];
		const oldest = sessions.at(-1);
		expect(oldest?.querySelector('.cr-columns')).toBeNull();
		if (!oldest) throw new Error('no folded session');
		expect(oldest instanceof HTMLElement).toBe(false);
		oldest.open = true;
		oldest.dispatchEvent(new Event('toggle'));
		expect(oldest.querySelector('.cr-col-client')?.textContent).toContain("I've wanted to do this course for three years");
		// The status menu, from the keyboard: in the pop-out window, not the main one.
		const control = view.contentEl.querySelector<HTMLElement>('.cr-thread-head .cr-status-control');
		obsidian.Menu.last = null;
		control?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		expect(lastMenu()?.items.map((i) => i.title)).toEqual(['Open', 'In progress', 'Done', 'Dropped']);
		expect(lastMenu()?.doc).toBe(popout?.doc);
		// And from a click: at the pointer, in the same window.
		obsidian.Menu.last = null;
		control?.click();
		expect(lastMenu()?.doc).toBe(popout?.doc);
		const link = view.contentEl.querySelector<HTMLElement>('.cr-thread [data-path]');
		const opened = app.workspace.leaves.flatMap((l) => l.opened).length;
		link?.click();
		await until(() => app.workspace.leaves.flatMap((l) => l.opened).length > opened, eventsOf(app.workspace, 'file-open'));
		expect(app.workspace.leaves.flatMap((l) => l.opened).at(-1)?.path).toBe(link?.getAttribute('data-path'));
		void plugin;
	});
});
