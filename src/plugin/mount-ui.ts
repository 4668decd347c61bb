import type { UiNode } from '../ui/tree';

/**
 * Builds a UI tree under `parent` with Obsidian's DOM helpers. Text is always set as text; a `source` becomes
 * `data-path`/`data-line`, which the view's single click handler turns into opening the note.
 */
export function mountUi(parent: HTMLElement | SVGElement, node: UiNode): void {
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
	for (const child of node.children ?? []) mountUi(element, child);
}
