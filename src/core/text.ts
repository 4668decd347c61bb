/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Any UTF-16 code unit past Latin-1: a string holding one is stored two bytes a character. */
const PAST_LATIN1 = /[\u0100-\uffff]/;

/** Whether V8 stores `text` two bytes a character: a note with one emoji is all two-byte, and so are its pieces. */
export function isWide(text: string): boolean {
	return PAST_LATIN1.test(text);
}

/**
 * What a JSON string may not hold as it is: a quote, a backslash or a control character. Built from character codes
 * because a pattern written with control characters in it is easy to misread.
 */
const NEEDS_JSON_ESCAPE = new RegExp(`["\\\\${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}]`);

/**
 * A copy of `text` that keeps nothing else alive. V8 makes a substring point into its parent, so an extract of a
 * few words would otherwise hold its whole note in memory. `fromWide` says the text was cut from a two-byte string:
 * the copy is then made by JSON's parser, which gives back exactly the same string (lone surrogates included)
 * stored one byte a character when it can be. Most texts need no escaping, so only the parser runs on them.
 */
export function detach(text: string, fromWide = true): string {
	if (text.length < 13) return text;
	if (!fromWide) return [text.slice(0, 1), text.slice(1)].join('');
	return (NEEDS_JSON_ESCAPE.test(text) ? JSON.parse(JSON.stringify(text)) : JSON.parse(`"${text}"`)) as string;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Whether any character is outside ASCII: emoji signifiers and the like can only be where one is. */
export function hasNonAscii(text: string): boolean {
	return NON_ASCII.test(text);
}
