import { describe, expect, it } from 'vitest';
import { detectProgress } from '../../../src/core/review/progress-detector';

/**
 * Round fourteen: a number told against another period ("one this month, six in August"), recognition in terse and
 * indirect forms, a step that was only hoped for or that left them low, a habit told by its absence, and a gain
 * undone later by someone else or by time.
 */
const FELL = 'reports a result: a number that fell, for the better';
const ROSE = 'reports a result: a number that rose';

describe('a number against another period', () => {
	it.each([
		['Panic attacks: one this month, six in August.', FELL],
		['Customer escalations reaching the CEO: 2 in Q3, 11 in Q2.', FELL],
		// The later period is now, whichever comes first.
		['Customer escalations reaching the CEO: 11 in Q2, 2 in Q3.', FELL],
		// Months by any of their short names.
		['Refund requests: 11 in Sept, 2 in Oct.', FELL],
		['Safety incidents: 3 this year. We had 12 in 2022.', FELL],
		['Only three refund requests this month, we had fifteen in Jan.', FELL],
		['She’s been out with friends four times this month; in September it was once.', ROSE],
		['Coach note: “Done 14 skip-levels this quarter, zero the one before.”', ROSE],
		['Hrs worked: 44 last wk (avg 58 in Q1)', FELL],
		['Uptime 99.97% for the quarter; last year we were at 99.2.', ROSE],
		['Fasting sugar came to 104 this time, last test it was 138.', FELL],
		['Phone pickups 58/day (was 140)', FELL],
		['New members: 3 in March, 9 in April.', ROSE],
	])('"%s" %s', (statement, reason) => {
		expect(detectProgress(statement)).toMatchObject({ progress: true, reason });
	});

	it.each(['Sold 12 in May and only 4 in June.', 'I ran 3 times this week and want 5 in May.', 'New members: 9 in March, 3 in April.'])('"%s" is not', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});
});

describe('recognition, terse and indirect', () => {
	it.each([
		'5-star Google review from the Okafors.',
		'Praise from VP re: onboarding doc.',
		'Testimonial in from Dan at the brewery: “Easiest supplier we’ve ever worked with.”',
		'The interviewer emailed afterwards to say mine was the strongest case study they’d seen.',
		'My team lead put my name on the slide for the client win.',
		'Running club voted me volunteer of the year 🙂',
		'Client chosen for the leadership programme: 12 places, 200+ applied.',
		'Pottery teacher picked two of my bowls for the end-of-term display.',
		'Running club asked me to pace the beginners’ group.',
		'Bloke from the hardware store reckons our landscaping on the corner block is the best advertising in town.',
	])('"%s" relays recognition', (statement) => {
		expect(detectProgress(statement)).toMatchObject({ progress: true, reason: "relays someone else's recognition" });
	});

	it.each(['I wasn’t selected for the squad.', 'Bad review from the Hendersons about the delay.'])('"%s" is not', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});
});

describe('a step only hoped for, or one that left them low', () => {
	it.each([
		'Thought I’d managed to book the course but the payment didn’t go through.',
		'I thought I’d have managed to call Gran by now but no.',
		'My partner said I’d be better company if I left my phone in the other room.',
		'my mate said id be happier if i stopped comparing myself to my sister',
		'Came out of the meeting with the bank feeling about two inches tall.',
		'Got home from the all-hands feeling completely invisible.',
		'I finished the week completely drained and cried in the car on Friday.',
	])('"%s" is not progress', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});

	it.each(['I thought I’d hate the class but I went and loved it.', 'Left the session feeling like I could take on anything.', 'Went to the gym and came home feeling great.'])('"%s" still is', (statement) => {
		expect(detectProgress(statement).progress).toBe(true);
	});
});

describe('a habit told by its absence', () => {
	it.each([
		'Haven’t touched the pokies since Easter, not even on the footy trip.',
		'I didn’t lose the rag with the union reps, even when they were baiting me.',
		'No scope creep on the Henley job. Every extra got quoted.',
		'no sunday scaries this week at all',
		// Not skipping a good habit is keeping it.
		'havent skipped physio once this month',
	])('"%s" is progress', (statement) => {
		expect(detectProgress(statement)).toMatchObject({ progress: true, reason: 'reports an old habit that has stopped' });
	});

	it.each(['Skipped the gym all week.', '- Knee flaring. Pain 7/10 on stairs. Stopped running.'])('"%s" is not', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});
});

describe('a gain undone later, by others or by time', () => {
	it.each([
		'Signed the big retail contract in May and they cancelled it in July.',
		'Landed the contract role, then the funding got pulled a week in.',
		'She updated her LinkedIn headline, then changed it back the same evening.',
		'Announced the four-day week pilot and the board overturned it a fortnight later.',
		'Got the overdraft cleared in spring and now we’re three grand back into it.',
		'Got the backlog down to 40 tickets in May; it’s back at 190.',
		'Stopped drinking for January, then the first weekend of February undid the whole thing.',
	])('"%s" is not progress', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('a result that "came back at" a number is no relapse', () => {
		expect(detectProgress('My HbA1c came back at 44, down from 52.')).toMatchObject({ progress: true, reason: FELL });
	});
});

describe('worn down for others, got through, turned down', () => {
	it.each([
		'Worked 71 hours this week just to stand still.',
		'Client reports she covered her manager’s whole workload for the six weeks he was off and got no acknowledgement at all.',
		'Made it to Friday. That’s genuinely all I’ve got to report this week.',
		'“Finally got a reply from the distributor,” he said. “It’s a no, and they’re keeping the samples.”',
		'Client says she lost 4kg over January and has put the whole lot back on since her dad went into hospital.',
		'11 days sober, then a big wknd — back to day 0',
		'We received the big order from Dubai and on Friday they cancelled the full order.',
	])('"%s" is not progress', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});

	it.each(['Nobody asked me to, I just did it and booked the course.', 'I put my running shoes back on after a year off.', 'I made it through my first marathon!'])('"%s" still is', (statement) => {
		expect(detectProgress(statement).progress).toBe(true);
	});
});
