/**
 * "Not right after …" without a lookbehind. Safari before 16.4 (iOS Obsidian on older phones) cannot even compile a
 * pattern with a lookbehind, and one such pattern would stop the whole plugin loading there, so the detector's patterns
 * say what may stand before a phrase with lookaheads and consumed characters only. Each helper answers exactly as the
 * lookbehind it replaces: a pattern is only ever asked whether it matches somewhere (`test`), never where.
 */

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Put before a phrase: the text before it does not end with any of `endings` (literal, as a negative lookbehind of them would). It
 * takes the `longest` characters before the phrase, or all of them at the start of the statement, and looks ahead
 * from there for an ending that would reach the phrase. `ahead`, when given, is what the phrase starts with (a pattern):
 * looked for first, it makes the check cheap.
 */
export function notAfter(endings: readonly string[], ahead = ''): string {
	const longest = Math.max(...endings.map((ending) => ending.length));
	const take = (count: number): string => {
		const reaching = endings.filter((ending) => ending.length <= count).map((ending) => `[\\s\\S]{${count - ending.length}}${escape(ending)}`);
		// First the cheap look for the phrase's start, so most places fail before the endings are tried.
		const phrase = ahead === '' ? '' : `(?=[\\s\\S]{${count}}${ahead})`;
		return `${phrase}${reaching.length > 0 ? `(?!${reaching.join('|')})` : ''}[\\s\\S]{${count}}`;
	};
	const starts: string[] = [];
	for (let count = longest - 1; count >= 0; count--) starts.push(`^${take(count)}`);
	return `(?:${take(longest)}|${starts.join('|')})`;
}

/**
 * Put before a phrase that starts with a word: the word before it is not one of `words` (an alternation), as
 * a negative lookbehind of `\b(?:words) ` would. What stands before is the start, a character other than a space, a space after no word,
 * or a word (a run of `\w`) that is not one of them.
 */
export function notAfterWord(words: string): string {
	return `(?:^|[^ ]|(?:^|\\W) |(?:^|\\W)(?!(?:${words}) )\\w+ )`;
}

/** Whether `pattern` (global) matches at a place in `text` whose text before does not match `before` (ending in `$`). */
export function matchesNotAfter(text: string, pattern: RegExp, before: RegExp): boolean {
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		if (!before.test(text.slice(0, match.index))) return true;
		pattern.lastIndex = match.index + 1;
	}
	return false;
}
