function isBlockIdChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;
}

/** A `^block-id` ending the text (after a space, or alone), read from the end; the text before it. */
export function readTrailingBlockId(text: string): { id: string; rest: string } | null {
	let end = text.length;
	while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
	let start = end;
	while (start > 0 && isBlockIdChar(text.charCodeAt(start - 1))) start--;
	if (start === end || text.charCodeAt(start - 1) !== 94) return null;
	const caret = start - 1;
	if (caret === 0) return { id: text.slice(start, end), rest: '' };
	const before = text.charCodeAt(caret - 1);
	if (before !== 32 && before !== 9) return null;
	return { id: text.slice(start, end), rest: text.slice(0, caret - 1) };
}
