// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticVault } from '../../bench/synthetic-vault';
import { editNote } from '../stubs/fake-vault';
import { startPlugin } from './harness';

let h: Awaited<ReturnType<typeof startPlugin>>;
const statuses: string[] = [];

beforeAll(async () => {
	h = await startPlugin({ layoutReady: false, notes: syntheticVault(10_000, 5) });
	// What the status bar says each time the index yields to Obsidian (its zero-delay timeouts). How long each stretch
	// of work takes is the bench's to measure (bench/index-bench.ts), never a test's.
	const original = window.setTimeout.bind(window);
	const patched = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
		if (!ms) statuses.push(h.app.statusBar.textContent ?? '');
		return original(fn, ms, ...args);
	};
	window.setTimeout = patched as typeof window.setTimeout;
	h.app.workspace.finishLayout();
	await h.settle();
	window.setTimeout = original;
}, 180_000);

afterAll(() => h.plugin.unload());

describe('the plugin at scale (10,000 notes)', () => {
	it('reads each note once in the background, yielding to Obsidian and counting in the status bar', () => {
		expect(h.counts.reads).toBe(10_000);
		expect([...h.counts.byPath.values()].every((n) => n === 1)).toBe(true);
		expect(statuses.length).toBeGreaterThan(1);
		const counts = statuses.map((s) => Number(/reading notes (\d+)\/10000/.exec(s)?.[1] ?? NaN));
		expect(counts.every((n) => Number.isFinite(n))).toBe(true);
		expect(counts).toEqual([...counts].sort((a, b) => a - b));
		expect(h.app.statusBar.textContent).toBe('');
	});

	it('re-reads only the note being typed in, never the vault', async () => {
		const file = h.app.vault.getMarkdownFiles()[0];
		if (!file) throw new Error('no note');
		const text = await h.app.vault.read(file);
		const before = new Map(h.counts.byPath);
		vi.useFakeTimers();
		try {
			// A `changed` event every 100 ms for 10 s, as Obsidian sends while the coach types.
			for (let i = 0; i < 100; i++) {
				editNote(h.app, file.path, `${text}\nTyping ${'x'.repeat(i)}`);
				await vi.advanceTimersByTimeAsync(100);
			}
			await vi.advanceTimersByTimeAsync(2_000);
		} finally {
			vi.useRealTimers();
		}
		const reads = (h.counts.byPath.get(file.path) ?? 0) - (before.get(file.path) ?? 0);
		expect(reads).toBeGreaterThan(0);
		expect(reads).toBeLessThanOrEqual(45);
		const others = [...h.counts.byPath].filter(([path, n]) => path !== file.path && n !== before.get(path));
		expect(others).toEqual([]);
	});
});
