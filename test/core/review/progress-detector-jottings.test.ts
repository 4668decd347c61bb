import { describe, expect, it } from 'vitest';
import { detectProgress, normaliseStatement, progressCues } from '../../../src/core/review/progress-detector';

/**
 * Round nineteen: a coach's jottings that start with a bullet, an arrow, a plus or a question's label; a transcript's
 * fillers; a number per day; a step taken back soon after; a decision for later; a habit-free day not had; a good
 * habit stopped now; a title with its team.
 */
describe("a jotting's leading mark is no word of the statement", () => {
	it.each([
		['+ chased the two overdue invoices', 'chased the two overdue invoices'],
		['→ booked the venue for the launch', 'booked the venue for the launch'],
		['-> pitched to the board on Friday', 'pitched to the board on Friday'],
		['• asked for the budget in writing', 'asked for the budget in writing'],
	])('"%s" reads as "%s"', (jotted, plain) => {
		expect(normaliseStatement(jotted)).toBe(normaliseStatement(plain));
		expect(detectProgress(jotted).progress).toBe(true);
	});

	it('keeps a sign before a number, and reads a labelled question as a question', () => {
		expect(normaliseStatement('-6.4kg since August')).toContain('6.4');
		expect(progressCues('Q: should I take the Leeds job?')).toContain('question');
		expect(detectProgress('Q: should I take the Leeds job?').progress).toBe(false);
	});
});

describe("a transcript's fillers", () => {
	it('are dropped, and no word that merely starts like one', () => {
		expect(normaliseStatement('so um I finally, uh, sent it')).toBe('so i finally, sent it');
		expect(normaliseStatement('the error was mine')).toContain('error');
		expect(detectProgress('so um yeah, uh, I finally sent the application').progress).toBe(true);
	});
});

describe('numbers and their units', () => {
	it('reads a count per day between the two numbers', () => {
		expect(progressCues('Phone pickups went from 90 a day to 40.')).toContain('metric-less');
	});

	it('reads a no-show rate as better smaller', () => {
		expect(progressCues('Our no-show rate fell from 20% to 9%.')).toContain('metric-less');
	});
});

describe('a step taken back soon after', () => {
	it.each([
		'Stuck to the budget for a fortnight then slid right back.',
		'Got down to 70kg, then back up to 73 by March.',
		'Lost the weight but put it all back on over the summer.',
		'Opened a savings pot but took it all out again in May.',
		'Went to bed at ten but was up scrolling until two.',
	])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('undone-after');
	});

	it('dropping something round or off is a step, not a step undone', () => {
		expect(progressCues('Phoned the accountant and dropped the paperwork round.')).not.toContain('undone-after');
		expect(progressCues('Raised prices, then dropped them back in March.')).toContain('undone-after');
	});

	it('going back to the plan is no slip', () => {
		expect(progressCues('Missed a week but went back on Monday.')).not.toContain('undone-after');
	});
});

describe('a decision for later is a plan', () => {
	it.each([
		"I've made up my mind: we stop weekend deliveries from next month.",
		'Decided the team works from home on Fridays starting in January.',
		"We agreed as a family we'll have screen-free Sundays.",
	])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('promised');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('leave agreed by others, starting Monday, is no plan of the client', () => {
		expect(progressCues('Asked for two weeks off and it has been agreed, starting Monday.')).not.toContain('promised');
	});
});

describe('habits', () => {
	it('a habit-free day not had is no habit stopped', () => {
		expect(progressCues("Hasn't had a single sugar-free day.")).not.toContain('habit-stopped');
		expect(progressCues("Hasn't had a single drink this week.")).toContain('habit-stopped');
	});

	it('not walking once is no habit stopped', () => {
		expect(progressCues("Haven't walked once since the clocks changed.")).not.toContain('habit-stopped');
	});

	it('a good habit kept for a while and stopped now has lapsed', () => {
		expect(progressCues('I was journalling every night for two months, now I stopped.')).toContain('lapsed');
		expect(progressCues('I was smoking every day for years, now I stopped.')).not.toContain('lapsed');
	});
});

describe('achievements', () => {
	it('made team lead', () => {
		expect(progressCues('She was made team lead last week.')).toContain('achievement');
	});

	it('"still can\'t believe" it is no step still not done', () => {
		expect(progressCues("The grant came through, I still can't believe it.")).not.toContain('still-not');
	});
});
