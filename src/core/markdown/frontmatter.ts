import type { FrontmatterBlock } from './types';

const FENCE = /^---[ \t]*$/;

export interface FrontmatterScan {
	block: FrontmatterBlock | null;
	/** Set when a note opens frontmatter and never closes it. */
	unclosed: boolean;
}

/** Finds the YAML block Obsidian reads: `---` on the first line, closed by the next `---` line. */
export function findFrontmatter(lines: string[], lineStarts: number[]): FrontmatterScan {
	if (!FENCE.test(lines[0] ?? '')) return { block: null, unclosed: false };
	for (let i = 1; i < lines.length; i++) {
		if (FENCE.test(lines[i] ?? '')) {
			const raw = lines.slice(1, i).join('\n');
			const endCol = (lines[i] ?? '').length;
			return {
				block: {
					raw,
					firstLine: 1,
					position: {
						start: { line: 0, col: 0, offset: 0 },
						end: { line: i, col: endCol, offset: (lineStarts[i] ?? 0) + endCol },
					},
				},
				unclosed: false,
			};
		}
	}
	return { block: null, unclosed: true };
}
