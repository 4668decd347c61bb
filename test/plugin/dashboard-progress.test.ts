// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings';
import type { WorkspaceLeaf as RealLeaf } from 'obsidian';
import { type DashboardDeps, DashboardView } from '../../src/plugin/dashboard-view';
import type { ReviewActions } from '../../src/plugin/review-actions';
import { type IndexSources, SessionIndex } from '../../src/plugin/session-index';
import { Events, type TFile, WorkspaceLeaf } from '../stubs/obsidian';
import { fakeAppFromNotes } from '../stubs/fake-vault';
import { eventsOf, until } from '../stubs/signals';

const settings = defaultSettings();

function sessionNote(client: string, day: number): { path: string; text: string } {
	const date = `2026-10-${String(day).padStart(2, '0')}`;
	return { path: `Sessions/${date} ${client}.md`, text: `---\nclient: ${client}\ndate: ${date}\n---\n## In their words\nI slept well.\n` };
}

// Issue 18, item 3: on a phone there is no status bar, so the dashboard itself says how far the first reading is.
describe('indexing progress in the dashboard view', () => {
	it('shows how far the reading is while the notes are read, then the review', async () => {
		const app = fakeAppFromNotes([1, 2, 3, 4].map((day) => sessionNote('Ana Costa', day)));
		const held: (() => void)[] = [];
		/** Fires 'read' each time the index asks for a note. */
		const asked = new Events();
		const sources: IndexSources<TFile> = {
			listMarkdownFiles: () => app.vault.getMarkdownFiles(),
			// Each read waits for the test: the view is looked at between two reads, on the index's own signal.
			read: (file) => {
				const text = new Promise<string>((resolve) => held.push(() => void app.vault.cachedRead(file).then(resolve)));
				asked.trigger('read');
				return text;
			},
			metadata: (file) => app.metadataCache.getFileCache(file),
		};
		// A zero time slice: progress is announced after every note.
		const index = new SessionIndex(sources, { getSettings: () => settings, showStatus: () => undefined, sliceMs: 0 });
		// The stub's leaf stands for Obsidian's: the view uses only what the stub follows.
		const leaf = new WorkspaceLeaf(app, app.workspace) as unknown as RealLeaf;
		const view = new DashboardView(leaf, { index: index as unknown as DashboardDeps['index'], getSettings: () => settings, actions: {} as ReviewActions, openSource: () => undefined });
		await view.setState({ client: 'ana costa' }, { history: false });
		// What Obsidian does when the view is shown (the stub's helper).
		await (view as unknown as { open(): Promise<void> }).open();
		const built = index.build();
		const progress = () => new Promise<string>((resolve) => {
			const ref = index.onProgress((text) => {
				index.offref(ref);
				resolve(text);
			});
		});
		const seen: string[] = [];
		for (let n = 0; n < 4; n++) {
			const next = progress();
			// The next read, once the index has asked for it.
			await until(() => held.length > 0, eventsOf(asked, 'read'));
			held.shift()?.();
			const text = await next;
			if (text) seen.push(view.contentEl.querySelector('.cr-index-progress')?.textContent ?? '');
		}
		await built;
		expect(seen.length).toBeGreaterThanOrEqual(3);
		expect(seen[0]).toBe('Coaching review: reading notes 1/4');
		expect(seen).toContain('Coaching review: reading notes 3/4');
		expect(view.contentEl.querySelector('.cr-index-progress')).toBeNull();
		expect(view.contentEl.textContent).toContain('I slept well.');
	});
});
