import type { UiNode } from '../ui/tree';
import { type LaterChildren, mountUi } from './mount-ui';

/**
 * Children a draw left for later (a node's `later`), drawn a batch at a time after each frame is shown: the first
 * screenful is on screen at once and the rest follows without holding up a frame. `finish` draws whatever is left at
 * once (before a redraw compares the page with what it drew), and `whenDone` settles once everything is drawn.
 */
export class DrawLater {
	/** What a draw leaves for later; `mountUi` adds to it. */
	readonly queue: LaterChildren[] = [];
	private scheduled = false;
	private waiting: (() => void)[] = [];
	/** Bumped by `finish` and `drop`, so a step scheduled before does nothing. */
	private generation = 0;

	/** `batch`: children drawn after each frame. */
	constructor(private readonly batch: number) {}

	/** Starts drawing what is queued, after the frame that shows what is drawn now. */
	start(win: Window, folds: WeakMap<Element, () => UiNode[]>): void {
		if (this.queue.length === 0) {
			this.settle();
			return;
		}
		if (this.scheduled) return;
		this.scheduled = true;
		const generation = this.generation;
		// After the frame is shown (an animation frame, then a task): the next batch never delays the frame before it.
		win.requestAnimationFrame(() =>
			win.setTimeout(() => {
				if (generation !== this.generation) return;
				this.scheduled = false;
				this.step(this.batch, folds);
				this.start(win, folds);
			}, 0),
		);
	}

	/** Draws everything left at once. */
	finish(folds: WeakMap<Element, () => UiNode[]>): void {
		this.generation++;
		this.scheduled = false;
		this.step(Number.POSITIVE_INFINITY, folds);
		this.settle();
	}

	/** Forgets what is left (its elements are gone). */
	drop(): void {
		this.generation++;
		this.scheduled = false;
		this.queue.length = 0;
		this.settle();
	}

	/** Settles once nothing is left to draw. */
	whenDone(): Promise<void> {
		if (this.queue.length === 0) return Promise.resolve();
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	/** Draws up to `count` children left for later, in order; `folds`: where their folded sections' children go. */
	private step(count: number, folds: WeakMap<Element, () => UiNode[]>): void {
		let left = count;
		while (left > 0 && this.queue.length > 0) {
			const item = this.queue[0] as LaterChildren;
			const taken = item.rest.splice(0, left);
			left -= taken.length;
			if (item.rest.length === 0) this.queue.shift();
			const fragment = (item.element.win as Window & { createFragment: typeof createFragment }).createFragment();
			for (const child of taken) mountUi(fragment, child, folds, this.queue);
			item.element.appendChild(fragment);
		}
	}

	private settle(): void {
		if (this.queue.length > 0) return;
		for (const resolve of this.waiting.splice(0)) resolve();
	}
}
