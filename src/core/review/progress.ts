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
 * the plugin's index keeps one for its life, so after an edit only new statements are read. Capped, so a long-lived
 * cache cannot grow without end.
 */
export class ProgressDetections {
	private readonly byText = new Map<string, string | null>();

	/** `detect`: the detector's reason for a text (tests count its calls). */
	constructor(private readonly detect: (text: string) => string | null = (text) => detectProgress(text).reason) {}

	reason(text: string): string | null {
		let reason = this.byText.get(text);
		if (reason === undefined) {
			reason = this.detect(text);
			if (this.byText.size > 50_000) this.byText.clear();
			this.byText.set(text, reason);
		}
		return reason;
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
