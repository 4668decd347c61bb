import { h, type UiNode } from './tree';

/**
 * The inline Markdown of one line of note text, as UI nodes: bold, italic, highlight, strikethrough and code shown
 * formatted; links, wiki-links and embeds as their text. Everything else stays as written. Text only ever lands in
 * `text`, so a note's markup never becomes markup of the page.
 */

/** Paired delimiters and the element each one draws; longest first so `**` is not read as two `*`. */
const PAIRS: readonly { mark: string; tag: string }[] = [
	{ mark: '**', tag: 'strong' },
	{ mark: '__', tag: 'strong' },
	{ mark: '==', tag: 'mark' },
	{ mark: '~~', tag: 'del' },
	{ mark: '*', tag: 'em' },
	{ mark: '_', tag: 'em' },
];

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;

interface Scan {
	/** Delimiters with no closer left in the text: never searched for again, so a line of stray `*` stays linear. */
	exhausted: Set<string>;
}

/** Where the delimiter opened at `start` closes, or -1: the inside neither starts nor ends with a space. */
function closer(text: string, start: number, mark: string, end: number, scan: Scan): number {
	const inner = start + mark.length;
	const first = text[inner];
	if (first === undefined || first === ' ' || inner >= end) return -1;
	// `snake_case_name` is a word, not emphasis.
	if (mark === '_' && WORD.test(text[start - 1] ?? '')) return -1;
	let at = text.indexOf(mark, inner + 1);
	while (at !== -1 && at < end) {
		const before = text[at - 1];
		const after = text[at + mark.length];
		const doubled = mark.length === 1 && (after === mark || before === mark);
		if (before !== ' ' && before !== '\\' && !doubled && !(mark === '_' && WORD.test(after ?? ''))) return at;
		at = text.indexOf(mark, at + 1);
	}
	if (at === -1) scan.exhausted.add(mark);
	return -1;
}

/** `[[target#heading|label]]` shows as its label, or its target. */
function wikiLabel(inner: string): string {
	const bar = inner.indexOf('|');
	return (bar === -1 ? inner : inner.slice(bar + 1)).trim() || inner;
}

function parse(text: string, from: number, to: number, scan: Scan): UiNode[] {
	const out: UiNode[] = [];
	let plain = '';
	const flush = () => {
		if (plain) out.push(h('span', { text: plain }));
		plain = '';
	};
	let i = from;
	while (i < to) {
		const ch = text[i] ?? '';
		if (ch === '\\' && i + 1 < to && PUNCTUATION.test(text[i + 1] ?? '')) {
			plain += text[i + 1];
			i += 2;
			continue;
		}
		if (ch === '`') {
			let run = 1;
			while (text[i + run] === '`') run++;
			const fence = '`'.repeat(run);
			const close = text.indexOf(fence, i + run);
			if (close !== -1 && close < to && close > i + run) {
				flush();
				out.push(h('code', { cls: 'cr-inline-code', text: text.slice(i + run, close).trim() || text.slice(i + run, close) }));
				i = close + run;
				continue;
			}
			plain += fence;
			i += run;
			continue;
		}
		const embed = ch === '!' && text[i + 1] === '[' ? 1 : 0;
		if (text.startsWith('[[', i + embed)) {
			const close = text.indexOf(']]', i + embed + 2);
			if (close !== -1 && close < to) {
				plain += wikiLabel(text.slice(i + embed + 2, close));
				i = close + 2;
				continue;
			}
		}
		if (text[i + embed] === '[') {
			const label = text.indexOf('](', i + embed + 1);
			const end = label === -1 ? -1 : text.indexOf(')', label + 2);
			if (label !== -1 && end !== -1 && end < to && !text.slice(i + embed + 1, label).includes('[')) {
				flush();
				out.push(...parse(text, i + embed + 1, label, scan));
				i = end + 1;
				continue;
			}
		}
		const pair = PAIRS.find((p) => text.startsWith(p.mark, i) && !scan.exhausted.has(p.mark));
		if (pair) {
			const close = closer(text, i, pair.mark, to, scan);
			if (close !== -1) {
				flush();
				out.push(h(pair.tag, { cls: 'cr-inline' }, parse(text, i + pair.mark.length, close, scan)));
				i = close + pair.mark.length;
				continue;
			}
			plain += pair.mark;
			i += pair.mark.length;
			continue;
		}
		plain += ch;
		i++;
	}
	flush();
	return out;
}

/** One line of note text as formatted pieces; plain text comes back as one span. */
export function inlineMarkdown(text: string): UiNode[] {
	return parse(text, 0, text.length, { exhausted: new Set() });
}

/** An element of `tag` whose content is `text` shown formatted. */
export function formatted(tag: string, options: Parameters<typeof h>[1], text: string): UiNode {
	return h(tag, options, inlineMarkdown(text));
}
