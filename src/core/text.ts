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
 * A copy of `text` that keeps nothing else alive. V8 makes a substring point into its parent, so an extract of a
 * few words would otherwise hold its whole note in memory. `fromWide` says the text was cut from a two-byte string:
 * the copy is then made through JSON, which gives back exactly the same string (lone surrogates included) stored
 * one byte a character when it can be, at five times the cost of a plain copy.
 */
export function detach(text: string, fromWide = true): string {
	if (text.length < 13) return text;
	return fromWide ? (JSON.parse(JSON.stringify(text)) as string) : [text.slice(0, 1), text.slice(1)].join('');
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Whether any character is outside ASCII: emoji signifiers and the like can only be where one is. */
export function hasNonAscii(text: string): boolean {
	return NON_ASCII.test(text);
}
