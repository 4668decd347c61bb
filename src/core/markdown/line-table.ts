import type { LineInfo, LineKind } from './types';

/** Line kinds as small numbers, so what the parser learns of each line fits in one typed array. */
export const KIND = {
	blank: 0,
	frontmatter: 1,
	heading: 2,
	setextUnderline: 3,
	listItem: 4,
	paragraph: 5,
	fence: 6,
	code: 7,
	comment: 8,
	html: 9,
	table: 10,
	thematicBreak: 11,
	math: 12,
	footnote: 13,
} as const;

export type KindCode = (typeof KIND)[keyof typeof KIND];

const KIND_NAMES: readonly LineKind[] = [
	'blank',
	'frontmatter',
	'heading',
	'setext-underline',
	'list-item',
	'paragraph',
	'fence',
	'code',
	'comment',
	'html',
	'table',
	'thematic-break',
	'math',
	'footnote',
];

export function kindName(kind: KindCode): LineKind {
	return KIND_NAMES[kind] ?? 'blank';
}

// One row of four cells per line: the kind, quote depth and content column packed into the first, then the
// callout, list item and heading, stored plus one. A row never written reads as zeros, a blank line outside
// everything, so blank lines need no write at all (and the array is not filled first). A plain array of small
// integers: V8 makes it in its young space at once, where a typed array of this size needs a separate buffer and
// costs several times more to make and to collect.
const STRIDE = 4;
const CALLOUT_CELL = 1;
const ITEM_CELL = 2;
const HEADING_CELL = 3;
const KIND_BITS = 4;
const QUOTE_BITS = 7;
const COL_SHIFT = KIND_BITS + QUOTE_BITS;
const KIND_MASK = (1 << KIND_BITS) - 1;
const QUOTE_MASK = (1 << QUOTE_BITS) - 1;
/** Columns kept: content starts after at most 100 containers of a few columns each, far below this. */
const MAX_COL = (1 << (31 - COL_SHIFT)) - 1;

/**
 * What the block parser found on each line: its kind, where its content starts, how deep in quotes it is and
 * which callout, list item and heading hold it (-1 for none). Numbers in one array instead of an object per
 * line: the parser writes one or a few numbers per line and makes no garbage.
 */
export class LineTable {
	private readonly cells: number[];

	constructor(readonly length: number) {
		this.cells = new Array<number>(length * STRIDE);
	}

	set(line: number, kind: KindCode, contentCol: number, quoteDepth: number, callout: number, listItem: number, heading: number): void {
		const row = line * STRIDE;
		const cells = this.cells;
		cells[row] = kind | (Math.min(quoteDepth, QUOTE_MASK) << KIND_BITS) | (Math.min(contentCol, MAX_COL) << COL_SHIFT);
		cells[row + CALLOUT_CELL] = callout + 1;
		cells[row + ITEM_CELL] = listItem + 1;
		cells[row + HEADING_CELL] = heading + 1;
	}

	/** A paragraph line outside any container, the commonest line there is. */
	setParagraph(line: number): void {
		this.cells[line * STRIDE] = KIND.paragraph;
	}

	setKind(line: number, kind: KindCode): void {
		const row = line * STRIDE;
		this.cells[row] = ((this.cells[row] ?? 0) & ~KIND_MASK) | kind;
	}

	setHeading(line: number, heading: number): void {
		this.cells[line * STRIDE + HEADING_CELL] = heading + 1;
	}

	kind(line: number): KindCode {
		return ((this.cells[line * STRIDE] ?? 0) & KIND_MASK) as KindCode;
	}

	/** Column in the raw line where the content starts, after quote markers, list markers and checkboxes. */
	contentCol(line: number): number {
		return (this.cells[line * STRIDE] ?? 0) >>> COL_SHIFT;
	}

	quoteDepth(line: number): number {
		return ((this.cells[line * STRIDE] ?? 0) >>> KIND_BITS) & QUOTE_MASK;
	}

	callout(line: number): number {
		return (this.cells[line * STRIDE + CALLOUT_CELL] ?? 0) - 1;
	}

	listItem(line: number): number {
		return (this.cells[line * STRIDE + ITEM_CELL] ?? 0) - 1;
	}

	heading(line: number): number {
		return (this.cells[line * STRIDE + HEADING_CELL] ?? 0) - 1;
	}

	/** One line as an object, for tools and tests; the reader itself reads the cells. */
	info(line: number, text: string): LineInfo {
		const contentCol = this.contentCol(line);
		return {
			kind: kindName(this.kind(line)),
			content: text.slice(contentCol),
			contentCol,
			quoteDepth: this.quoteDepth(line),
			callout: this.callout(line),
			listItem: this.listItem(line),
			heading: this.heading(line),
		};
	}
}
