import { describe, expect, it } from 'vitest';
import { detectProgress, normaliseStatement } from '../../../src/core/review/progress-detector';
import { nameAsPronoun } from '../../../src/core/review/progress-detector/named-client';

/**
 * A coach's record that opens with the client's first name reads as "he" or "she", and then in the first person like
 * "She said she…"; a capitalised word that is no name, or a name in the client's own speech, is left alone.
 */
describe('a record that opens with the client’s name', () => {
	it.each([
		['Marcus closed the Halden deal, his biggest yet.', 'he closed the Halden deal, his biggest yet.'],
		['Brief. Ruth booked the smear test she had been putting off.', 'Brief. she booked the smear test she had been putting off.'],
		['Good session. Femi hasn’t placed a bet since the 14th, he told me.', 'Good session. he hasn’t placed a bet since the 14th, he told me.'],
		// "'s" before a verb is "she's"; before a noun it is "her".
		["Callum's chartered, she said.", "she's chartered, she said."],
		['Alex’s daughter got into Edinburgh and he was so proud.', 'his daughter got into Edinburgh and he was so proud.'],
		['Ruth walks the dog before work now.', 'she walks the dog before work now.'],
	])('reads "%s" as "%s"', (raw, read) => {
		expect(nameAsPronoun(raw)).toBe(read);
	});

	it.each([
		// Capitalised words that are not names, or name someone else: the detector's words, people, things, days.
		'Sales rose 20% in March.',
		'Dad retired last week.',
		'Bedtime is down to twenty minutes.',
		'Stripe payouts are up.',
		'Monday was a write-off.',
		'Registration closed on Friday.',
		// No verb after it: a heading, not a subject.
		'Marcus: the Halden deal.',
		// The client speaks: the name is someone else's.
		'Ines found two invoices I forgot to send.',
	])('leaves "%s" as it is', (raw) => {
		expect(nameAsPronoun(raw)).toBeNull();
	});

	it('then reads it in the first person, so the cues of the client’s own steps apply', () => {
		expect(normaliseStatement('Olu passed his second accountancy exam.')).toBe('i passed my second accountancy exam.');
		expect(detectProgress('Olu passed his second accountancy exam.').progress).toBe(true);
		expect(detectProgress('Brief. Hannah has stopped working through her lunch break.').progress).toBe(true);
		// Someone else's promotion, the client speaking: not the client's progress.
		expect(detectProgress('Priya got promoted. Good for her, I had nothing to do with it.').progress).toBe(false);
	});

	it('takes "Client’s wife noticed he…" as the client’s own, the first "he" the client', () => {
		expect(normaliseStatement('Client’s wife noticed he’s been home by six all week.')).toBe("my wife noticed i've been home by six all week.");
	});
});

describe('a coach’s or a clinician’s shorthand for the client', () => {
	it.each([
		['Pt went to the GP about the chest pain as agreed.', 'went to the gp about the chest pain as agreed.'],
		['Pt states she has cut down to five a day.', 'i have cut down to five a day.'],
		['Client states: “I’m not the bottleneck anymore.”', "i'm not the bottleneck anymore."],
		['Good session. She’s stopped eating lunch at her desk.', "i've stopped eating lunch at my desk."],
	])('reads "%s" as "%s"', (raw, read) => {
		expect(normaliseStatement(raw)).toBe(read);
	});
});
