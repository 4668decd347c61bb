import { describe, expect, it } from 'vitest';
import { detectProgress, normaliseStatement } from '../../../src/core/review/progress-detector';
import { nameAsPronoun } from '../../../src/core/review/progress-detector/named-client';

/**
 * Round twelve: a coach's shorthand for numbers with their units, the people and firms a note opens with that are not
 * the client, a rambling note that turns to its point, someone else's gain and a streak that ended, and the few words
 * that read one way as grammar and another as a noun or a tense.
 */
describe('a number written with its unit', () => {
	it.each([
		['- weight 92.4kg -> 88.1kg since Sept', 'weight from 92.4 to 88.1 kg since sept'],
		['Waist 104cm → 97cm.', 'waist from 104 to 97 cm.'],
		['Ran 10km without stopping', 'ran 10 km without stopping'],
		// A "k" of thousands stays on its number.
		['MRR 3.2k→4.1k', 'mrr from 3.2k to 4.1k'],
	])('reads "%s" as "%s"', (raw, read) => {
		expect(normaliseStatement(raw)).toContain(read);
	});

	it('so a fall in weight written "88.1kg" is a fall, not a rise to 88.1 thousand', () => {
		expect(detectProgress('- weight 92.4kg -> 88.1kg since Sept')).toMatchObject({ progress: true, reason: 'reports a result: a number that fell, for the better' });
		expect(detectProgress('Lost 4kg, from 80 to 76kg').progress).toBe(true);
	});

	it('reads a lift that rose as progress, though it is counted in kilos', () => {
		expect(detectProgress('Deadlift 60kg -> 85kg. 5 reps.')).toMatchObject({ progress: true, reason: 'reports a result: a number that rose' });
		// The same shape for a body weight that rose is no gain.
		expect(detectProgress('Weight 60kg -> 65kg.').progress).toBe(false);
	});

	it('reads "sober 60 days" as a streak, as "60 days sober" is', () => {
		expect(detectProgress('Sober 60 days today.').progress).toBe(true);
	});
});

describe('a note that opens with a role or a firm', () => {
	it.each([
		'Printer sent the wrong brochures, again, and wanted paying for the reprint.',
		'Supplier told us prices are going up 12% from March regardless.',
		'Accountant says she needs to stop shoving receipts in the glovebox.',
		'Amazon changed the referral fees on three of our categories.',
	])('does not take "%s" for the client’s name', (raw) => {
		expect(nameAsPronoun(raw)).toBeNull();
	});

	it('so what a supplier did is not the client’s step', () => {
		expect(detectProgress('Printer sent the wrong brochures, again, and wanted paying for the reprint.').progress).toBe(false);
	});
});

describe('words that read two ways', () => {
	it('reads "hadn’t … since" as what came before the step, and "haven’t … since" as a step not taken', () => {
		expect(detectProgress('"Rang Dad on his birthday. We hadn\'t spoken since March," he said.').progress).toBe(true);
		expect(detectProgress("Haven't rung Dad since March.").progress).toBe(false);
	});

	it('reads "the will" as a document, not a plan', () => {
		expect(detectProgress('Emailed the solicitor re: the will.').progress).toBe(true);
		expect(detectProgress('I will email the solicitor next week.').progress).toBe(false);
	});

	it('reads a terse "contract extended" as something achieved', () => {
		expect(detectProgress('Contract extended six months.')).toMatchObject({ progress: true, reason: 'reports something achieved' });
		expect(detectProgress('Contract not extended.').progress).toBe(false);
	});
});

describe('a rambling note that turns to its point', () => {
	const note = 'A meandering hour, lots on the dog’s operation and the vet bills, a tangent about the fete committee. Somewhere in there: she passed her driving test on Wednesday.';

	it('reads what follows the turn, in the first person', () => {
		expect(normaliseStatement(note)).toBe('i passed my driving test on wednesday.');
		expect(normaliseStatement('Awful week, the boiler’s on its last legs. On the upside, I’ve started going to bed at 10:30.')).toBe("i've started going to bed at 10:30.");
	});

	it('so the worries before it do not outweigh the point', () => {
		expect(detectProgress(note).progress).toBe(true);
		const moan = "Right, so, moan first: the landlord's putting the rent up, the car needs new tyres and Jess has been a nightmare all week. Good thing: I've started going to bed at 10:30 instead of 1, two weeks now. I know it sounds tiny.";
		expect(detectProgress(moan).progress).toBe(true);
	});

	it('leaves a note with no turn whole, and "the good news" that is no turn', () => {
		expect(normaliseStatement('A meandering hour, lots on the vet bills.')).toBe('a meandering hour, lots on the vet bills.');
		expect(normaliseStatement('I think I’m less bothered now when the aunties ask “when is the good news coming?”')).toContain("i'm less bothered now");
	});
});

describe('someone else’s gain', () => {
	it.each([
		'My competitor down the road just won Business of the Year.',
		'My son passed his driving test, so that’s one of us sorted.',
		'My husband lost a stone, so that’s one of us on track.',
	])('reads "%s" as someone else’s, though the client speaks after it', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('still reads the client’s own step in the next clause', () => {
		expect(detectProgress('They opened at $92k, I countered, we landed at $101,500 plus an extra week of PTO.').progress).toBe(true);
		expect(detectProgress('My boss approved my proposal for the four-day week.').progress).toBe(true);
	});
});

describe('a streak that ended', () => {
	it.each(['my streak broke at 41 days on the app, missed one night and now i cant get back into it', 'My streak of no weekend emails ended at six weeks.'])('reads "%s" as lapsed, not as a streak', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('still reads a streak that holds', () => {
		expect(detectProgress('No weekend emails for six weeks now.').progress).toBe(true);
	});
});
