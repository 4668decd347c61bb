import { describe, expect, it } from 'vitest';
import { hasOwnQuotes, quoted, raisedIn, sessionSpan } from '../../../src/core/review/wording';

describe('one wording everywhere', () => {
	it('says how many sessions and when, without "from" a day "to" itself', () => {
		expect(sessionSpan(1, '2026-11-02', '2026-11-02')).toBe('1 session on 2 Nov 2026');
		expect(sessionSpan(2, '2026-11-02', '2026-11-02')).toBe('2 sessions on 2 Nov 2026');
		expect(sessionSpan(5, '2026-06-03', '2026-11-02')).toBe('5 sessions from 3 Jun 2026 to 2 Nov 2026');
		expect(sessionSpan(3, null, null)).toBe('3 sessions');
		expect(sessionSpan(0, null, null)).toBe('no sessions yet');
		expect(raisedIn(3)).toBe('raised in 3 sessions');
	});

	it('adds quotation marks only to words that have none of their own', () => {
		for (const own of ['"I finally said no."', '“I slept well”', '„Ich habe es geschafft“', '«J’ai réussi»', "'Done,' she said'"]) {
			expect(hasOwnQuotes(own), own).toBe(true);
			expect(quoted(own)).toBe(own);
		}
		for (const bare of ['I felt calmer', 'He said "no" twice', "It's done, isn't it?'"]) {
			expect(hasOwnQuotes(bare), bare).toBe(false);
			expect(quoted(bare)).toBe(`“${bare}”`);
		}
	});
});
