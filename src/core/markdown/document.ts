import { parseBlocks } from './blocks';
import { findFrontmatter } from './frontmatter';
import { splitLines } from './lines';
import type { MarkdownDocument } from './types';

/** Whether YAML holds anything but blank lines and comments. */
function hasContent(yaml: string): boolean {
	for (const line of yaml.split('\n')) {
		const trimmed = line.trim();
		if (trimmed !== '' && !trimmed.startsWith('#')) return true;
	}
	return false;
}

const UNCLOSED_FRONTMATTER = 'The frontmatter is never closed with a `---` line, so it is read as text.';

/** Reads one note's text into what Obsidian's metadata cache would hold, plus per-line roles. */
export function readMarkdown(text: string): MarkdownDocument {
	const { lines, starts } = splitLines(text);
	const scan = findFrontmatter(lines, starts);
	const bodyStart = scan.block ? scan.block.position.end.line + 1 : 0;
	const blocks = parseBlocks(lines, starts, bodyStart);
	const problems = blocks.problems.slice();
	if (scan.unclosed) {
		problems.unshift({ line: 0, message: UNCLOSED_FRONTMATTER });
	}
	// Spelled out rather than spread: this runs for every note, and a spread object is several times slower to make.
	return {
		lines,
		lineStarts: starts,
		// Obsidian reports no frontmatter for an empty block (`---` twice), though the lines are still a yaml section.
		frontmatter: scan.block && hasContent(scan.block.raw) ? scan.block : null,
		headings: blocks.headings,
		listItems: blocks.listItems,
		itemContentCol: blocks.itemContentCol,
		sections: blocks.sections,
		callouts: blocks.callouts,
		lineInfo: blocks.lineInfo,
		problems,
	};
}

/**
 * Where the line closing a frontmatter opened before `from` ends (after its line break), or the text's length
 * when none does. Lines break at LF, CRLF or a lone CR, as in `splitLines`.
 */
function headEnd(text: string, from: number): number {
	for (let fence = text.indexOf('---', from); fence >= 0; fence = text.indexOf('---', fence + 3)) {
		const before = text.charCodeAt(fence - 1);
		if (before !== 10 && before !== 13) continue;
		let end = fence + 3;
		while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
		if (end === text.length) return end;
		const after = text.charCodeAt(end);
		if (after === 10) return end + 1;
		if (after === 13) return text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
	}
	return text.length;
}

/**
 * Only the frontmatter and the lines, without the blocks: enough to know whose session a note is and when,
 * for listing clients without reading every line of every note.
 */
export function readMarkdownHead(text: string): MarkdownDocument {
	// Split only as far as the frontmatter goes: a session's body is not needed to know whose it is.
	const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const head = text.startsWith('---', bom) ? text.slice(0, headEnd(text, bom + 3)) : '';
	const { lines, starts } = splitLines(head);
	const scan = findFrontmatter(lines, starts);
	return {
		lines,
		lineStarts: starts,
		frontmatter: scan.block && hasContent(scan.block.raw) ? scan.block : null,
		headings: [],
		listItems: [],
		itemContentCol: [],
		sections: [],
		callouts: [],
		lineInfo: [],
		problems: scan.unclosed ? [{ line: 0, message: UNCLOSED_FRONTMATTER }] : [],
	};
}
