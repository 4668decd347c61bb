import { describe, expect, it } from 'vitest';
import { trimmed } from '../../src/core/text';

describe('trimmed', () => {
	it('gives what trim gives, for every kind of end', () => {
		// White space of every kind trim knows at either end, and characters that only look like it.
		const ends = ['', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff', 'a', '.', '~', '\u007f', '\u0085', '\u200b', 'é', '😀'];
		for (const start of ends) {
			for (const end of ends) {
				for (const middle of ['', 'x', 'two words']) {
					const text = start + middle + end;
					expect(trimmed(text), JSON.stringify(text)).toBe(text.trim());
				}
			}
		}
	});

	it('hands back the same text when there is nothing to trim', () => {
		const text = ['Email', 'the list about the launch'].join(' ');
		expect(trimmed(text)).toBe(text);
	});
});
