import { describe, expect, it } from 'vitest';
import { detectProgress, progressCues } from '../../../src/core/review/progress-detector';

/**
 * Round fifteen: recognition told as being sought out for one's work, lending money as a habit a client stops,
 * hedged change told without comparatives, and changes for the worse told with the words of progress.
 */
describe('recognition: sought out for their work', () => {
	it.each([
		'My daughter asked if I’d teach her how to budget.',
		'My old boss rang to ask if I’d consider coming back, said the place has fallen apart without me.',
		'“Ben from legal asked to sit in on my negotiation prep.”',
		'Head of sales quoted my framework back to me at the all-hands.',
		'My trainer moved me up to the intermediate group.',
		'The investors asked for my model, not the consultant’s.',
		'Said two of the partners have asked for her on their pitches.',
		'The MD asked me to run the leadership offsite.',
	])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('recognition');
		expect(detectProgress(statement)).toMatchObject({ progress: true, reason: "relays someone else's recognition" });
	});

	it.each(['My boss asked me to redo the slides.', 'The bank asked for my payslips again.', 'The builder quoted me £4k for the roof.'])('"%s" is not', (statement) => {
		expect(progressCues(statement)).not.toContain('recognition');
		expect(detectProgress(statement).progress).toBe(false);
	});
});

describe('lending money, a habit stopped', () => {
	it.each(['Haven’t lent Craig money since the summer.', 'Leon says he hasn’t lent his cousin a penny since we spoke about it.'])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('habit-stopped');
		expect(detectProgress(statement).progress).toBe(true);
	});
});

describe('hedged change without comparatives', () => {
	it.each([
		'Probably too soon to tell, but the team seem to bring problems to me earlier.',
		'Early days, but the new prices seem to be sticking.',
		'Might be imagining it, but the Sunday dread didn’t show up this week.',
		'Could just be tiredness, but I didn’t feel the need to check everyone’s code this sprint.',
		'lol might actually be enjoying mondays??',
	])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('hedge');
		expect(detectProgress(statement).progress).toBe(true);
	});

	it('"could be" alone is no hedge: "I wish I could be calmer with my team"', () => {
		expect(progressCues('I wish I could be calmer with my team.')).not.toContain('hedge');
		expect(detectProgress('I wish I could be calmer with my team.').progress).toBe(false);
	});
});

describe('changes for the worse in the words of progress', () => {
	it.each([
		'I’ve started feeling sick about work on Sunday nights. Never used to.',
		'He’s started staying at the office till nine. Used to leave at six.',
		'We made a loss for the first time in three years.',
		'My 5k has got slower since the summer.',
		'Text: “had my first drink in 8 months last night. feel awful about it”',
		'She can’t switch off, and even the weekends don’t help anymore.',
	])('"%s"', (statement) => {
		expect(progressCues(statement)).toContain('worse');
	});

	it.each(['I’ve started feeling sick about work on Sunday nights. Never used to.', 'He’s started staying at the office till nine. Used to leave at six.', 'Text: “had my first drink in 8 months last night. feel awful about it”'])('"%s" is not progress', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});

	it.each(['Told my sister I can’t host every Sunday anymore, and she took it better than I expected.', 'I don’t check the bank app anymore.'])('"%s" is no change for the worse', (statement) => {
		expect(progressCues(statement)).not.toContain('worse');
	});
});
