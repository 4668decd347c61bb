import { isBlank } from './lines';
import type { FrontmatterBlock } from './types';

export interface FrontmatterScan {
	block: FrontmatterBlock | null;
	/** Whether the block holds anything but blank lines and `#` comments (Obsidian reports no frontmatter then). */
	hasContent: boolean;
	/** Set when a note opens frontmatter and never closes it. */
	unclosed: boolean;
}

/** `---` and nothing after it but spaces and tabs, in `text` from `start` to `end` (the whole text by default). */
function isFence(text: string, start = 0, end = text.length): boolean {
	return text.startsWith('---', start) && isBlank(text, start + 3, end);
}

/** Whether a YAML line says anything: not blank, not a comment. */
function saysSomething(line: string): boolean {
	const trimmed = line.trim();
	return trimmed !== '' && !trimmed.startsWith('#');
}

/** The block's lines joined with `\n`: a slice of the text when its lines end in `\n` alone, the usual case. */
function blockText(lines: string[], lineStarts: number[], source: string | undefined, end: number): string {
	if (source !== undefined && end > 1) {
		const raw = source.slice(lineStarts[1] ?? 0, (lineStarts[end] ?? 0) - 1);
		if (!raw.includes('\r')) return raw;
	}
	return lines.slice(1, end).join('\n');
}

/**
 * Finds the YAML block Obsidian reads: `---` on the first line, closed by the next `---` line. `source` is the
 * text the lines were split from, if the caller has it.
 */
export function findFrontmatter(lines: string[], lineStarts: number[], source?: string): FrontmatterScan {
	if (!isFence(lines[0] ?? '')) return { block: null, hasContent: false, unclosed: false };
	let hasContent = false;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (isFence(line)) {
			const endCol = line.length;
			const block: FrontmatterBlock = {
				raw: blockText(lines, lineStarts, source, i),
				firstLine: 1,
				position: { start: { line: 0, col: 0, offset: 0 }, end: { line: i, col: endCol, offset: (lineStarts[i] ?? 0) + endCol } },
			};
			return { block, hasContent, unclosed: false };
		}
		if (!hasContent) hasContent = saysSomething(line);
	}
	return { block: null, hasContent: false, unclosed: true };
}

export interface BodyStart {
	/** Offset of the body's first character, and its 0-based line. */
	offset: number;
	line: number;
}

/**
 * Where the body starts in a note with LF line ends: after a closed frontmatter block that says something, or at
 * the top when the note has none. Found without splitting the note. Null for anything else (a CR anywhere, a
 * byte-order mark, an unclosed or empty block), which `findFrontmatter` reads over the note's lines.
 */
export function plainBodyStart(text: string): BodyStart | null {
	// CRLF and lone CR line ends are for `splitLines`, which the general parser reads over.
	if (text.includes('\r')) return null;
	if (!text.startsWith('---')) return text.charCodeAt(0) === 0xfeff ? null : { offset: 0, line: 0 };
	const first = text.indexOf('\n');
	if (first < 0 || !isFence(text, 0, first)) return null;
	let hasContent = false;
	for (let line = 1, lineStart = first + 1; ; line++) {
		const newline = text.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? text.length : newline;
		if (isFence(text, lineStart, lineEnd)) return hasContent ? { offset: newline < 0 ? text.length : newline + 1, line: line + 1 } : null;
		if (!hasContent) hasContent = saysSomething(text.slice(lineStart, lineEnd));
		if (newline < 0) return null;
		lineStart = newline + 1;
	}
}
