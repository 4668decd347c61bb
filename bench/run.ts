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
import { plainBodyStart } from '../src/core/markdown/frontmatter';
import { groupClients } from '../src/core/review/clients';
import { buildReview } from '../src/core/review/review';
import { StepWordsCache } from '../src/core/review/step-cache';
import { compactReading } from '../src/core/session/compact';
import { readPlainBody } from '../src/core/session/plain-body';
import { readSession } from '../src/core/session/read-session';
import { compileRules } from '../src/core/session/rules';
import { defaultSettings } from '../src/core/settings';
import { isWide } from '../src/core/text';
import { measureIndex } from './index-bench';
import { measureLineKinds } from './line-kinds';
import { median, time, timeInTurns } from './measure';
import { measurePathological } from './pathological';
import { measureProgressDetector } from './progress-detector-bench';
import { measureRender } from './render-bench';
import { type SyntheticNote, syntheticVault } from './synthetic-vault';

const settings = defaultSettings();
const rules = compileRules(settings);
const TODAY = '2026-11-22';
const ROOT = path.resolve(__dirname, '..');

export interface Row {
	figure: string;
	value: number;
	unit: string;
	target: number;
	/** Lower is better for every figure here. */
	ok: boolean;
}
const rows: Row[] = [];

function record(figure: string, value: number, unit: string, target: number): void {
	rows.push({ figure, value, unit, target, ok: value <= target });
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
	const frontmatters = notes.map((n) => parseFrontmatter(readMarkdown(n.text).frontmatter).data);
	let sink = 0;
	// The garbage the setup left (the generated vaults) is collected now, not during these figures.
	collectGarbage();
	const readAll = () => {
		for (let i = 0; i < notes.length; i++) sink += readSession(notes[i]?.path ?? '', notes[i]?.text ?? '', frontmatters[i], settings, { rules }).actionSteps.length;
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
	console.log(`Reader, ${notes.length} notes (${fmt(mb)} MB), frontmatter already parsed:`);
	console.log(`  baseline (split into lines, one check per line): ${fmt(baseline)} ms, ${fmt(mb / (baseline / 1000), 0)} MB/s`);
	if (sink === 0) throw new Error('the reader found nothing');
	const plain = notes.filter((n) => {
		const start = plainBodyStart(n.text);
		return start !== null && readPlainBody(n.text, start.offset, start.line, rules, false) !== null;
	}).length;
	console.log(`  core reader: ${fmt(reader)} ms, ${fmt(mb / (reader / 1000), 0)} MB/s, ${fmt(reader / baseline, 2)}x the baseline`);
	console.log(`    (${plain.toLocaleString('en')} of ${notes.length.toLocaleString('en')} notes plain, read in one pass; the rest go through the general parser)`);
	console.log(`    its first pass, the JIT compiler still at work: ${fmt(cold)} ms`);
	record(`Core reader vs baseline, ${notes.length.toLocaleString('en')} notes`, reader / baseline, 'x', 3);
	// What a note the plain reader gives up on costs (nested lists, tables, CRLF): every note through the general parser.
	const general = time(() => {
		for (let i = 0; i < notes.length; i++) {
			const note = notes[i];
			if (note) sink += readSession(note.path, note.text, frontmatters[i], settings, { rules, document: readMarkdown(note.text) }).actionSteps.length;
		}
	}, 5);
	console.log(`  every note through the general parser instead: ${fmt(general)} ms, ${fmt(general / baseline, 2)}x the baseline`);
	// What the plugin's index adds to keep each reading (not in the figure above, which the command line also pays).
	const readings = notes.map((n, i) => readSession(n.path, n.text, frontmatters[i], settings, { rules }));
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
	const floors: number[] = [];
	const clis: number[] = [];
	for (let r = 0; r < 7; r++) {
		floors.push(run([floorBundle, vault]));
		clis.push(run([path.join(ROOT, 'dist', 'cli.cjs'), 'clients', vault, '--json']));
	}
	const floor = median(floors);
	const cli = median(clis);
	console.log('CLI cold run, `clients` over the 10,000-note vault (a new Node process each time):');
	console.log(`  reading the files and parsing their frontmatter with yaml alone: ${fmt(floor, 0)} ms`);
	console.log(`  coaching-review clients --json: ${fmt(cli, 0)} ms, ${fmt(cli / floor, 2)}x`);
	record('CLI cold run vs files + YAML', cli / floor, 'x', 1.3);
}

function reviewSection(): void {
	const notes = syntheticVault(1000, 7, 1);
	const readings = notes.map((n) => readSession(n.path, n.text, parseFrontmatter(readMarkdown(n.text).frontmatter).data, settings, { rules }));
	console.log("One client's review build (a cold build, nothing cached):");
	const sizes = [125, 250, 500, 1000];
	const entries = sizes.map((size) => {
		const entry = groupClients(readings.slice(0, size))[0];
		if (!entry) throw new Error('no client');
		return entry;
	});
	const build = (k: number) => {
		const entry = entries[k];
		if (entry) buildReview(entry, { today: TODAY, settings, cache: new StepWordsCache(), progress: rules.progress });
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
}

async function main(): Promise<void> {
	console.log(`Coaching Review benchmarks: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}\n`);
	// The reader first: its first pass is the process's first. Then the review, before the large vault is made, in a
	// heap holding little more than that client's notes, as the command line builds one (a fresh process reading one
	// client); the large vault's 10,000 notes would weigh on the garbage collector, most in the largest build.
	readerSection(syntheticVault(1000, 3));
	reviewSection();
	record('Progress detector, per statement', measureProgressDetector(ROOT, settings).perStatementUs, 'µs', 20);
	const large = syntheticVault(10000, 1);
	const vault = writeVault(large);
	try {
		readerSection(large);
		measureLineKinds(settings, rules);
		cliSection(vault);
		const index = await measureIndex(large);
		record('One changed note in a 10,000-note index', index.changeMs, 'ms', 5);
		record('Index heap / vault bytes', index.heapRatio, 'x', 2);
		const render = await measureRender();
		if (render !== null) record('Dashboard first render, 500 sessions', render, 'ms', 150);
		for (const [name, ms] of measurePathological()) record(`Pathological: ${name}`, ms, 'ms', 100);
	} finally {
		rmSync(vault, { recursive: true, force: true });
	}
	console.log('\n| figure | measured | target | |\n| --- | --- | --- | --- |');
	for (const row of rows) console.log(`| ${row.figure} | ${fmt(row.value, 2)} ${row.unit} | ≤ ${row.target} ${row.unit} | ${row.ok ? 'met' : '**missed**'} |`);
	const missed = rows.filter((r) => !r.ok);
	console.log(missed.length === 0 ? '\nEvery target met.' : `\n${missed.length} of ${rows.length} targets missed.`);
	process.exitCode = missed.length === 0 ? 0 : 1;
}

void main();
