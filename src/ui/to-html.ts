import type { UiNode } from './tree';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** `obsidian://open` for a note of the named vault; the line travels in `data-line`, which the URL cannot hold. */
export function obsidianUrl(vault: string, path: string): string {
	return `obsidian://open?vault=${encodeURIComponent(vault)}&file=${encodeURIComponent(path.replace(/\.md$/i, ''))}`;
}

const SAFE_TAG = /^[a-z][a-z0-9-]*$/i;
const SAFE_ATTR = /^[a-z][a-z0-9:-]*$/i;

/** Serialises a tree to HTML. Text and attribute values are always escaped; tag and attribute names are checked. */
export function toHtml(node: UiNode, vault: string): string {
	if (!SAFE_TAG.test(node.tag)) throw new Error(`Refusing to write the tag "${node.tag}"`);
	const attrs: Record<string, string> = { ...(node.attrs ?? {}) };
	if (node.cls && node.cls.length > 0) attrs.class = node.cls.join(' ');
	if (node.source) {
		attrs.href = obsidianUrl(vault, node.source.path);
		attrs['data-path'] = node.source.path;
		attrs['data-line'] = String(node.source.line);
	}
	let open = `<${node.tag}`;
	for (const [name, value] of Object.entries(attrs)) {
		if (!SAFE_ATTR.test(name) || /^on/i.test(name)) throw new Error(`Refusing to write the attribute "${name}"`);
		open += value === '' && name === 'open' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
	}
	const children = [...(node.children ?? []), ...(node.lazy?.() ?? [])];
	const inner = (node.text !== undefined ? escapeHtml(node.text) : '') + children.map((c) => toHtml(c, vault)).join('');
	return `${open}>${inner}</${node.tag}>`;
}
