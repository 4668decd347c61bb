import { describe, expect, it } from 'vitest';
import { StepWordsCache } from '../../../src/core/review/step-cache';
import { type ProgressMatcher, progressPattern } from '../../../src/core/session/progress';
import type { ClientWords } from '../../../src/core/session/types';
import { defaultSettings } from '../../../src/core/settings';

/** The default phrases, with their quick pattern counting how often it is asked. */
function countingMatcher(): { matcher: ProgressMatcher; calls: () => number } {
	const base = progressPattern(defaultSettings());
	if (!base) throw new Error('no phrases');
	let calls = 0;
	class CountingRegExp extends RegExp {
		override test(text: string): boolean {
			calls++;
			return super.test(text);
		}
	}
	return { matcher: { quick: new CountingRegExp(base.quick.source, base.quick.flags), exact: base.exact }, calls: () => calls };
}

const words = (text: string, winRule: string | null = null): ClientWords => ({ text, line: 3, rule: "the heading 'In her words'", winRule });

describe('the review cache: progress of the client\'s words', () => {
	it('looks for phrases in each words once across builds, and gives what the uncached review gives', () => {
		const cache = new StepWordsCache();
		const { matcher, calls } = countingMatcher();
		const all = [words('I finally sent it.'), words("I'm tired."), words('Sold three seats', "under the heading 'Wins'")];
		const first = all.map((w) => cache.progressReason(w, matcher));
		expect(first).toEqual(["says 'I finally'", null, "under the heading 'Wins'"]);
		// A win needs no search; the other two were searched once each.
		expect(calls()).toBe(2);
		expect(all.map((w) => cache.progressReason(w, matcher))).toEqual(first);
		expect(calls()).toBe(2);
	});

	it('forgets what it found when asked with other phrases (the settings changed)', () => {
		const cache = new StepWordsCache();
		const finally_ = words('A breakthrough: I finally did it.');
		expect(cache.progressReason(finally_, progressPattern(defaultSettings()))).toBe("says 'I finally'");
		expect(cache.progressReason(finally_, progressPattern({ ...defaultSettings(), progressPhrases: ['breakthrough'] }))).toBe("says 'breakthrough'");
		expect(cache.progressReason(finally_, null)).toBeNull();
	});
});
