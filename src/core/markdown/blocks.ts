import { BlockState, swallowsLines } from './block-state';
import { isThematicBreak, matchCalloutStart, matchListMarker, matchTaskBox, startsBlock } from './block-starts';
import { readQuoteProse, readTopLevelHeading, readTopLevelItem, readTopLevelProse } from './fast-paths';
import { classifyLeaf, continueOpenLeaf } from './leaf-blocks';
import { KIND, type LineTable } from './line-table';
import { isBlank } from './lines';
import type { Callout, HeadingCache, ListItemCache, SectionType, StructureProblem } from './types';

/**
 * A line-by-line block parser following CommonMark's container algorithm (blockquotes and list items hold other
 * blocks; leaves are paragraphs, headings, code and the rest), with Obsidian's additions: callouts, `%%` comments
 * and `$$` math. It records what Obsidian's metadata cache records. Leaves are in `leaf-blocks.ts`, the state and
 * the column cursor in `block-state.ts`.
 */

/** What the blocks of a note are. Sections are kept as three lists and made into objects only when asked for. */
export interface BlockResult {
	headings: HeadingCache[];
	listItems: ListItemCache[];
	/** For each list item, the column where its text starts (after the marker and any checkbox). */
	itemContentCol: number[];
	sectionTypes: SectionType[];
	sectionFirstLine: number[];
	sectionLastLine: number[];
	callouts: Callout[];
	table: LineTable;
	problems: StructureProblem[];
}

/** Containers (quotes and list items) one inside another that are read as such; CommonMark parsers cap this too. */
const MAX_NESTING = 100;

export interface ParseOptions {
	/**
	 * Read common lines (prose, blank lines, plain top-level list items) by their fast paths. Off, every line goes
	 * through the general algorithm: tests compare the two.
	 */
	fastPaths?: boolean;
}

export function parseBlocks(lines: string[], lineStarts: number[], firstBodyLine: number, options: ParseOptions = {}): BlockResult {
	const fast = options.fastPaths !== false;
	const state = new BlockState(lines, lineStarts);
	for (let i = 0; i < firstBodyLine; i++) state.table.set(i, KIND.frontmatter, 0, 0, -1, -1, -1);
	if (firstBodyLine > 0) {
		state.startSection('yaml', 0);
		state.sectionLastLine[0] = firstBodyLine - 1;
	}
	for (let i = firstBodyLine; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const done =
			fast && (readTopLevelProse(state, i, line) || readTopLevelItem(state, i, line) || readTopLevelHeading(state, i, line) || readQuoteProse(state, i, line));
		if (!done) readLine(state, i, line);
	}
	const open = state.leaf;
	const last = lines.length - 1;
	if (open?.type === 'fence') state.problems.push({ kind: 'block-unclosed', line: last, message: 'A code block is never closed: the rest of the note is read as code.' });
	if (open?.type === 'comment') state.problems.push({ kind: 'block-unclosed', line: last, message: 'A %% comment is never closed: the rest of the note is read as a comment.' });
	if (open?.type === 'html' && !open.kind.endsAtBlank && open.kind.end.source === '-->') {
		state.problems.push({ kind: 'block-unclosed', line: htmlBlockStart(state.table, last), message: 'An HTML comment (<!--) is never closed: the rest of the note is read as a comment.' });
	}
	state.finishItems();
	return {
		headings: state.headings,
		listItems: state.listItems,
		itemContentCol: state.itemContentCol,
		sectionTypes: state.sectionTypes,
		sectionFirstLine: state.sectionFirstLine,
		sectionLastLine: state.sectionLastLine,
		callouts: state.callouts,
		table: state.table,
		problems: state.problems,
	};
}

/** One line through CommonMark's algorithm: match open containers, continue or close leaves, open new containers. */
function readLine(state: BlockState, i: number, line: string): void {
	state.startLine(i, line);
	const matched = matchContainers(state);
	const allMatched = matched === state.containers.length;

	// Leaves that swallow lines until their own end marker.
	const leaf = state.leaf;
	if (leaf && swallowsLines(leaf)) {
		if (allMatched) {
			if (continueOpenLeaf(state)) return;
		} else if (leaf.type === 'indented' || leaf.type === 'html' || leaf.type === 'fence') state.leaf = null;
	}

	// A line that fails its containers still continues an open paragraph ("lazy continuation").
	const open = state.leaf;
	if (!allMatched && open?.type === 'paragraph' && !isBlank(line, state.p) && !startsBlock(line.slice(state.p))) {
		open.lines++;
		state.record(KIND.paragraph, -1, Math.max(state.quoteDepth, countQuotes(state)));
		return;
	}
	state.closeContainersTo(matched);
	openContainers(state);

	// The leaf block on what is left.
	// Never index -1: V8 reads `array[-1]` as a property lookup, far off its fast path.
	const depth = state.containers.length;
	const top = depth > 0 ? state.containers[depth - 1] : undefined;
	const startsItemHere = top?.kind === 'item' && state.listItems[top.item]?.position.start.line === i;
	const kind = classifyLeaf(state, line.slice(state.p), startsItemHere);
	if (kind !== KIND.heading) state.record(startsItemHere ? KIND.listItem : kind);
}

/** Takes the markers of the open containers off the line; returns how many matched. */
function matchContainers(state: BlockState): number {
	const { containers, line } = state;
	let matched = 0;
	for (; matched < containers.length; matched++) {
		const c = containers[matched];
		if (!c) break;
		if (c.kind === 'quote') {
			if (state.indent(4) > 3 || line.charCodeAt(state.indentEnd) !== 62) break;
			state.skipTo(state.indentEnd + 1);
			state.skipOneSpace();
			state.quoteDepth++;
		} else {
			if (state.blankFrom(state.p)) continue;
			if (state.indent(c.contentIndent) < c.contentIndent) break;
			state.consumeCols(c.contentIndent);
		}
	}
	return matched;
}

/** Opens the blockquotes and list items that start on this line. After a checkbox, Obsidian lets another list marker open a nested item on the same line. */
function openContainers(state: BlockState): void {
	const { containers, line } = state;
	let afterTaskBox = -1;
	// Deeper nesting than any real note has is read as text, so a hostile note cannot make this quadratic.
	while (containers.length < MAX_NESTING) {
		let cols = state.indent(afterTaskBox >= 0 ? Number.POSITIVE_INFINITY : 4);
		const markerAt = state.indentEnd;
		if (afterTaskBox >= 0) cols += afterTaskBox;
		else if (cols >= 4) return;
		const depth = containers.length;
		if (line.charCodeAt(markerAt) === 62 && afterTaskBox < 0) {
			openQuote(state, markerAt, depth);
			continue;
		}
		const marker = matchListMarker(line, markerAt);
		if (!marker) return;
		const afterMarker = markerAt + marker.width;
		if ((marker.key === '-' || marker.key === '*') && isThematicBreak(line.slice(state.p))) return;
		const emptyItem = isBlank(line, afterMarker);
		const interrupts = state.leaf?.type === 'paragraph' && afterTaskBox < 0;
		if (interrupts && (emptyItem || (marker.ordered && marker.start !== 1))) return;
		// Content starts 1 to 4 columns after the marker; more than that is indented code inside the item.
		state.skipTo(afterMarker);
		let spaces = 1;
		if (!emptyItem) {
			const after = state.indent(5);
			spaces = after >= 5 ? 1 : after;
			state.consumeCols(spaces);
		}
		let list = state.lists[depth];
		if (!list || list.key !== marker.key) {
			list = { key: marker.key, firstLine: state.i };
			state.lists[depth] = list;
			if (depth === 0) state.startSection('list', state.i);
		}
		while (state.lists.length > depth + 1) state.lists.pop();
		const task = matchTaskBox(line.slice(state.p));
		const item = state.addListItem(parentOf(state, list.firstLine), markerAt, task);
		containers.push({ kind: 'item', contentIndent: cols + marker.width + spaces, item });
		state.leaf = null;
		if (emptyItem) return;
		afterTaskBox = -1;
		if (task !== undefined) {
			const boxStart = state.col;
			// `[`, the character (one or two UTF-16 units), `]`.
			state.skipTo(state.p + 2 + task.length);
			state.skipOneSpace();
			state.itemContentCol[item] = state.p;
			afterTaskBox = state.col - boxStart;
		}
	}
}

function openQuote(state: BlockState, markerAt: number, depth: number): void {
	state.skipTo(markerAt + 1);
	state.skipOneSpace();
	state.quoteDepth++;
	const callout = matchCalloutStart(state.line.slice(state.p));
	let calloutIndex = -1;
	if (callout) {
		calloutIndex = state.callouts.length;
		state.callouts.push({ type: callout.type, title: callout.title, line: state.i, depth: state.quoteDepth });
	}
	if (depth === 0) state.startSection(callout ? 'callout' : 'blockquote', state.i);
	state.leaf = null;
	state.lists[depth] = undefined;
	state.containers.push({ kind: 'quote', callout: calloutIndex });
}

/** The line of the innermost open list item, or (for a root item) minus the first line of its list, at most -1. */
function parentOf(state: BlockState, listFirstLine: number): number {
	for (let d = state.containers.length - 1; d >= 0; d--) {
		const c = state.containers[d];
		if (c?.kind === 'item') return state.listItems[c.item]?.position.start.line ?? -Math.max(1, listFirstLine);
	}
	return -Math.max(1, listFirstLine);
}

function countQuotes(state: BlockState): number {
	let quotes = 0;
	for (const c of state.containers) if (c.kind === 'quote') quotes++;
	return quotes;
}

/** The first line of the HTML block that ends on `last`: its lines are HTML lines, blank ones included. */
function htmlBlockStart(table: LineTable, last: number): number {
	let first = last;
	while (first > 0 && table.kind(first - 1) === KIND.html) first--;
	return first;
}
