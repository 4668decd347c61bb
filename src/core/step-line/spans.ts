/** A piece of a line, `[start, end)`. */
export type Span = readonly [number, number];

/**
 * `text` without the spans (in order, not overlapping), the space each leaves closed up to one (none at an end).
 * Built in one pass: each piece is trimmed once, so a line of 50,000 signifiers costs no more than its length.
 */
export function cutSpans(text: string, spans: readonly Span[]): string {
	if (spans.length === 0) return text;
	const pieces: string[] = [];
	let kept = text.slice(0, spans[0]?.[0] ?? 0);
	// A piece joins the kept text with one space; an empty piece leaves the kept text trimmed at its end.
	for (let k = 0; k < spans.length; k++) {
		const end = spans[k]?.[1] ?? text.length;
		const next = spans[k + 1]?.[0] ?? text.length;
		const piece = text.slice(end, next).trimStart();
		const before = kept.trimEnd();
		if (before === '' && pieces.length === 0) kept = piece;
		else if (piece === '') kept = before;
		else {
			if (before !== '') pieces.push(before);
			kept = piece;
		}
	}
	if (pieces.length === 0) return kept;
	if (kept !== '') pieces.push(kept);
	return pieces.join(' ');
}
