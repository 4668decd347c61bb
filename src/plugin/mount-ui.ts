import type { UiNode } from '../ui/tree';

/** Children a mount left for the frames after (a node's `later`): drawn in order at the end of `element`. */
export interface LaterChildren {
	element: Element;
	rest: UiNode[];
}

/**
 * Builds a UI tree under `parent` with Obsidian's DOM helpers. Lazy children are recorded in `lazy`, to be
 * drawn by `mountLazy` when their folded section opens (without the map they are drawn at once); children past a
 * node's `later` are left in `later`, for the frames after (without it they are drawn at once). Text is always set as text; a `source` becomes
 * `data-path`/`data-line`, which the view's single click handler turns into opening the note.
 */
export function mountUi(parent: Node, node: UiNode, lazy?: WeakMap<Element, () => UiNode[]>, later?: LaterChildren[]): void {
	const attr: Record<string, string> = { ...(node.attrs ?? {}) };
	if (node.source) {
		attr['data-path'] = node.source.path;
		attr['data-line'] = String(node.source.line);
		attr.role = 'link';
		attr.tabindex = '0';
	}
	const options = { cls: node.cls ?? [], attr };
	const element = node.svg ? parent.createSvg(node.tag as keyof SVGElementTagNameMap, options) : parent.createEl(node.tag as keyof HTMLElementTagNameMap, options);
	if (node.text !== undefined) element.appendText(node.text);
	const children = node.children ?? [];
	// Without `later` to take them, every child is drawn now.
	const now = later && node.later !== undefined && children.length > node.later ? node.later : children.length;
	for (let i = 0; i < now; i++) mountUi(element, children[i] as UiNode, lazy, later);
	if (now < children.length) later?.push({ element, rest: children.slice(now) });
	if (node.lazy) {
		if (lazy) lazy.set(element, node.lazy);
		else for (const child of node.lazy()) mountUi(element, child);
	}
}

/** A fragment of the node's own window: Obsidian gives each window, pop-outs too, its `createFragment`. */
function fragmentOf(node: Node): DocumentFragment {
	return (node.win as Window & { createFragment: typeof createFragment }).createFragment();
}

/**
 * Draws a whole view into `container` with one insertion: built in a fragment first, so the page takes the view in
 * once rather than element by element (a 500-session dashboard drew 7–17% sooner so, measured in Chromium).
 */
export function mountView(container: HTMLElement, node: UiNode, lazy?: WeakMap<Element, () => UiNode[]>): void {
	// The container's own document: in a pop-out window, elements are built in that window.
	const fragment = fragmentOf(container);
	mountUi(fragment, node, lazy);
	container.appendChild(fragment);
}

/** Draws the children a folded `details` was waiting with, the first time it opens. */
export function mountLazy(element: Element, lazy: WeakMap<Element, () => UiNode[]>): void {
	const children = lazy.get(element);
	if (!children || !element.instanceOf(HTMLElement)) return;
	lazy.delete(element);
	const fragment = fragmentOf(element);
	for (const child of children()) mountUi(fragment, child, lazy);
	element.appendChild(fragment);
}
