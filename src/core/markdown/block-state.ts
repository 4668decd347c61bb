import type { FenceOpen, HtmlBlockKind } from './block-starts';
import { KIND, type KindCode, LineTable } from './line-table';
import { isBlank } from './lines';
import type { Callout, HeadingCache, ListItemCache, Loc, SectionType, StructureProblem } from './types';

/** A blockquote or list item holding the lines inside it. */
export interface QuoteContainer {
	kind: 'quote';
	callout: number;
}
export interface ItemContainer {
	kind: 'item';
	contentIndent: number;
	item: number;
}
export type Container = QuoteContainer | ItemContainer;

export type Leaf =
	| { type: 'paragraph'; firstLine: number; lines: number }
	| { type: 'fence'; open: FenceOpen }
	| { type: 'comment' }
	| { type: 'math' }
	| { type: 'html'; kind: HtmlBlockKind }
	| { type: 'table' }
	| { type: 'indented' }
	| { type: 'footnote' };

/** Leaves that carry nothing but their type, made once rather than once per block. */
export const LEAF = {
	comment: { type: 'comment' },
	math: { type: 'math' },
	table: { type: 'table' },
	indented: { type: 'indented' },
	footnote: { type: 'footnote' },
} as const satisfies Record<string, Leaf>;

/** Fences, comments, math, HTML and indented code take every line until their own end, before anything else. */
export function swallowsLines(leaf: Leaf | null): boolean {
	return leaf !== null && leaf.type !== 'paragraph' && leaf.type !== 'table' && leaf.type !== 'footnote';
}

export interface OpenList {
	key: string;
	firstLine: number;
}

const TAB_STOP = 4;
const NO_END: Loc = { line: -1, col: 0, offset: 0 };

/**
 * Everything the block parser knows while it reads a note: what it has found so far, the blocks still open and a
 * cursor over the current line that counts columns the way CommonMark does (a tab reaches the next multiple of 4,
 * and a container may take part of one). One object per note, its helpers methods: nothing is made per line.
 */
export class BlockState {
	readonly headings: HeadingCache[] = [];
	readonly listItems: ListItemCache[] = [];
	readonly itemLastLine: number[] = [];
	/** For each list item, the column where its text starts (after the marker and any checkbox). */
	readonly itemContentCol: number[] = [];
	readonly sectionTypes: SectionType[] = [];
	readonly sectionFirstLine: number[] = [];
	readonly sectionLastLine: number[] = [];
	readonly callouts: Callout[] = [];
	readonly problems: StructureProblem[] = [];
	readonly table: LineTable;

	readonly containers: Container[] = [];
	leaf: Leaf | null = null;
	/** The leaf's depth in `containers` when it opened. */
	leafLevel = 0;
	/** The list still open at each container depth, so a sibling item joins it. */
	readonly lists: (OpenList | undefined)[] = [];

	/** The line being read, and the cursor over it: index, virtual column, columns left from a split tab. */
	i = 0;
	line = '';
	p = 0;
	col = 0;
	partial = 0;
	/** Where the line's leading spaces and tabs end: "is the rest blank?" is then O(1) within them. */
	firstText = 0;
	quoteDepth = 0;
	/** Where the last `indent` stopped. */
	indentEnd = 0;

	constructor(
		readonly lines: string[],
		readonly lineStarts: number[],
	) {
		this.table = new LineTable(lines.length);
	}

	/** Points the cursor at the start of line `i`. */
	startLine(i: number, line: string): void {
		this.i = i;
		this.line = line;
		this.p = 0;
		this.col = 0;
		this.partial = 0;
		this.quoteDepth = 0;
		let first = 0;
		while (first < line.length && (line.charCodeAt(first) === 32 || line.charCodeAt(first) === 9)) first++;
		this.firstText = first;
	}

	loc(line: number, col: number): Loc {
		return { line, col, offset: (this.lineStarts[line] ?? 0) + col };
	}

	lineEnd(line: number): Loc {
		return this.loc(line, (this.lines[line] ?? '').length);
	}

	/**
	 * Counts leading columns from the cursor, stopping at `limit` (callers only ask "at least this many?", and deep
	 * nesting must not rescan a long run of spaces once per container); `indentEnd` is where it stopped.
	 */
	indent(limit: number): number {
		const { line } = this;
		let cols = this.partial;
		let j = this.p;
		let c = this.col;
		for (; j < line.length && cols < limit; j++) {
			const ch = line.charCodeAt(j);
			if (ch === 32) {
				cols++;
				c++;
			} else if (ch === 9) {
				const w = TAB_STOP - (c % TAB_STOP);
				cols += w;
				c += w;
			} else break;
		}
		this.indentEnd = j;
		return cols;
	}

	consumeCols(n: number): void {
		let left = n;
		const fromPartial = Math.min(left, this.partial);
		this.partial -= fromPartial;
		left -= fromPartial;
		const { line } = this;
		while (left > 0 && this.p < line.length) {
			const w = line.charCodeAt(this.p) === 9 ? TAB_STOP - (this.col % TAB_STOP) : 1;
			this.p++;
			this.col += w;
			if (w > left) {
				this.partial = w - left;
				left = 0;
			} else left -= w;
		}
	}

	/** Moves the cursor to index `end`, dropping what is left of a split tab (the same as consuming column by column). */
	skipTo(end: number): void {
		const { line } = this;
		let { col } = this;
		for (let j = this.p; j < end; j++) col += line.charCodeAt(j) === 9 ? TAB_STOP - (col % TAB_STOP) : 1;
		if (end > this.p) {
			this.col = col;
			this.p = end;
		}
		this.partial = 0;
	}

	/** Takes one space or tab after a marker, if there is one. */
	skipOneSpace(): void {
		const code = this.line.charCodeAt(this.p);
		if (code === 32 || code === 9) this.consumeCols(1);
	}

	blankFrom(from: number): boolean {
		return from <= this.firstText ? this.firstText === this.line.length : isBlank(this.line, from);
	}

	startSection(type: SectionType, line: number): void {
		this.sectionTypes.push(type);
		this.sectionFirstLine.push(line);
		this.sectionLastLine.push(line);
	}

	/** Writes what line `i` is into the table, and stretches the section and items around it to reach it. */
	record(kind: KindCode, heading = -1, depthOfQuotes = this.quoteDepth): void {
		const { containers, i } = this;
		let callout = -1;
		let item = -1;
		for (const c of containers) {
			if (c.kind === 'quote') {
				if (c.callout >= 0) callout = c.callout;
			} else {
				item = c.item;
				if (kind !== KIND.blank) this.itemLastLine[c.item] = i;
			}
		}
		this.table.set(i, kind, this.p, depthOfQuotes, callout, item, heading);
		const inSection = containers.length > 0 || this.leaf !== null || kind !== KIND.blank;
		if (inSection && this.sectionTypes.length > 0 && !isBlank(this.line)) this.sectionLastLine[this.sectionTypes.length - 1] = i;
	}

	closeContainersTo(keep: number): void {
		// Popping: setting an array's length takes V8's slow path.
		while (this.containers.length > keep) this.containers.pop();
		while (this.lists.length > keep + 1) this.lists.pop();
		if (this.leaf && this.leafLevel > keep) this.leaf = null;
	}

	/** Opens a leaf block at the current depth; at the top level it starts a section of `type`. */
	openLeaf(next: Leaf, type: SectionType, line = this.i): void {
		const depth = this.containers.length;
		this.leaf = next;
		this.leafLevel = depth;
		this.lists[depth] = undefined;
		if (depth === 0) this.startSection(type, line);
	}

	/** Opens a paragraph on line `line` (the cursor's line unless the caller skipped setting it). */
	openParagraph(line = this.i): void {
		this.openLeaf({ type: 'paragraph', firstLine: line, lines: 1 }, 'paragraph', line);
	}

	/** A new list item at the cursor; the end of its position is set once its last line is known. */
	addListItem(parent: number, markerCol: number, task: string | undefined): number {
		const item: ListItemCache = { parent, position: { start: this.loc(this.i, markerCol), end: NO_END } };
		if (task !== undefined) item.task = task;
		this.listItems.push(item);
		this.itemLastLine.push(this.i);
		this.itemContentCol.push(this.p);
		return this.listItems.length - 1;
	}

	/** Sets every list item's end from the last line it reached. */
	finishItems(): void {
		for (let k = 0; k < this.listItems.length; k++) {
			const item = this.listItems[k];
			const last = this.itemLastLine[k];
			if (item && last !== undefined) item.position.end = this.lineEnd(last);
		}
	}
}
