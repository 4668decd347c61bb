import { type BlockResult, type ParseOptions, parseBlocks } from './blocks';
import { findFrontmatter } from './frontmatter';
import { LineTable } from './line-table';
import { splitLines } from './lines';
import type { Callout, FrontmatterBlock, HeadingCache, LineInfo, ListItemCache, Loc, MarkdownDocument, SectionCache, StructureProblem } from './types';

const UNCLOSED_FRONTMATTER = 'The frontmatter is never closed with a `---` line, so it is read as text.';

type Problem = StructureProblem;

/** The table of a note read only as far as its frontmatter: no line has a kind. */
const NO_LINES = new LineTable(0);

/** A read note. What only tools and tests look at (sections, per-line objects) is made when first asked for. */
class ReadDocument implements MarkdownDocument {
	readonly headings: HeadingCache[];
	readonly listItems: ListItemCache[];
	readonly itemContentCol: number[];
	readonly callouts: Callout[];
	readonly table: LineTable;
	private readonly blocks: BlockResult | null;
	private sectionCache: SectionCache[] | null = null;
	private lineInfoCache: LineInfo[] | null = null;

	readonly headOnly: boolean;

	constructor(
		readonly source: string,
		readonly lines: string[],
		readonly lineStarts: number[],
		readonly frontmatter: FrontmatterBlock | null,
		blocks: BlockResult | null,
		readonly problems: Problem[],
	) {
		this.blocks = blocks;
		this.headOnly = blocks === null;
		this.headings = blocks?.headings ?? [];
		this.listItems = blocks?.listItems ?? [];
		this.itemContentCol = blocks?.itemContentCol ?? [];
		this.callouts = blocks?.callouts ?? [];
		this.table = blocks?.table ?? NO_LINES;
	}

	get sections(): SectionCache[] {
		if (this.sectionCache) return this.sectionCache;
		const sections: SectionCache[] = [];
		const blocks = this.blocks;
		if (blocks) {
			for (let k = 0; k < blocks.sectionTypes.length; k++) {
				const type = blocks.sectionTypes[k] ?? 'paragraph';
				const first = blocks.sectionFirstLine[k] ?? 0;
				const last = blocks.sectionLastLine[k] ?? first;
				sections.push({ type, position: { start: this.loc(first, 0), end: this.loc(last, (this.lines[last] ?? '').length) } });
			}
		}
		this.sectionCache = sections;
		return sections;
	}

	get lineInfo(): LineInfo[] {
		if (this.lineInfoCache) return this.lineInfoCache;
		const info: LineInfo[] = [];
		if (this.blocks) for (let i = 0; i < this.lines.length; i++) info.push(this.table.info(i, this.lines[i] ?? ''));
		this.lineInfoCache = info;
		return info;
	}

	private loc(line: number, col: number): Loc {
		return { line, col, offset: (this.lineStarts[line] ?? 0) + col };
	}
}

/** Reads one note's text into what Obsidian's metadata cache would hold, plus per-line roles. */
export function readMarkdown(text: string, options: ParseOptions = {}): MarkdownDocument {
	const { text: source, lines, starts } = splitLines(text);
	const scan = findFrontmatter(lines, starts, source);
	const bodyStart = scan.block ? scan.block.position.end.line + 1 : 0;
	const blocks = parseBlocks(lines, starts, bodyStart, options);
	const problems = blocks.problems.slice();
	if (scan.unclosed) problems.unshift({ kind: 'frontmatter-unclosed', line: 0, message: UNCLOSED_FRONTMATTER });
	// Obsidian reports no frontmatter for an empty block (`---` twice), though the lines are still a yaml section.
	const frontmatter = scan.hasContent ? scan.block : null;
	return new ReadDocument(source, lines, starts, frontmatter, blocks, problems);
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
	const { text: source, lines, starts } = splitLines(head);
	const scan = findFrontmatter(lines, starts, source);
	const frontmatter = scan.hasContent ? scan.block : null;
	return new ReadDocument(source, lines, starts, frontmatter, null, scan.unclosed ? [{ kind: 'frontmatter-unclosed', line: 0, message: UNCLOSED_FRONTMATTER }] : []);
}
