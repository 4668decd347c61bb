/**
 * Answers "does this line hold the character?" for lines asked in order, with one native search per occurrence
 * instead of one per line. Most prose lines hold none of the characters the reader cares about (`:`, `%`, `[`),
 * and searching a whole note once costs far less than searching each of its lines.
 */
export class CharGate {
	/** The first occurrence at or after the last line asked about; -1 once there are no more. */
	private next = -2;

	constructor(
		private readonly text: string,
		private readonly char: string,
	) {}

	/** Whether `text[start, end)` holds the character. Ranges must come in increasing order. */
	within(start: number, end: number): boolean {
		if (this.next === -1) return false;
		if (this.next < start) this.next = this.text.indexOf(this.char, start);
		return this.next >= 0 && this.next < end;
	}
}
