import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSameStep, stepSimilarity } from '../../../src/core/review/step-similarity';
import { stepWords } from '../../../src/core/review/step-words';

interface Pair {
	same: boolean;
	a: string;
	b: string;
}

const pairs: Pair[] = readFileSync(new URL('../../fixtures/step-pairs.tsv', import.meta.url), 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '' && !line.startsWith('#'))
	.map((line) => {
		const [same, a, b] = line.split('\t');
		return { same: same === '1', a: a ?? '', b: b ?? '' };
	});

describe('thread linking, measured on labelled pairs', () => {
	it('has at least 150 labelled pairs of both kinds', () => {
		expect(pairs.length).toBeGreaterThanOrEqual(150);
		expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(60);
		expect(pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(60);
	});

	it('holds precision and recall at or above 0.95', () => {
		let truePositive = 0;
		let falsePositive = 0;
		let falseNegative = 0;
		const mistakes: string[] = [];
		for (const pair of pairs) {
			const a = stepWords(pair.a);
			const b = stepWords(pair.b);
			const predicted = isSameStep(a, b);
			// Linking must not depend on which step came first.
			expect(isSameStep(b, a), `${pair.a} / ${pair.b}`).toBe(predicted);
			if (predicted && pair.same) truePositive++;
			else if (predicted && !pair.same) falsePositive++;
			else if (!predicted && pair.same) falseNegative++;
			if (predicted !== pair.same) {
				mistakes.push(`${pair.same ? 'missed' : 'joined'} (${stepSimilarity(a, b).toFixed(2)}): "${pair.a}" / "${pair.b}"`);
			}
		}
		const precision = truePositive / (truePositive + falsePositive);
		const recall = truePositive / (truePositive + falseNegative);
		console.log(`Thread linking on ${pairs.length} pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n  ${mistakes.join('\n  ')}`);
		expect(precision).toBeGreaterThanOrEqual(0.95);
		expect(recall).toBeGreaterThanOrEqual(0.95);
	});
});

describe('step words', () => {
	it('drops stop words, dates, tags and word forms', () => {
		expect(stepWords('Emailed the list re: launch 📅 2026-11-01 #marketing').tokens).toEqual(stepWords('email list launch').tokens);
		expect(stepWords('Writing 10,000 words').tokens).toEqual(stepWords('write 10000 word').tokens);
		expect(stepWords('Emailed the list').tokens).toHaveLength(2);
	});

	it('keeps names and the leading verb', () => {
		const words = stepWords('Introduce Marcus to Jo');
		expect([...words.names]).toEqual(['marcus', 'jo']);
		expect(words.verb).toBe(stepWords('introducing').tokens[0]);
	});
});
