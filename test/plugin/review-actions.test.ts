// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readSession } from '../../src/core/session/read-session';
import { defaultSettings } from '../../src/core/settings';
import { openEditorFor, tasksToggleCommand } from '../../src/plugin/note-editing';
import { type ActionDeps, ReviewActions } from '../../src/plugin/review-actions';
import * as obsidian from '../stubs/obsidian';

const PATH = 'Clients/Ana/2026-11-20.md';
const TODAY = '2026-11-22';
const settings = defaultSettings();

/** A vault holding one note, and an index that read it as `indexed` (what the dashboard shows). */
function setUp(text: string, indexed = text, extra: Partial<ActionDeps> = {}) {
	const app = new obsidian.App();
	app.vault.seed(PATH, text);
	const refreshed: string[] = [];
	const actions = new ReviewActions({
		// The stub follows obsidian.d.ts for what is used; its classes are not Obsidian's own to the type checker.
		vault: app.vault as unknown as ActionDeps['vault'],
		index: { readingOf: (path) => (path === PATH ? readSession(path, indexed, {}, settings) : undefined), refresh: (file) => Promise.resolve(void refreshed.push(file.path)) },
		getSettings: () => settings,
		writeClipboard: () => Promise.resolve(),
		today: () => TODAY,
		...extra,
	});
	const read = () => app.vault.read(app.vault.getFileByPath(PATH) as obsidian.TFile);
	return { app, actions, read, refreshed };
}

const workspaceOf = (app: obsidian.App) => app.workspace as unknown as Parameters<typeof openEditorFor>[0];

/** The note open in a Markdown view, its editor holding `text` (which may differ from the file: unsaved typing). */
function openInEditor(app: obsidian.App, text: string): obsidian.MarkdownView {
	const leaf = app.workspace.getLeaf('tab');
	const view = new obsidian.MarkdownView(leaf);
	view.file = app.vault.getFileByPath(PATH);
	view.editor.setValue(text);
	leaf.view = view;
	return view;
}

afterEach(() => {
	obsidian.Notice.shown.length = 0;
});

describe('a status change from the dashboard', () => {
	it("refuses, with the reason, to mark the coach's promise when the client's step was deleted before the index caught up", async () => {
		const indexed = '- [ ] Send the notes 📅 2026-12-02\n- [ ] Send the notes @coach\n';
		const now = '- [ ] Send the notes @coach\n';
		const { app, actions, read, refreshed } = setUp(now, indexed);
		expect(await actions.setStatus(PATH, 1, 'done')).toBe(false);
		expect(await read()).toBe(now);
		expect(app.vault.writes).toEqual([]);
		expect(obsidian.Notice.shown).toEqual([expect.stringMatching(/no longer holds "Send the notes" \(it is now the coach's promise\)/)]);
		// Read again, so the dashboard shows the note as it is.
		expect(refreshed).toEqual([PATH]);
	});

	it('goes through Vault.process when the note is open in no editor', async () => {
		const text = '# S\n- [ ] Book the venue\n';
		const { app, actions, read } = setUp(text, text, { editorFor: (path) => openEditorFor(workspaceOf(app), path) });
		expect(await actions.setStatus(PATH, 2, 'done')).toBe(true);
		expect(await read()).toBe('# S\n- [x] Book the venue\n');
		expect(app.vault.writes).toEqual([PATH]);
	});

	it('goes through the editor when the note is open in one: that line replaced, unsaved typing kept, the file not written', async () => {
		const text = '# S\n- [ ] Book the venue\n';
		const setup = setUp(text, text, { editorFor: (path) => openEditorFor(workspaceOf(setup.app), path) });
		// Another note open beside it is left alone.
		const other = setup.app.workspace.getLeaf('tab');
		other.view = new obsidian.MarkdownView(other);
		const view = openInEditor(setup.app, '# S\n- [ ] Book the venue\nTyped, not saved yet');
		expect(await setup.actions.setStatus(PATH, 2, 'done')).toBe(true);
		expect(view.editor.getValue()).toBe('# S\n- [x] Book the venue\nTyped, not saved yet');
		expect(view.editor.changes).toEqual([{ from: { line: 1, ch: 0 }, to: { line: 1, ch: 20 }, text: '- [x] Book the venue' }]);
		expect(setup.app.vault.writes).toEqual([]);
		expect(await setup.read()).toBe(text);
	});

	it("refuses in the editor too when the editor's text no longer holds the step", async () => {
		const text = '- [ ] Send the notes 📅 2026-12-02\n- [ ] Send the notes @coach\n';
		const setup = setUp(text, text, { editorFor: (path) => openEditorFor(workspaceOf(setup.app), path) });
		const view = openInEditor(setup.app, '- [ ] Send the notes @coach\n');
		expect(await setup.actions.setStatus(PATH, 1, 'done')).toBe(false);
		expect(view.editor.changes).toEqual([]);
		expect(obsidian.Notice.shown).toEqual([expect.stringMatching(/coach's promise/)]);
	});

	it('marks done and undone through the Tasks plugin when it is enabled, so a recurring task gets its next occurrence', async () => {
		const text = '- [ ] Stretch 🔁 every week 📅 2026-11-20\n';
		const calls: [string, string][] = [];
		// What Obsidian holds for an enabled Tasks plugin: app.plugins.plugins['obsidian-tasks-plugin'].apiV1.
		const tasksApp = {
			plugins: {
				plugins: {
					'obsidian-tasks-plugin': {
						apiV1: {
							executeToggleTaskDoneCommand: (line: string, path: string) => {
								calls.push([line, path]);
								return `${line.replace('11-20', '11-27')}\n${line.replace('[ ]', '[x]')} ✅ ${TODAY}`;
							},
						},
					},
				},
			},
		};
		const { actions, read } = setUp(text, text, { tasksToggle: () => tasksToggleCommand(tasksApp) });
		expect(await actions.setStatus(PATH, 1, 'done')).toBe(true);
		expect(calls).toEqual([
			['- [ ] Stretch 🔁 every week 📅 2026-11-20', PATH],
			['- [ ] Stretch 🔁 every week 📅 2026-11-20', PATH],
		]);
		expect(await read()).toBe(`- [ ] Stretch 🔁 every week 📅 2026-11-27\n- [x] Stretch 🔁 every week 📅 2026-11-20 ✅ ${TODAY}\n`);
	});

	it('finds no Tasks plugin where it is not enabled, or has no API', () => {
		expect(tasksToggleCommand({})).toBeNull();
		expect(tasksToggleCommand({ plugins: { plugins: {} } })).toBeNull();
		expect(tasksToggleCommand({ plugins: { plugins: { 'obsidian-tasks-plugin': { apiV1: {} } } } })).toBeNull();
		expect(tasksToggleCommand(null)).toBeNull();
	});
});
