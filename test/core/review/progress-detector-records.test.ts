import { describe, expect, it } from 'vitest';
import { detectProgress, normaliseStatement } from '../../../src/core/review/progress-detector';

/**
 * How a coach's record is read (round eleven): the client written as a singular "they", the "she" a report of the
 * client's words opens mid-note, the coach's own "I" kept apart from the client's, and a coach's abbreviations.
 */
describe('the client written as a singular "they"', () => {
	it.each([
		['They passed their driving test on the second attempt!', 'i passed my driving test on the second attempt!'],
		// The coach's frame ("Client says", "Good call.") is taken off as ever.
		["Client says they've stopped cc'ing the CEO on everything.", "i've stopped cc'ing the ceo on everything."],
		['Good call. They finished the quilt for their granddaughter.', 'i finished the quilt for my granddaughter.'],
		['They said their manager told them that the handover was the best she had seen.', 'my manager told me that the handover was the best she had seen.'],
	])('reads "%s" in the first person', (raw, read) => {
		expect(normaliseStatement(raw)).toBe(read);
	});

	it('so the cues of the client’s own steps apply', () => {
		expect(detectProgress('They passed their driving test on the second attempt!').progress).toBe(true);
	});

	it.each([
		// Someone else: the speaker is "we" or "our", or nothing marks a record of the client.
		'They cut our budget and still expect the same results.',
		'They announced the office is going hybrid.',
		'they moved us to 4 days in office. nobody asked us',
		// The client speaks: "they" is the people they speak of.
		'They offered me the job but I said no.',
	])('leaves "they" as other people in "%s"', (raw) => {
		expect(normaliseStatement(raw)).toMatch(/\bthey\b/);
	});
});

describe('the client’s pronoun in a report of their words', () => {
	it('takes the "she" that a report opens mid-note as the client', () => {
		const note = 'Long session, mostly about her dad. Nadia mentioned, almost in passing, that she’d gone back to her Tuesday swim.';
		expect(normaliseStatement(note)).toContain("i'd gone back to my tuesday swim");
	});

	it('takes the "she" after "told me" as the client', () => {
		expect(normaliseStatement('Priya told me she rang her dad on his birthday.')).toBe('i rang my dad on his birthday.');
	});
});

describe('the coach’s own words in a note about the client', () => {
	it('reads the coach’s "I" and "we" as the coach’s, not the client’s', () => {
		const note = 'She was reflective today. I asked what she’d do first; she hadn’t thought that far. We talked about rest.';
		const read = normaliseStatement(note);
		expect(read).toContain("coach asked what i'd do first");
		expect(read).toContain('they talked about rest');
	});

	it('so a note whose only steps are the coach’s is not the client’s progress', () => {
		expect(detectProgress('She spent the session on loneliness. Nothing different on that front. I listened, mostly, and I noticed I wanted to give her a list.').progress).toBe(false);
	});

	it('leaves a note with the client’s quoted words as it was: the "I" inside quotes is the client’s', () => {
		expect(normaliseStatement('She said “I booked the flights” and grinned.')).toContain('i booked the flights');
	});
});

describe('a coach’s abbreviations', () => {
	it.each([
		['No mtgs after 5pm, 3 wks running.', 'no meetings after 5pm, 3 weeks running.'],
		['Interview bkd for the 14th. Promo confirmed.', 'interview booked for the 14th. promotion confirmed.'],
		['2 appts this yr', '2 appointments this year'],
	])('spells out "%s"', (raw, read) => {
		expect(normaliseStatement(raw)).toBe(read);
	});

	it('reads "I’ve got nothing" as having, not as getting', () => {
		expect(normaliseStatement("I've got nothing good to say about this week.")).toBe('i have nothing good to say about this week.');
	});
});

describe('a terse record of something done', () => {
	it.each([
		'Bloods done 14/2. GP referred to dietitian.',
		'Passport form done 9/5.',
		'1:1s w/ all 7 directs done. Notes shared.',
		'Second-round interview confirmed.',
	])('reads "%s" as progress, in whichever sentence it stands', (statement) => {
		expect(detectProgress(statement).progress).toBe(true);
	});

	it.each(['Still not done.', 'Half done, the rest next week.', 'Nothing done this week.', 'What still needs to be done?'])('leaves "%s" alone', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});
});
