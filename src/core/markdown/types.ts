import type { LineTable } from './line-table';

/** Shapes that mirror Obsidian's `CachedMetadata`, so recorded Obsidian output compares directly. */

export interface Loc {
	/** 0-based line, as Obsidian gives it. */
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

export interface HeadingCache {
	heading: string;
	level: number;
	position: Pos;
}

export interface ListItemCache {
	/** Line of the parent item; for a root item, minus the first line of its list (at most -1). */
	parent: number;
	/** The checkbox character, absent for a plain list item. */
	task?: string;
	position: Pos;
}

export type SectionType =
	| 'yaml'
	| 'heading'
	| 'paragraph'
	| 'list'
	| 'blockquote'
	| 'callout'
	| 'code'
	| 'comment'
	| 'html'
	| 'table'
	| 'thematicBreak'
	| 'math'
	| 'footnoteDefinition';

export interface SectionCache {
	type: SectionType;
	position: Pos;
}

export interface FrontmatterBlock {
	/** The YAML between the fences. */
	raw: string;
	/** 0-based line of the first YAML line (the line after the opening `---`). */
	firstLine: number;
	position: Pos;
}

export interface Callout {
	type: string;
	title: string;
	/** 0-based line of the `> [!type]` line. */
	line: number;
	/** Blockquote depth of the callout (1 for `> [!note]`). */
	depth: number;
}

/** What a line is, once containers (quotes, list items) are taken off. */
export type LineKind =
	| 'blank'
	| 'frontmatter'
	| 'heading'
	| 'setext-underline'
	| 'list-item'
	| 'paragraph'
	| 'fence'
	| 'code'
	| 'comment'
	| 'html'
	| 'table'
	| 'thematic-break'
	| 'math'
	| 'footnote';

export interface LineInfo {
	kind: LineKind;
	/** The line's text after blockquote markers and list indentation (for a list item, after its marker and checkbox). */
	content: string;
	/** Column in the raw line where `content` starts. */
	contentCol: number;
	/** Number of `>` around the line. */
	quoteDepth: number;
	/** Index into `callouts` of the innermost callout holding this line, or -1. */
	callout: number;
	/** Index into `listItems` of the innermost item holding this line, or -1. */
	listItem: number;
	/** Index into `headings` when the line is a heading, else -1. */
	heading: number;
}

export interface MarkdownDocument {
	/** The note's text without a byte-order mark: what `lineStarts` count in. */
	source: string;
	lines: string[];
	lineStarts: number[];
	frontmatter: FrontmatterBlock | null;
	headings: HeadingCache[];
	listItems: ListItemCache[];
	/** For each list item, the column where its text starts (after the marker and any checkbox). */
	itemContentCol: number[];
	/** Obsidian's sections; made on first use (the session reader never asks for them). */
	readonly sections: SectionCache[];
	callouts: Callout[];
	/** What the parser found on each line, as numbers: what the session reader reads. */
	table: LineTable;
	/** The same as objects, made on first use: for tools and tests. */
	readonly lineInfo: LineInfo[];
	/** Problems with the note's structure (an unclosed frontmatter or fence), with 0-based lines. */
	problems: StructureProblem[];
}

/** What is wrong with a note's structure; callers tell problems apart by `kind`, never by their message. */
export interface StructureProblem {
	kind: 'frontmatter-unclosed' | 'block-unclosed' | 'comment-unclosed';
	/** 0-based. */
	line: number;
	message: string;
}
