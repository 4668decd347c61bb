/** Reading a pattern's source: its groups, classes and alternatives (`gates.ts`, `spread.ts`, `gated-parts.ts`). */

/** Patterns are written as `raw` templates: `\b` as in a regular expression, one byte fewer in the bundle than `\\b`. */
export const raw = String.raw;

/** A character of a word as `\b` reads words: a letter, a digit or "_". */
export const isWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/** Whether the source is `\b(?:…)\b` around the whole of it. */
export function isWrapped(source: string): boolean {
	return source.startsWith('\\b(?:') && source.endsWith(')\\b') && closingParen(source, 2) === source.length - 3;
}

/** Where the group opening at `open` closes. */
export function closingParen(source: string, open: number): number {
	let depth = 0;
	let inClass = false;
	for (let i = open; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	return -1;
}

/** The alternatives at the top of a source, split at each "|" outside groups and classes. */
export function alternativesOf(source: string): string[] {
	const alternatives: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 0;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) {
			alternatives.push(source.slice(start, i));
			start = i + 1;
		}
	}
	alternatives.push(source.slice(start));
	return alternatives;
}

export function classEnd(source: string, open: number): number {
	for (let i = open + 1; i < source.length; i++) {
		if (source[i] === '\\') i++;
		else if (source[i] === ']') return i;
	}
	return source.length;
}

/** Whether what ends at `at` is optional or repeated (a quantifier follows). */
export function optional(text: string, at: number): boolean {
	const c = text[at];
	return c === '?' || c === '*' || c === '+' || c === '{';
}

/** One character of a pattern outside any group: an escape, a class, or a plain character. */
const ATOM = String.raw`\\[^]|\[(?:\\[^]|[^\]\\])*\]|[^\\[()|]`;
/** A group holding groups nested at most `depth` deep. */
const groupNested = (depth: number): string => String.raw`\((?:${ATOM}|\||${depth > 1 ? groupNested(depth - 1) : ATOM})*\)`;
/** One top-level alternative, its groups nested at most eight deep: each step of the pattern takes a whole group. */
const TOP_ALTERNATIVE = new RegExp(`(?:${ATOM}|${groupNested(8)})*`, 'y');

/**
 * `alternativesOf`, found by a pattern rather than a loop over every character: the regular expression engine reads
 * the source much faster than a function not yet compiled does, which matters in a new process (`gated-parts.ts`).
 * Null when the groups nest deeper than the pattern follows (or do not close).
 */
export function quickAlternativesOf(source: string): string[] | null {
	const alternatives: string[] = [];
	for (let at = 0; ; ) {
		TOP_ALTERNATIVE.lastIndex = at;
		const end = at + (TOP_ALTERNATIVE.exec(source)?.[0].length ?? 0);
		alternatives.push(source.slice(at, end));
		if (end === source.length) return alternatives;
		if (source.charCodeAt(end) !== 124) return null;
		at = end + 1;
	}
}
