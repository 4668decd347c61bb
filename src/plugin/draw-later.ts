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

	/**
	 * `batch`: children drawn after each frame. `budgetMs`: a frame's drawing also stops once it took this long (after
	 * at least one child), so children of very different sizes (a folded session, an open one) keep frames short.
	 */
	constructor(
		private readonly batch: number,
		private readonly budgetMs = Number.POSITIVE_INFINITY,
	) {}

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
				this.step(this.batch, folds, win.performance.now() + this.budgetMs);
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

	/**
	 * Draws up to `count` children left for later, in order, stopping once the clock passes `until` (after at least
	 * one); `folds`: where their folded sections' children go.
	 */
	private step(count: number, folds: WeakMap<Element, () => UiNode[]>, until = Number.POSITIVE_INFINITY): void {
		let left = count;
		let overdue = false;
		while (left > 0 && !overdue && this.queue.length > 0) {
			const item = this.queue[0] as LaterChildren;
			const win = item.element.win as Window & { createFragment: typeof createFragment };
			const fragment = win.createFragment();
			let taken = 0;
			while (taken < left && taken < item.rest.length && !overdue) {
				mountUi(fragment, item.rest[taken] as UiNode, folds, this.queue);
				taken++;
				overdue = until !== Number.POSITIVE_INFINITY && win.performance.now() >= until;
			}
			item.rest.splice(0, taken);
			left -= taken;
			if (item.rest.length === 0) this.queue.splice(this.queue.indexOf(item), 1);
			item.element.appendChild(fragment);
		}
	}

	private settle(): void {
		if (this.queue.length > 0) return;
		for (const resolve of this.waiting.splice(0)) resolve();
	}
}
