import { describe, expect, it } from 'vitest';
import { renderDashboard } from '../../src/ui/dashboard';
import { namePattern, privateView } from '../../src/ui/privacy';
import { h, s, textOf, type UiNode, walk } from '../../src/ui/tree';
import { exampleReview } from '../vault';

const blurredTexts = (node: UiNode) => [...walk(node)].filter((n) => n.cls?.includes('cr-private')).map(textOf);

describe('privacy mode on the dashboard tree', () => {
	it('puts every name in a blurred piece of its own, in headings, labels and lazily drawn parts alike', () => {
		const tree = h('div', {}, [
			h('h2', { text: "Tom's action steps" }),
			h('span', { text: '20 Oct 2026 · with Priya Shah and Bob' }),
			h('details', { lazy: () => [h('p', { text: 'Later: tom said so.' })] }),
			h('p', { text: 'Tomorrow, Tommy and atom are other words.' }),
		]);
		const shown = privateView(tree, namePattern(['Tom Okafor', 'Priya Shah', 'Bob']));
		expect(blurredTexts(shown)).toEqual(['Tom', 'Priya Shah', 'Bob', 'tom']);
		expect(textOf(shown)).toBe(textOf(tree));
	});

	it('blurs a name only as a whole word, at the start, after punctuation and side by side, keeping what is around it', () => {
		const tree = h('p', { text: 'Tom, Tomas and (Tom) met Tom' });
		const pieces = privateView(tree, namePattern(['Tom Okafor'])).children ?? [];
		expect(pieces.map((p) => [p.text, p.cls?.includes('cr-private') ?? false])).toEqual([
			['Tom', true],
			[', Tomas and (', false],
			['Tom', true],
			[') met ', false],
			['Tom', true],
		]);
		const labelled = privateView(h('div', { attrs: { 'aria-label': 'Tom and Tomas: Tom' } }), namePattern(['Tom Okafor']));
		expect(labelled.attrs?.['aria-label']).toBe('the client and Tomas: the client');
	});

	it('leaves no tooltip, and lets every blurred piece take focus (a tap reveals it)', () => {
		const tree = h('div', {}, [
			h('a', { cls: 'cr-private', text: 'I finally did it', attrs: { title: 'From the heading In her words' } }),
			s('svg', { attrs: { 'aria-label': "Tom's rating" } }, [s('circle', {}, [s('title', { text: "Tom's rating: 7" })])]),
		]);
		const shown = privateView(tree, namePattern(['Tom Okafor']));
		const nodes = [...walk(shown)];
		expect(nodes.filter((n) => n.attrs?.title !== undefined || n.tag === 'title')).toEqual([]);
		expect(nodes.find((n) => n.tag === 'svg')?.attrs?.['aria-label']).toBe("the client's rating");
		expect(nodes.filter((n) => n.cls?.includes('cr-private')).every((n) => n.attrs?.tabindex === '0')).toBe(true);
	});

	it("covers a whole review: the client's first name is never left outside a blurred piece", async () => {
		const review = await exampleReview('Tom');
		const tree = renderDashboard(review, { privacy: true, names: ['Susan Lee'] });
		const loose = [...walk(tree)].filter((n) => n.text !== undefined && /\b(Tom|Priya)\b/.test(n.text) && !n.cls?.includes('cr-private'));
		// A name inside a blurred quote is hidden with the quote; every other holder of a name is a blurred piece.
		const insideBlur = new Set<UiNode>();
		for (const node of walk(tree)) if (node.cls?.includes('cr-private')) for (const inner of walk(node)) insideBlur.add(inner);
		expect(loose.filter((n) => !insideBlur.has(n)).map((n) => n.text)).toEqual([]);
		expect(renderDashboard(review).attrs?.['data-client']).toBe('Tom Okafor');
		expect(tree.attrs?.['data-client']).toBeUndefined();
	});
});
