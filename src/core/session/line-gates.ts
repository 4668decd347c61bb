import { readBlockId, wikiLinksAsText } from '../markdown/inline';
import { trimmed } from '../text';

/** Which of the characters that call for a closer look a line holds, as bits (see `LineGates`). */
export const HAS_COLON = 1;
export const HAS_CARET = 2;
export const HAS_BRACKET = 4;
export const HAS_COMMENT_MARK = 8;
export const ALL_MARKS = HAS_COLON | HAS_CARET | HAS_BRACKET | HAS_COMMENT_MARK;

/**
 * What the line says, as a reader sees it: no block id, links as their text, no spaces around. Whitespace inside
 * is kept as written (HTML and Markdown show a run of spaces as one; collapsing it would cost a search per line).
 */
export function cleanText(text: string, marks = ALL_MARKS): string {
	let out = text;
	if (marks & HAS_CARET && out.includes('^')) out = readBlockId(out)?.rest ?? out;
	if (marks & HAS_BRACKET) out = wikiLinksAsText(out);
	return trimmed(out);
}

/** Where the next `char` at or after `start` is, given where the last search found one (-2: never searched, -1: none). */
function advance(text: string, char: string, next: number, start: number): number {
	return next === -1 || next >= start ? next : text.indexOf(char, start);
}

/** A position found, or past every line when there is none. */
function orNone(position: number): number {
	return position < 0 ? Number.MAX_SAFE_INTEGER : position;
}

/**
 * Answers "which of `:` `^` `[` `%` `<` does this line hold?" for lines asked in order, with one native search per
 * occurrence instead of several per line. Most prose lines hold none of them, and searching a whole note once costs
 * far less than searching each of its lines.
 */
export class LineGates {
	private colon = -2;
	private caret = -2;
	private bracket = -2;
	private percent = -2;
	private angle = -2;
	/** The nearest of the five found at the last update; none left is past any line. */
	private nearest = -2;

	constructor(private readonly source: string) {}

	/** The marks line `[start, end)` holds; lines must be asked in order. */
	marks(start: number, end: number): number {
		// Most lines end before the nearest mark: every position found still stands, and the line holds none.
		if (end <= this.nearest) return 0;
		const text = this.source;
		const colon = (this.colon = advance(text, ':', this.colon, start));
		const caret = (this.caret = advance(text, '^', this.caret, start));
		const bracket = (this.bracket = advance(text, '[', this.bracket, start));
		const percent = (this.percent = advance(text, '%', this.percent, start));
		const angle = (this.angle = advance(text, '<', this.angle, start));
		this.nearest = Math.min(orNone(colon), orNone(caret), orNone(bracket), orNone(percent), orNone(angle));
		return (
			(colon >= 0 && colon < end ? HAS_COLON : 0) |
			(caret >= 0 && caret < end ? HAS_CARET : 0) |
			(bracket >= 0 && bracket < end ? HAS_BRACKET : 0) |
			((percent >= 0 && percent < end) || (angle >= 0 && angle < end) ? HAS_COMMENT_MARK : 0)
		);
	}
}
