import { describe, expect, it } from 'vitest';
import { detectProgress, normaliseStatement } from '../../../src/core/review/progress-detector';
import { nameAsPronoun } from '../../../src/core/review/progress-detector/named-client';

/**
 * Round thirteen: a number set against the one before in the ways coaches write it, results told without a verb of
 * the client's, a note that opens with a name and a word on who they are, and a gain given back straight after.
 */
const ROSE = 'reports a result: a number that rose';
const FELL = 'reports a result: a number that fell, for the better';

describe('a number against the one before', () => {
	it.each([
		// "Up from" says which way, whatever the units ("lakh" and "k").
		['Orders crossed ₹1.5 lakh, up from 90k in June.', ROSE],
		// Sleep is better longer, though "hours" alone is better fewer.
		['Sleeping 7hrs most nights, was 5.', ROSE],
		// "(from 70)": the number before in brackets.
		['Resting HR 61 (from 70).', FELL],
		['Fasting glucose 6.1 (was 7.4 in spring).', FELL],
		// The same month a year before, and the page it replaced.
		['Bookings for March at 48; last March was 30.', ROSE],
		['Conversion now 3.2%, the old page was 1.9.', ROSE],
		// "was nearly six": a word of measure before the number.
		['Screen time 2h a day, was nearly six.', FELL],
		// "Eleven hundred" is 1100, not 11.
		['Eleven hundred subscribers now (was 400 in May).', ROSE],
	])('"%s" %s', (statement, reason) => {
		expect(detectProgress(statement)).toMatchObject({ progress: true, reason });
	});

	it('writes a number counted in hundreds or thousands in digits', () => {
		expect(normaliseStatement('Twelve hundred on the list now')).toBe('1200 on the list now');
		expect(normaliseStatement('from about a hundred to forty')).toBe('from about 100 to forty');
		expect(normaliseStatement('the hundred days plan')).toBe('the hundred days plan');
	});

	it('reads "down from" as a fall, which for savings is no gain', () => {
		expect(detectProgress('Savings at ₹2 lakh, down from 250k.').progress).toBe(false);
	});
});

describe('a result with no verb of the client', () => {
	it.each([
		'Offer in hand from the council.',
		'Keys to the new unit in my hand.',
		'Work visa through! Starts in March.',
		'The refinancing closed last Friday.',
		'Migration done two weeks early.',
		'Client reports she has been appointed to the trust’s board.',
		// A thing the board signed off is the client's result, not the board's doing.
		'The pricing proposal got signed off by the board on Thursday.',
		// A professional pleased with the client's result.
		'My physio’s happy with the knee.',
	])('"%s" is progress', (statement) => {
		expect(detectProgress(statement).progress).toBe(true);
	});

	it.each(['The shop was closed for the refit.', 'My boss is happy for me to work from home on Fridays.', 'No offer yet, still waiting.'])('"%s" is not', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});
});

describe('who a note is about', () => {
	it('takes a name with a word on who they are for the client', () => {
		expect(nameAsPronoun('Dev (plumber) sent all his overdue invoices.')).toBe('he sent all his overdue invoices.');
		expect(detectProgress('Dev (plumber) sent all his overdue invoices.').progress).toBe(true);
	});

	it('does not take a contraction without its apostrophe for a name', () => {
		expect(nameAsPronoun('Havent told the landlord about the damp yet.')).toBeNull();
		expect(detectProgress('Havent told the landlord about the damp yet.').progress).toBe(false);
	});

	it('reads "<role> reports she …" as the client', () => {
		expect(normaliseStatement('CFO reports she finally raised the pricing error with the board.')).toBe('cfo reports i finally raised the pricing error with the board.');
		expect(detectProgress('CFO reports she finally raised the pricing error with the board.').progress).toBe(true);
	});
});

describe('"once" and a gain given back', () => {
	it('reads "once I" with a verb in the past as a step, not a plan', () => {
		expect(detectProgress('Once I flagged the workload, they brought in a contractor.').progress).toBe(true);
		expect(detectProgress('Once I get the contract, I’ll hire a VA.').progress).toBe(false);
	});

	it.each(['Quit vaping for a week, restarted at a party.', 'Was off the wine all week, then Saturday happened.', 'Raised my prices in May, then rolled them back in June.'])(
		'"%s" is a gain undone',
		(statement) => {
			expect(detectProgress(statement).progress).toBe(false);
		},
	);
});
