import { describe, expect, it } from 'vitest';
import { HABIT, NUMBER } from '../../../src/core/review/progress-detector/lexicon';
import { alternativesOf } from '../../../src/core/review/progress-detector/pattern-source';
import { progressCues } from '../../../src/core/review/progress-detector';
import { readCues } from '../../../src/core/review/progress-detector/cues';

/**
 * The metric runs its patterns of numbers only where the word pass has seen enough number words, in the right order
 * (`readMetric`): each number `NUMBER` matches must hold a word the pass reads as a number.
 */
const NOT_PLAIN: Record<string, string[]> = {
	[String.raw`\d[\d,.]*(?:kg|km|lbs?|k|m|%)?`]: ['7', '1,104', '2.5kg', '12km', '30%', '4k'],
	[String.raw`[£$€]\s?\d[\d,.]*(?:k|m)?`]: ['£5', '$ 4.2k', '€2m'],
	[String.raw`twenty[\w-]*`]: ['twenty', 'twenty-five', 'twentyish'],
	[String.raw`thirty[\w-]*`]: ['thirty', 'thirty-two'],
	[String.raw`forty[\w-]*`]: ['forty', 'forty-one'],
	[String.raw`fifty[\w-]*`]: ['fifty', 'fifty-eight'],
	[String.raw`a (?:dress )?size`]: ['a size', 'a dress size'],
};

describe('the metric gates', () => {
	it('read every number NUMBER matches as a number word', () => {
		for (const alternative of alternativesOf(NUMBER)) {
			const examples = /^[a-z ]+$/.test(alternative) ? [alternative] : NOT_PLAIN[alternative];
			// A new alternative that is no plain phrase needs examples here.
			expect(examples, alternative).toBeDefined();
			for (const example of examples ?? []) {
				expect(new RegExp(`^(?:${NUMBER})$`).test(example), example).toBe(true);
				expect(readCues(` ${example} `).hasNumber, example).toBe(true);
			}
		}
	});

	it('rely on no word of HABIT holding a colon or a full stop (a habit tally is looked for only where ":" comes first)', () => {
		// Groups aside ("(?:", "(?!"), nothing that matches either: no "." or ":", no "[^…]", "\W", "\S" or "\D".
		expect(HABIT.replace(/\(\?[:!=]/g, '(')).not.toMatch(/[.:]|\[\^|\\[WSD]/);
	});

	it('find the moves behind their gates: numbers in order, brackets, the next sentence, periods, words before', () => {
		const cases: [string, string][] = [
			['Resting HR 62 bpm (74)', 'metric-less'],
			['Sleep: 7 hours (was 5)', 'metric'],
			['Steps 9,000 vs 4,000 last month', 'metric'],
			['Sales 120, from 45', 'metric'],
			['Mailing list at 1,104. It was 260 in January.', 'metric'],
			['Panic attacks: one this month, six in August', 'metric-less'],
			["Drinks: 3 this week, normally it's 10", 'metric-less'],
			['2 in Q3, 11 in Q2', 'worse'],
			['I used to sleep five hours and now I get seven', 'metric'],
			['Down to two coffees from six', 'metric-less'],
		];
		for (const [statement, cue] of cases) expect(progressCues(statement), statement).toContain(cue);
		expect(progressCues('It was a hard week and I ran 5k')).not.toContain('metric');
		// "5pm" and "3rd" are no numbers NUMBER finds: sales up, and no number that moved.
		expect(progressCues('Sales up, meeting at 5pm')).not.toContain('metric');
		expect(progressCues('sales up on the 3rd')).not.toContain('metric');
		expect(progressCues('sales up by 20')).toContain('metric');
	});
});
