import { escapeRegExp } from '../text';
import type { SpanList } from './spans';

/**
 * The coach's owner markers (`@coach`, `@me`, `#coach`), compiled once per vault. A marker counts only as a word of
 * its own: `@coach` and `#coach` yes, `email@coach.com` or `#coaching` no.
 */
export interface OwnerMarkers {
	/** Finds a marker and checks what follows it; what comes before is checked by `startsWord` (no lookbehind: iOS Safari lacks it). */
	pattern: RegExp;
	/** Each marker's first character, in both cases: a text holding none of them holds no marker. */
	starts: string[];
}

export function compileOwnerMarkers(markers: readonly string[]): OwnerMarkers | null {
	const trimmedMarkers = markers.map((m) => m.trim()).filter((m) => m !== '');
	if (trimmedMarkers.length === 0) return null;
	return {
		pattern: new RegExp(`(?:${trimmedMarkers.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, 'giu'),
		starts: [...new Set(trimmedMarkers.flatMap((m) => [m.charAt(0).toLowerCase(), m.charAt(0).toUpperCase()]))],
	};
}

/** A character that joins a marker to the word before it (`email@coach.com`, `x#coach`, `a/@me`). */
const JOINS_WORD = /[\p{L}\p{N}_@#/.-]/u;

/** Whether a marker found at `index` starts a word: the text starts there, or the character before does not join it. */
function startsWord(text: string, index: number): boolean {
	if (index === 0) return true;
	const before = text.charCodeAt(index - 1);
	if (before < 128) return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95 || before === 64 || before === 35 || before === 47 || before === 46 || before === 45);
	// A letter past ASCII, perhaps one written as a surrogate pair.
	const start = before >= 0xdc00 && before <= 0xdfff && index >= 2 ? index - 2 : index - 1;
	return !JOINS_WORD.test(text.slice(start, index));
}

/** Whether the text holds, from `from` on, the first character of any marker. */
function mayHoldMarker(text: string, starts: readonly string[], from: number): boolean {
	for (const start of starts) if (text.includes(start, from)) return true;
	return false;
}

/** The markers standing as words of their own in `text`, as flat `[start, end)` pairs, or null when there are none. */
export function findOwnerMarkers(text: string, markers: OwnerMarkers): SpanList | null {
	if (!mayHoldMarker(text, markers.starts, 0)) return null;
	const { pattern } = markers;
	let spans: SpanList | null = null;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		if (match[0] === '') {
			pattern.lastIndex++;
			continue;
		}
		if (startsWord(text, match.index)) (spans ??= []).push(match.index, match.index + match[0].length);
		// A marker that does not start a word may hide one that does inside it.
		else pattern.lastIndex = match.index + 1;
		// Nothing left that could start another: no second search.
		if (!mayHoldMarker(text, markers.starts, pattern.lastIndex)) break;
	}
	return spans;
}
