import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectProgress } from '../src/core/review/progress-detector';
import { findProgressPhrase, progressPattern } from '../src/core/review/progress';
import type { CoachingSettings } from '../src/core/settings';
import { timeInTurns } from './measure';

/**
 * What the progress detector costs a statement, in microseconds, beside the phrase matcher it replaces as the
 * baseline, on every statement of the labelled corpus (about 2,000), timed in turns in the same run.
 */
export function measureProgressDetector(root: string, settings: CoachingSettings): { perStatementUs: number } {
	const statements = ['train.tsv', 'test.tsv', 'dev-statements.tsv'].flatMap((file) =>
		readFileSync(path.join(root, 'test', 'fixtures', 'progress', file), 'utf8')
			.split('\n')
			.slice(1)
			.map((line) => line.split('\t')[3] ?? '')
			.filter((text) => text !== ''),
	);
	const matcher = progressPattern(settings);
	let sink = 0;
	const [phrases = Number.NaN, detector = Number.NaN] = timeInTurns(
		[
			() => {
				for (const text of statements) if (findProgressPhrase(text, matcher) !== null) sink++;
			},
			() => {
				for (const text of statements) if (detectProgress(text).progress) sink++;
			},
		],
		15,
	);
	if (sink === 0) throw new Error('no statement was progress');
	const us = (ms: number) => (ms * 1000) / statements.length;
	console.log(`Progress detector, ${statements.length} labelled statements:`);
	console.log(`  baseline (the phrase matcher it replaces): ${us(phrases).toFixed(2)} µs a statement`);
	console.log(`  detector: ${us(detector).toFixed(2)} µs a statement, ${(detector / phrases).toFixed(1)}x the baseline`);
	return { perStatementUs: us(detector) };
}
