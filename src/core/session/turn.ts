import type { Placement } from './placement';

/**
 * A paragraph's lines share its attribution: once a line says who speaks (`Coach: …`, `Client: …`, `Bob: …`), the
 * lines that continue it (the next lines of the same paragraph or list item, in the same quote) are that speaker's too,
 * until a line names another speaker or the paragraph ends. So a second line under a `Coach:` line in a section of the
 * client's words stays the coach's.
 */
export class Turn {
	private placement: Placement | null = null;
	private item = -1;
	private quote = 0;
	private callout = -1;
	private line = -1;

	/** A line that names its speaker opens a turn. */
	start(placement: Placement, item: number, quote: number, callout: number, line: number): void {
		this.placement = placement;
		this.item = item;
		this.quote = quote;
		this.callout = callout;
		this.line = line;
	}

	/**
	 * Where line `line` goes when it continues the turn open (the placement of its first line), else null: then the
	 * turn is over. Asked for every line of text, in order.
	 */
	next(item: number, quote: number, callout: number, line: number): Placement | null {
		const placement = this.placement;
		if (placement === null) return null;
		if (line === this.line + 1 && item === this.item && quote === this.quote && callout === this.callout) {
			this.line = line;
			return placement;
		}
		this.placement = null;
		return null;
	}

	/** A blank line, a heading or any line that ends a paragraph. */
	end(): void {
		this.placement = null;
	}
}
