import { describe, expect, it } from 'vitest';
import { findProgressPhrase, progressPattern } from '../../../src/core/review/progress';
import { defaultSettings } from '../../../src/core/settings';

function random(seed: number) {
	let state = seed >>> 0;
	const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	return { int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

const PIECES = ['I', 'i', 'finally', 'FINALLY', 'Finally', 'for', 'the', 'first', 'time', "I'm", 'I’m', 'Iʼm', 'making', 'progress', 'made', 'proud', 'PROUD', 'proudly', 'managed', 'to', 'worked', 'reworked', 'a', 'lot', 'of', ' ', '  ', '\t', '\n', '.', ',', '-', 'é', 'x', "'", '’', 'ſ', 'K'];

/** Phrases a coach might add (the defaults have none since the detector reads meaning). */
const PHRASES = ['I finally', 'for the first time', "I'm making progress", 'making progress', 'a lot of progress', 'made progress', 'proud', 'managed to', 'worked'];

describe('the progress phrases', () => {
	const settings = { ...defaultSettings(), progressPhrases: [...PHRASES, "'", '  ', 'it’s  done'] };
	const matcher = progressPattern(settings);

	it('are found the same with the quick look first as by the exact pattern alone, over 50,000 seeded sentences', () => {
		expect(matcher).not.toBeNull();
		if (!matcher) return;
		const exactOnly = (text: string) => {
			const match = matcher.exact.exec(text);
			return match?.[1] !== undefined ? match[1].replace(/[\u2018\u2019\u02bc]/g, "'") : null;
		};
		let found = 0;
		for (let seed = 1; seed <= 50_000; seed++) {
			const r = random(seed);
			const text = Array.from({ length: 1 + r.int(8) }, () => r.pick(PIECES)).join(r.pick([' ', '', '  ']));
			const phrase = findProgressPhrase(text, matcher);
			expect(phrase, text).toBe(exactOnly(text));
			if (phrase !== null) found++;
		}
		expect(found).toBeGreaterThan(5_000);
	});

	it('take any apostrophe for another and report the phrase with a plain one', () => {
		expect(findProgressPhrase('Honestly I’m making progress now', matcher)).toBe("I'm making progress");
		expect(findProgressPhrase('It’s  done!', matcher)).toBe("It's  done");
		expect(findProgressPhrase('I am reworking it', matcher)).toBeNull();
	});
});
