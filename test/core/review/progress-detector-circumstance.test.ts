import { describe, expect, it } from 'vitest';
import { detectProgress, normaliseStatement, progressCues } from '../../../src/core/review/progress-detector';

/**
 * Round seventeen: a decision or a routine is no step, what changed around the client is no doing of theirs, a gain
 * dropped soon after is undone, and praise that asks for change is feedback.
 */
describe('a decision for later is a plan', () => {
	it.each(['I’ve decided to hire a part-time bookkeeper after the year end.', 'She’s decided that the shop will close on Mondays from January.', 'Decided I’ll move the team meeting to Thursdays, starting next month.'])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('plan');
	});

	it.each(['Decided I’m not going for the partner track. Told my boss on Friday.', 'I decided to stop the newsletter and emailed the list to say so.'])('"%s" is no plan', (statement) => {
		expect(progressCues(statement)).not.toContain('plan');
	});

	it('doing a thing without thinking about it is no plan', () => {
		expect(progressCues('I floss every night without even thinking about it now.')).not.toContain('plan');
		expect(progressCues('I’m thinking about a career change.')).toContain('plan');
	});
});

describe('routine and the same again', () => {
	it.each(['Ran the quarterly planning day. Same agenda, same arguments.', 'Had the same row with my brother as always.', 'Did the fire safety module like everyone else.'])('"%s" is routine', (statement) => {
		expect(progressCues(statement)).toContain('routine');
	});
});

describe('what changed around the client, not by them', () => {
	it.each(['Our team got merged with Sales, so I report to Priya now.', 'The agency was acquired in the summer and everyone has new laptops now.'])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('others-did');
	});
});

describe('a gain dropped soon after', () => {
	it.each([
		['Launched the mentoring scheme in May, shelved it in July when two mentors left.', 'undone-after'],
		['Gave the team the call on the rota, then overruled them the next day.', 'undone-after'],
		['Fourteen days of journalling, then I lost my streak on holiday.', 'undone'],
		['Wrote the business plan and binned it on Sunday.', 'undone'],
	])('"%s": %s', (statement, cue) => {
		expect(progressCues(statement)).toContain(cue);
	});

	it.each(['Binned the biscuit tin and the emergency chocolate.', 'Binned the last of the cigarettes on the way home.'])('"%s": binning a habit\'s things is a step', (statement) => {
		expect(progressCues(statement)).not.toContain('undone');
	});
});

describe('worse and feedback told with the words of progress', () => {
	it('starting to dread something is worse', () => {
		expect(progressCues('I’ve started dreading the Sunday night emails.')).toContain('worse');
	});

	it.each(['My manager said the deck needs a clearer story before it goes to the board.', 'Apparently the team find me intimidating in one-to-ones.'])('"%s" is feedback', (statement) => {
		expect(progressCues(statement)).toContain('feedback');
	});

	it('a struggle against what was practised', () => {
		expect(progressCues('Said yes to the extra shift, even though I’d practised saying no all week.')).toContain('struggle');
	});
});

describe('progress told more ways', () => {
	it.each([
		['Outstanding invoices down from £12k to £2k.', 'metric-less'],
		['Inbox zero three Fridays running.', 'streak'],
		['He bills by the project now, rather than by the hour.', 'now'],
		['Her head of department asked her to co-lead the new curriculum review.', 'recognition'],
		['The coach moved him up to the first team.', 'recognition'],
		['Our branch was the only one to hit target in Q2.', 'achievement'],
	])('"%s": %s', (statement, cue) => {
		expect(progressCues(statement)).toContain(cue);
	});

	it.each(['Outstanding invoices down from £12k to £2k.', 'Our branch was the only one to hit target in Q2.'])('"%s" is progress', (statement) => {
		expect(detectProgress(statement).progress).toBe(true);
	});
});

describe("a coach's record, read as the client's words", () => {
	it.each([
		['Mentioned a rival agency poached two of her designers.', 'a rival agency poached two of her designers.'],
		['She said her manager got promoted above her, she told me.', 'my manager got promoted above me,'],
		['He said his boss sent him on the course.', 'my boss sent me on the course.'],
		['He said he booked the trip all by himself.', 'i booked the trip all by myself.'],
		["Therapist bk'd for Weds.", 'therapist booked for weds.'],
	])('"%s" reads "%s"', (statement, normalised) => {
		expect(normaliseStatement(statement)).toBe(normalised);
	});

	it('a report verb that opens a record is no step of the client’s', () => {
		expect(progressCues('Mentioned a rival agency poached two of her designers.')).not.toContain('step');
	});
});

describe('words that look like a lapse, a record or an achievement, and are none', () => {
	it.each([
		['Emailed the four lapsed customers about the spring range.', 'lapsed'],
		['Spent Saturday with my best friend from school.', 'record'],
		['Finally hit my limit on Thursday and cried in the car park.', 'achievement'],
	])('"%s": no %s', (statement, cue) => {
		expect(progressCues(statement)).not.toContain(cue);
	});

	it.each([
		['Booked the keynote slot, then it was cancelled when the sponsor pulled out.', 'undone-after'],
		['Drove to the pool, sat in the car park and turned back.', 'undone'],
		['Less Monday-morning dread since the team changed.', 'change'],
	])('"%s": %s', (statement, cue) => {
		expect(progressCues(statement)).toContain(cue);
	});
});
