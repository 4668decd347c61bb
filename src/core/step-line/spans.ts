/**
 * Pieces of a line as one flat list of `[start, end)` pairs: `[s0, e0, s1, e1, …]`. Flat, so a line of 50,000
 * signifiers makes one array of numbers, not 50,000 small arrays for the garbage collector.
 */
export type SpanList = number[];

const BATCH = 1024;

/**
 * Cuts pieces out of a text as they are found, in order, closing up the space each leaves to one (none at an
 * end). Each stretch between cuts is trimmed once and kept only if it holds text, so cutting 50,000 signifiers
 * costs no more than the line's length and holds nothing for the ones that stood side by side.
 */
export class SpanCutter {
	/** The pieces kept so far, joined a batch at a time: 250,000 small strings held to the end cost the collector more than the cutting. */
	private pieces: string[] = [];
	private batches: string[] | null = null;
	private kept = '';
	private last = -1;

	constructor(private readonly text: string) {}

	/** Takes `[start, end)` out; spans come in order and do not overlap. */
	cut(start: number, end: number): void {
		if (this.last < 0) this.kept = this.text.slice(0, start);
		else this.join(this.text.slice(this.last, start));
		this.last = end;
	}

	private join(stretch: string): void {
		const piece = stretch.trimStart();
		const before = this.kept.trimEnd();
		if (before === '' && this.pieces.length === 0 && this.batches === null) this.kept = piece;
		else if (piece === '') this.kept = before;
		else {
			if (before !== '') this.keep(before);
			this.kept = piece;
		}
	}

	private keep(piece: string): void {
		this.pieces.push(piece);
		if (this.pieces.length < BATCH) return;
		(this.batches ??= []).push(this.pieces.join(' '));
		this.pieces = [];
	}

	/** The text with every cut made. */
	result(): string {
		if (this.last < 0) return this.text;
		this.join(this.text.slice(this.last));
		this.last = this.text.length;
		const pieces = this.batches === null ? this.pieces : [...this.batches, ...this.pieces];
		if (pieces.length === 0) return this.kept;
		return this.kept === '' ? pieces.join(' ') : `${pieces.join(' ')} ${this.kept}`;
	}
}

/** `text` without the spans (flat pairs, in order, not overlapping), the space each leaves closed up. */
export function cutSpans(text: string, spans: readonly number[]): string {
	const cutter = new SpanCutter(text);
	for (let k = 0; k + 1 < spans.length; k += 2) cutter.cut(spans[k] ?? 0, spans[k + 1] ?? 0);
	return cutter.result();
}
