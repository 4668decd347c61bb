import { describe, expect, it } from 'vitest';
import { detectProgress, progressCues } from '../../../src/core/review/progress-detector';

/**
 * Round eighteen: a step undone soon after, told with "then" or by a weekday; a competitor's number; a mark against
 * the client received; a way of not coping the client is "good at"; a number compared with an average or with what it
 * "used to" be; a realisation of a pattern; a list after "done:"; a colon in a time.
 */
describe('a step undone soon after', () => {
	it.each([
		'Drafted the email to my landlord and then never sent it.',
		'Uninstalled Instagram on Sunday and had it back by Tuesday night.',
		'Tidied the garage at the weekend; by Thursday it was back to square one.',
	])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('undone-after');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('"ended up" before a good turn undoes nothing', () => {
		const statement = 'Called my dad for the first time in a year and we ended up talking for two hours.';
		expect(progressCues(statement)).not.toContain('undone');
		expect(detectProgress(statement).progress).toBe(true);
	});

	it('"ended up" before the old habit still undoes', () => {
		expect(progressCues('Meant to go to the gym, ended up on the sofa.')).toContain('undone');
	});
});

describe("a competitor's number is not the client's result", () => {
	it.each(['Our main rival’s turnover is up 30% this year.', 'Bookings up 15% — at the competition down the road.'])('"%s"', (statement) => {
		expect(progressCues(statement)).not.toContain('metric');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('the client beside the competitor keeps theirs', () => {
		expect(progressCues('Our sales rose 20% while the competitor stood still.')).toContain('metric');
	});
});

describe('a mark against the client received', () => {
	it.each(['Got a formal warning about timekeeping, the first in ten years.', 'Received a poor rating in my mid-year review.'])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('lapsed');
		expect(detectProgress(statement).progress).toBe(false);
	});
});

describe('good at a way of not coping', () => {
	it.each(['I’m getting better at pretending everything is fine at home.', 'Honestly I’ve become very good at putting things off.'])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('self-mocking');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('better at not doing an old habit is still progress', () => {
		expect(progressCues('Getting better at not checking email on holiday.')).not.toContain('self-mocking');
	});
});

describe('numbers against an average or what they used to be', () => {
	it('more than the average', () => {
		expect(detectProgress('22 enquiries this month, we had been averaging 8.')).toMatchObject({ progress: true, reason: 'reports a result: a number that rose' });
	});

	it('less sleep than it used to be', () => {
		const statement = 'Getting 5 hours a night since the move, used to get 8.';
		expect(progressCues(statement)).toContain('worse');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('an arrow between numbers with a unit per week', () => {
		expect(progressCues('Newsletter sign-ups ~10/wk → 45/wk since the new landing page.')).toContain('metric');
	});
});

describe('more of what a business wants less of', () => {
	it.each(['We’ve had more refunds since the price change.', 'Getting more negative reviews on the new menu.'])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('worse');
		expect(detectProgress(statement).progress).toBe(false);
	});
});

describe('other gains read', () => {
	it('a pattern seen for the first time is a realisation', () => {
		expect(progressCues('Spotted the pattern: I overspend every time I fight with my mum.')).toContain('realisation');
	});

	it('"done:" then a list', () => {
		expect(progressCues('Website done: copy, photos, booking page.')).toContain('achievement');
	});

	it('through to the next round', () => {
		expect(progressCues('Through to the final round at the agency.')).toContain('achievement');
	});

	it('the first month over a mark is a record', () => {
		expect(progressCues('First month over 50 paying members.')).toContain('record');
	});

	it('"Stuck." alone is no step, "stuck to" is', () => {
		expect(progressCues('Stuck. Same as last week.')).not.toContain('step');
		expect(progressCues('I stuck to the meal plan all week.')).toContain('step');
	});

	it('a colon in a time shows no content', () => {
		expect(progressCues('Applied for the grant, sent it at 23:50.')).not.toContain('shows-content');
	});

	it('colleagues handing in their notice is their doing', () => {
		expect(progressCues('Three of my engineers handed in their notice this quarter.')).toContain('others-did');
		expect(progressCues('Handed in my notice at the bank.')).not.toContain('others-did');
	});
});

describe('circumstances and what others now ask are no new habit of the client', () => {
	it.each([
		'The bank wants monthly management accounts now.',
		'My co-founder went to the investors instead of talking to me.',
		'Dad was diagnosed with Parkinson’s in the spring.',
		'My husband’s on night shifts now, so bedtime is all me.',
		'Since the layoffs she is now the main earner.',
	])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('others-did');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('a client who wants a change now is not read as someone else', () => {
		expect(progressCues('I want to spend more time with the kids now.')).not.toContain('others-did');
	});
});
