import { describe, expect, it } from 'vitest';
import { detectProgress, progressCues } from '../../../src/core/review/progress-detector';

/**
 * Round sixteen: a verb after "since" dates a change rather than reporting a step; more ways of telling how a number
 * moved; and a change for the worse that someone noticed is no recognition.
 */
describe('"since I …" dates a change, it is no step', () => {
	it.each(['The kids fight more since I went back to work.', 'Steps have been under 3,000 a day since I started working from home.', 'He says he spends most days in his dressing gown since he left the firm.'])('"%s"', (statement) => {
		expect(progressCues(statement)).not.toContain('step');
	});

	it.each(['I went back to work and the kids are fine.', 'Since the spring I told my boss no twice.'])('"%s" is still a step', (statement) => {
		expect(progressCues(statement)).toContain('step');
	});
});

describe('numbers that moved, told more ways', () => {
	it.each([
		['Client reports she’s gone from 2 pull-ups to 9 since March.', 'metric'],
		['Averaging 7 hours of sleep this week, I was on 5.', 'metric'],
		['Savings pot is at £2,300. It was empty in March.', 'metric'],
		['Ward handover takes 20 minutes now instead of 45.', 'metric-less'],
		['Missed two doses this month. Last month it was about ten.', 'metric-less'],
		['Our NPS has slid to 18 from 35.', 'worse'],
		['Revenue dropped to £8k from just over £12k.', 'worse'],
		['Handover takes 45 minutes now instead of 20.', 'worse'],
		['Sleeping 5 hours a night, I was on 7.', 'worse'],
	])('"%s": %s', (statement, cue) => {
		expect(progressCues(statement)).toContain(cue);
	});

	it.each(['Our NPS has slid to 18 from 35 since I took over.', 'Sleeping 5 hours a night, I was on 7.'])('"%s" is not progress', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});

	it.each(['Averaging 7 hours of sleep this week, I was on 5.', 'Ward handover takes 20 minutes now instead of 45.'])('"%s" is progress', (statement) => {
		expect(detectProgress(statement)).toMatchObject({ progress: true });
	});
});

describe('a change for the worse someone noticed', () => {
	it.each(['I’ve noticed I’m drinking more on weeknights, like most nights now.', 'My manager noticed my numbers have slipped to 60% from 80%.', 'I realised I’m sleeping less than ever.'])('"%s" is not progress', (statement) => {
		const cues = progressCues(statement);
		expect(cues).toContain('worse');
		expect(cues).not.toContain('recognition');
		expect(cues).not.toContain('realisation');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it.each(['My partner noticed I’m home for dinner most nights now.', 'I realised I don’t need to be perfect.'])('"%s" still is', (statement) => {
		expect(detectProgress(statement).progress).toBe(true);
	});
});

describe('struggles told with the words of progress', () => {
	it.each([
		['“Managed to be late to my own one-to-one, so that went well.”', 'self-mocking'],
		['I managed to spend the whole week on admin and not one hour on sales.', 'self-mocking'],
		['The only thing I managed all week was getting the kids to school, everything else fell apart.', 'self-mocking'],
		['Grief’s actually harder now than in the first month.', 'worse'],
		['My knee was better for a fortnight and now it’s as bad as ever.', 'worse'],
		['My boss has noticed I’ve been missing deadlines.', 'struggle'],
	])('"%s": %s', (statement, cue) => {
		expect(progressCues(statement)).toContain(cue);
	});

	it.each(['Didn’t speak up in a single meeting this week.', 'I didn’t take a single day of my annual leave last year.', 'Haven’t posted on LinkedIn once since we last spoke.', 'Haven’t meditated once since the retreat.'])('"%s": a step not taken, no habit stopped', (statement) => {
		expect(progressCues(statement)).not.toContain('habit-stopped');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it.each(['Didn’t open Slack once on holiday.', 'Haven’t checked my phone once after 9pm.'])('"%s" is still a habit stopped', (statement) => {
		expect(progressCues(statement)).toContain('habit-stopped');
	});
});

describe('"the job I applied for": a relative clause tells of something else, it is no step', () => {
	it.each(['The VP I’d promoted last year resigned on Friday.', 'The CFO blocks every hire I put forward.', 'My in-laws comment on everything I put on my plate.', 'The flat we’d offered on went to a cash buyer.', 'No replies from any of the house shares I messaged.'])('"%s"', (statement) => {
		expect(progressCues(statement)).not.toContain('step');
	});

	it.each(['In the meeting I spoke up twice.', 'The day I quit I felt free.', 'My manager told the whole team I’d saved the client relationship.', 'They kept the one-to-ones after I offered to cut them.'])('"%s" is still a step', (statement) => {
		expect(progressCues(statement)).toContain('step');
	});

	it('"spoke up twice" in a meeting moves no number', () => {
		expect(progressCues('In the meeting I spoke up twice.')).not.toContain('worse');
	});
});

describe('gains undone, and jottings signed off with a grimace', () => {
	it.each(['Deleted the betting app on Sunday and had it back on my phone by Wednesday.', 'wrote the email to the landlord… its in drafts', 'Took the job at the startup, left after a month, back at the old place.', 'Recorded one episode in March and it’s just sitting there on my laptop.'])('"%s": undone', (statement) => {
		expect(progressCues(statement)).toContain('undone');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it.each(['sat down to meditate, opened slack instead 🙃', 'Wt 88.4 (was 86.9) 😩', 'stretches didnt happen once this week 🙈', 'Chased the invoice again 🤦'])('"%s": glum', (statement) => {
		expect(progressCues(statement)).toContain('glum');
	});

	it.each(['Ran 5k!! 🎉', 'Gym x3 💪', 'could be the meds, could be me 🤷'])('"%s": not glum', (statement) => {
		expect(progressCues(statement)).not.toContain('glum');
	});
});

describe('praise that asks for change, and praise of someone else', () => {
	it.each(['My manager says I’m lovely to work with but not ready for promotion.', '360 came back: brilliant on strategy, but I interrupt and people feel unheard.', 'HR said my application was ‘strong but not quite there.’'])('"%s": feedback', (statement) => {
		expect(progressCues(statement)).toContain('feedback');
		expect(detectProgress(statement).progress).toBe(false);
	});

	it('"My sister won the county award." is no recognition of the client', () => {
		expect(progressCues('My sister won the county award.')).toContain('others-did');
		expect(detectProgress('My sister won the county award.').progress).toBe(false);
	});
});

describe('things sent to the client, a diary booked solid, a deadline passed', () => {
	it.each(['The clinic sent me a letter about the results.', 'HR sent round a new policy on hybrid working.', 'My diary is booked solid till February.', 'Didn’t apply for the internal role. Deadline passed.'])('"%s": nothing achieved', (statement) => {
		expect(progressCues(statement)).not.toContain('achievement');
	});

	it.each(['CV sent.', 'Proposal submitted and signed.', 'Holiday booked!'])('"%s" is still an achievement', (statement) => {
		expect(progressCues(statement)).toContain('achievement');
	});
});
