import { buildReview } from '../src/core/review/review';
import { defaultSettings } from '../src/core/settings';
import { type IndexSources, SessionIndex } from '../src/plugin/session-index';
import { MetadataCache, type TFile, Vault } from '../test/stubs/obsidian/core';
import { metadataFor } from '../test/stubs/fake-vault';
import { median, WARM_UP_MS } from './measure';
import type { SyntheticNote } from './synthetic-vault';

const gc = (globalThis as { gc?: () => void }).gc;

function heapAfterGc(): number {
	for (let i = 0; i < 3; i++) gc?.();
	return process.memoryUsage().heapUsed;
}

/**
 * The plugin's index over the 10,000-note vault, in the obsidian stub: the heap it holds against the vault's
 * size, and the cost of one changed note (re-read, re-index, rebuild that client's review).
 */
export async function measureIndex(notes: SyntheticNote[]): Promise<{ changeMs: number; heapRatio: number }> {
	(globalThis as { window?: unknown }).window ??= globalThis;
	const settings = defaultSettings();
	const app = { vault: new Vault(), metadataCache: new MetadataCache() };
	const texts = new Map<string, string>();
	const files: TFile[] = [];
	let bytes = 0;
	for (const note of notes) {
		files.push(app.vault.seed(note.path, ''));
		texts.set(note.path, note.text);
		app.metadataCache.setCache(note.path, metadataFor(note.text));
		bytes += Buffer.byteLength(note.text);
	}
	// Each read returns a fresh copy, as reading the file from disk would, so the heap counts what the index keeps.
	// The stub's files stand in for Obsidian's at run time; their types differ only in what the index never touches.
	const sources = {
		listMarkdownFiles: () => files,
		read: (file: TFile) => Promise.resolve((' ' + (texts.get(file.path) ?? '')).slice(1)),
		metadata: (file: TFile) => app.metadataCache.getFileCache(file),
	} as unknown as IndexSources;
	const before = heapAfterGc();
	const index = new SessionIndex(sources, { getSettings: () => settings, showStatus: () => undefined, sliceMs: 1000 });
	await index.build();
	const heap = heapAfterGc() - before;

	const entry = index.allClients()[0];
	if (!entry) throw new Error('no client');
	const key = entry.key;
	buildReview(entry, index.reviewOptions('2026-11-22'));
	const note = entry.sessions[entry.sessions.length - 1];
	const file = files.find((f) => f.path === note?.path);
	if (!file || !note) throw new Error('no note');
	const original = texts.get(file.path) ?? '';
	const samples: number[] = [];
	const refreshes: number[] = [];
	let edit = 0;
	const change = async (): Promise<void> => {
		texts.set(file.path, `${original}\n- [ ] A step typed just now ${edit++}\n`);
		const start = performance.now();
		await index.refresh(file as unknown as Parameters<SessionIndex['refresh']>[0]);
		const refreshed = performance.now() - start;
		const client = index.findClient(key);
		if (client) buildReview(client, index.reviewOptions('2026-11-22'));
		refreshes.push(refreshed);
		samples.push(performance.now() - start);
	};
	// Edits made untimed for WARM_UP_MS first, as for every other figure: a coach typing makes hundreds of them.
	const warm = performance.now() + WARM_UP_MS;
	while (performance.now() < warm) await change();
	samples.length = 0;
	refreshes.length = 0;
	for (let r = 0; r < 21; r++) await change();
	const changeMs = median(samples);
	console.log(`The plugin's index over ${notes.length} notes (${(bytes / 1e6).toFixed(1)} MB):`);
	console.log(`  heap held: ${(heap / 1e6).toFixed(1)} MB, ${(heap / bytes).toFixed(2)}x the vault${gc ? '' : ' (run with --expose-gc for a true figure)'}`);
	console.log(`  one changed note (re-read, re-index, rebuild the review of ${entry.sessions.length} sessions): ${changeMs.toFixed(2)} ms`);
	console.log(`    of which re-reading and re-indexing the note: ${median(refreshes).toFixed(2)} ms`);
	return { changeMs, heapRatio: heap / bytes };
}
