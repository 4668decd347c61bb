import { LEAF, type BlockState } from './block-state';
import {
	isFenceClose,
	isFootnoteDefinition,
	isTableDelimiter,
	isThematicBreak,
	matchAtxHeading,
	matchFenceOpen,
	matchHtmlBlockStart,
	setextLevel,
} from './block-starts';
import { KIND, type KindCode } from './line-table';
import { isBlank } from './lines';

/** The first character after spaces and tabs. */
function leadAfterBlanks(text: string): number {
	let i = 0;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
	return text.charCodeAt(i);
}

/** Whether `trimStart` could leave `%%` or `$$` first: Obsidian's comment and math blocks. */
function mayOpenCommentOrMath(lead: number): boolean {
	return lead === 37 || lead === 36 || lead > 127 || (lead >= 9 && lead <= 13);
}

/**
 * What the text left after the containers (`rest`) is: a leaf block opening or continuing. Records headings
 * itself (they may turn earlier lines into one); returns the line's kind for the caller to record otherwise.
 */
export function classifyLeaf(state: BlockState, rest: string, startsItemHere: boolean): KindCode {
	const { leaf, table } = state;
	const depth = state.containers.length;
	if (isBlank(rest)) {
		if (leaf?.type !== 'indented') state.leaf = null;
		return startsItemHere ? KIND.listItem : KIND.blank;
	}
	const paragraph = leaf?.type === 'paragraph' && state.leafLevel === depth ? leaf : null;
	if (state.indent(4) >= 4 && !paragraph && !startsItemHere) {
		state.openLeaf(LEAF.indented, 'code');
		return KIND.code;
	}
	const { i } = state;
	if (paragraph) {
		const level = setextLevel(rest);
		if (level > 0) {
			const text = state.lines
				.slice(paragraph.firstLine, i)
				.map((l, k) => l.slice(table.contentCol(paragraph.firstLine + k)).trim())
				.join(' ');
			state.headings.push({ heading: text, level, position: { start: state.loc(paragraph.firstLine, 0), end: state.lineEnd(i) } });
			const heading = state.headings.length - 1;
			for (let k = paragraph.firstLine; k < i; k++) {
				table.setKind(k, KIND.heading);
				table.setHeading(k, heading);
			}
			const last = state.sectionTypes.length - 1;
			if (depth === 0 && state.sectionTypes[last] === 'paragraph') state.sectionTypes[last] = 'heading';
			state.record(KIND.setextUnderline, heading);
			state.leaf = null;
			return KIND.heading;
		}
		if (paragraph.lines === 1 && isTableDelimiter(rest) && state.lines[paragraph.firstLine]?.includes('|')) {
			const last = state.sectionTypes.length - 1;
			if (depth === 0 && state.sectionTypes[last] === 'paragraph') state.sectionTypes[last] = 'table';
			table.setKind(paragraph.firstLine, KIND.table);
			state.leaf = LEAF.table;
			return KIND.table;
		}
	}
	const atx = matchAtxHeading(rest);
	if (atx) {
		state.openLeaf(LEAF.indented, 'heading');
		state.leaf = null;
		state.headings.push({ heading: atx.text, level: atx.level, position: { start: state.loc(i, state.p), end: state.lineEnd(i) } });
		state.record(KIND.heading, state.headings.length - 1);
		return KIND.heading;
	}
	const fence = matchFenceOpen(rest);
	if (fence) {
		state.openLeaf({ type: 'fence', open: fence }, 'code');
		return KIND.fence;
	}
	if (mayOpenCommentOrMath(leadAfterBlanks(rest))) {
		const trimmed = rest.trimStart();
		if (trimmed.startsWith('%%')) {
			state.openLeaf(LEAF.comment, 'comment');
			if (trimmed.indexOf('%%', 2) >= 0) state.leaf = null;
			return KIND.comment;
		}
		if (trimmed.startsWith('$$')) {
			state.openLeaf(LEAF.math, 'math');
			if (trimmed.indexOf('$$', 2) >= 0) state.leaf = null;
			return KIND.math;
		}
	}
	if (isThematicBreak(rest)) {
		state.openLeaf(LEAF.indented, 'thematicBreak');
		state.leaf = null;
		return KIND.thematicBreak;
	}
	const html = matchHtmlBlockStart(rest, paragraph !== null);
	if (html) {
		state.openLeaf({ type: 'html', kind: html }, 'html');
		if (!html.endsAtBlank && html.end.test(rest.slice(4))) state.leaf = null;
		return KIND.html;
	}
	if (leaf?.type === 'table' && state.leafLevel === depth) return KIND.table;
	if (!paragraph && isFootnoteDefinition(rest)) {
		state.openLeaf(LEAF.footnote, 'footnoteDefinition');
		return KIND.footnote;
	}
	if (leaf?.type === 'footnote' && state.leafLevel === depth) return KIND.footnote;
	if (paragraph) {
		paragraph.lines++;
		return KIND.paragraph;
	}
	state.openParagraph();
	return KIND.paragraph;
}

/**
 * For a line inside an open fence, comment, math or HTML block, or indented code: records it and says whether
 * the line is done with (false when indented code ended and the line must be read afresh).
 */
export function continueOpenLeaf(state: BlockState): boolean {
	const leaf = state.leaf;
	if (!leaf) return false;
	const rest = state.line.slice(state.p);
	switch (leaf.type) {
		case 'fence':
			if (isFenceClose(rest, leaf.open)) {
				state.record(KIND.fence);
				state.leaf = null;
			} else state.record(KIND.code);
			return true;
		case 'comment':
		case 'math':
			state.record(leaf.type === 'comment' ? KIND.comment : KIND.math);
			if (rest.includes(leaf.type === 'comment' ? '%%' : '$$')) state.leaf = null;
			return true;
		case 'html':
			if (leaf.kind.endsAtBlank) {
				if (isBlank(rest)) {
					state.leaf = null;
					state.record(KIND.blank);
				} else state.record(KIND.html);
				return true;
			}
			state.record(KIND.html);
			if (leaf.kind.end.test(rest)) state.leaf = null;
			return true;
		case 'indented':
			if (isBlank(rest)) {
				state.record(KIND.blank);
				return true;
			}
			if (state.indent(4) >= 4) {
				state.record(KIND.code);
				return true;
			}
			state.leaf = null;
			return false;
		default:
			return false;
	}
}
