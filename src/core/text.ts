/** A character that is surely no white space to `String.prototype.trim`: printable ASCII. */
function isPlainEnd(code: number): boolean {
	return code > 32 && code < 127;
}

/** `text.trim()`, without the call for the usual text that starts and ends in a printable ASCII character. */
export function trimmed(text: string): string {
	return isPlainEnd(text.charCodeAt(0)) && isPlainEnd(text.charCodeAt(text.length - 1)) ? text : text.trim();
}

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

/** `left` and `right` with one space between them where a piece was taken out from between them (none at an end). */
export function closeUp(left: string, right: string): string {
	const before = left.trimEnd();
	const after = right.trimStart();
	return before === '' ? after : after === '' ? before : `${before} ${after}`;
}

/**
 * `text` without the `[start, end)` spans (in order, not overlapping), the space each leaves closed up: what
 * `closeUp` folded over the pieces gives, built in one pass (folding made a copy of the whole text per span).
 */
export function cutSpans(text: string, spans: [number, number][]): string {
	const first = spans[0];
	if (!first) return text;
	const kept: string[] = [];
	const last = spans.length;
	for (let k = 0; k <= last; k++) {
		const start = k === 0 ? 0 : (spans[k - 1]?.[1] ?? text.length);
		const end = k === last ? text.length : (spans[k]?.[0] ?? text.length);
		let piece = text.slice(start, end);
		// The text's own leading and trailing space stay; a cut's neighbours lose theirs.
		if (k > 0) piece = piece.trimStart();
		if (k < last) piece = piece.trimEnd();
		if (piece !== '') kept.push(piece);
	}
	return kept.join(' ');
}
