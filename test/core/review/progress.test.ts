import { describe, expect, it } from 'vitest';
import { reviewJson } from '../../../src/core/review/review';
import { ProgressDetections, progressPattern } from '../../../src/core/review/progress';
import { detectProgress } from '../../../src/core/review/progress-detector';
import { defaultSettings } from '../../../src/core/settings';
import { exampleReview } from '../../vault';

describe("progress statements on the example vault, in the client's own words", () => {
	it('marks a Wins item, a win:: field and a quoted "I finally…" with their reasons', async () => {
		const tom = await exampleReview('Tom');
		expect(tom.progress).toContainEqual(expect.objectContaining({ text: 'Finished the 10k in 58 minutes', reason: "under the heading 'Wins'" }));
		const marcus = await exampleReview('Marcus');
		expect(marcus.progress).toContainEqual(expect.objectContaining({ text: 'Booked a week off in December', reason: 'the field win::' }));
		const susan = await exampleReview('Susan Lee');
		expect(susan.progress).toContainEqual(expect.objectContaining({ text: "I finally told my partner the price and he said 'that's it?'", reason: 'reports a step taken' }));
	});

	it('marks "progress" false on every other client-words item in the JSON, like "I\'m exhausted"', async () => {
		const susan = await exampleReview('Susan Lee');
		const json = reviewJson(susan, progressPattern(defaultSettings())) as { sessions: { clientWords: { text: string; progress: boolean; progressReason: string | null }[] }[] };
		const words = json.sessions.flatMap((s) => s.clientWords);
		expect(words.find((w) => w.text.startsWith("I'm exhausted"))).toMatchObject({ progress: false, progressReason: null });
		expect(words.filter((w) => w.progress)).toHaveLength(susan.progress.length);
	});

	it("never takes the coach's sentence with 'finally' in it as the client's progress", async () => {
		const susan = await exampleReview('Susan Lee');
		const coach = susan.sessions.flatMap((s) => s.coachNotes).map((n) => n.text);
		expect(coach).toContain('She finally took a full week without teaching.');
		expect(susan.progress.map((p) => p.text)).not.toContain('She finally took a full week without teaching.');
	});

	it('keeps the words as written, never paraphrased', async () => {
		const zoe = await exampleReview('zoe');
		expect(zoe.progress.map((p) => p.text)).toContain('For the first time I left a hard conversation without replaying it all night.');
	});
});

describe('the progress detector read once a statement', () => {
	it('gives the detector\'s reasons, reading each distinct text once however often it recurs', () => {
		const texts: string[] = [];
		const detections = new ProgressDetections((text) => {
			texts.push(text);
			return detectProgress(text).reason;
		});
		const statements = ['I finally sent the invoice.', "Honestly I'm tired this week.", 'I finally sent the invoice.', "Honestly I'm tired this week."];
		expect(statements.map((t) => detections.reason(t))).toEqual(statements.map((t) => detectProgress(t).reason));
		expect(detections.reason('I finally sent the invoice.')).not.toBeNull();
		expect(texts).toEqual(['I finally sent the invoice.', "Honestly I'm tired this week."]);
	});

	it('lets a review build and its JSON share the detector\'s reasons: the JSON reads no statement again', async () => {
		const susan = await exampleReview('Susan Lee');
		let reads = 0;
		const detections = new ProgressDetections((text) => {
			reads++;
			return detectProgress(text).reason;
		});
		const matcher = progressPattern(defaultSettings());
		const shared = reviewJson(susan, matcher, detections);
		const afterFirst = reads;
		expect(afterFirst).toBeGreaterThan(0);
		expect(reviewJson(susan, matcher, detections)).toEqual(shared);
		expect(reads).toBe(afterFirst);
		expect(shared).toEqual(reviewJson(susan, matcher));
	});
});
