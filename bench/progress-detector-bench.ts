import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { detectProgress } from '../src/core/review/progress-detector';
import { findProgressPhrase, progressPattern } from '../src/core/review/progress';
import type { CoachingSettings } from '../src/core/settings';
import { timeInTurns } from './measure';

/**
 * A fixed keyword list for the baseline: the phrase matcher with these phrases does real work on every statement
 * (the default settings have no phrases, and a matcher with none returns at once and measures nothing).
 */
const BASELINE_PHRASES = ['finally', 'proud', 'progress', 'managed to', 'breakthrough', 'for the first time', 'better', 'achieved'];

/**
 * What the progress detector costs a statement, in microseconds, beside a baseline measured in the same run: the
 * keyword matcher (`progressPattern` with `BASELINE_PHRASES`), on every statement of the labelled corpus (about
 * 2,000), timed in turns.
 */
export function measureProgressDetector(root: string, settings: CoachingSettings): { perStatementUs: number } {
	const statements = ['train.tsv', 'test.tsv', 'dev-statements.tsv'].flatMap((file) =>
		readFileSync(path.join(root, 'test', 'fixtures', 'progress', file), 'utf8')
			.split('\n')
			.slice(1)
			.map((line) => line.split('\t')[3] ?? '')
			.filter((text) => text !== ''),
	);
	const matcher = progressPattern({ ...settings, progressPhrases: BASELINE_PHRASES });
	if (matcher === null) throw new Error('the baseline keyword matcher has no phrases');
	let sink = 0;
	let keywordHits = 0;
	const [phrases = Number.NaN, detector = Number.NaN] = timeInTurns(
		[
			() => {
				for (const text of statements) if (findProgressPhrase(text, matcher) !== null) keywordHits++;
			},
			() => {
				for (const text of statements) if (detectProgress(text).progress) sink++;
			},
		],
		15,
	);
	if (sink === 0) throw new Error('no statement was progress');
	// A baseline that matches nothing measures nothing.
	if (keywordHits === 0) throw new Error('the baseline keyword matcher matched no statement');
	const us = (ms: number) => (ms * 1000) / statements.length;
	console.log(`Progress detector, ${statements.length} labelled statements:`);
	console.log(`  baseline (keyword matcher: ${BASELINE_PHRASES.length} fixed phrases, "${BASELINE_PHRASES.join('", "')}"): ${us(phrases).toFixed(2)} µs a statement`);
	console.log(`  detector: ${us(detector).toFixed(2)} µs a statement, ${(detector / phrases).toFixed(1)}x the baseline`);
	return { perStatementUs: us(detector) };
}

/**
 * The detector's share of the plugin's bundle, built with the options `esbuild.config.mjs` gives `npm run build`
 * (loaded when run, not bundled: it builds at its top level when run itself): the bytes its modules put in the
 * minified output, in KB, which is what its 150 KB budget counts.
 */
export async function measureDetectorSize(root: string): Promise<{ detectorKb: number; bundleKb: number }> {
	// eslint-disable-next-line no-unsanitized/method -- the project's own build file, by its path from the root
	const config = (await import(pathToFileURL(path.join(root, 'esbuild.config.mjs')).href)) as { pluginOptions: BuildOptions };
	const result = await build({ ...config.pluginOptions, absWorkingDir: root, minify: true, sourcemap: false, metafile: true, write: false, logLevel: 'error' });
	const output = Object.values(result.metafile.outputs)[0];
	if (output === undefined) throw new Error('esbuild wrote no main.js');
	let detector = 0;
	for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) if (input.startsWith('src/core/review/progress-detector/')) detector += bytesInOutput;
	if (detector === 0) throw new Error('no module of the progress detector is in main.js');
	return { detectorKb: detector / 1024, bundleKb: output.bytes / 1024 };
}
