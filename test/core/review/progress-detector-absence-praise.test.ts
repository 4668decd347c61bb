import { describe, expect, it } from 'vitest';
import { detectProgress } from '../../../src/core/review/progress-detector';

/**
 * Round thirteen: an old habit told by its absence, where the habit is one of work or money ("no weekend logins",
 * "haven't undercharged since …"), and recognition in the forms clients relay it: being asked to show or serve, named,
 * thanked, given kudos; praise for someone else is theirs.
 */
describe('an old habit told by its absence', () => {
	it.each([
		'No weekend logins in March.',
		'Zero chargebacks in November.',
		// "since" a change: the habit stopped, not a step left undone.
		'I haven’t undercharged a client since the new rate card went up.',
		'Haven’t pulled a sickie since I changed shifts.',
		'He hasn’t talked over his CFO once this month.',
		'I’ve not dipped into the tax pot once this year.',
	])('"%s" is progress', (statement) => {
		expect(detectProgress(statement)).toMatchObject({ progress: true });
	});

	it.each(['Haven’t rung the GP since we spoke.', 'No sales this week.', 'No replies from the recruiters in March.'])('"%s" is not', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});
});

describe('recognition as clients relay it', () => {
	it.each([
		'The festival committee asked us to cater the opening night.',
		'The trainer asked me to demo the kettlebell swing for the new group.',
		'VP gave me kudos in the team channel for the fix.',
		'They named me at the town hall as the reason the move went smoothly.',
		'Got a letter from the ombudsman thanking us for our openness.',
		'The investors asked for me on the roadshow.',
	])('"%s" relays recognition', (statement) => {
		expect(detectProgress(statement)).toMatchObject({ progress: true, reason: "relays someone else's recognition" });
	});

	it.each([
		'Boss praised Raj’s presentation in front of the whole floor.',
		'The board praised the new CTO’s first 90 days.',
		'The neighbours were all praising Jen for organising the braai.',
		'Everyone’s congratulating Priya on the award.',
	])('"%s" is praise for someone else', (statement) => {
		expect(detectProgress(statement).progress).toBe(false);
	});

	it.each(['My manager praised me for the migration.', 'My boss praised my team’s work on the launch.'])('"%s" is still the client’s', (statement) => {
		expect(detectProgress(statement).progress).toBe(true);
	});
});
