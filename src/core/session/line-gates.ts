import { readBlockId, wikiLinksAsText } from '../markdown/inline';
import { CharGate } from '../markdown/char-gate';

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
	return out.trim();
}

/** One gate per character the classifier looks for, over the whole note. */
export class LineGates {
	private readonly colon: CharGate;
	private readonly caret: CharGate;
	private readonly bracket: CharGate;
	private readonly percent: CharGate;
	private readonly angle: CharGate;

	constructor(source: string) {
		this.colon = new CharGate(source, ':');
		this.caret = new CharGate(source, '^');
		this.bracket = new CharGate(source, '[');
		this.percent = new CharGate(source, '%');
		this.angle = new CharGate(source, '<');
	}

	/** The marks line `[start, end)` holds; lines must be asked in order. */
	marks(start: number, end: number): number {
		return (
			(this.colon.within(start, end) ? HAS_COLON : 0) |
			(this.caret.within(start, end) ? HAS_CARET : 0) |
			(this.bracket.within(start, end) ? HAS_BRACKET : 0) |
			(this.percent.within(start, end) || this.angle.within(start, end) ? HAS_COMMENT_MARK : 0)
		);
	}
}
