/**
 * `npm run bench`: every figure measured in this one run, against a baseline measured beside it, on seeded
 * synthetic vaults. Ends with a table of figures against targets and exits 1 if one is missed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '../src/cli/frontmatter';
import { readMarkdown } from '../src/core/markdown/document';
import { findFrontmatter } from '../src/core/markdown/frontmatter';
import { groupClients } from '../src/core/review/clients';
import { progressPattern } from '../src/core/review/progress';
import { buildReview } from '../src/core/review/review';
import { StepWordsCache } from '../src/core/review/step-cache';
import { compactReading } from '../src/core/session/compact';
import { parseNote } from '../src/core/session/parse-note';
import { readSession } from '../src/core/session/read-session';
import { compileRules } from '../src/core/session/rules';
import { defaultSettings } from '../src/core/settings';
import { isWide } from '../src/core/text';
import { measureIndex, shortNotes } from './index-bench';
import { caseloadVault, measureCaseload, measureCaseloadInChromium } from './caseload-bench';
import { measureLineKinds } from './line-kinds';
import { median, time, timeInTurns } from './measure';
import { measurePathological, measureStepLineGrowth } from './pathological';
import { measureDetectorSize, measureProgressDetector } from './progress-detector-bench';
import { measureRender } from './render-bench';
import { readerCorpus } from './reader-corpus';
import { clientNames, type SyntheticNote, syntheticVault } from './synthetic-vault';

const settings = defaultSettings();
const rules = compileRules(settings);
const TODAY = '2026-11-22';
const ROOT = path.resolve(__dirname, '..');

export interface Row {
	figure: string;
	value: number;
	unit: string;
	target: number;
	/** Lower is better for every figure here, unless the row says otherwise. */
	ok: boolean;
	/** What the figure is measured beside, in the same run. */
	baseline?: string;
}
const rows: Row[] = [];

function record(figure: string, value: number, unit: string, target: number, baseline?: string): void {
	rows.push({ figure, value, unit, target, ok: value <= target, ...(baseline ? { baseline } : {}) });
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** A full collection, when Node runs with `--expose-gc` (`npm run bench` does): a figure starts on a clean heap. */
function collectGarbage(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

function writeVault(notes: SyntheticNote[]): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'coaching-review-bench-'));
	for (const note of notes) {
		const file = path.join(dir, note.path);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, note.text);
	}
	return dir;
}

function readerSection(generated: SyntheticNote[]): void {
	// As read from disk: flat strings, not the joined pieces the generator built them from.
	const notes = generated.map((n) => ({ path: n.path, text: Buffer.from(n.text, 'utf8').toString('utf8') }));
	const bytes = notes.reduce((sum, n) => sum + Buffer.byteLength(n.text), 0);
	const frontmatters = notes.map((n) => parseNote(n.path, n.text, parseFrontmatter).frontmatter);
	let sink = 0;
	// The garbage the setup left (the generated vaults) is collected now, not during these figures.
	collectGarbage();
	const readAll = () => {
		for (let i = 0; i < notes.length; i++) sink += readSession(parseNote(notes[i]?.path ?? '', notes[i]?.text ?? '', frontmatters[i]), rules).actionSteps.length;
	};
	// The first pass, before the JIT compiler has done its work (for the first vault read, the process's first).
	const coldStart = performance.now();
	readAll();
	const cold = performance.now() - coldStart;
	// Many repetitions: the small vault's figures are a few milliseconds, where a shared machine's noise shows.
	const reps = notes.length <= 1000 ? 31 : 9;
	const splitAll = () => {
		for (const note of notes) for (const line of note.text.split('\n')) if (line.charCodeAt(0) === 45) sink++;
	};
	const [baseline = Number.NaN, reader = Number.NaN] = timeInTurns([splitAll, readAll], reps);
	const mb = bytes / 1e6;
	console.log(`Reader, ${notes.length} notes (${fmt(mb)} MB; a mix: CRLF, nested lists, tables, callouts, HTML, the example vault's notes), frontmatter already parsed:`);
	console.log(`  baseline (split into lines, one check per line): ${fmt(baseline)} ms, ${fmt(mb / (baseline / 1000), 0)} MB/s`);
	if (sink === 0) throw new Error('the reader found nothing');
	console.log(`  core reader (parseNote, readSession): ${fmt(reader)} ms, ${fmt(mb / (reader / 1000), 0)} MB/s, ${fmt(reader / baseline, 2)}x the baseline`);
	console.log(`    its first pass, the JIT compiler still at work: ${fmt(cold)} ms`);
	// What the block parser's fast paths buy: every line through its general algorithm instead.
	const general = time(() => {
		for (let i = 0; i < notes.length; i++) {
			const note = notes[i];
			if (!note) continue;
			const parsed = parseNote(note.path, note.text, frontmatters[i]);
			sink += readSession(parsed, rules, readMarkdown(note.text, { fastPaths: false }, findFrontmatter(note.text))).actionSteps.length;
		}
	}, 5);
	console.log(`  the same with the block parser's fast paths off: ${fmt(general)} ms, ${fmt(general / baseline, 2)}x the baseline`);
	// What the plugin's index adds to keep each reading (not in the figure above, which the command line also pays).
	const readings = notes.map((n, i) => readSession(parseNote(n.path, n.text, frontmatters[i]), rules));
	const wide = notes.map((n) => isWide(n.text));
	const keep = time(() => {
		for (let i = 0; i < readings.length; i++) {
			const reading = readings[i];
			if (reading) sink += compactReading(reading, wide[i]).coachNotes.length;
		}
	}, 5);
	console.log(`  then kept by the plugin's index (compact copies of every text): +${fmt(keep)} ms, ${fmt(keep / baseline, 2)}x the baseline`);
}

function cliSection(vault: string): void {
	const esbuild = path.join(ROOT, 'node_modules', 'esbuild', 'bin', 'esbuild');
	execFileSync(process.execPath, [path.join(ROOT, 'esbuild.config.mjs'), 'cli'], { cwd: ROOT });
	const floorBundle = path.join(ROOT, 'dist', 'bench-floor.cjs');
	execFileSync(esbuild, [path.join(ROOT, 'bench', 'floor.ts'), '--bundle', '--platform=node', `--outfile=${floorBundle}`, '--log-level=warning']);
	const run = (args: string[]) => {
		const start = performance.now();
		execFileSync(process.execPath, args, { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
		return performance.now() - start;
	};
	const cliBundle = path.join(ROOT, 'dist', 'cli.cjs');
	const client = clientNames()[0] ?? 'Susan Lee';
	// Each candidate and each command takes its turn in every round, so the machine's noise falls on all alike.
	const runs: Record<string, string[]> = {
		files: [floorBundle, vault, 'files'],
		yaml: [floorBundle, vault, 'yaml'],
		fast: [floorBundle, vault, 'fast'],
		clients: [cliBundle, 'clients', vault, '--json'],
		review: [cliBundle, 'review', vault, '--client', client, '--json', '--today', TODAY],
	};
	const samples: Record<string, number[]> = {};
	for (let r = 0; r < 7; r++) for (const [name, args] of Object.entries(runs)) (samples[name] ??= []).push(run(args));
	const ms = (name: string) => median(samples[name] ?? []);
	const files = ms('files');
	console.log('CLI cold runs over the 10,000-note vault (a new Node process each time, median of 7):');
	console.log(`  baseline, reading the files alone in Node: ${fmt(files, 0)} ms`);
	console.log(`  candidates: the files and every frontmatter parsed by yaml: ${fmt(ms('yaml'), 0)} ms, ${fmt(ms('yaml') / files, 2)}x`);
	console.log(`              by the fast path for simple blocks, yaml for the rest: ${fmt(ms('fast'), 0)} ms, ${fmt(ms('fast') / files, 2)}x`);
	console.log(`  coaching-review clients --json: ${fmt(ms('clients'), 0)} ms, ${fmt(ms('clients') / files, 2)}x`);
	console.log(`  coaching-review review --client "${client}" --json (500 sessions): ${fmt(ms('review'), 0)} ms, ${fmt(ms('review') / files, 2)}x`);
	record('CLI cold `clients` vs reading the files alone', ms('clients') / files, 'x', 2);
	record('CLI cold `review`, 500 sessions, vs reading the files alone', ms('review') / files, 'x', 2);
}

function reviewSection(): void {
	const notes = syntheticVault(1000, 7, 1);
	const readings = notes.map((n) => readSession(parseNote(n.path, n.text, parseFrontmatter), rules));
	console.log("One client's review build (a cold build, nothing cached):");
	const sizes = [125, 250, 500, 1000];
	const entries = sizes.map((size) => {
		const entry = groupClients(readings.slice(0, size))[0];
		if (!entry) throw new Error('no client');
		return entry;
	});
	const build = (k: number) => {
		const entry = entries[k];
		if (entry) buildReview(entry, { today: TODAY, settings, cache: new StepWordsCache(), progress: progressPattern(settings) });
	};
	// Warmed on every size first, so the growth measured is the review's, not the JIT compiler's; the sizes then take
	// turns, so the machine's noise and the garbage collector fall on all of them alike. The garbage earlier figures
	// left is collected first (\`npm run bench\` runs Node with \`--expose-gc\`), not during these.
	collectGarbage();
	const medians = timeInTurns(sizes.map((_, k) => () => build(k)), 41);
	let previous = 0;
	const growth: number[] = [];
	sizes.forEach((size, k) => {
		const ms = medians[k] ?? Number.NaN;
		const factor = previous ? ms / previous : null;
		if (factor !== null) growth.push(factor);
		console.log(`  ${String(size).padStart(4)} sessions: ${fmt(ms, 2)} ms${factor !== null ? `, ${fmt(factor, 2)}x the half` : ''}`);
		if (size === 500) record('Review build, 500 sessions', ms, 'ms', 25);
		previous = ms;
	});
	record('Review growth per doubling (worst)', Math.max(...growth), 'x', 2.2);
	firstReviewInAProcess();
}

/**
 * The figures above are of a process that has built reviews before. A coach's first "Review client" after Obsidian
 * starts is colder: the progress detector makes its tables and runs each pattern for the first time. Measured in
 * new Node processes (bench/first-review.ts), with no target: what it costs is shown, not judged.
 */
function firstReviewInAProcess(): void {
	const bundle = path.join(ROOT, 'dist', 'bench-first-review.cjs');
	execFileSync(path.join(ROOT, 'node_modules', 'esbuild', 'bin', 'esbuild'), [path.join(ROOT, 'bench', 'first-review.ts'), '--bundle', '--platform=node', `--outfile=${bundle}`, '--log-level=warning']);
	const firsts: number[] = [];
	const seconds: number[] = [];
	for (let r = 0; r < 5; r++) {
		const [first = Number.NaN, second = Number.NaN] = execFileSync(process.execPath, [bundle], { encoding: 'utf8' }).trim().split(' ').map(Number);
		firsts.push(first);
		seconds.push(second);
	}
	console.log(`  500 sessions, the first review a new process builds (the detector's tables made, its patterns run for the first time), median of 5: ${fmt(median(firsts), 1)} ms; the second: ${fmt(median(seconds), 1)} ms`);
}

/** The plugin's index: the first build in the background, one changed note, the heap held (on short notes too). */
async function indexSection(large: SyntheticNote[]): Promise<void> {
	collectGarbage();
	const index = await measureIndex(large, 'synthetic notes');
	const reader = `reader alone, whole vault: ${fmt(index.readerAloneMs, 0)} ms`;
	record('Index build (10,000 notes): longest main-thread slice', index.longestSliceMs, 'ms', 16, reader);
	record('Index build (10,000 notes): work', index.buildWorkMs, 'ms', 1500, reader);
	rows.push({ figure: 'Index build (10,000 notes): progress shown', value: index.progressUpdates, unit: 'updates', target: 1, ok: index.progressUpdates >= 1, baseline: 'at least 1' });
	record('One changed note in a 10,000-note index', index.changeMs, 'ms', 5, `reader alone on the note: ${fmt(index.noteAloneMs, 2)} ms`);
	record('Index heap, 10,000 notes', index.heapBytes / 1e6, 'MB', 64, `vault: ${fmt(index.vaultBytes / 1e6)} MB`);
	// What a coach feels opening a long history once the background work is done: the verdicts and threads are kept.
	const b = index.background;
	record('"Review client" in the plugin, 500 sessions, once the background work is done', b.reviewMs, 'ms', 25, `a cold build of the same clients (nothing cached): ${fmt(b.coldReviewMs, 2)} ms; the process's first: ${fmt(b.firstReviewMs, 1)} ms`);
	record('Background progress verdicts (10,000 notes): longest slice', b.longestVerdictSliceMs, 'ms', 16, `${b.detected} statements in ${fmt(b.verdictsMs, 0)} ms; the first slice (the detector's tables made): ${fmt(b.firstVerdictSliceMs, 1)} ms`);
	collectGarbage();
	const short = await measureIndex(shortNotes(10_000), 'short notes');
	record('Index heap, 10,000 short notes', short.heapBytes / 1e6, 'MB', 64, `vault: ${fmt(short.vaultBytes / 1e6)} MB`);
}

/**
 * The caseload over 10,000 notes and 200 clients. What the coach feels: with the index built and the background work
 * done, "Open caseload" to the rows drawn, in Chromium with the plugin itself. Beside it, in the same run: the
 * background work (its total and longest slice), the page drawn in Node from the kept facts, and the old way (every
 * review built at opening) with one review as the baseline.
 */
async function caseloadSection(): Promise<void> {
	collectGarbage();
	const notes = caseloadVault();
	const f = await measureCaseload(notes);
	console.log(`Caseload, ${f.notes} notes, ${f.clients} clients:`);
	console.log(`  baseline, one client's review build (50 sessions): ${fmt(f.oneReviewMs, 2)} ms`);
	console.log(`  before, the page drawn with every review built at opening (Node, no DOM): ${fmt(f.everyReviewMs, 0)} ms, ${fmt(f.everyReviewMs / f.oneReviewMs, 0)}x the baseline`);
	console.log(`  background work once the index is built (cold): ${fmt(f.factsTotalMs, 0)} ms in ${f.factsSlices} slices, longest ${fmt(f.factsLongestSliceMs, 1)} ms, ${f.factsSlicesOver16} over 16 ms`);
	console.log(`  the page drawn from the kept facts (rows, promises, tree; Node, no DOM): ${fmt(f.drawMs, 1)} ms`);
	console.log(`  drawn again after one note changed (that client's facts worked out again): ${fmt(f.oneChangedMs, 1)} ms`);
	record('Caseload background work, longest slice (10,000 notes, 200 clients)', f.factsLongestSliceMs, 'ms', 16, `all of it: ${fmt(f.factsTotalMs, 0)} ms in ${f.factsSlices} slices`);
	record('Caseload redraw after a changed note (10,000 notes, 200 clients)', f.oneChangedMs, 'ms', 100, `one review: ${fmt(f.oneReviewMs, 2)} ms`);
	collectGarbage();
	const page = await measureCaseloadInChromium(notes);
	if (page === null) return;
	const slices = page.factSlicesMs;
	console.log(`  in Chromium, the plugin itself: "Open caseload" to the first screenful shown (${page.firstRows} of ${page.rows} rows, ${page.screenFilled ? 'past the window\'s bottom' : 'NOT filling the window'}), median of ${page.openMs.length - 1}: ${fmt(page.medianOpenMs, 1)} ms, of it script and DOM calls ${fmt(median(page.openScriptMs.slice(1)), 1)} ms (the first, code not yet compiled: ${fmt(page.openMs[0] ?? Number.NaN, 1)} ms)`);
	console.log(`  in Chromium, "Open caseload" to all ${page.rows} rows drawn and laid out (later frames): ${fmt(median(page.allRowsMs.slice(1)), 1)} ms; longest main-thread task meanwhile: ${page.longestTaskMs > 0 ? `${fmt(page.longestTaskMs, 0)} ms` : 'none of 50 ms or more'}`);
	console.log(`  in Chromium, the background work: ${fmt(slices.reduce((a, b) => a + b, 0), 0)} ms in ${slices.length} slices, longest ${fmt(Math.max(...slices), 1)} ms, ${slices.filter((ms) => ms > 16).length} over 16 ms`);
	console.log(`  in Chromium, the floor: a plain table of ${page.rows} rows, ten cells each, drawn with bare DOM calls: ${fmt(page.medianFloorMs, 1)} ms`);
	record('Caseload opened to the first screenful of rows shown, Chromium (10,000 notes, 200 clients)', page.medianOpenMs, 'ms', 100, `a plain table of as many rows: ${fmt(page.medianFloorMs, 1)} ms; before, every review built at opening: ${fmt(f.everyReviewMs, 0)} ms in Node`);
	record('Caseload background work in Chromium, longest slice', Math.max(...slices), 'ms', 16, `all of it: ${fmt(slices.reduce((a, b) => a + b, 0), 0)} ms`);
}

async function dashboardSection(): Promise<void> {
	const render = await measureRender();
	if (render !== null)
		record(
			'Dashboard of a 500-session client, review to the first screenful shown, Chromium',
			render.firstMs,
			'ms',
			100,
			`as many plain elements by bare DOM calls: ${fmt(render.floorMs, 1)} ms; everything drawn (later frames): ${fmt(render.allMs, 0)} ms`,
		);
}

/** The progress detector: what a statement costs, and what it adds to the plugin's bundle. */
async function progressSection(): Promise<void> {
	record('Progress detector, per statement', measureProgressDetector(ROOT, settings).perStatementUs, 'µs', 20);
	const { detectorKb, bundleKb } = await measureDetectorSize(ROOT);
	console.log(`  its modules in the plugin's main.js (minified): ${fmt(detectorKb, 2)} KB of ${fmt(bundleKb, 1)} KB`);
	record("Progress detector's share of main.js (minified)", detectorKb, 'KB', 150, `main.js: ${fmt(bundleKb, 1)} KB`);
}

function printTable(): void {
	console.log('\n| figure | measured | baseline | target | |\n| --- | --- | --- | --- | --- |');
	for (const row of rows) console.log(`| ${row.figure} | ${fmt(row.value, 2)} ${row.unit} | ${row.baseline ?? ''} | ${row.figure.endsWith('progress shown') ? '≥' : '≤'} ${row.target} ${row.unit} | ${row.ok ? 'met' : '**missed**'} |`);
	const missed = rows.filter((r) => !r.ok);
	console.log(missed.length === 0 ? '\nEvery target met.' : `\n${missed.length} of ${rows.length} targets missed.`);
	process.exitCode = missed.length === 0 ? 0 : 1;
}

async function main(): Promise<void> {
	console.log(`Coaching Review benchmarks: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}\n`);
	// The reader first: its first pass is the process's first. Then the review, before the large vault is made, in a
	// heap holding little more than that client's notes, as the command line builds one (a fresh process reading one
	// client); the large vault's 10,000 notes would weigh on the garbage collector, most in the largest build.
	// `BENCH_ONLY=<part>`: one part's rows alone, for whoever works on it (a shared machine need not run the rest):
	// `cli` (the command line's cold runs), `review` (one client's review build), `index` (the plugin's index),
	// `dashboard` (the dashboard in Chromium), `caseload`, `progress` (the progress detector beside the phrase matcher).
	const only = process.env.BENCH_ONLY;
	if (only === 'cli') {
		const vault = writeVault(syntheticVault(10000, 1));
		try {
			cliSection(vault);
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
		printTable();
		return;
	}
	if (only === 'review' || only === 'index' || only === 'caseload' || only === 'dashboard' || only === 'progress') {
		if (only === 'review') reviewSection();
		if (only === 'progress') await progressSection();
		if (only === 'index') await indexSection(syntheticVault(10000, 1));
		if (only === 'caseload') await caseloadSection();
		if (only === 'dashboard') await dashboardSection();
		printTable();
		return;
	}
	readerSection(readerCorpus(1000, 3));
	reviewSection();
	await progressSection();
	const large = syntheticVault(10000, 1);
	const vault = writeVault(large);
	try {
		readerSection(readerCorpus(10000, 1));
		measureLineKinds(settings, rules);
		cliSection(vault);
		await indexSection(large);
		await caseloadSection();
		await dashboardSection();
		for (const figure of measurePathological()) {
			if (figure.timeTarget !== null) record(`Pathological: ${figure.name}, at 4×`, figure.ms[2], 'ms', figure.timeTarget);
			// A ratio of two sub-millisecond times measures the timer and the collector, not the reader.
			if (figure.ms[2] >= 5) record(`Pathological growth per doubling: ${figure.name}`, figure.growth, 'x', 2.3);
		}
		for (const [name, growth] of measureStepLineGrowth()) record(`Step line growth per doubling: ${name}`, growth, 'x', 2.3);
	} finally {
		rmSync(vault, { recursive: true, force: true });
	}
	printTable();
}

void main();
