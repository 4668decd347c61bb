import { escapeRegExp } from '../text';
import type { CoachingSettings } from '../settings';

/**
 * Finds the client's sentences of change ("I finally…", "proud") as whole words, any case or apostrophe. `exact`
 * does it (group 1 is the phrase); `quick` is the phrases alone, without the word boundaries: a line it does not
 * match cannot match `exact`, and most lines are turned away by it at half the cost.
 */
export interface ProgressMatcher {
	quick: RegExp;
	exact: RegExp;
}

export function progressPattern(settings: CoachingSettings): ProgressMatcher | null {
	const phrases = settings.progressPhrases
		.map((p) => normaliseApostrophes(p.trim()))
		.filter((p) => p !== '')
		.sort((a, b) => b.length - a.length)
		.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'));
	if (phrases.length === 0) return null;
	const alternatives = phrases.join('|');
	return {
		quick: new RegExp(`(?:${alternatives})`, 'iu'),
		exact: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'iu'),
	};
}

export function normaliseApostrophes(text: string): string {
	return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** The phrase that makes a sentence a statement of progress, or null. */
export function findProgressPhrase(text: string, matcher: ProgressMatcher | null): string | null {
	if (!matcher) return null;
	const normalised = normaliseApostrophes(text);
	if (!matcher.quick.test(normalised)) return null;
	const match = matcher.exact.exec(normalised);
	return match ? (match[1] ?? null) : null;
}
