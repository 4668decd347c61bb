/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A copy of `text` that keeps nothing else alive, stored one byte a character when it can be. V8 makes a substring
 * point into its parent, so an extract of a few words would otherwise hold its whole note in memory; and a piece
 * of a note that has one emoji stays two bytes a character even when the piece has none. A JSON round trip
 * gives back exactly the same string (lone surrogates included) as a fresh flat string of the narrowest width.
 */
export function detach(text: string): string {
	return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Whether any character is outside ASCII: emoji signifiers and the like can only be where one is. */
export function hasNonAscii(text: string): boolean {
	return NON_ASCII.test(text);
}
