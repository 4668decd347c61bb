import { progressPattern } from '../src/core/review/progress';
import { buildReview } from '../src/core/review/review';
import { StepWordsCache } from '../src/core/review/step-cache';
import { parseNote } from '../src/core/session/parse-note';
import { defaultSettings } from '../src/core/settings';
import { CaseloadFacts } from '../src/plugin/caseload-facts';
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
	/** The background work once the index is built (`CaseloadFacts`): the facts, then the progress verdicts. */
	background: BackgroundFigures;
}

export interface BackgroundFigures {
	/** All of it, the verdicts' part of it, and the statements the detector read. */
	totalMs: number;
	verdictsMs: number;
	detected: number;
	slices: number;
	/** The longest slice, of any kind and of those that read statements; and how many took over a frame (16 ms). */
	longestSliceMs: number;
	longestVerdictSliceMs: number;
	/**
	 * The first slice to read a statement, and the longest of the others: the first detection in a process makes the
	 * detector's tables, one job the background cannot split.
	 */
	firstVerdictSliceMs: number;
	longestLaterVerdictSliceMs: number;
	slicesOver16: number;
	/** The process's first "Review client" once the background is done: the detector's tables already made. */
	firstReviewMs: number;
	/**
	 * "Review client" on a client not yet reviewed, as the plugin builds it (`buildReview(entry, index.reviewOptions)`)
	 * once the background is done, median over the clients; beside it, in turns on the same clients, a cold build
	 * (nothing cached: the detector reads every statement) and the plugin's second build of the client.
	 */
	reviewMs: number;
	coldReviewMs: number;
	secondReviewMs: number;
	reviewSessions: number;
	reviewClients: number;
}

/**
 * The plugin's background work over a built index, as the plugin starts it: every client's caseload facts, then the
 * progress detector's verdicts on their words, slice by slice. Then "Review client" as the plugin builds it.
 */
async function measureBackground(index: SessionIndex<TFile>, today: string): Promise<Omit<BackgroundFigures, 'reviewMs' | 'coldReviewMs' | 'secondReviewMs' | 'reviewClients'>> {
	const slices: { ms: number; verdictsMs: number; detected: number }[] = [];
	const facts = new CaseloadFacts(index, { onSlice: (ms, verdicts) => slices.push({ ms, verdictsMs: verdicts.ms, detected: verdicts.detected }) });
	const ref = facts.start();
	await facts.whenIdle();
	facts.dispose();
	index.offref(ref);
	const entry = index.allClients()[1] ?? index.allClients()[0];
	if (!entry) throw new Error('no client');
	const start = performance.now();
	buildReview(entry, index.reviewOptions(today));
	const firstReviewMs = performance.now() - start;
	const reading = slices.filter((s) => s.detected > 0);
	return {
		totalMs: slices.reduce((sum, s) => sum + s.ms, 0),
		verdictsMs: slices.reduce((sum, s) => sum + s.verdictsMs, 0),
		detected: slices.reduce((sum, s) => sum + s.detected, 0),
		slices: slices.length,
		longestSliceMs: Math.max(...slices.map((s) => s.ms)),
		longestVerdictSliceMs: Math.max(0, ...reading.map((s) => s.ms)),
		firstVerdictSliceMs: reading[0]?.ms ?? 0,
		longestLaterVerdictSliceMs: Math.max(0, ...reading.slice(1).map((s) => s.ms)),
		slicesOver16: slices.filter((s) => s.ms > 16).length,
		firstReviewMs,
		reviewSessions: entry.sessions.length,
	};
}

/**
 * "Review client" on each client the figures above left unreviewed (the changed note's client and the first review's
 * are left out), in turns: a cold build (nothing cached, as the command line builds one), the plugin's first build
 * once the background is done, and its second. Medians over the clients.
 */
function measureReviewsAfterBackground(index: SessionIndex<TFile>, today: string, skip: readonly string[]): Pick<BackgroundFigures, 'reviewMs' | 'coldReviewMs' | 'secondReviewMs' | 'reviewClients'> {
	const settings = index.core.settings;
	const entries = index.allClients().filter((e) => !skip.includes(e.key));
	const cold: number[] = [];
	const first: number[] = [];
	const second: number[] = [];
	let sink = 0;
	const timed = (into: number[], build: () => number) => {
		const start = performance.now();
		sink += build();
		into.push(performance.now() - start);
	};
	for (const entry of entries) {
		timed(cold, () => buildReview(entry, { today, settings, cache: new StepWordsCache(), progress: progressPattern(settings) }).sessionCount);
		timed(first, () => buildReview(entry, index.reviewOptions(today)).sessionCount);
		timed(second, () => buildReview(entry, index.reviewOptions(today)).sessionCount);
	}
	if (entries.length > 0 && sink === 0) throw new Error('no review built');
	return { reviewMs: median(first), coldReviewMs: median(cold), secondReviewMs: median(second), reviewClients: entries.length };
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

	const TODAY = '2026-11-22';
	const background = await measureBackground(index, TODAY);

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
	const reviewed = [key, index.allClients()[1]?.key ?? key];
	const reviews = measureReviewsAfterBackground(index, TODAY, reviewed);
	const figures: IndexFigures = {
		longestSliceMs: Math.max(...slices),
		buildWorkMs,
		readerAloneMs,
		progressUpdates,
		changeMs: median(samples),
		noteAloneMs: median(alone),
		heapBytes,
		vaultBytes,
		background: { ...background, ...reviews },
	};
	const b = figures.background;
	const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
	console.log(`The plugin's index over ${notes.length} ${label} (${mb(vaultBytes)}):`);
	console.log(`  first build: ${slices.length} slices, longest ${figures.longestSliceMs.toFixed(1)} ms, ${buildWorkMs.toFixed(0)} ms of work, ${progressUpdates} progress updates`);
	console.log(`    baseline, the reader alone over the same notes: ${readerAloneMs.toFixed(0)} ms`);
	console.log(`  heap held: ${mb(heapBytes)}, ${(heapBytes / vaultBytes).toFixed(2)}x the vault${gc ? '' : ' (run with --expose-gc for a true figure)'}`);
	console.log(`  one changed note (re-read, re-index, rebuild the review of ${entry.sessions.length} sessions): ${figures.changeMs.toFixed(2)} ms; the reader alone on it: ${figures.noteAloneMs.toFixed(2)} ms`);
	console.log(`  background work once built (caseload facts, then progress verdicts): ${b.totalMs.toFixed(0)} ms in ${b.slices} slices, longest ${b.longestSliceMs.toFixed(1)} ms, ${b.slicesOver16} over 16 ms`);
	console.log(`    of it the progress verdicts: ${b.verdictsMs.toFixed(0)} ms, ${b.detected} statements read; the first slice reading them (the detector's tables made) ${b.firstVerdictSliceMs.toFixed(1)} ms, the longest of the others ${b.longestLaterVerdictSliceMs.toFixed(1)} ms`);
	console.log(`  "Review client" in the plugin once the background work is done (${b.reviewSessions} sessions): the process's first ${b.firstReviewMs.toFixed(1)} ms;`);
	console.log(`    median over ${b.reviewClients} clients, each its first: ${b.reviewMs.toFixed(2)} ms; baseline, a cold build of each (nothing cached): ${b.coldReviewMs.toFixed(2)} ms; the plugin's second build: ${b.secondReviewMs.toFixed(2)} ms`);
	index.dispose();
	return figures;
}
