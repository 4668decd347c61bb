import { escapeRegExp } from '../text';
import type { CoachingSettings } from '../settings';

/** Matches the client's sentences of change ("I finally…", "proud") as whole words, any case or apostrophe; group 1 is the phrase. */
export function progressPattern(settings: CoachingSettings): RegExp | null {
	const phrases = settings.progressPhrases
		.map((p) => normaliseApostrophes(p.trim()))
		.filter((p) => p !== '')
		.sort((a, b) => b.length - a.length)
		.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'));
	if (phrases.length === 0) return null;
	return new RegExp(`(?:^|[^\\p{L}\\p{N}])(${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

export function normaliseApostrophes(text: string): string {
	return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** The phrase that makes a sentence a statement of progress, or null. */
export function findProgressPhrase(text: string, pattern: RegExp | null): string | null {
	if (!pattern) return null;
	const match = pattern.exec(normaliseApostrophes(text));
	return match ? (match[1] ?? null) : null;
}
