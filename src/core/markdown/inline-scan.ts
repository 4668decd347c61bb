/**
 * Hand-written scanners for the inline constructs whose regular expressions backtracked: on a line of `[a:: `
 * or `[[a|` repeated, each opener searched to the end of the line for a closer that never came, so the line was
 * read in time quadratic in its length. Each search here for a closer is remembered (`NextChar`), so a line is
 * read in time linear in its length, whatever it holds.
 */

/** The next index of one character at or after a position, remembered while the positions asked for grow. */
export class NextChar {
	private askedFrom = -1;
	private found = -1;

	constructor(
		private readonly text: string,
		private readonly char: string,
	) {}

	from(position: number): number {
		// The answer for an earlier position still holds for any position up to it (or, if there was none, for all).
		const stillValid = this.askedFrom >= 0 && position >= this.askedFrom && (this.found < 0 || position <= this.found);
		if (!stillValid) {
			this.askedFrom = position;
			this.found = this.text.indexOf(this.char, position);
		}
		return this.found;
	}
}

/** The smaller of two indexes, where -1 is none. */
export function firstOf(a: number, b: number): number {
	return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function isBlankCode(code: number): boolean {
	return code === 32 || code === 9;
}

function skipBlanks(text: string, from: number): number {
	let i = from;
	while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
	return i;
}

const KEY_FIRST = /^[\p{L}\p{N}_]$/u;
const KEY_REST = /^[\p{L}\p{N}_ \-/]$/u;

/** Length in code units of the key character at `at` (0 if it is none): `[\p{L}\p{N}_]`, then also space, `-`, `/`. */
function keyCharLength(text: string, at: number, first: boolean): number {
	const code = text.charCodeAt(at);
	if (Number.isNaN(code)) return 0;
	if (code < 128) {
		const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
		return word || (!first && (code === 32 || code === 45 || code === 47)) ? 1 : 0;
	}
	const point = text.codePointAt(at) ?? code;
	const char = String.fromCodePoint(point);
	return (first ? KEY_FIRST : KEY_REST).test(char) ? char.length : 0;
}

/** Characters a Dataview key may have after its first: `{0,60}` in the pattern this replaces. */
const KEY_MORE = 60;

export interface FieldHead {
	/** Where the key ends (before any blanks) and where the value starts (after `::` and blanks). */
	keyEnd: number;
	valueStart: number;
}

/**
 * A Dataview key at `start` followed by blanks and `::`, the shortest such key as the lazy pattern
 * `([\p{L}\p{N}_][\p{L}\p{N}_ \-/]{0,60}?)[ \t]*::[ \t]*` found, or null. Each blank run is crossed once.
 */
export function readFieldHead(text: string, start: number): FieldHead | null {
	const first = keyCharLength(text, start, true);
	if (first === 0) return null;
	let keyEnd = start + first;
	let blankEnd = -1;
	for (let more = 0; ; more++) {
		// A key end inside a blank run already crossed ends at the same place.
		const colons = keyEnd < blankEnd ? blankEnd : (blankEnd = skipBlanks(text, keyEnd));
		if (text.charCodeAt(colons) === 58 && text.charCodeAt(colons + 1) === 58) return { keyEnd, valueStart: skipBlanks(text, colons + 2) };
		if (more === KEY_MORE) return null;
		const step = keyCharLength(text, keyEnd, false);
		if (step === 0) return null;
		keyEnd += step;
	}
}

export interface BracketedFieldMatch {
	start: number;
	/** Just past the closer. */
	end: number;
	opener: '[' | '(';
	closer: ']' | ')';
	keyEnd: number;
	valueStart: number;
}

/**
 * Every `[key:: value]` or `(key:: value)` candidate, in order, as `/[[(]key[ \t]*::[ \t]*([^\])]*)[\])]/g`
 * matched them: the closer is the first `]` or `)` after `::`, whichever the opener was.
 */
export function scanBracketedFields(text: string, visit: (match: BracketedFieldMatch) => boolean | void): void {
	const openBracket = new NextChar(text, '[');
	const openParen = new NextChar(text, '(');
	const closeBracket = new NextChar(text, ']');
	const closeParen = new NextChar(text, ')');
	for (let at = firstOf(openBracket.from(0), openParen.from(0)); at >= 0; ) {
		const head = readFieldHead(text, at + 1);
		const closer = head ? firstOf(closeBracket.from(head.valueStart), closeParen.from(head.valueStart)) : -1;
		if (!head || closer < 0) {
			at = firstOf(openBracket.from(at + 1), openParen.from(at + 1));
			continue;
		}
		const match: BracketedFieldMatch = {
			start: at,
			end: closer + 1,
			opener: text[at] === '[' ? '[' : '(',
			closer: text[closer] === ']' ? ']' : ')',
			keyEnd: head.keyEnd,
			valueStart: head.valueStart,
		};
		if (visit(match) === false) return;
		at = firstOf(openBracket.from(match.end), openParen.from(match.end));
	}
}

export interface WikiLinkMatch {
	/** Where the match starts (at `!` for an embed) and ends (past `]]`). */
	start: number;
	end: number;
	embed: boolean;
	target: string;
	/** The text after `|`, if there was one. */
	alias: string | undefined;
}

/**
 * Every wiki link, in order, as `/(!?)\[\[([^\]|[\n]+?)(?:\|([^\]\n]*))?\]\]/g` matched them: a target of no `]`,
 * `|`, `[` or line break, then an optional `|alias` of no `]` or line break, then `]]`.
 */
export function scanWikiLinks(text: string, visit: (match: WikiLinkMatch) => void): void {
	const close = new NextChar(text, ']');
	const newline = new NextChar(text, '\n');
	let lastEnd = 0;
	for (let at = text.indexOf('[['); at >= 0; ) {
		let stop = at + 2;
		let code = text.charCodeAt(stop);
		while (stop < text.length && code !== 93 && code !== 124 && code !== 91 && code !== 10) code = text.charCodeAt(++stop);
		let end = -1;
		let alias: string | undefined;
		if (stop > at + 2 && code === 124) {
			const aliasEnd = firstOf(close.from(stop + 1), newline.from(stop + 1));
			if (aliasEnd >= 0 && text.charCodeAt(aliasEnd) === 93 && text.charCodeAt(aliasEnd + 1) === 93) {
				alias = text.slice(stop + 1, aliasEnd);
				end = aliasEnd + 2;
			}
		} else if (stop > at + 2 && code === 93 && text.charCodeAt(stop + 1) === 93) end = stop + 2;
		if (end < 0) {
			// `[[[`: the next candidate is the very next character, no search needed (a line of `[[` is all these).
			at = stop === at + 2 && code === 91 ? at + 1 : text.indexOf('[[', at + 1);
			continue;
		}
		// The `!` belongs to this link unless an earlier match took it.
		const embed = at > lastEnd && text.charCodeAt(at - 1) === 33;
		visit({ start: embed ? at - 1 : at, end, embed, target: text.slice(at + 2, stop), alias });
		lastEnd = end;
		at = text.indexOf('[[', end);
	}
}
