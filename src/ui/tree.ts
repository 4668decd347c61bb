/**
 * The dashboard as plain data: a tree of elements that the plugin mounts with Obsidian's `createEl` and the
 * command line serialises to a standalone HTML page. Note text only ever lands in `text`, never in markup.
 */
export interface UiNode {
	tag: string;
	cls?: string[];
	text?: string;
	attrs?: Record<string, string>;
	children?: UiNode[];
	/** A place in a note: the plugin opens it on click, the HTML page links to it. */
	source?: { path: string; line: number };
	/** Drawn in the SVG namespace. */
	svg?: boolean;
	/** Children built and drawn only when a folded `details` is first opened (the HTML page has them inline). */
	lazy?: () => UiNode[];
	/**
	 * Past this many children, the rest are drawn in the frames after the first (a long table shows its first
	 * screenful at once); the HTML page, and a mount that does not defer, have them all at once.
	 */
	later?: number;
}

type Child = UiNode | null | undefined | false;

export interface ElementOptions {
	cls?: string | string[];
	lazy?: () => UiNode[];
	later?: number;
	text?: string;
	attrs?: Record<string, string | number | undefined>;
	source?: { path: string; line: number };
}

function normalise(tag: string, options: ElementOptions, children: Child[], svg: boolean): UiNode {
	const node: UiNode = { tag };
	if (options.cls) node.cls = Array.isArray(options.cls) ? options.cls.filter(Boolean) : options.cls.split(' ').filter(Boolean);
	if (options.text !== undefined) node.text = options.text;
	if (options.attrs) {
		const attrs: Record<string, string> = {};
		for (const [key, value] of Object.entries(options.attrs)) if (value !== undefined) attrs[key] = String(value);
		node.attrs = attrs;
	}
	if (options.source) node.source = options.source;
	if (options.lazy) node.lazy = options.lazy;
	if (options.later !== undefined) node.later = options.later;
	const kept = children.filter((c): c is UiNode => Boolean(c));
	if (kept.length > 0) node.children = kept;
	if (svg) node.svg = true;
	return node;
}

export function h(tag: string, options: ElementOptions = {}, children: Child[] = []): UiNode {
	return normalise(tag, options, children, false);
}

export function s(tag: string, options: ElementOptions = {}, children: Child[] = []): UiNode {
	return normalise(tag, options, children, true);
}

/**
 * `node` with its children built the first time they are read, then kept: a part below the first screenful costs
 * nothing until it is drawn (the plugin's view draws it in a frame after the first, see `later`), while everything
 * that reads a tree (the HTML page, a redraw's comparison, the tests) finds ordinary children.
 */
export function builtWhenRead(node: UiNode, build: () => Child[]): UiNode {
	let built: UiNode[] | undefined;
	Object.defineProperty(node, 'children', {
		enumerable: true,
		configurable: true,
		get: () => (built ??= build().filter((c): c is UiNode => Boolean(c))),
		set: (value: UiNode[]) => {
			built = value;
		},
	});
	return node;
}

/** Every node of a tree, depth first: for tests and for counting. */
export function* walk(node: UiNode): Generator<UiNode> {
	yield node;
	for (const child of node.children ?? []) yield* walk(child);
	for (const child of node.lazy?.() ?? []) yield* walk(child);
}

/** The text a reader sees, for tests. */
export function textOf(node: UiNode): string {
	return (node.text ?? '') + [...(node.children ?? []), ...(node.lazy?.() ?? [])].map(textOf).join('');
}
