import { h, type UiNode } from './tree';

/**
 * Why an item is shown (the rule that found it), behind a small disclosure: a tap or a click opens it, so it works
 * on a phone where a hover tooltip never appears. Closed, it is one small mark; the text waits inside.
 */
export function ruleNote(why: string): UiNode {
	return h('details', { cls: 'cr-why' }, [
		h('summary', { cls: 'cr-why-toggle', text: 'why', attrs: { 'aria-label': 'Why this is shown' } }),
		h('span', { cls: ['cr-why-text', 'cr-private'], text: why }),
	]);
}
