import { buildReview } from '../src/core/review/review';
import { parseNote } from '../src/core/session/parse-note';
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

export interface IndexFigures {
	/** The longest stretch of main-thread work between two yields to Obsidian while the vault is first read. */
	longestSliceMs: number;
	/** All the work of the first build, yields left out. */
	buildWorkMs: number;
	/** Its baseline: every note read by core's reader alone, nothing kept. */
	readerAloneMs: number;
	/** How many times the status bar counted the notes read. */
	progressUpdates: number;
	/** One changed note re-read and its client's review rebuilt. */
	changeMs: number;
	/** Its baseline: that note read by core's reader alone. */
	noteAloneMs: number;
	/** The heap the index holds, and its baseline, the vault's size. */
	heapBytes: number;
	vaultBytes: number;
}

/** Ten thousand one-line sessions: where a reading's fixed overhead, not the notes' text, fills the heap. */
export function shortNotes(count: number): SyntheticNote[] {
	return Array.from({ length: count }, (_, i) => {
		const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
		return { path: `Clients/Client ${i % 50}/${day} ${i}.md`, text: `---\ndate: ${day}\n---\n- [ ] Step ${i % 7}\n` };
	});
}

/**
 * The plugin's index over a vault, in the obsidian stub, as the plugin builds it: in the background, yielding to
 * Obsidian between slices. The heap it holds against the vault's size, and the cost of one changed note.
 */
export async function measureIndex(notes: SyntheticNote[], label: string): Promise<IndexFigures> {
	(globalThis as { window?: unknown }).window ??= globalThis;
	const settings = defaultSettings();
	const app = { vault: new Vault(), metadataCache: new MetadataCache() };
	const texts = new Map<string, string>();
	const files: TFile[] = [];
	let vaultBytes = 0;
	for (const note of notes) {
		files.push(app.vault.seed(note.path, ''));
		texts.set(note.path, note.text);
		app.metadataCache.setCache(note.path, metadataFor(note.text));
		vaultBytes += Buffer.byteLength(note.text);
	}
	// Each read returns a fresh copy, as reading the file from disk would, so the heap counts what the index keeps.
	const sources: IndexSources<TFile> = {
		listMarkdownFiles: () => files,
		read: (file) => Promise.resolve((' ' + (texts.get(file.path) ?? '')).slice(1)),
		metadata: (file) => app.metadataCache.getFileCache(file),
	};

	// The first build, timed slice by slice: a slice runs from the index's start (or its resumption) to its next yield
	// (a timer set) or its end. Progress is counted apart: the index may yield without saying how far it is.
	const slices: number[] = [];
	let sliceStart = 0;
	let progressUpdates = 0;
	const showStatus = (text: string) => {
		if (text !== '') progressUpdates++;
	};
	const timers = globalThis as unknown as { setTimeout: (fn: () => void, ms?: number) => unknown };
	const original = timers.setTimeout;
	timers.setTimeout = (fn: () => void, ms?: number) => {
		slices.push(performance.now() - sliceStart);
		return original(() => {
			sliceStart = performance.now();
			fn();
		}, ms);
	};
	const before = heapAfterGc();
	const index = new SessionIndex(sources, { getSettings: () => settings, showStatus });
	sliceStart = performance.now();
	const built = index.build();
	await built;
	// The last slice ends with the build.
	slices.push(performance.now() - sliceStart);
	timers.setTimeout = original;
	const heapBytes = heapAfterGc() - before;
	const buildWorkMs = slices.reduce((sum, ms) => sum + ms, 0);

	// Its baseline: the reader alone over the same notes (the frontmatter as the cache has it), nothing kept.
	const readerStart = performance.now();
	let sink = 0;
	for (const file of files) sink += index.core.read(parseNote(file.path, texts.get(file.path) ?? '', app.metadataCache.getFileCache(file)?.frontmatter ?? null)).actionSteps.length;
	const readerAloneMs = performance.now() - readerStart;

	const entry = index.allClients()[0];
	if (!entry) throw new Error('no client');
	const key = entry.key;
	buildReview(entry, index.reviewOptions('2026-11-22'));
	const note = entry.sessions[entry.sessions.length - 1];
	const file = files.find((f) => f.path === note?.path);
	if (!file || !note) throw new Error('no note');
	const original2 = texts.get(file.path) ?? '';
	const samples: number[] = [];
	const alone: number[] = [];
	let edit = 0;
	const change = async (): Promise<void> => {
		const text = `${original2}\n- [ ] A step typed just now ${edit++}\n`;
		texts.set(file.path, text);
		const readStart = performance.now();
		sink += index.core.read(parseNote(file.path, text, app.metadataCache.getFileCache(file)?.frontmatter ?? null)).actionSteps.length;
		alone.push(performance.now() - readStart);
		const start = performance.now();
		await index.refresh(file);
		const client = index.findClient(key);
		if (client) buildReview(client, index.reviewOptions('2026-11-22'));
		samples.push(performance.now() - start);
	};
	// Edits made untimed for WARM_UP_MS first, as for every other figure: a coach typing makes hundreds of them.
	const warm = performance.now() + WARM_UP_MS;
	while (performance.now() < warm) await change();
	samples.length = 0;
	alone.length = 0;
	for (let r = 0; r < 21; r++) await change();
	if (sink === 0) throw new Error('the reader found nothing');
	const figures: IndexFigures = {
		longestSliceMs: Math.max(...slices),
		buildWorkMs,
		readerAloneMs,
		progressUpdates,
		changeMs: median(samples),
		noteAloneMs: median(alone),
		heapBytes,
		vaultBytes,
	};
	const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
	console.log(`The plugin's index over ${notes.length} ${label} (${mb(vaultBytes)}):`);
	console.log(`  first build: ${slices.length} slices, longest ${figures.longestSliceMs.toFixed(1)} ms, ${buildWorkMs.toFixed(0)} ms of work, ${progressUpdates} progress updates`);
	console.log(`    baseline, the reader alone over the same notes: ${readerAloneMs.toFixed(0)} ms`);
	console.log(`  heap held: ${mb(heapBytes)}, ${(heapBytes / vaultBytes).toFixed(2)}x the vault${gc ? '' : ' (run with --expose-gc for a true figure)'}`);
	console.log(`  one changed note (re-read, re-index, rebuild the review of ${entry.sessions.length} sessions): ${figures.changeMs.toFixed(2)} ms; the reader alone on it: ${figures.noteAloneMs.toFixed(2)} ms`);
	index.dispose();
	return figures;
}
