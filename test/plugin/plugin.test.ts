// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as obsidian from '../stubs/obsidian';
import { deleteNote, editNote, renameNote } from '../stubs/fake-vault';
import { domChanges, eventsOf, until } from '../stubs/signals';
import { startPlugin, VIEW } from './harness';

let h: Awaited<ReturnType<typeof startPlugin>>;
let app: obsidian.App;
let plugin: obsidian.Plugin;
const reads = () => h.counts.reads;
const dashboards = () => h.dashboards();
const dashboardText = () => h.dashboardText();
const statusText = () => app.statusBar.textContent ?? '';
const chooseClient = (name: string) => h.chooseClient(name);

beforeAll(async () => {
	h = await startPlugin({ layoutReady: false });
	app = h.app;
	plugin = h.plugin;
});

afterAll(() => {
	plugin.unload();
});

describe('the plugin in Obsidian (stub)', () => {
	it('reads nothing while Obsidian starts, then indexes the vault once the layout is ready', async () => {
		expect(reads()).toBe(0);
		app.workspace.finishLayout();
		await h.settle();
		expect(statusText()).toBe('');
		// Only notes that may be sessions or profiles are read: the daily note and the book note are not.
		const all = app.vault.getMarkdownFiles().map((f) => f.path);
		expect(all).toContain('Daily/2026-10-14.md');
		expect(reads()).toBe(all.length - 2);
	});

	it('registers its commands without default hotkeys, and a ribbon icon with a tooltip', () => {
		expect([...plugin.commands.values()].map((c) => [c.id, c.name, c.hotkeys])).toEqual([
			['review-client', 'Review client', undefined],
			['new-session-note', 'Start a new session note', undefined],
			['review-note-client', "Review this note's client", undefined],
			['show-note-reading', 'Show how this note is read', undefined],
			['open-caseload', 'Open caseload', undefined],
			['prepare-next-session', 'Prepare for next session', undefined],
		]);
		expect(plugin.ribbonIcons.map((r) => [r.icon, r.title])).toEqual([['user-check', 'Open client review']]);
	});

	it('offers the clients most recent first, with session count and last date', () => {
		plugin.commands.get('review-client')?.callback?.();
		const picker = obsidian.Modal.opened.at(-1) as obsidian.FuzzySuggestModal<{ name: string }>;
		const shown = picker.shownFor('');
		expect(shown.map((s) => s.value.item.name)).toEqual(['Daniel Reyes', 'Amara Nwosu', 'Ben Carter', 'Marcus Bell', 'Susan Lee', 'Tom Okafor', 'Priya Shah', 'Zoë Martin', 'Lucia Romero', 'Kenji Watanabe', 'Ruth Adeyemi', 'Helen Frost']);
		expect(shown[4]?.el.textContent).toBe('Susan Lee (Sue, Susan L.)12 sessions · last 11 Nov 2026');
		expect(picker.shownFor('sue').map((s) => s.value.item.name)).toEqual(['Susan Lee']);
		picker.close();
	});

	it('opens the dashboard of the chosen client, and reuses its tab for the next one', async () => {
		await chooseClient('Susan Lee');
		expect(dashboards()).toHaveLength(1);
		const text = dashboardText();
		expect(text).toContain('What progress means to Susan, in their words');
		expect(text).toContain('Email the list about the launch');
		expect(text).toContain('You promised 4 things: 3 delivered, 1 open.');
		await chooseClient('Marcus Bell');
		expect(dashboards()).toHaveLength(1);
		expect(dashboardText()).not.toContain('Email the list about the launch');
		expect(dashboards()[0]?.getViewState()).toEqual({ type: VIEW, state: { client: 'marcus bell' } });
	});

	it('keeps the client in the view state, so a restored view shows it again', async () => {
		const leaf = app.workspace.getLeaf('tab');
		await leaf.setViewState({ type: VIEW, state: { client: 'zoe martin' } });
		expect((leaf.view as obsidian.ItemView).contentEl.textContent).toContain('Zoë Martin');
		await leaf.detach();
	});

	it('updates the open dashboard when a note is edited', async () => {
		const path = 'Sessions/2026-11-11 Marcus Bell.md';
		const text = await app.vault.read(app.vault.getFileByPath(path) as obsidian.TFile);
		const before = reads();
		editNote(app, path, text.replace('## Next steps\n', '## Next steps\n- [ ] Phone the insurer about the cabin\n'));
		await until(() => dashboardText().includes('Phone the insurer about the cabin'), domChanges(document));
		expect(reads() - before).toBe(1);
	});

	it('reads a note once however fast it changes (typing)', async () => {
		const path = 'Sessions/2026-11-11 Marcus Bell.md';
		const text = await app.vault.read(app.vault.getFileByPath(path) as obsidian.TFile);
		const before = reads();
		for (let i = 0; i < 5; i++) editNote(app, path, text + `\nTyping ${i}`);
		await until(() => dashboardText().includes('Typing 4'), domChanges(document));
		expect(reads() - before).toBe(1);
	});

	it('follows a rename and a delete', async () => {
		renameNote(app, 'Sessions/2026-09-02 Marcus Bell.md', 'Sessions/Archive/2026-09-02 Marcus Bell.md');
		await until(() => Boolean(dashboards()[0]?.view?.containerEl.querySelector('[data-path="Sessions/Archive/2026-09-02 Marcus Bell.md"]')), domChanges(document));
		expect(dashboards()[0]?.view?.containerEl.querySelector('[data-path="Sessions/2026-09-02 Marcus Bell.md"]')).toBeNull();
		deleteNote(app, 'Sessions/2026-10-21 Marcus Bell.md');
		await until(() => !dashboardText().includes('Send the two forgotten invoices'), domChanges(document));
		expect(dashboardText()).toContain('9 sessions');
	});

	it('draws a folded session only when it is opened', async () => {
		await chooseClient('Susan Lee');
		const view = dashboards()[0]?.view as obsidian.ItemView;
		const sessions = [...view.contentEl.querySelectorAll<HTMLDetailsElement>('details.cr-session')];
		expect(sessions).toHaveLength(12);
		const oldest = sessions.at(-1);
		expect(oldest?.open).toBe(false);
		expect(oldest?.querySelector('.cr-columns')).toBeNull();
		if (!oldest) return;
		oldest.open = true;
		oldest.dispatchEvent(new Event('toggle'));
		expect(oldest.querySelector('.cr-col-client')?.textContent).toContain("I've wanted to do this course for three years");
		expect(sessions[0]?.querySelector('.cr-columns')).not.toBeNull();
		await chooseClient('Marcus Bell');
	});

	it('opens the note at its line when an item is clicked', async () => {
		const view = dashboards()[0]?.view as obsidian.ItemView;
		const link = view.contentEl.querySelector<HTMLElement>('.cr-thread [data-path]');
		expect(link).not.toBeNull();
		const before = app.workspace.leaves.flatMap((l) => l.opened).length;
		link?.click();
		await until(() => app.workspace.leaves.flatMap((l) => l.opened).length > before, eventsOf(app.workspace, 'file-open'));
		const opened = app.workspace.leaves.flatMap((l) => l.opened).at(-1);
		expect(opened).toEqual({ path: link?.getAttribute('data-path'), eState: { line: Number(link?.getAttribute('data-line')) - 1 } });
	});

	it("offers \"Review this note's client\" only on a session or profile note", async () => {
		const command = plugin.commands.get('review-note-client');
		app.workspace.activeFile = app.vault.getFileByPath('Daily/2026-10-14.md');
		expect(command?.checkCallback?.(true)).toBe(false);
		app.workspace.activeFile = app.vault.getFileByPath('Clients/Susan Lee.md');
		expect(command?.checkCallback?.(true)).toBe(true);
		command?.checkCallback?.(false);
		await until(() => dashboardText().includes('Susan Lee'), domChanges(document));
		expect(dashboards()).toHaveLength(1);
	});

	it('leaves no listener, timer or view behind when unloaded, and keeps the tab where the coach put it', async () => {
		expect(app.vault.listenerCount()).toBeGreaterThan(0);
		const leaf = dashboards()[0];
		plugin.unload();
		await app.workspace.whenViewsSettled();
		expect(app.vault.listenerCount()).toBe(0);
		expect(app.metadataCache.listenerCount()).toBe(0);
		expect(app.workspace.listenerCount()).toBe(0);
		// Obsidian keeps the leaf, holding its state, for when the plugin loads again; the dashboard itself is gone.
		expect(dashboards()).toEqual([leaf]);
		expect(leaf?.isDeferred).toBe(true);
		expect(leaf?.containerEl.querySelector('.cr-dashboard')).toBeNull();
		expect(obsidian.Component.liveDomListeners).toBe(0);
		expect(app.statusBar.children).toHaveLength(0);
		const before = reads();
		vi.useFakeTimers();
		try {
			editNote(app, 'Sessions/2026-11-11 Marcus Bell.md', 'changed after unload');
			// Every timer the edit sets off runs to the end (the cache's parse, any re-read a listener left would
			// schedule after it), not a guess at how long they take.
			await vi.runAllTimersAsync();
		} finally {
			vi.useRealTimers();
		}
		expect(reads()).toBe(before);
	});
});
