import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/cli/frontmatter';
import { asksDetector, ProgressVerdictsAhead } from '../../../src/core/caseload';
import { ProgressDetections, progressPattern } from '../../../src/core/review/progress';
import { detectProgress } from '../../../src/core/review/progress-detector';
import { buildReview, type ReviewOptions } from '../../../src/core/review/review';
import { parseNote } from '../../../src/core/session/parse-note';
import { defaultSettings } from '../../../src/core/settings';
import { VaultIndex } from '../../../src/core/vault-index';
import { TODAY } from '../../vault';
import { ALL_STATEMENTS } from '../review/progress-corpus';

/** A detector that says which texts it read, giving the real detector's reasons. */
function counted(capacity?: number) {
	const read: string[] = [];
	const detections = new ProgressDetections((text) => {
		read.push(text);
		return detectProgress(text).reason;
	}, capacity);
	return { read, detections };
}

const session = (client: string, day: number, words: string[]) => ({
	path: `Clients/${client}/2026-10-${String(day).padStart(2, '0')}.md`,
	text: `---\nclient: ${client}\ndate: 2026-10-${String(day).padStart(2, '0')}\n---\n## In their words\n${words.map((w) => `- ${w}`).join('\n')}\n\n## Wins\n- Ran the whole 5k without stopping on day ${day}\n\nwin:: Sent the proposal on day ${day}\n`,
});

function indexOf(notes: { path: string; text: string }[], settings = defaultSettings()): VaultIndex {
	const index = new VaultIndex(settings, { compact: true });
	for (const note of notes) index.put(index.read(parseNote(note.path, note.text, parseFrontmatter)));
	index.finishBuild();
	return index;
}

const notes = [
	session('Ada Lowe', 1, ['I finally booked the venue.', 'I feel stuck with the money part.', 'I said no to the extra project. [progress:: no]']),
	session('Ada Lowe', 8, ['I finally booked the venue.', 'Honestly I am tired this week. [progress:: yes]', 'Sales were up a third in March.']),
	session('Ben Cole', 2, ['For the first time I spoke up in the meeting.', 'I might try the gym next week.']),
	session('Ben Cole', 9, ['Three weeks without a drink now.']),
];

describe('the progress verdicts worked out ahead of the reviews', () => {
	it('reads exactly the statements a review asks the detector about: no Wins item, no win:: field, no marked line', () => {
		const index = indexOf(notes);
		const ahead = counted();
		const options: ReviewOptions = { ...index.reviewOptions(TODAY), detections: ahead.detections };
		expect(new ProgressVerdictsAhead().fill(index.clients(), options, () => true)).toBe(true);
		// What a review of every client reads, from nothing.
		const asked = counted();
		for (const entry of index.clients()) buildReview(entry, { ...index.reviewOptions(TODAY), detections: asked.detections });
		expect([...ahead.read].sort()).toEqual([...asked.read].sort());
		expect(ahead.read).not.toContain('Ran the whole 5k without stopping on day 1');
		expect(ahead.read).not.toContain('Sent the proposal on day 8');
		expect(ahead.read.some((text) => text.includes('extra project') || text.includes('tired this week'))).toBe(false);
		expect(ahead.read).toHaveLength(6);
		// And the reviews then read nothing, with the same verdicts as reviews built from nothing.
		for (const entry of index.clients()) {
			const review = buildReview(entry, options);
			expect(review.progress).toEqual(buildReview(entry, index.reviewOptions(TODAY)).progress);
		}
		expect(ahead.read).toHaveLength(6);
	});

	it('asks the detector about words nothing else decides', () => {
		const words = { text: 'I finally did it', line: 3, rule: "heading 'In their words'", winRule: null };
		expect(asksDetector(words)).toBe(true);
		expect(asksDetector({ ...words, winRule: 'the field win::' })).toBe(false);
		expect(asksDetector({ ...words, progressMark: 'yes' })).toBe(false);
		expect(asksDetector({ ...words, progressMark: 'no' })).toBe(false);
	});

	it('stops where `more` says and goes on from there, reading each statement once', () => {
		const index = indexOf(notes);
		const ahead = counted();
		const options: ReviewOptions = { ...index.reviewOptions(TODAY), detections: ahead.detections };
		const verdicts = new ProgressVerdictsAhead();
		let rounds = 0;
		// One unit of work a call: a client begun, or a statement read.
		for (let allowed = 0; ; rounds++) {
			allowed = 1;
			if (verdicts.fill(index.clients(), options, () => allowed-- > 0)) break;
			expect(verdicts.done).toBe(false);
		}
		expect(verdicts.done).toBe(true);
		expect(rounds).toBeGreaterThanOrEqual(6);
		expect(new Set(ahead.read).size).toBe(ahead.read.length);
		expect(ahead.read).toHaveLength(6);
	});

	it('after a change, looks again at only the clients it touched', () => {
		const index = indexOf(notes);
		const ahead = counted();
		const options = () => ({ ...index.reviewOptions(TODAY), detections: ahead.detections });
		const verdicts = new ProgressVerdictsAhead();
		verdicts.fill(index.clients(), options(), () => true);
		const before = ahead.read.length;
		const changed = session('Ben Cole', 16, ['I ran my first half marathon on Sunday.', 'Three weeks without a drink now.']);
		const change = index.put(index.read(parseNote(changed.path, changed.text, parseFrontmatter)));
		const keys = index.affectedKeys(change);
		let looked = 0;
		verdicts.forget(keys);
		verdicts.fill(index.clients(), options(), () => (looked++, true));
		// Ben begun (one), his one new statement read (one); Ada not looked at.
		expect(looked).toBe(2);
		expect(ahead.read.slice(before)).toEqual(['I ran my first half marathon on Sunday.']);
	});

	it('reads nothing when detection is off', () => {
		const index = indexOf(notes, { ...defaultSettings(), detectProgress: false });
		const ahead = counted();
		const verdicts = new ProgressVerdictsAhead();
		expect(verdicts.fill(index.clients(), { ...index.reviewOptions(TODAY), detections: ahead.detections }, () => true)).toBe(true);
		expect(ahead.read).toEqual([]);
		expect(verdicts.done).toBe(true);
		// With phrases of the coach's own, still none: the phrases are matched when a review is built.
		const phrases = indexOf(notes, { ...defaultSettings(), detectProgress: false, progressPhrases: ['finally'] });
		expect(progressPattern(phrases.settings)).toMatchObject({ detect: false });
		verdicts.fill(phrases.clients(), { ...phrases.reviewOptions(TODAY), detections: ahead.detections }, () => true);
		expect(ahead.read).toEqual([]);
	});
});

describe('the cap on the kept verdicts', () => {
	it('lets the text least recently asked about go past the cap, one at a time, never the whole cache', () => {
		const { read, detections } = counted(3);
		for (const text of ['one', 'two', 'three']) detections.reason(text);
		// Asking about "one" again makes it the most recent: "two" is the least.
		detections.reason('one');
		detections.reason('four');
		expect(detections.size).toBe(3);
		expect(['one', 'two', 'three', 'four'].map((t) => detections.knows(t))).toEqual([true, false, true, true]);
		detections.reason('one');
		detections.reason('three');
		expect(read).toEqual(['one', 'two', 'three', 'four']);
	});

	it('fills ahead only while there is room, pushing out nothing a review asked about', () => {
		const { read, detections } = counted(3);
		detections.reason('asked by a review');
		expect([detections.prefill('a'), detections.prefill('b'), detections.prefill('c')]).toEqual([true, true, false]);
		expect(detections.full).toBe(true);
		expect(detections.knows('asked by a review')).toBe(true);
		expect(detections.knows('c')).toBe(false);
		// A known text is kept, full or not, and not read again.
		expect(detections.prefill('a')).toBe(true);
		expect(read).toEqual(['asked by a review', 'a', 'b']);
	});

	it('keeps a vault of more statements than the cap from thrashing it: a second pass reads nothing', () => {
		const index = indexOf(notes);
		const ahead = counted(4);
		const options: ReviewOptions = { ...index.reviewOptions(TODAY), detections: ahead.detections };
		const verdicts = new ProgressVerdictsAhead();
		expect(verdicts.fill(index.clients(), options, () => true)).toBe(true);
		expect(ahead.read).toHaveLength(4);
		expect(ahead.detections.size).toBe(4);
		const kept = [...ahead.read];
		// Every client looked at again (new display settings): the cache is full, so nothing is read or dropped.
		verdicts.forget(null);
		expect(verdicts.fill(index.clients(), options, () => true)).toBe(true);
		expect(ahead.read).toEqual(kept);
		expect(kept.every((text) => ahead.detections.knows(text))).toBe(true);
	});

	it("gives the detector's own reason for every statement of the labelled corpus, however the cap moves texts", () => {
		const corpus = ALL_STATEMENTS;
		expect(corpus.length).toBeGreaterThan(1000);
		const expected = corpus.map((text) => detectProgress(text).reason);
		// A cap a tenth of the corpus: texts come and go, some read ahead, some asked again after they went.
		const detections = new ProgressDetections(undefined, Math.floor(corpus.length / 10));
		corpus.forEach((text, i) => (i % 3 === 0 ? detections.prefill(text) : undefined));
		const asked = [...corpus.keys()].map((i) => (i * 7) % corpus.length);
		expect(asked.map((i) => detections.reason(corpus[i] ?? ''))).toEqual(asked.map((i) => expected[i]));
		expect(detections.size).toBe(detections.capacity);
	});
});
