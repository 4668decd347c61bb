/** Recognisers for the first line of each CommonMark/Obsidian block. Each takes the text after containers. */

import { trimmed } from '../text';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FOOTNOTE = /^ {0,3}\[\^[^\]\s]+\]:/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

const HTML_BLOCK_TAGS = new Set(
	(
		'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
		'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
		'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
		'title tr track ul'
	).split(' '),
);
const HTML_OPEN_OR_CLOSE_TAG =
	/^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

export interface AtxHeading {
	level: number;
	text: string;
}

/**
 * The character after at most three leading spaces: what each block start below looks at first, so a line that
 * cannot open a block is turned away before any regular expression runs (most lines are prose).
 */
function leadCode(text: string): number {
	return text.charCodeAt(leadIndex(text));
}

function leadIndex(text: string): number {
	let i = 0;
	while (i < 3 && text.charCodeAt(i) === 32) i++;
	return i;
}

export function matchAtxHeading(text: string): AtxHeading | null {
	const start = leadIndex(text);
	if (text.charCodeAt(start) !== 35) return null;
	let end = start;
	while (text.charCodeAt(end) === 35) end++;
	const level = end - start;
	if (level > 6) return null;
	const after = text.charCodeAt(end);
	if (!(Number.isNaN(after) || after === 32 || after === 9)) return null;
	// A line break of another kind ends a line for a regular expression's `.`: such a line is no heading.
	if (text.includes('\u2028') || text.includes('\u2029')) return null;
	let body = trimmed(text.slice(end));
	// A closing run of #s is not part of the heading, unless it is all there is.
	if (body.endsWith('#')) {
		const closing = /(?:^|[ \t])#+$/.exec(body);
		if (closing) body = body.slice(0, closing.index).trim();
	}
	return { level, text: body };
}

export interface FenceOpen {
	char: string;
	length: number;
	info: string;
}

export function matchFenceOpen(text: string): FenceOpen | null {
	const lead = leadCode(text);
	if (lead !== 96 && lead !== 126) return null;
	const match = FENCE_OPEN.exec(text);
	if (!match) return null;
	const fence = match[1] ?? '';
	const info = (match[2] ?? '').trim();
	if (fence[0] === '`' && info.includes('`')) return null;
	return { char: fence[0] ?? '`', length: fence.length, info };
}

export function isFenceClose(text: string, open: FenceOpen): boolean {
	if (leadCode(text) !== open.char.charCodeAt(0)) return false;
	const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(text);
	const fence = match?.[1];
	return fence !== undefined && fence[0] === open.char && fence.length >= open.length;
}

export function isThematicBreak(text: string): boolean {
	const start = leadIndex(text);
	const lead = text.charCodeAt(start);
	if (lead !== 45 && lead !== 42 && lead !== 95) return false;
	// Three or more of the same `-`, `*` or `_`, with only spaces and tabs between and after.
	let count = 0;
	for (let i = start; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === lead) count++;
		else if (code !== 32 && code !== 9) return false;
	}
	return count >= 3;
}

/** `===` or `---` under a paragraph: the level of the setext heading it makes, else 0. */
export function setextLevel(text: string): number {
	const lead = leadCode(text);
	if (lead !== 61 && lead !== 45) return 0;
	const match = SETEXT_UNDERLINE.exec(text);
	if (!match) return 0;
	return match[1]?.[0] === '=' ? 1 : 2;
}

export interface ListMarker {
	/** `-`, `*`, `+`, `.` or `)`: items with another key start another list. */
	key: string;
	ordered: boolean;
	start: number;
	/** Length of the marker itself (`-` is 1, `10.` is 3). */
	width: number;
}

/** `-`, `*`, `+`, or one to nine digits and `.` or `)`, followed by a space, a tab or the end of the line. */
export function matchListMarker(text: string, at: number): ListMarker | null {
	const first = text.charCodeAt(at);
	let key: string;
	let width: number;
	let start = 1;
	let ordered = false;
	if (first === 45 || first === 42 || first === 43) {
		key = first === 45 ? '-' : first === 42 ? '*' : '+';
		width = 1;
	} else {
		let end = at;
		while (end - at < 9 && isDigit(text.charCodeAt(end))) end++;
		const delimiter = text.charCodeAt(end);
		if (end === at || (delimiter !== 46 && delimiter !== 41)) return null;
		key = delimiter === 46 ? '.' : ')';
		width = end - at + 1;
		start = Number(text.slice(at, end));
		ordered = true;
	}
	const after = text.charCodeAt(at + width);
	if (!(Number.isNaN(after) || after === 32 || after === 9)) return null;
	return { key, ordered, start, width };
}

/** The checkbox character of a list item's content (`[x] text` gives `x`), or undefined. */
export function matchTaskBox(content: string): string | undefined {
	if (content.charCodeAt(0) !== 91) return undefined;
	// One character between the brackets, which may be an emoji of two UTF-16 units.
	const first = content.charCodeAt(1);
	const width = first >= 0xd800 && first <= 0xdbff && isLowSurrogate(content.charCodeAt(2)) ? 2 : 1;
	// Like a regular expression's `.`: anything but a line break.
	if (Number.isNaN(first) || first === 0x2028 || first === 0x2029 || content.charCodeAt(1 + width) !== 93) return undefined;
	const after = content.charCodeAt(2 + width);
	if (!(Number.isNaN(after) || after === 32 || after === 9)) return undefined;
	return content.slice(1, 1 + width);
}

export function isFootnoteDefinition(text: string): boolean {
	return leadCode(text) === 91 && FOOTNOTE.test(text);
}

export function isTableDelimiter(text: string): boolean {
	return text.includes('-') && (text.includes('|') || text.trim().startsWith(':')) && TABLE_DELIMITER.test(text);
}

/** CommonMark HTML block start conditions 1 to 7, with how each ends. */
export type HtmlBlockKind = { endsAtBlank: true } | { endsAtBlank: false; end: RegExp };

export function matchHtmlBlockStart(text: string, interruptsParagraph: boolean): HtmlBlockKind | null {
	if (leadCode(text) !== 60) return null;
	const trimmed = text.replace(/^ {0,3}/, '');
	if (trimmed[0] !== '<') return null;
	if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(trimmed)) {
		return { endsAtBlank: false, end: /<\/(?:script|pre|style|textarea)>/i };
	}
	if (trimmed.startsWith('<!--')) return { endsAtBlank: false, end: /-->/ };
	if (trimmed.startsWith('<?')) return { endsAtBlank: false, end: /\?>/ };
	if (trimmed.startsWith('<![CDATA[')) return { endsAtBlank: false, end: /\]\]>/ };
	if (/^<![A-Za-z]/.test(trimmed)) return { endsAtBlank: false, end: />/ };
	const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s/>]|$)/.exec(trimmed)?.[1];
	if (tag !== undefined && HTML_BLOCK_TAGS.has(tag.toLowerCase())) return { endsAtBlank: true };
	if (!interruptsParagraph && HTML_OPEN_OR_CLOSE_TAG.test(text)) return { endsAtBlank: true };
	return null;
}

export interface CalloutStart {
	type: string;
	title: string;
}

/** `[!type]` with an optional fold sign and title, at the start of a blockquote's first line. */
export function matchCalloutStart(text: string): CalloutStart | null {
	let i = 0;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
	if (text.charCodeAt(i) !== 91 || text.charCodeAt(i + 1) !== 33) return null;
	const match = /^[ \t]*\[!([^\]\s]+)\][+-]?(?:[ \t]+(.*))?$/.exec(text);
	if (!match) return null;
	return { type: (match[1] ?? '').toLowerCase(), title: (match[2] ?? '').trim() };
}

/**
 * A first character that can only begin (or continue) a paragraph: a letter, most punctuation, any non-ASCII
 * character. Anything that may open a block (#, >, -, *, +, digits, `, ~, <, %, $, |, [, =, _, :, space) is not.
 */
export function isPlainStart(code: number): boolean {
	if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
	// Not a space `trimStart` takes off: `\u3000%%` opens a comment as `%%` does.
	if (code >= 128) return !isUnicodeSpace(code);
	return code === 34 || code === 39 || code === 40 || code === 41 || code === 44 || code === 46 || code === 33 || code === 63 || code === 64 || code === 38 || code === 47 || code === 59;
}


/** Plain ASCII text: no block of any kind (nor Unicode whitespace before `%%`) can start with it. */
export function isPlainAsciiStart(code: number): boolean {
	return code < 128 && isPlainStart(code);
}

/** Whether a line (after containers) would open a block of its own rather than continue a paragraph. */
export function startsBlock(text: string): boolean {
	let ind = 0;
	while (ind < 3 && text.charCodeAt(ind) === 32) ind++;
	if (text.charCodeAt(ind) === 62) return true;
	if (matchListMarker(text, ind)) return true;
	return (
		matchAtxHeading(text) !== null ||
		matchFenceOpen(text) !== null ||
		isThematicBreak(text) ||
		text.trimStart().startsWith('%%') ||
		matchHtmlBlockStart(text, true) !== null
	);
}

/** The spaces past ASCII that JavaScript's `trim` takes off (a byte-order mark among them). */
function isUnicodeSpace(code: number): boolean {
	return (
		code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
		code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
	);
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
