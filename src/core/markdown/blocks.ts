import {
	type FenceOpen,
	isPlainStart,
	startsBlock,
	type HtmlBlockKind,
	isFenceClose,
	isFootnoteDefinition,
	isTableDelimiter,
	isThematicBreak,
	matchAtxHeading,
	matchCalloutStart,
	matchFenceOpen,
	matchHtmlBlockStart,
	matchListMarker,
	matchTaskBox,
	setextLevel,
} from './block-starts';
import { KIND, type KindCode, LineTable } from './line-table';
import { isBlank } from './lines';
import type { Callout, HeadingCache, ListItemCache, SectionType } from './types';

/**
 * A line-by-line block parser following CommonMark's container algorithm (blockquotes and list items
 * hold other blocks; leaves are paragraphs, headings, code and the rest), with Obsidian's additions:
 * callouts, `%%` comments and `$$` math. It records what Obsidian's metadata cache records.
 */

interface QuoteContainer {
	kind: 'quote';
	callout: number;
}
interface ItemContainer {
	kind: 'item';
	contentIndent: number;
	item: number;
}
type Container = QuoteContainer | ItemContainer;

type Leaf =
	| { type: 'paragraph'; firstLine: number; lines: number }
	| { type: 'fence'; open: FenceOpen }
	| { type: 'comment' }
	| { type: 'math' }
	| { type: 'html'; kind: HtmlBlockKind }
	| { type: 'table' }
	| { type: 'indented' }
	| { type: 'footnote' };

interface OpenList {
	key: string;
	firstLine: number;
}

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
	problems: { line: number; message: string }[];
}

const TAB_STOP = 4;
/** Containers (quotes and list items) one inside another that are read as such; CommonMark parsers cap this too. */
const MAX_NESTING = 100;
const NO_END = { line: -1, col: 0, offset: 0 };

export function parseBlocks(lines: string[], lineStarts: number[], firstBodyLine: number): BlockResult {
	const headings: HeadingCache[] = [];
	const listItems: ListItemCache[] = [];
	const itemLastLine: number[] = [];
	const itemContentCol: number[] = [];
	const sectionTypes: SectionType[] = [];
	const sectionFirstLine: number[] = [];
	const sectionLastLine: number[] = [];
	const callouts: Callout[] = [];
	const table = new LineTable(lines.length);
	const problems: { line: number; message: string }[] = [];

	let containers: Container[] = [];
	// Declared through a cast: it is reassigned inside the helper closures, which TypeScript's narrowing does not see.
	let leaf = null as Leaf | null;
	/** The leaf's depth in `containers` when it opened. */
	let leafLevel = 0;
	/** The list still open at each container depth, so a sibling item joins it. */
	let lists: (OpenList | undefined)[] = [];

	const loc = (line: number, col: number) => ({ line, col, offset: (lineStarts[line] ?? 0) + col });
	const lineEnd = (line: number) => loc(line, (lines[line] ?? '').length);

	const startSection = (type: SectionType, line: number) => {
		sectionTypes.push(type);
		sectionFirstLine.push(line);
		sectionLastLine.push(line);
	};

	for (let i = 0; i < firstBodyLine; i++) table.set(i, KIND.frontmatter, 0, 0, -1, -1, -1);
	if (firstBodyLine > 0) {
		startSection('yaml', 0);
		sectionLastLine[0] = firstBodyLine - 1;
	}

	// Per-line state lives out here, so the helpers below are made once per note rather than once per line.
	let i = 0;
	let line = '';
	// Cursor over the line: index, virtual column, and columns left over from a tab split by a container.
	let p = 0;
	let col = 0;
	let partial = 0;
	let firstText = 0;
	let quoteDepth = 0;
	let rest = '';
	let depth = 0;
	let startsItemHere = false;
	// Counts leading columns, stopping at `limit`: callers only ask "at least this many?", and deep nesting must
	// not rescan a long run of spaces once per container.
	const indent = (limit: number) => {
		let cols = partial;
		let j = p;
		let c = col;
		for (; j < line.length && cols < limit; j++) {
			const ch = line.charCodeAt(j);
			if (ch === 32) {
				cols++;
				c++;
			}
			else if (ch === 9) {
				const w = TAB_STOP - (c % TAB_STOP);
				cols += w;
				c += w;
			} else break;
		}
		return { cols, end: j };
	};
	const consumeCols = (n: number) => {
		let left = n;
		const fromPartial = Math.min(left, partial);
		partial -= fromPartial;
		left -= fromPartial;
		while (left > 0 && p < line.length) {
			const ch = line.charCodeAt(p);
			const w = ch === 9 ? TAB_STOP - (col % TAB_STOP) : 1;
			p++;
			col += w;
			if (w > left) {
				partial = w - left;
				left = 0;
			} else left -= w;
		}
	};
	const skipTo = (end: number) => {
		while (p < end) consumeCols(1);
		partial = 0;
	};

	const blankFrom = (from: number) => (from <= firstText ? firstText === line.length : isBlank(line, from));

	const touch = (sectionIndex: number, lineNo: number) => {
		if (sectionIndex >= 0 && !isBlank(lines[lineNo] ?? '')) sectionLastLine[sectionIndex] = lineNo;
	};
	const record = (kind: KindCode, heading = -1, depthOfQuotes = quoteDepth) => {
		const section = containers.length > 0 || leaf !== null || kind !== KIND.blank ? sectionTypes.length - 1 : -1;
		let callout = -1;
		let item = -1;
		for (const c of containers) {
			if (c.kind === 'quote') {
				if (c.callout >= 0) callout = c.callout;
			} else {
				item = c.item;
				if (kind !== KIND.blank) itemLastLine[c.item] = i;
			}
		}
		table.set(i, kind, p, depthOfQuotes, callout, item, heading);
		touch(section, i);
	};
	const closeContainersTo = (keep: number) => {
		if (containers.length > keep) {
			containers = containers.slice(0, keep);
			lists = lists.slice(0, keep + 1);
		}
		if (leaf && leafLevel > keep) leaf = null;
	};

	const openLeaf = (next: Leaf, type: SectionType) => {
		leaf = next;
		leafLevel = depth;
		lists[depth] = undefined;
		if (depth === 0) startSection(type, i);
	};
	const classifyLeaf = (): KindCode => {
		if (isBlank(rest)) {
			if (leaf?.type !== 'indented') leaf = null;
			return startsItemHere ? KIND.listItem : KIND.blank;
		}
		const paragraph = leaf?.type === 'paragraph' && leafLevel === depth ? leaf : null;
		const ind = indent(4);
		if (ind.cols >= 4 && !paragraph && !startsItemHere) {
			openLeaf({ type: 'indented' }, 'code');
			return KIND.code;
		}
		if (paragraph) {
			const level = setextLevel(rest);
			if (level > 0) {
				const text = lines
					.slice(paragraph.firstLine, i)
					.map((l, k) => l.slice(table.contentCol(paragraph.firstLine + k)).trim())
					.join(' ');
				headings.push({
					heading: text,
					level,
					position: { start: loc(paragraph.firstLine, 0), end: lineEnd(i) },
				});
				for (let k = paragraph.firstLine; k < i; k++) {
					table.setKind(k, KIND.heading);
					table.setHeading(k, headings.length - 1);
				}
				const last = sectionTypes.length - 1;
				if (depth === 0 && sectionTypes[last] === 'paragraph') sectionTypes[last] = 'heading';
				record(KIND.setextUnderline, headings.length - 1);
				leaf = null;
				return KIND.heading;
			}
			if (paragraph.lines === 1 && isTableDelimiter(rest) && lines[paragraph.firstLine]?.includes('|')) {
				const last = sectionTypes.length - 1;
				if (depth === 0 && sectionTypes[last] === 'paragraph') sectionTypes[last] = 'table';
				table.setKind(paragraph.firstLine, KIND.table);
				leaf = { type: 'table' };
				return KIND.table;
			}
		}
		const atx = matchAtxHeading(rest);
		if (atx) {
			openLeaf({ type: 'indented' }, 'heading');
			leaf = null;
			headings.push({ heading: atx.text, level: atx.level, position: { start: loc(i, p), end: lineEnd(i) } });
			record(KIND.heading, headings.length - 1);
			return KIND.heading;
		}
		const fence = matchFenceOpen(rest);
		if (fence) {
			openLeaf({ type: 'fence', open: fence }, 'code');
			return KIND.fence;
		}
		const trimmed = rest.trimStart();
		if (trimmed.startsWith('%%')) {
			openLeaf({ type: 'comment' }, 'comment');
			if (trimmed.indexOf('%%', 2) >= 0) leaf = null;
			return KIND.comment;
		}
		if (trimmed.startsWith('$$')) {
			openLeaf({ type: 'math' }, 'math');
			if (trimmed.indexOf('$$', 2) >= 0) leaf = null;
			return KIND.math;
		}
		if (isThematicBreak(rest)) {
			openLeaf({ type: 'indented' }, 'thematicBreak');
			leaf = null;
			return KIND.thematicBreak;
		}
		const html = matchHtmlBlockStart(rest, paragraph !== null);
		if (html) {
			openLeaf({ type: 'html', kind: html }, 'html');
			if (!html.endsAtBlank && html.end.test(rest.slice(4))) leaf = null;
			return KIND.html;
		}
		if (leaf?.type === 'table' && leafLevel === depth) return KIND.table;
		if (!paragraph && isFootnoteDefinition(rest)) {
			openLeaf({ type: 'footnote' }, 'footnoteDefinition');
			return KIND.footnote;
		}
		if (leaf?.type === 'footnote' && leafLevel === depth) return KIND.footnote;
		if (paragraph) {
			paragraph.lines++;
			return KIND.paragraph;
		}
		openLeaf({ type: 'paragraph', firstLine: i, lines: 1 }, 'paragraph');
		return KIND.paragraph;
	};

	for (i = firstBodyLine; i < lines.length; i++) {
		line = lines[i] ?? '';
		// Fast paths for what most lines are, outside any list or quote: prose and blank lines.
		if (containers.length === 0 && (leaf === null || leaf.type === 'paragraph' || leaf.type === 'table' || leaf.type === 'footnote')) {
			const first = line.charCodeAt(0);
			if (line.length === 0 || ((first === 32 || first === 9) && isBlank(line))) {
				// The table's rows start as blank lines outside everything: nothing to write.
				leaf = null;
				continue;
			}
			if (isPlainStart(first) && (leaf === null || leaf.type === 'paragraph')) {
				if (leaf?.type === 'paragraph') leaf.lines++;
				else {
					leaf = { type: 'paragraph', firstLine: i, lines: 1 };
					leafLevel = 0;
					lists[0] = undefined;
					startSection('paragraph', i);
				}
				sectionLastLine[sectionTypes.length - 1] = i;
				table.setParagraph(i);
				continue;
			}
		}
		p = 0;
		col = 0;
		partial = 0;
		// Where the line's leading spaces and tabs end: "is the rest blank?" is then O(1) within them.
		firstText = 0;
		while (firstText < line.length && (line.charCodeAt(firstText) === 32 || line.charCodeAt(firstText) === 9)) firstText++;

		quoteDepth = 0;
		let matched = 0;
		for (; matched < containers.length; matched++) {
			const c = containers[matched];
			if (!c) break;
			if (c.kind === 'quote') {
				const ind = indent(4);
				if (ind.cols > 3 || line[ind.end] !== '>') break;
				skipTo(ind.end + 1);
				if (line[p] === ' ' || line[p] === '\t') consumeCols(1);
				quoteDepth++;
			} else {
				if (blankFrom(p)) continue;
				if (indent(c.contentIndent).cols < c.contentIndent) break;
				consumeCols(c.contentIndent);
			}
		}
		const allMatched = matched === containers.length;

		// Leaves that swallow lines until their own end marker.
		if (leaf && leaf.type !== 'paragraph' && leaf.type !== 'table' && leaf.type !== 'footnote') {
			if (allMatched) {
				const rest = line.slice(p);
				if (leaf.type === 'fence') {
					if (isFenceClose(rest, leaf.open)) {
						record(KIND.fence);
						leaf = null;
					} else record(KIND.code);
					continue;
				}
				if (leaf.type === 'comment' || leaf.type === 'math') {
					const marker = leaf.type === 'comment' ? '%%' : '$$';
					record(leaf.type === 'comment' ? KIND.comment : KIND.math);
					if (rest.includes(marker)) leaf = null;
					continue;
				}
				if (leaf.type === 'html') {
					if (leaf.kind.endsAtBlank) {
						if (isBlank(rest)) {
							leaf = null;
							record(KIND.blank);
						} else record(KIND.html);
						continue;
					}
					record(KIND.html);
					if (leaf.kind.end.test(rest)) leaf = null;
					continue;
				}
				if (leaf.type === 'indented') {
					if (isBlank(rest)) {
						record(KIND.blank);
						continue;
					}
					if (indent(4).cols >= 4) {
						record(KIND.code);
						continue;
					}
					leaf = null;
				}
			} else if (leaf.type === 'indented' || leaf.type === 'html' || leaf.type === 'fence') {
				leaf = null;
			}
		}

		// A line that fails its containers still continues an open paragraph ("lazy continuation").
		if (!allMatched && leaf?.type === 'paragraph' && !isBlank(line, p) && !startsBlock(line.slice(p))) {
			leaf.lines++;
			record(KIND.paragraph, -1, Math.max(quoteDepth, countQuoteDepth(containers)));
			continue;
		}
		closeContainersTo(matched);

		// New containers. After a checkbox, Obsidian lets another list marker open a nested item on the same line.
		let afterTaskBox = -1;
		for (;;) {
			// Deeper nesting than any real note has is read as text, so a hostile note cannot make this quadratic.
			if (containers.length >= MAX_NESTING) break;
			const ind = indent(afterTaskBox >= 0 ? Number.POSITIVE_INFINITY : 4);
			if (afterTaskBox >= 0) ind.cols += afterTaskBox;
			if (ind.cols >= 4 && afterTaskBox < 0) break;
			const depth = containers.length;
			if (line[ind.end] === '>' && afterTaskBox < 0) {
				skipTo(ind.end + 1);
				if (line[p] === ' ' || line[p] === '\t') consumeCols(1);
				quoteDepth++;
				const callout = matchCalloutStart(line.slice(p));
				let calloutIndex = -1;
				if (callout) {
					calloutIndex = callouts.length;
					callouts.push({ type: callout.type, title: callout.title, line: i, depth: quoteDepth });
				}
				if (depth === 0) startSection(callout ? 'callout' : 'blockquote', i);
				leaf = null;
				lists[depth] = undefined;
				containers.push({ kind: 'quote', callout: calloutIndex });
				continue;
			}
			const marker = matchListMarker(line, ind.end);
			if (!marker) break;
			const afterMarker = ind.end + marker.width;
			if (isThematicBreak(line.slice(p))) break;
			const emptyItem = isBlank(line, afterMarker);
			const interrupts = leaf?.type === 'paragraph' && afterTaskBox < 0;
			if (interrupts && (emptyItem || (marker.ordered && marker.start !== 1))) break;
			// Content starts 1 to 4 columns after the marker; more than that is indented code inside the item.
			skipTo(afterMarker);
			let spaces = 1;
			if (!emptyItem) {
				const after = indent(5);
				spaces = after.cols >= 5 ? 1 : after.cols;
				consumeCols(spaces);
			}
			const contentIndent = ind.cols + marker.width + spaces;
			let list = lists[depth];
			if (!list || list.key !== marker.key) {
				list = { key: marker.key, firstLine: i };
				lists[depth] = list;
				if (depth === 0) startSection('list', i);
			}
			lists = lists.slice(0, depth + 1);
			let parent = -Math.max(1, list.firstLine);
			for (let d = containers.length - 1; d >= 0; d--) {
				const c = containers[d];
				if (c?.kind === 'item') {
					parent = listItems[c.item]?.position.start.line ?? parent;
					break;
				}
			}
			const task = matchTaskBox(line.slice(p));
			// The end is set once the item's last line is known.
			const item: ListItemCache = { parent, position: { start: loc(i, ind.end), end: NO_END } };
			if (task !== undefined) item.task = task;
			listItems.push(item);
			itemLastLine.push(i);
			containers.push({ kind: 'item', contentIndent, item: listItems.length - 1 });
			itemContentCol.push(p);
			leaf = null;
			if (emptyItem) break;
			afterTaskBox = -1;
			if (task !== undefined) {
				const boxStart = col;
				skipTo(p + 3);
				if (line[p] === ' ' || line[p] === '\t') consumeCols(1);
				itemContentCol[itemContentCol.length - 1] = p;
				afterTaskBox = col - boxStart;
			}
		}

		// The leaf block on what is left.
		rest = line.slice(p);
		depth = containers.length;
		const top = containers[depth - 1];
		startsItemHere = top?.kind === 'item' && listItems[top.item]?.position.start.line === i;
		const kind = classifyLeaf();
		if (kind !== KIND.heading) record(startsItemHere ? KIND.listItem : kind);


	}

	if (leaf !== null) {
		const open: Leaf = leaf;
		if (open.type === 'fence') problems.push({ line: lines.length - 1, message: 'A code block is never closed: the rest of the note is read as code.' });
		if (open.type === 'comment') problems.push({ line: lines.length - 1, message: 'A %% comment is never closed: the rest of the note is read as a comment.' });
	}
	// Ends are set once, from the last line each item reached.
	for (let k = 0; k < listItems.length; k++) {
		const item = listItems[k];
		const last = itemLastLine[k];
		if (item && last !== undefined) item.position.end = lineEnd(last);
	}
	return { headings, listItems, itemContentCol, sectionTypes, sectionFirstLine, sectionLastLine, callouts, table, problems };
}

function countQuoteDepth(containers: Container[]): number {
	return containers.filter((c) => c.kind === 'quote').length;
}
