import { describe, expect, it } from 'vitest';
import { detectProgress, normaliseStatement, progressCues } from '../../../src/core/review/progress-detector';
import { presentAsPast } from '../../../src/core/review/progress-detector/present-as-past';

/**
 * Round twenty: clients' pasted messages, money and sport logs, English as a second language, and coaches' notes that
 * turn to the news, carry it in a question's aside or undo it in the next breath.
 */
describe('a verb in the present that means the past', () => {
	it.each([
		['yesterday i go to the gym finally', 'yesterday i went to the gym finally'],
		['last month i save 400 euro', 'last month i saved 400 euro'],
		['last week, we finally launch the shop', 'last week, we finally launched the shop'],
		['i have send my cv to three companies', 'i have sent my cv to three companies'],
		['we have already finish the second site', 'we have already finished the second site'],
	])('"%s" reads as "%s"', (said, meant) => {
		expect(presentAsPast(said)).toBe(meant);
	});

	it('leaves a plan, a habit and "have to" as they are', () => {
		for (const text of ['today i go to the gym after work', 'on monday i call the bank', 'i have to send it by friday', 'i have lunch with her on fridays', 'i have book club on thursdays', 'i have call with hr tomorrow', 'yesterday was a write-off']) {
			expect(presentAsPast(text)).toBe(text);
		}
	});

	it('reads the step it reports', () => {
		expect(detectProgress('Yesterday I go to the gym finally, 45 minutes').progress).toBe(true);
		expect(detectProgress('I have send my CV to three companies on Monday').progress).toBe(true);
		expect(detectProgress('I have to send my CV to three companies').progress).toBe(false);
	});
});

describe('results of a sport or a money log', () => {
	it('a longest ever and a PR are records', () => {
		expect(progressCues('Long run 18 miles. Longest ever.')).toContain('record');
		expect(progressCues('Deadlift 140 PR, form held.')).toContain('record');
		expect(progressCues('Sent the PR pack to three journalists.')).not.toContain('record');
	});

	it('signing up for a race is no number that rose', () => {
		expect(progressCues('Signed up for the 10k in May.')).not.toContain('metric');
		expect(progressCues('Sales up from 10k to 14k in May.')).toContain('metric');
	});

	it('stuck at a number is no step; stuck at it still is', () => {
		expect(progressCues('Bench stuck at 80kg for six weeks.')).not.toContain('step');
		expect(detectProgress('Bench stuck at 80kg for six weeks.').progress).toBe(false);
		expect(progressCues('I stuck at it all month.')).toContain('step');
	});

	it('cancelled subscriptions are a step; a cancelled session is not', () => {
		expect(progressCues('Cancelled four subscriptions I had forgotten about.')).toContain('step');
		expect(progressCues('Cancelled the session again.')).not.toContain('step');
	});

	it('the card untouched since a date is a habit stopped, not a step not taken since', () => {
		const cues = progressCues('havent touched the credit card since the 3rd');
		expect(cues).toContain('habit-stopped');
		expect(cues).not.toContain('not-since');
	});

	it('money had to go again is a gain undone; a session spent on a subject is not', () => {
		expect(progressCues("I'd saved £1,500 for the deposit but had to use all of it when the boiler went.")).toContain('undone');
		expect(progressCues('We spent most of it on the atmosphere at work.')).not.toContain('undone');
	});
});

describe('news that came, and who brought it', () => {
	it('an offer that came through, with words between', () => {
		expect(progressCues('Mortgage in principle came through, £210k.')).toContain('achievement');
		expect(progressCues('The mortgage never came through.')).not.toContain('achievement');
		expect(progressCues('Wasn’t expecting much, but they’ve asked her back for a second round.')).toContain('achievement');
	});

	it('a recruiter reaching out, and praise said as "much cleaner"', () => {
		expect(progressCues('A recruiter reached out to me on LinkedIn after my post.')).toContain('recognition');
		expect(progressCues('Coach said my catch looks much cleaner on the video.')).toContain('recognition');
	});

	it('back in the normal range is a change for the better, not a return to the old way', () => {
		const statement = 'My GP said my liver results are back in the normal range.';
		expect(progressCues(statement)).not.toContain('undone');
		expect(detectProgress(statement).progress).toBe(true);
	});

	it("a member of the client's team is not the team", () => {
		expect(progressCues('Sophie in my team ran her first marathon on Sunday.')).not.toContain('step');
		expect(progressCues('My team ran the whole launch without me.')).toContain('step');
	});

	it('😭 is no grimace: texts send it for joy', () => {
		expect(progressCues('first ever client paid me today £150 im literally screaming 😭')).not.toContain('glum');
		expect(progressCues('opened slack instead 🙃')).toContain('glum');
	});
});

describe('the news a note turns to', () => {
	it.each([
		['the big news is um I got into the MBA', 'i got into the mba'],
		['Long week: the audit dragged on. But the big news is he finally handed in his notice.', 'i finally handed in my notice.'],
		['Anyway, guess what, she ran the whole 5k without stopping to walk.', 'i ran the whole 5k without stopping to walk.'],
		['Best bit of the week: she booked the venue.', 'i booked the venue.'],
	])('"%s" reads as "%s"', (note, point) => {
		expect(normaliseStatement(note)).toBe(point);
		expect(detectProgress(note).progress).toBe(true);
	});
});

describe('a gain taken back in the same breath', () => {
	it.each([
		'Planned to go to the gym every day this week. Went zero times.',
		'Sold the car! No wait, the buyer pulled out on Friday.',
		"He's bought three online courses this year and hasn't opened any of them.",
		'Signed up for the trail race but bailed at the start line.',
		'Deleted the app, then reinstalled it on Friday.',
	])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('undone');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('what was not undone stays', () => {
		expect(progressCues('deleted tiktok monday and havent reinstalled it yet')).not.toContain('undone');
		expect(progressCues('My sister bailed me out of the overdraft.')).not.toContain('undone');
		expect(progressCues('Pulled out of the race with a sore calf.')).not.toContain('undone');
	});

	it('the laptop not opened is the habit kept off, not a step not taken', () => {
		expect(progressCues('Took the whole of Sunday off. Didn’t even open the laptop.')).not.toContain('undone-after');
		expect(progressCues('Bought the course, didn’t even open it.')).toContain('undone-after');
	});
});

describe('what did not happen, said as if it had', () => {
	it.each(["I'd have applied if the deadline hadn't been yesterday.", 'I thought I’d made my peace with my ex. Then she posted the photos.'])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('wished');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('a boast of what is to come is no new habit', () => {
		expect(progressCues("I'm going sub-20 at the Brighton 5k, calling it now.")).not.toContain('now');
	});

	it('"never used to mind" is a change for the worse', () => {
		expect(progressCues('Never used to mind Mondays, now I feel sick by Sunday teatime.')).toContain('worse');
	});
});

describe('progress in the client\'s own words, with a word between', () => {
	it.each(["I'm making real progress with the book.", "We're making good progress on the house, two rooms finished."])('"%s" is a change for the better', (statement) => {
		expect(progressCues(statement)).toContain('change');
		expect(detectProgress(statement).progress).toBe(true);
	});

	it('and not when it is denied', () => {
		expect(progressCues('Not making real progress.')).toContain('still-not');
		expect(detectProgress('Not making real progress.').progress).toBe(false);
	});
});
