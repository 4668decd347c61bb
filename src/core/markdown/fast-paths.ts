import { type BlockState, LEAF, swallowsLines } from './block-state';
import { isPlainAsciiStart, isPlainStart, matchAtxHeading } from './block-starts';
import { KIND } from './line-table';
import { isBlank } from './lines';

/*
 * Fast paths for the commonest lines. Each takes only a line whose reading it can settle without the general
 * algorithm (blocks.ts), does to the state exactly what that algorithm would, and otherwise returns false.
 * test/core/markdown/fast-paths.test.ts reads thousands of notes both ways and compares every fact.
 */

/**
 * The fast path for what most lines are, outside any list or quote: a blank line, or prose that can only begin or
 * continue a paragraph. False when the line needs the full algorithm.
 */
export function readTopLevelProse(state: BlockState, i: number, line: string): boolean {
	const { leaf } = state;
	if (state.containers.length > 0 || swallowsLines(leaf)) return false;
	const first = line.charCodeAt(0);
	if (line.length === 0 || ((first === 32 || first === 9) && isBlank(line))) {
		// A blank line outside everything is a row of zeros in the table: nothing to write.
		state.leaf = null;
		return true;
	}
	if (!isPlainStart(first) || (leaf !== null && leaf.type !== 'paragraph')) return false;
	if (leaf === null) state.openParagraph(i);
	else leaf.lines++;
	state.sectionLastLine[state.sectionTypes.length - 1] = i;
	state.table.setParagraph(i);
	return true;
}

/**
 * The fast path for a plain top-level bullet (`- Email the list`, `- [ ] Book the room`): a marker at the start of
 * the line, one space, an optional checkbox of one character and one space, then plain ASCII text. Such a line
 * closes whatever was open and starts an item holding a paragraph; this does just that, as the general algorithm
 * would, without its searches. False for any other line.
 */
export function readTopLevelItem(state: BlockState, i: number, line: string): boolean {
	const { leaf } = state;
	if (swallowsLines(leaf)) return false;
	const marker = line.charCodeAt(0);
	if ((marker !== 45 && marker !== 42 && marker !== 43) || line.charCodeAt(1) !== 32) return false;
	let content = 2;
	let task: string | undefined;
	if (line.charCodeAt(2) === 91) {
		const box = line.charCodeAt(3);
		// One character in the box, not half of an emoji, nor a line separator (no regular expression's `.`).
		if (Number.isNaN(box) || (box >= 0xd800 && box <= 0xdfff) || box === 0x2028 || box === 0x2029) return false;
		if (line.charCodeAt(4) !== 93 || line.charCodeAt(5) !== 32) return false;
		task = line.charAt(3);
		content = 6;
	}
	// Plain ASCII text: no nested marker, quote, heading, fence, comment, HTML or indented code can start here.
	const first = line.charCodeAt(content);
	if (!isPlainAsciiStart(first)) return false;

	state.startLine(i, line);
	state.closeContainersTo(0);
	const key = marker === 45 ? '-' : marker === 42 ? '*' : '+';
	let list = state.lists[0];
	if (!list || list.key !== key) {
		list = { key, firstLine: i };
		state.lists[0] = list;
		state.startSection('list', i);
	}
	state.p = 2;
	state.col = 2;
	const item = state.addListItem(-Math.max(1, list.firstLine), 0, task);
	state.containers.push({ kind: 'item', contentIndent: 2, item });
	if (task !== undefined) {
		state.p = content;
		state.col = content;
		state.itemContentCol[item] = content;
	}
	state.openParagraph();
	state.record(KIND.listItem);
	return true;
}

/**
 * The fast path for an ATX heading at the start of a line (`## Action steps`): it closes whatever was open and is a
 * section of its own, as the general algorithm would find after trying every container on it. False otherwise.
 */
export function readTopLevelHeading(state: BlockState, i: number, line: string): boolean {
	const { leaf } = state;
	if (line.charCodeAt(0) !== 35) return false;
	if (swallowsLines(leaf)) return false;
	const atx = matchAtxHeading(line);
	if (!atx) return false;
	state.startLine(i, line);
	state.closeContainersTo(0);
	state.openLeaf(LEAF.indented, 'heading');
	state.leaf = null;
	state.headings.push({ heading: atx.text, level: atx.level, position: { start: state.loc(i, 0), end: state.lineEnd(i) } });
	state.record(KIND.heading, state.headings.length - 1);
	return true;
}

/**
 * The fast path for prose inside one blockquote or callout (`> I finally did it.`): a `>`, one space and plain
 * ASCII text, continuing the quote's paragraph or starting one. False otherwise.
 */
export function readQuoteProse(state: BlockState, i: number, line: string): boolean {
	const { containers, leaf } = state;
	if (containers.length !== 1 || containers[0]?.kind !== 'quote') return false;
	if (line.charCodeAt(0) !== 62 || line.charCodeAt(1) !== 32) return false;
	const first = line.charCodeAt(2);
	if (!isPlainAsciiStart(first)) return false;
	const continues = leaf?.type === 'paragraph' && state.leafLevel === 1 ? leaf : null;
	if (leaf !== null && !continues) return false;
	state.startLine(i, line);
	state.p = 2;
	state.col = 2;
	state.quoteDepth = 1;
	if (continues) continues.lines++;
	else state.openParagraph();
	state.record(KIND.paragraph);
	return true;
}

