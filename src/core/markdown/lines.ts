/** A note split into lines, keeping the offset of every line start so positions match Obsidian's. */
export interface SplitText {
	/** The text the offsets count in: the note without its byte-order mark. */
	text: string;
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
	const body = bomLength ? text.slice(1) : text;
	const lines: string[] = [];
	const starts: number[] = [];
	let offset = 0;
	// The native split is far faster than a character loop; CRs are handled after it.
	const hasCr = body.includes('\r');
	const pieces = body.split('\n');
	if (!hasCr) {
		for (const piece of pieces) {
			starts.push(offset);
			offset += piece.length + 1;
		}
		return { text: body, lines: pieces, starts, bomLength };
	}
	for (let k = 0; k < pieces.length; k++) {
		const piece = pieces[k] ?? '';
		// "a\r" ends with CRLF; a CR inside the piece is a line break of its own (old Mac endings).
		const crlf = piece.endsWith('\r') && k < pieces.length - 1;
		const end = crlf ? piece.length - 1 : piece.length;
		let from = 0;
		for (let cr = piece.indexOf('\r'); cr >= 0 && cr < end; cr = piece.indexOf('\r', from)) {
			lines.push(piece.slice(from, cr));
			starts.push(offset + from);
			from = cr + 1;
		}
		lines.push(piece.slice(from, end));
		starts.push(offset + from);
		offset += piece.length + 1;
	}
	return { text: body, lines, starts, bomLength };
}

/** True for a line (or its `[from, to)` part) holding nothing but spaces and tabs. */
export function isBlank(text: string, from = 0, to = text.length): boolean {
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code !== 32 && code !== 9) return false;
	}
	return true;
}
