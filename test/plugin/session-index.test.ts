// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../src/core/settings';
import { type IndexSources, SessionIndex } from '../../src/plugin/session-index';
import { App, Events, type TFile } from '../stubs/obsidian';
import { fakeAppFromNotes } from '../stubs/fake-vault';
import { eventsOf, settling, until } from '../stubs/signals';

const settings = defaultSettings();

function sessionNote(client: string, day: number): { path: string; text: string } {
	const date = `2026-10-${String(day).padStart(2, '0')}`;
	return { path: `Sessions/${date} ${client}.md`, text: `---\nclient: ${client}\ndate: ${date}\n---\n## Action steps\n- [ ] Step ${day}\n` };
}

/** An index over a stub vault, whose reads the test can hold back and let go one at a time. */
function indexOver(app: App, options: { holdReads?: boolean } = {}) {
	const held: (() => void)[] = [];
	const statuses: string[] = [];
	const requested = { reads: 0 };
	/** Fires 'read' each time the index asks for a note. */
	const asked = new Events();
	const sources: IndexSources<TFile> = {
		listMarkdownFiles: () => app.vault.getMarkdownFiles(),
		read: (file) => {
			requested.reads++;
			const read = () => app.vault.cachedRead(file);
			if (!options.holdReads) return read();
			const text = new Promise<string>((resolve, reject) => held.push(() => void read().then(resolve, reject)));
			asked.trigger('read');
			return text;
		},
		metadata: (file) => app.metadataCache.getFileCache(file),
	};
	const index = new SessionIndex(sources, { getSettings: () => settings, showStatus: (text) => statuses.push(text), refreshDelayMs: 250 });
	/**
	 * Lets `count` held reads of the build go (every one by default), one at a time: each once the index has asked for
	 * it, and after the last, until the index asks for its next read or the build has ended. Waits on those two signals.
	 */
	const release = async (build: Promise<void>, count = Number.POSITIVE_INFINITY) => {
		const built = settling(build);
		const asks = () => until(() => held.length > 0 || built.settled(), eventsOf(asked, 'read'), built.signal);
		await asks();
		for (let n = 0; n < count && held.length > 0; n++) {
			held.shift()?.();
			await asks();
		}
	};
	return { index, release, statuses, held, requested };
}

function file(app: App, path: string): TFile {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`No note ${path}`);
	return found;
}

afterEach(() => {
	vi.useRealTimers();
});

describe("the plugin's index", () => {
	it('never serves a partial client list: one asked for during the first build is not kept after it', async () => {
		const notes = [1, 2, 3, 4, 5, 6].map((day) => sessionNote('Ana Silva', day));
		const app = fakeAppFromNotes(notes);
		const { index, release } = indexOver(app, { holdReads: true });
		const built = index.build();
		await release(built, 2);
		// The picker opened (or a note changed) while the vault was being read.
		expect(index.ready).toBe(false);
		expect(index.allClients()[0]?.sessions.length ?? 0).toBeLessThan(6);
		await release(built);
		await built;
		expect(index.ready).toBe(true);
		expect(index.findClient('ana silva')?.sessions.map((s) => s.path)).toEqual(notes.map((n) => n.path));
	});

	it('completes when a note fails to read (deleted during start-up), with a warning for it', async () => {
		const app = fakeAppFromNotes([sessionNote('Ana Silva', 1), sessionNote('Ana Silva', 2), sessionNote('Ana Silva', 3)]);
		const { index, release } = indexOver(app, { holdReads: true });
		const updates: (Set<string> | null)[] = [];
		index.onUpdated((keys) => updates.push(keys));
		const built = index.build();
		// Listed, then gone before its read.
		app.vault.deleteQuietly(sessionNote('Ana Silva', 2).path);
		await release(built);
		await built;
		expect(index.ready).toBe(true);
		expect(updates).toEqual([null]);
		expect(index.findClient('ana silva')?.sessions).toHaveLength(2);
		expect(index.core.warnings()).toEqual([
			{ path: sessionNote('Ana Silva', 2).path, line: 1, kind: 'unreadable', message: expect.stringContaining('could not be read') as string },
		]);
		await expect(index.whenReady()).resolves.toBeUndefined();
	});

	it('has no unhandled rejection when a note is edited then deleted within the refresh delay', async () => {
		const rejections: unknown[] = [];
		const onRejection = (reason: unknown) => rejections.push(reason);
		process.on('unhandledRejection', onRejection);
		try {
			const note = sessionNote('Ana Silva', 1);
			const app = fakeAppFromNotes([note, sessionNote('Ana Silva', 2)]);
			const { index } = indexOver(app);
			await index.build();
			vi.useFakeTimers();
			// The delete event arrives: the pending re-read is dropped.
			index.scheduleRefresh(file(app, note.path));
			app.vault.deleteQuietly(note.path);
			index.remove(note.path);
			await vi.advanceTimersByTimeAsync(1000);
			expect(index.findClient('ana silva')?.sessions).toHaveLength(1);
			// The delete event has not arrived yet when the re-read runs: the read fails, and is a warning.
			const other = sessionNote('Ana Silva', 2);
			index.scheduleRefresh(file(app, other.path));
			app.vault.deleteQuietly(other.path);
			await vi.advanceTimersByTimeAsync(1000);
			vi.useRealTimers();
			// Node reports an unhandled rejection once the microtasks of its turn have run: one turn later it has been.
			await new Promise<void>((resolve) => setTimeout(resolve, 0));
			expect(rejections).toEqual([]);
			expect(index.findClient('ana silva')).toBeUndefined();
			expect(index.core.warnings().map((w) => [w.path, w.kind])).toEqual([[other.path, 'unreadable']]);
		} finally {
			process.off('unhandledRejection', onRejection);
		}
	});

	it('re-reads a note once per refresh delay however often it changes, and not after it is disposed', async () => {
		const note = sessionNote('Ana Silva', 1);
		const app = fakeAppFromNotes([note]);
		const { index } = indexOver(app);
		await index.build();
		let reads = 0;
		const read = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = (f) => {
			reads++;
			return read(f);
		};
		vi.useFakeTimers();
		for (let i = 0; i < 5; i++) index.scheduleRefresh(file(app, note.path));
		await vi.advanceTimersByTimeAsync(300);
		expect(reads).toBe(1);
		index.scheduleRefresh(file(app, note.path));
		index.dispose();
		await vi.advanceTimersByTimeAsync(1000);
		expect(reads).toBe(1);
	});

	it('stops a build when disposed: no note is read after', async () => {
		const app = fakeAppFromNotes([1, 2, 3, 4].map((day) => sessionNote('Ana Silva', day)));
		const { index, release, requested } = indexOver(app, { holdReads: true });
		const built = index.build();
		await release(built, 1);
		index.dispose();
		// The read in flight when it was disposed, and none after.
		const started = requested.reads;
		await release(built);
		await built;
		expect(started).toBe(2);
		expect(requested.reads).toBe(started);
		expect(index.ready).toBe(false);
		await expect(index.whenReady()).resolves.toBeUndefined();
	});
});
