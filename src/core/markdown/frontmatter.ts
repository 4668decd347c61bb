import type { FrontmatterBlock } from './types';

export interface FrontmatterScan {
	block: FrontmatterBlock | null;
	/** Whether the block holds anything but blank lines and `#` comments (Obsidian reports no frontmatter then). */
	hasContent: boolean;
	/** Set when a note opens frontmatter and never closes it. */
	unclosed: boolean;
}

/** `---` and nothing after it but spaces and tabs. */
function isFence(line: string): boolean {
	if (!line.startsWith('---')) return false;
	for (let i = 3; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code !== 32 && code !== 9) return false;
	}
	return true;
}

/** Whether a YAML line says anything: not blank, not a comment. */
function saysSomething(line: string): boolean {
	const trimmed = line.trim();
	return trimmed !== '' && !trimmed.startsWith('#');
}

/** Finds the YAML block Obsidian reads: `---` on the first line, closed by the next `---` line. */
export function findFrontmatter(lines: string[], lineStarts: number[]): FrontmatterScan {
	if (!isFence(lines[0] ?? '')) return { block: null, hasContent: false, unclosed: false };
	let hasContent = false;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (isFence(line)) {
			const endCol = line.length;
			const block: FrontmatterBlock = {
				raw: lines.slice(1, i).join('\n'),
				firstLine: 1,
				position: { start: { line: 0, col: 0, offset: 0 }, end: { line: i, col: endCol, offset: (lineStarts[i] ?? 0) + endCol } },
			};
			return { block, hasContent, unclosed: false };
		}
		if (!hasContent) hasContent = saysSomething(line);
	}
	return { block: null, hasContent: false, unclosed: true };
}
