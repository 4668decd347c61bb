import { firstName } from '../core/review';
import { escapeRegExp } from '../core/text';
import { h, type UiNode } from './tree';

/** The class that blurs, in privacy mode, until hovered, focused or tapped. */
export const PRIVATE_CLASS = 'cr-private';

/** Every spelling of a name worth hiding: the whole name and the first name (one letter alone says nothing). */
function spellings(names: readonly string[]): string[] {
	const out = new Set<string>();
	for (const name of names) {
		const whole = name.trim();
		if (whole.length >= 2) out.add(whole);
		const first = firstName(whole);
		if (first.length >= 2) out.add(first);
	}
	// Longest first, so "Bob Ray" is one blurred piece rather than "Bob" and a readable "Ray".
	return [...out].sort((a, b) => b.length - a.length);
}

/**
 * A pattern matching any of the names as whole words, in any case: group 1 is the character before the name (or
 * nothing at the start), group 2 the name. No lookbehind: iOS before 16.4 cannot compile one, and the plugin runs there.
 */
export function namePattern(names: readonly string[]): RegExp | null {
	const list = spellings(names);
	if (list.length === 0) return null;
	return new RegExp(`(^|[^\\p{L}\\p{N}])(${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** `text` as pieces, each name in a blurred span of its own; null when it holds no name. */
function splitNames(text: string, pattern: RegExp): UiNode[] | null {
	const pieces: UiNode[] = [];
	let last = 0;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		const start = match.index + (match[1] ?? '').length;
		const name = match[2] ?? '';
		if (start > last) pieces.push(h('span', { text: text.slice(last, start) }));
		pieces.push(h('span', { cls: PRIVATE_CLASS, text: name, attrs: { tabindex: 0 } }));
		last = start + name.length;
	}
	if (pieces.length === 0) return null;
	if (last < text.length) pieces.push(h('span', { text: text.slice(last) }));
	return pieces;
}

/**
 * The dashboard as privacy mode shows it, for screen sharing: every occurrence of every client's name (in titles,
 * headings, the chart's legend, a group session's "with Bob", the coach's own notes) is blurred, as every quote
 * already is; no tooltip is left to show what is blurred; and every blurred piece can take focus, so a tap reveals
 * it as a hover does.
 */
export function privateView(node: UiNode, pattern: RegExp | null, insideBlur = false): UiNode {
	const out: UiNode = { ...node };
	if (out.attrs) {
		const { title: _title, ...rest } = out.attrs;
		out.attrs = rest;
		if (rest['aria-label'] !== undefined && pattern) rest['aria-label'] = rest['aria-label'].replace(pattern, (_name, before: string) => `${before}the client`);
	}
	const blurred = insideBlur || (out.cls?.includes(PRIVATE_CLASS) ?? false);
	if (blurred && !insideBlur && !out.source) out.attrs = { ...(out.attrs ?? {}), tabindex: '0' };
	const inner = (c: UiNode) => privateView(c, pattern, blurred);
	const children = (node.children ?? []).filter((c) => !(c.svg && c.tag === 'title')).map(inner);
	// Inside a blurred piece all is hidden already; SVG text takes no spans.
	const pieces = !blurred && !node.svg && pattern && node.text !== undefined ? splitNames(node.text, pattern) : null;
	if (pieces) delete out.text;
	if (pieces || node.children) out.children = [...(pieces ?? []), ...children];
	// The pieces a name split the text into come first: the children drawn at once move up by as many.
	if (node.later !== undefined) out.later = node.later + (pieces?.length ?? 0);
	const lazy = node.lazy;
	if (lazy) out.lazy = () => lazy().map(inner);
	return out;
}
