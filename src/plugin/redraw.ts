import type { UiNode } from '../ui/tree';
import { DrawLater } from './draw-later';
import { type LaterChildren, mountLazy, mountUi } from './mount-ui';

/**
 * Draws a view again in place: the new tree is compared with the one drawn before, child by child (a session keyed by
 * its note's path), and only what differs is drawn again. Unchanged parts keep their elements, so whatever the coach
 * unfolded, the scroll position and the focus stay; a part drawn anew gets back the folds the coach had open in it,
 * and the focus if it was there.
 */

/** Two 32-bit string hashes as one key: collisions are out of reach for a dashboard's few thousand nodes. */
function hash(text: string): string {
	let a = 0x811c9dc5;
	let b = 5381;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = (Math.imul(b, 33) + c) | 0;
	}
	return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** What a node shows itself, without its children: equal means the element itself can stay. */
function ownKey(node: UiNode): string {
	return JSON.stringify([node.tag, node.cls, node.text, node.attrs, node.source, node.svg, node.lazy !== undefined]);
}

/** What a node draws, lazy children included, as a short key computed once per node. */
function signature(node: UiNode, memo: WeakMap<UiNode, string>): string {
	const known = memo.get(node);
	if (known !== undefined) return known;
	const children = (node.children ?? []).map((c) => signature(c, memo)).join(',');
	const lazy = node.lazy ? node.lazy().map((c) => signature(c, memo)).join(',') : '';
	const key = hash(`${ownKey(node)}[${children}][${lazy}]`);
	memo.set(node, key);
	return key;
}

/** A child's key among its siblings: a session's path, else its place and kind. */
function keyOf(node: UiNode, index: number): string {
	const session = node.attrs?.['data-session'];
	return session !== undefined ? `session:${session}` : `${index}:${node.tag}:${(node.cls ?? []).join('.')}`;
}

/** A fold's name within its block, so the same fold is found again in the block drawn anew. */
function foldKey(details: Element): string {
	const session = details.getAttribute('data-session');
	if (session !== null) return `session:${session}`;
	const summary = details.querySelector(':scope > summary');
	return `${details.className}|${summary?.textContent ?? ''}`;
}

/** How to find the focused element again in a block drawn anew. */
function focusKey(element: Element): string | null {
	for (const name of ['data-action', 'data-step-path', 'data-path']) {
		const value = element.getAttribute(name);
		if (value !== null) return `[${name}="${CSS.escape(value)}"]${element.hasAttribute('data-line') ? `[data-line="${element.getAttribute('data-line') ?? ''}"]` : ''}`;
	}
	return null;
}

export class KeptPlace {
	private drawn: { root: UiNode; element: Element } | null = null;
	private memo = new WeakMap<UiNode, string>();
	private lazy = new WeakMap<Element, () => UiNode[]>();
	/** Children a node's `later` leaves for the frames after the first (`batch` of them after each frame). */
	private readonly later: DrawLater;
	/** Set while a redraw draws everything at once (see `draw`). */
	private atOnce = false;

	/**
	 * `batch`: how many children left for later (a node's `later`) are drawn after each frame; `budgetMs`: a frame's
	 * drawing also stops once it took this long.
	 */
	constructor(batch = 50, budgetMs?: number) {
		this.later = new DrawLater(batch, budgetMs);
	}

	/** Settles once every child left for later is drawn. */
	whenDrawn(): Promise<void> {
		return this.later.whenDone();
	}

	/** The lazy children of folded sections, for the view's toggle handler. */
	get folds(): WeakMap<Element, () => UiNode[]> {
		return this.lazy;
	}

	/** Forgets what was drawn: the next draw starts afresh. */
	reset(): void {
		this.later.drop();
		this.drawn = null;
		this.lazy = new WeakMap();
	}

	/** Draws `root` into `container`, replacing only the parts that changed since the last draw. */
	draw(container: HTMLElement, root: UiNode): void {
		// What the last draw left for later is drawn first: the page is compared with everything it drew.
		this.later.finish(this.lazy);
		const previous = this.drawn;
		const scrollTop = container.scrollTop;
		const active = container.doc.activeElement;
		const focus = active && container.contains(active) ? focusKey(active) : null;
		// A redraw with a place to keep (scrolled, a fold open, the focus inside) draws everything at once: the place
		// may lie in what a first draw leaves for the frames after. A first draw, or one at the top, defers.
		this.atOnce = previous !== null && (scrollTop !== 0 || focus !== null || container.querySelector('details[open]') !== null);
		if (!previous || !previous.element.isConnected || previous.element.parentElement !== container || ownKey(previous.root) !== ownKey(root)) {
			// Drawn whole (a setting changed what every part shows): the folds the coach had open open again.
			const before = previous?.element.isConnected ? previous.element : null;
			container.empty();
			this.lazy = new WeakMap();
			// Built in a fragment and put in with one insertion, as `mountView` does: the page takes it in once.
			const fragment = (container.win as Window & { createFragment: typeof createFragment }).createFragment();
			mountUi(fragment, root, this.lazy, this.deferred());
			container.appendChild(fragment);
			const element = container.lastElementChild ?? container;
			if (before) this.restoreFolds(before, element);
			this.drawn = { root, element };
		} else {
			this.patchChildren(previous.element, previous.root, root);
			this.drawn = { root, element: previous.element };
		}
		if (focus && (!active || !active.isConnected)) container.querySelector<HTMLElement>(focus)?.focus({ preventScroll: true });
		// Setting it lays the page out at once: only when there is a place to keep (at the top, the page stays there).
		if (scrollTop !== 0) container.scrollTop = scrollTop;
		this.later.start(container.win, this.lazy);
	}

	/** Brings `element` (drawn from `before`) to show `after`'s children, keeping every child that did not change. */
	private patchChildren(element: Element, before: UiNode, after: UiNode): void {
		const oldChildren = before.children ?? [];
		const oldElements = [...element.children];
		if (oldElements.length !== oldChildren.length) {
			this.replace(element, after);
			return;
		}
		const byKey = new Map<string, { node: UiNode; element: Element }>();
		oldChildren.forEach((node, i) => {
			const el = oldElements[i];
			if (el) byKey.set(keyOf(node, i), { node, element: el });
		});
		const next: Element[] = [];
		(after.children ?? []).forEach((node, i) => {
			const key = keyOf(node, i);
			const old = byKey.get(key);
			byKey.delete(key);
			if (old && signature(old.node, this.memo) === signature(node, this.memo)) {
				next.push(old.element);
				return;
			}
			// The same element with other content: it stays (and stays open) and only its inside changes, unless it
			// waits on lazy children, which are drawn afresh.
			if (old && ownKey(old.node) === ownKey(node) && !node.lazy && !old.node.lazy) {
				this.patchChildren(old.element, old.node, node);
				next.push(old.element.isConnected ? old.element : (element.children[i] ?? old.element));
				return;
			}
			const fresh = this.build(element, node);
			if (old) this.restoreFolds(old.element, fresh);
			next.push(fresh);
		});
		next.forEach((child, i) => {
			if (element.children[i] !== child) element.insertBefore(child, element.children[i] ?? null);
		});
		while (element.children.length > next.length) element.lastElementChild?.remove();
	}

	private build(parent: Element, node: UiNode): Element {
		// Built in the parent's own window: in a pop-out, elements belong to that window.
		const fragment = (parent.win as Window & { createFragment: typeof createFragment }).createFragment();
		mountUi(fragment, node, this.lazy, this.deferred());
		return fragment.firstElementChild ?? fragment.createSpan();
	}

	/** Where a mount leaves children for the frames after; none while a redraw draws at once. */
	private deferred(): LaterChildren[] | undefined {
		return this.atOnce ? undefined : this.later.queue;
	}

	/** Draws a whole element again in its place, with the folds it had open. */
	private replace(element: Element, node: UiNode): void {
		const fresh = this.build(element, node);
		this.restoreFolds(element, fresh);
		element.replaceWith(fresh);
	}

	/** Opens, in an element drawn anew, every fold the coach had open in the one it replaces (and closes the closed). */
	private restoreFolds(from: Element, to: Element): void {
		const folds = (el: Element) => [el, ...el.querySelectorAll('details')].filter((d) => d.tagName === 'DETAILS');
		const open = new Set(folds(from).filter((d) => d.hasAttribute('open')).map(foldKey));
		const closed = new Set(folds(from).filter((d) => !d.hasAttribute('open')).map(foldKey));
		for (const details of folds(to)) {
			const key = foldKey(details);
			if (open.has(key) && !details.hasAttribute('open')) {
				details.setAttribute('open', '');
				mountLazy(details, this.lazy);
			} else if (closed.has(key) && details.hasAttribute('open')) details.removeAttribute('open');
		}
	}
}
