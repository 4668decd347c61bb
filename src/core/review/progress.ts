import { detectProgress } from './progress-detector';
import { escapeRegExp } from '../text';
import type { CoachingSettings } from '../settings';
import type { ClientWords } from '../session/types';

/**
 * Finds the client's sentences of change ("I finally…", "proud") as whole words, any case or apostrophe. `exact`
 * does it (group 1 is the phrase); `quick` looks only for the longest word of each phrase (`finally`, `progress`,
 * `proud`): a line it does not match cannot match `exact`, and most lines are turned away by it at a fraction of
 * the cost (a regular expression pays for each alternative at each character).
 */
export interface ProgressMatcher {
	quick: RegExp;
	exact: RegExp;
	/** Whether the progress detector reads the words too (the `detectProgress` setting). */
	detect?: boolean;
}

/** The apostrophes a phrase's `'` stands for. */
const APOSTROPHE = "['\u2018\u2019\u02bc]";

export function progressPattern(settings: CoachingSettings): ProgressMatcher | null {
	const phrases = settings.progressPhrases
		.map((p) => normaliseApostrophes(p.trim()))
		.filter((p) => p !== '')
		// Longest first, so `exact` reports the longest phrase found at a place. Any apostrophe matches any other, so
		// the text need not be normalised first.
		.sort((a, b) => b.length - a.length);
	// No phrase: patterns that match nothing, so detection can still be asked for.
	if (phrases.length === 0) return settings.detectProgress ? { quick: NOTHING, exact: NOTHING, detect: true } : null;
	const alternatives = phrases.map(phrasePattern).join('|');
	return {
		quick: new RegExp([...new Set(phrases.map(longestWord))].join('|'), 'iu'),
		exact: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'iu'),
		detect: settings.detectProgress,
	};
}

const NOTHING = /(?!)/;

function phrasePattern(phrase: string): string {
	return escapeRegExp(phrase).replace(/\s+/g, '\\s+').replace(/'/g, APOSTROPHE);
}

/** The longest piece of a phrase without spaces or apostrophes, as a pattern: what any match of it contains. */
function longestWord(phrase: string): string {
	const longest = phrase.split(/[\s']+/).reduce((a, b) => (b.length > a.length ? b : a), '');
	return longest === '' ? phrasePattern(phrase) : escapeRegExp(longest);
}

export function normaliseApostrophes(text: string): string {
	return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** The phrase that makes a sentence a statement of progress, or null. */
export function findProgressPhrase(text: string, matcher: ProgressMatcher | null): string | null {
	// No phrases: a pattern that matches nothing still tries every position of the text.
	if (!matcher || matcher.quick === NOTHING) return null;
	if (!matcher.quick.test(text)) return null;
	const match = matcher.exact.exec(text);
	return match?.[1] !== undefined ? normaliseApostrophes(match[1]) : null;
}

/**
 * The progress detector's reason for each statement text, worked out once: the detector reads only the text, and it
 * costs tens of microseconds a statement, the most of a review build. A review build keeps one for its own repeats;
 * the plugin's index keeps one for its life, so after an edit only new statements are read, and its background work
 * fills it ahead of the coach's reviews (`prefill`).
 *
 * Capped, so a long-lived cache cannot grow without end. Past the cap the text least recently asked about goes (the
 * order is kept from nine tenths of the cap), one at a time, rather than the whole cache: a clear would throw away every client's reasons for one new text, and a
 * background pass over a vault of more texts than the cap would fill it, clear it and fill it again. The background's
 * own way in, `prefill`, never pushes a text out: once the cache is full it stops, so what reviews asked about stays.
 */
export class ProgressDetections {
	/**
	 * In order of the last time each text was asked about (`reason`), the least recent first, once the cache nears its
	 * cap; before that, in the order they came (nothing is dropped before the cap, so the order has not mattered yet).
	 */
	private readonly byText = new Map<string, string | null>();
	/** The size from which a text asked about moves to the end (the order matters only once texts go). */
	private readonly keepsOrderFrom: number;

	/** `detect`: the detector's reason for a text (tests count its calls). `capacity`: how many texts are kept at most. */
	constructor(
		private readonly detect: (text: string) => string | null = (text) => detectProgress(text).reason,
		readonly capacity = 50_000,
	) {
		this.keepsOrderFrom = Math.floor(capacity * 0.9);
	}

	/** How many texts' reasons are kept. */
	get size(): number {
		return this.byText.size;
	}

	reason(text: string): string | null {
		const known = this.byText.get(text);
		if (known !== undefined) {
			// Moved to the end, so the least recently asked about goes first; only once the cache nears its cap, since
			// until then nothing goes, and moving costs a hit four times its lookup.
			if (this.byText.size >= this.keepsOrderFrom) {
				this.byText.delete(text);
				this.byText.set(text, known);
			}
			return known;
		}
		const reason = this.detect(text);
		if (this.byText.size >= this.capacity) {
			const oldest = this.byText.keys().next();
			if (oldest.done !== true) this.byText.delete(oldest.value);
		}
		this.byText.set(text, reason);
		return reason;
	}

	/** Whether a text's reason is kept (asking does not make it recent). */
	knows(text: string): boolean {
		return this.byText.has(text);
	}

	/** Whether the cache is full: `prefill` adds nothing more. */
	get full(): boolean {
		return this.byText.size >= this.capacity;
	}

	/**
	 * Works out a text's reason ahead of its review, while the cache has room; never pushes another text out (a
	 * review asked about that one; this one is only a guess). True when the text's reason is kept afterwards.
	 */
	prefill(text: string): boolean {
		if (this.byText.has(text)) return true;
		if (this.full) return false;
		this.byText.set(text, this.detect(text));
		return true;
	}
}

/** The client's words as a review shows them: whether they count as progress, and why. */
export interface ReviewedWords {
	text: string;
	line: number;
	rule: string;
	progress: boolean;
	/** Why they count as progress, when they do. */
	progressReason: string | null;
	/** The coach's mark on the statement (`[progress:: yes|no]`), or null. */
	progressMark: 'yes' | 'no' | null;
}

/**
 * Why the client's words count as progress, or null: where they stand (a Wins heading, a `win::` field), else a
 * sentence of change they hold, reported as written (a run of spaces or a line break as one space). Asked when a
 * client is reviewed, for that client's words only, rather than for every note the index reads.
 */
export function progressReason(words: ClientWords, matcher: ProgressMatcher | null, detections?: ProgressDetections): string | null {
	if (words.winRule !== null) return words.winRule;
	// The coach's mark overrides the detector and the phrases; then the detector, then the coach's own phrases.
	if (words.progressMark === 'no') return null;
	if (words.progressMark === 'yes') return 'marked progress by the coach';
	const detected = matcher?.detect === true ? (detections ? detections.reason(words.text) : detectProgress(words.text).reason) : null;
	if (detected !== null) return detected;
	const phrase = findProgressPhrase(words.text, matcher);
	return phrase === null ? null : `says '${phrase.replace(/\s+/g, ' ')}'`;
}

/** The client's words with whether each counts as progress, for showing one note's reading or the review as JSON. */
export function reviewWords(words: readonly ClientWords[], matcher: ProgressMatcher | null, detections?: ProgressDetections): ReviewedWords[] {
	return words.map((w) => {
		const reason = progressReason(w, matcher, detections);
		return { text: w.text, line: w.line, rule: w.rule, progress: reason !== null, progressReason: reason, progressMark: w.progressMark ?? null };
	});
}
