/**
 * "Not right after …" without a lookbehind. Safari before 16.4 (iOS Obsidian on older phones) cannot even compile a
 * pattern with a lookbehind, and one such pattern would stop the whole plugin loading there, so what may stand before
 * a phrase is checked by hand: the phrase is found first (a plain pattern, cheap), then the few characters before it
 * are compared with the endings. A pattern of lookaheads that tried every place in the text for an ending cost the
 * detector more than any other part. Each helper answers exactly as the lookbehind it replaces.
 */

/**
 * A phrase (a pattern's source) that counts only where the text before it does not end with one of `endings`
 * (literal), as a negative lookbehind of them would. `ahead`, when given, is a pattern the phrase starts with: looked for
 * first at each place, so a place the phrase cannot start fails at once.
 */
export interface NotAfter {
	endings: readonly string[];
	phrase: string;
	/** A pattern (ending in `$`) the text before the phrase must not match either, when the endings are not enough. */
	before?: RegExp;
}

export const notAfter = (endings: readonly string[], ahead: string, phrase: string, before?: RegExp): NotAfter => ({ endings, phrase: ahead === '' ? phrase : `(?=${ahead})${phrase}`, before });

/** A pattern in pieces: alternatives that are plain patterns, and alternatives that must not stand after something. */
export interface Alternatives {
	/** The plain alternatives, as one pattern's source ('' when none). */
	source: string;
	notAfter: readonly NotAfter[];
}

/** The alternatives of a pattern, in any order: each a plain pattern's source or a `NotAfter`. */
export function anyOf(...alternatives: readonly (string | NotAfter)[]): Alternatives {
	return {
		source: alternatives.filter((alternative): alternative is string => typeof alternative === 'string').join('|'),
		notAfter: alternatives.filter((alternative): alternative is NotAfter => typeof alternative !== 'string'),
	};
}

/** Whether the text before `at` ends with one of `endings`. */
function endsWithAny(text: string, at: number, endings: readonly string[]): boolean {
	for (const ending of endings) if (text.endsWith(ending, at)) return true;
	return false;
}

/**
 * Whether `phrase` (global) matches at a place in `text` that does not stand right after one of `endings`. Every
 * place the phrase matches at is tried, from the first, so the answer is a lookbehind's. With no endings, only `before` is asked.
 */
export function matchesNotAfterEndings(text: string, phrase: RegExp, endings: readonly string[], before?: RegExp): boolean {
	phrase.lastIndex = 0;
	for (let match = phrase.exec(text); match !== null; match = phrase.exec(text)) {
		if (!endsWithAny(text, match.index, endings) && (before === undefined || !before.test(text.slice(0, match.index)))) return true;
		phrase.lastIndex = match.index + 1;
	}
	return false;
}

/** Whether `phrase` (global) matches at a place in `text` that `allowed` allows, every place it matches tried. */
export function matchesWhere(text: string, phrase: RegExp, allowed: (text: string, at: number) => boolean): boolean {
	phrase.lastIndex = 0;
	for (let match = phrase.exec(text); match !== null; match = phrase.exec(text)) {
		if (allowed(text, match.index)) return true;
		phrase.lastIndex = match.index + 1;
	}
	return false;
}
