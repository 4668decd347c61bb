/** Start and end (before its line break) of line `line` (1-based), so an edit keeps every byte around it. */
export function lineBounds(text: string, line: number): { start: number; end: number } | null {
	let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (let current = 1; current < line; current++) {
		const lf = text.indexOf('\n', start);
		const cr = text.indexOf('\r', start);
		const next = cr >= 0 && (lf < 0 || cr < lf) ? (text[cr + 1] === '\n' ? cr + 2 : cr + 1) : lf >= 0 ? lf + 1 : -1;
		if (next < 0) return null;
		start = next;
	}
	let end = start;
	while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
	return { start, end };
}
