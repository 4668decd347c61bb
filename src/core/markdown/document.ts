import { parseBlocks } from './blocks';
import { findFrontmatter } from './frontmatter';
import { splitLines } from './lines';
import type { MarkdownDocument } from './types';

/** Reads one note's text into what Obsidian's metadata cache would hold, plus per-line roles. */
export function readMarkdown(text: string): MarkdownDocument {
	const { lines, starts } = splitLines(text);
	const scan = findFrontmatter(lines, starts);
	const bodyStart = scan.block ? scan.block.position.end.line + 1 : 0;
	const blocks = parseBlocks(lines, starts, bodyStart);
	const problems = blocks.problems.slice();
	if (scan.unclosed) {
		problems.unshift({ line: 0, message: 'The frontmatter is never closed with a `---` line, so it is read as text.' });
	}
	return {
		...blocks,
		lines,
		lineStarts: starts,
		// Obsidian reports no frontmatter for an empty block (`---` twice), though the lines are still a yaml section.
		frontmatter: scan.block && /^[ \t]*[^\s#]/m.test(scan.block.raw) ? scan.block : null,
		problems,
	};
}
