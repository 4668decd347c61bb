import { isBlank } from './lines';
import type { FrontmatterBlock } from './types';

/*
 * The one place that finds where a note's frontmatter ends and its body begins. Everything else (the block parser,
 * the session reader, the command line) is handed what this found and never looks for the fences again.
 */

export interface FrontmatterScan {
	/** The closed block, even one holding only blank lines and comments; null when the note opens none or never closes it. */
	block: FrontmatterBlock | null;
	/** Whether the block holds anything but blank lines and `#` comments (Obsidian reports no frontmatter then). */
	hasContent: boolean;
	/** Set when a note opens frontmatter and never closes it: Obsidian reads it all as text. */
	unclosed: boolean;
	/** Where the body starts: a position in the text as given (a byte-order mark counted), and its 0-based line. */
	bodyOffset: number;
	bodyLine: number;
}

const NO_FRONTMATTER: FrontmatterScan = Object.freeze({ block: null, hasContent: false, unclosed: false, bodyOffset: 0, bodyLine: 0 });
const UNCLOSED: FrontmatterScan = Object.freeze({ block: null, hasContent: false, unclosed: true, bodyOffset: 0, bodyLine: 0 });

/** `---` and nothing after it but spaces and tabs, in `text` from `start` to `end`. */
function isFence(text: string, start: number, end: number): boolean {
	return text.startsWith('---', start) && isBlank(text, start + 3, end);
}

/** Whether a YAML line says anything: not blank, not a comment. */
function saysSomething(line: string): boolean {
	const trimmed = line.trim();
	return trimmed !== '' && !trimmed.startsWith('#');
}

/**
 * Finds the YAML block Obsidian reads: `---` on the first line (after a byte-order mark, if any), closed by the
 * next `---` line. Lines break at LF, CRLF or a lone CR, as in `splitLines`; the block's text has its lines joined
 * with `\n`, and its position counts from after a byte-order mark, as Obsidian's do. Only the head is looked at.
 */
export function findFrontmatter(text: string): FrontmatterScan {
	const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (!text.startsWith('---', bom)) return NO_FRONTMATTER;
	// The next CR at or after a position, searched again only once passed: most notes have none, found in one search.
	let cr = text.indexOf('\r', bom);
	let newline = text.indexOf('\n', bom);
	const lineEndFrom = (pos: number): number => {
		if (newline >= 0 && newline < pos) newline = text.indexOf('\n', pos);
		if (cr >= 0 && cr < pos) cr = text.indexOf('\r', pos);
		const lf = newline < 0 ? text.length : newline;
		return cr >= 0 && cr < lf ? cr : lf;
	};
	const nextLine = (end: number): number => (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1);

	const firstEnd = lineEndFrom(bom);
	if (!isFence(text, bom, firstEnd)) return NO_FRONTMATTER;
	if (firstEnd === text.length) return UNCLOSED;
	const rawStart = nextLine(firstEnd);
	let hasContent = false;
	let crInBlock = false;
	for (let line = 1, start = rawStart; ; line++) {
		const end = lineEndFrom(start);
		if (isFence(text, start, end)) {
			const raw = line === 1 ? '' : crInBlock ? text.slice(rawStart, start).split(/\r\n|\r|\n/).slice(0, -1).join('\n') : text.slice(rawStart, start - 1);
			const col = end - start;
			const block: FrontmatterBlock = {
				raw,
				firstLine: 1,
				position: { start: { line: 0, col: 0, offset: 0 }, end: { line, col, offset: start - bom + col } },
			};
			const bodyOffset = end === text.length ? end : nextLine(end);
			return { block, hasContent, unclosed: false, bodyOffset, bodyLine: line + 1 };
		}
		if (!hasContent) hasContent = saysSomething(text.slice(start, end));
		if (end === text.length) return UNCLOSED;
		if (text.charCodeAt(end) === 13) crInBlock = true;
		start = nextLine(end);
	}
}
