/** A note split into lines, keeping the offset of every line start so positions match Obsidian's. */
export interface SplitText {
	/** Line contents without their line ending. */
	lines: string[];
	/** Offset (in UTF-16 units) of each line's first character in the original text. */
	starts: number[];
	/** Whether the text began with a byte-order mark (offsets still count it, as Obsidian's do not: see `bomLength`). */
	bomLength: number;
}

/**
 * Splits on LF, CRLF or a lone CR. Obsidian's offsets count from the first character after a BOM,
 * so the BOM is dropped and reported rather than kept in line 0.
 */
export function splitLines(text: string): SplitText {
	const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const lines: string[] = [];
	const starts: number[] = [];
	let lineStart = bomLength;
	const length = text.length;
	for (let i = bomLength; i < length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			lines.push(text.slice(lineStart, i));
			starts.push(lineStart - bomLength);
			if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
			lineStart = i + 1;
		}
	}
	lines.push(text.slice(lineStart));
	starts.push(lineStart - bomLength);
	return { lines, starts, bomLength };
}

/** True for a line holding nothing but spaces and tabs. */
export function isBlank(text: string, from = 0): boolean {
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== 32 && code !== 9) return false;
	}
	return true;
}
