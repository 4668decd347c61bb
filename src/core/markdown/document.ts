import { type BlockResult, type ParseOptions, parseBlocks } from './blocks';
import { findFrontmatter, type FrontmatterScan } from './frontmatter';
import type { LineTable } from './line-table';
import { splitLines } from './lines';
import type { Callout, FrontmatterBlock, HeadingCache, LineInfo, ListItemCache, Loc, MarkdownDocument, SectionCache, StructureProblem } from './types';

export const UNCLOSED_FRONTMATTER = 'The frontmatter is never closed with a `---` line, so it is read as text.';

type Problem = StructureProblem;

/** A read note. What only tools and tests look at (sections, per-line objects) is made when first asked for. */
class ReadDocument implements MarkdownDocument {
	readonly headings: HeadingCache[];
	readonly listItems: ListItemCache[];
	readonly itemContentCol: number[];
	readonly callouts: Callout[];
	readonly table: LineTable;
	private readonly blocks: BlockResult;
	private sectionCache: SectionCache[] | null = null;
	private lineInfoCache: LineInfo[] | null = null;

	constructor(
		readonly source: string,
		readonly lines: string[],
		readonly lineStarts: number[],
		readonly frontmatter: FrontmatterBlock | null,
		blocks: BlockResult,
		readonly problems: Problem[],
	) {
		this.blocks = blocks;
		this.headings = blocks.headings;
		this.listItems = blocks.listItems;
		this.itemContentCol = blocks.itemContentCol;
		this.callouts = blocks.callouts;
		this.table = blocks.table;
	}

	get sections(): SectionCache[] {
		if (this.sectionCache) return this.sectionCache;
		const sections: SectionCache[] = [];
		const blocks = this.blocks;
		for (let k = 0; k < blocks.sectionTypes.length; k++) {
			const type = blocks.sectionTypes[k] ?? 'paragraph';
			const first = blocks.sectionFirstLine[k] ?? 0;
			const last = blocks.sectionLastLine[k] ?? first;
			sections.push({ type, position: { start: this.loc(first, 0), end: this.loc(last, (this.lines[last] ?? '').length) } });
		}
		this.sectionCache = sections;
		return sections;
	}

	get lineInfo(): LineInfo[] {
		if (this.lineInfoCache) return this.lineInfoCache;
		const info: LineInfo[] = [];
		for (let i = 0; i < this.lines.length; i++) info.push(this.table.info(i, this.lines[i] ?? ''));
		this.lineInfoCache = info;
		return info;
	}

	private loc(line: number, col: number): Loc {
		return { line, col, offset: (this.lineStarts[line] ?? 0) + col };
	}
}

/**
 * Reads one note's text into what Obsidian's metadata cache would hold, plus per-line roles. `scan` is where its
 * frontmatter ends, when the caller has found it already (`parseNote` has).
 */
export function readMarkdown(text: string, options: ParseOptions = {}, scan: FrontmatterScan = findFrontmatter(text)): MarkdownDocument {
	const { text: source, lines, starts } = splitLines(text);
	const blocks = parseBlocks(lines, starts, scan.bodyLine, options);
	const problems = blocks.problems.slice();
	if (scan.unclosed) problems.unshift({ kind: 'frontmatter-unclosed', line: 0, message: UNCLOSED_FRONTMATTER });
	// Obsidian reports no frontmatter for an empty block (`---` twice), though the lines are still a yaml section.
	const frontmatter = scan.hasContent ? scan.block : null;
	return new ReadDocument(source, lines, starts, frontmatter, blocks, problems);
}
