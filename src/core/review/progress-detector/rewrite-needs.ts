import { isWordCode } from './pattern-source';

/**
 * What the rewrites of `normalise.ts` look for, found in one scan of the text: each rewrite runs only on a statement
 * with what it needs, and most statements need none.
 */

/** What a rewrite looks for, one bit each: a word it cannot match without (as `\b…\b` reads words) or a mark. */
export const MARKED = 1;
export const ABBREVIATED = 2;
export const TURNING = 4;
export const COUNTED = 8;
export const WILL = 16;
export const HE = 32;
export const SHE = 64;
export const THEY = 128;
export const UNMARKED = 256;
export const STOPPED = 512;
export const GOT = 1024;
export const FRAMING = 2048;
export const HIS_OR_HIM = 4096;
export const HER = 8192;
export const HIMSELF_OR_HERSELF = 16384;
export const DIGITS = 32768;
export const SPACES = 65536;
/** Anything past plain ASCII, or a backtick or a double quote, or a control character: what the first rewrites look for. */
export const NOT_PLAIN = 131072;
/** Typography the first rewrites make plain, each kind its bit (`TYPOGRAPHY`). */
export const APOSTROPHE = 262144;
export const QUOTATION_MARK = 524288;
export const DASH = 1048576;
export const MINUS_SIGN = 2097152;
export const SHORTHAND = 4194304;
/** Words of `TURN_TO_THE_POINT` that turn only before "she", "he" or "they" ("late on, she said …"). */
export const TURNING_BEFORE_PRONOUN = 8388608;
/** "good", and the words it turns with ("the good news is"). */
export const GOOD = 16777216;
export const GOOD_NEWS = 33554432;

/** The typography the first rewrites make plain, by character code, and the bit of each. */
const TYPOGRAPHY = new Map<number, number>();
for (const [need, chars] of [
	[APOSTROPHE, '\u2018\u2019\u02bc`\u00b4'],
	[QUOTATION_MARK, '\u201c\u201d\u00ab\u00bb"'],
	[DASH, '\u2014\u2013\u2026'],
	[MINUS_SIGN, '\u2212'],
	[SHORTHAND, '\u2713\u2714\u2705\u2611\u2717\u2718\u274c\u2191\u2193'],
] as const) {
	for (let i = 0; i < chars.length; i++) TYPOGRAPHY.set(chars.charCodeAt(i), need);
}


/**
 * Which rewrites a lower-case text may need, in one scan: the words given (as `\b…\b` reads words) or one "upside" opens,
 * digits, "/", "- " and "..." (looked for more widely, then each in its turn), two spaces (a "- " takes the space it
 * ends with) and what is not plain ASCII, each kind of typography its bit (`TYPOGRAPHY`).
 */
export function needsReader(needsOfWords: readonly (readonly [number, readonly string[]])[]): (text: string) => number {
	const needed = new Map<string, number>();
	for (const [need, words] of needsOfWords) for (const word of words) needed.set(word, (needed.get(word) ?? 0) | need);
	// For each first letter, bit n set when a word of n letters starts with it: most words are looked up in no table.
	const lengths = new Int32Array(26);
	for (const word of needed.keys()) {
		const first = word.charCodeAt(0) - 97;
		lengths[first] = (lengths[first] ?? 0) | (1 << word.length);
	}
	return (text: string): number => {
		let needs = 0;
		for (let i = 0; i < text.length; ) {
			const code = text.charCodeAt(i);
			if (isWordCode(code)) {
				let end = i;
				let digits = false;
				// Among the codes of a word, those up to "9" are digits.
				for (let c = code; isWordCode(c); c = text.charCodeAt(++end)) if (c <= 57) digits = true;
				const need = code >= 97 && ((lengths[code - 97] ?? 0) >>> (end - i)) & 1 ? needed.get(text.slice(i, end)) : undefined;
				if (need !== undefined) needs |= need;
				// "upsides", "upside2": the whole word is the find, its digits too.
				else if (code === 117 && text.startsWith('upside', i)) needs |= TURNING;
				else if (digits) needs |= DIGITS;
				i = end;
			} else if ((code === 32 || code === 45) && text.charCodeAt(i + 1) === 32) {
				needs |= code === 32 ? SPACES : MARKED;
				i += 2;
			} else {
				if (code === 47 || (code === 46 && text.startsWith('...', i))) needs |= MARKED;
				else if (code < 32 || code === 34 || code === 96 || code > 126) needs |= NOT_PLAIN | (TYPOGRAPHY.get(code) ?? 0);
				i++;
			}
		}
		return needs;
	};
}
