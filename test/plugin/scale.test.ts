// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticVault } from '../../bench/synthetic-vault';
import { editNote, waitFor } from '../stubs/fake-vault';
import { startPlugin } from './harness';

let h: Awaited<ReturnType<typeof startPlugin>>;
const chunks: number[] = [];
const statuses: string[] = [];

beforeAll(async () => {
	h = await startPlugin({ layoutReady: false, notes: syntheticVault(10_000, 5) });
	// Time each stretch of work between the index's yields to Obsidian (its zero-delay timeouts).
	const original = window.setTimeout.bind(window);
	let chunkStart = 0;
	const patched = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
		if (!ms) {
			chunks.push(performance.now() - chunkStart);
			statuses.push(h.app.statusBar.textContent ?? '');
			return original(() => {
				chunkStart = performance.now();
				fn(...args);
			}, 0);
		}
		return original(fn, ms, ...args);
	};
	window.setTimeout = patched as typeof window.setTimeout;
	chunkStart = performance.now();
	h.app.workspace.finishLayout();
	await waitFor(() => h.counts.reads >= 10_000 && (h.app.statusBar.textContent ?? '') === '', 120_000);
	window.setTimeout = original;
}, 180_000);

afterAll(() => h.plugin.unload());

describe('the plugin at scale (10,000 notes)', () => {
	it('indexes the vault in chunks of at most 50 ms, counting in the status bar', () => {
		expect(h.counts.reads).toBe(10_000);
		expect(chunks.length).toBeGreaterThan(10);
		console.log(`Indexed 10,000 notes in ${chunks.length} chunks; longest ${Math.max(...chunks).toFixed(1)} ms`);
		expect(Math.max(...chunks)).toBeLessThan(50);
		const counts = statuses.map((s) => Number(/reading notes (\d+)\/10000/.exec(s)?.[1] ?? NaN));
		expect(counts.every((n) => Number.isFinite(n))).toBe(true);
		expect(counts).toEqual([...counts].sort((a, b) => a - b));
		expect(counts.at(-1)).toBeGreaterThan(9_000);
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
