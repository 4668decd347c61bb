// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../stubs/obsidian';
import { mountUi } from '../../src/plugin/mount-ui';
import { DrawLater } from '../../src/plugin/draw-later';
import { KeptPlace } from '../../src/plugin/redraw';
import { builtWhenRead, h, type UiNode } from '../../src/ui/tree';
import { toHtml } from '../../src/ui/to-html';

/** A list of `count` items, all but the first `first` left for the frames after. */
function list(count: number, first: number, label = 'item'): UiNode {
	return h('div', { cls: 'page' }, [
		h('h1', { text: 'Rows' }),
		h('ul', { later: first }, Array.from({ length: count }, (_, i) => h('li', { text: `${label} ${i}` }))),
	]);
}

const items = (container: Element) => [...container.querySelectorAll('li')].map((li) => li.textContent);

function fresh(node: UiNode): string {
	const root = document.createElement('div');
	mountUi(root, node, new WeakMap());
	return root.innerHTML;
}

describe('children left for the frames after the first', () => {
	it('are drawn at once by a mount that does not defer', () => {
		const root = document.createElement('div');
		mountUi(root, list(30, 5));
		expect(items(root)).toHaveLength(30);
	});

	it('are all there, in order, once drawing settles; the first ones at once', async () => {
		const container = document.createElement('div');
		document.body.appendChild(container);
		const place = new KeptPlace(4);
		place.draw(container, list(30, 5));
		expect(items(container)).toEqual(Array.from({ length: 5 }, (_, i) => `item ${i}`));
		await place.whenDrawn();
		expect(items(container)).toEqual(Array.from({ length: 30 }, (_, i) => `item ${i}`));
		expect(container.innerHTML).toBe(fresh(list(30, 5)));
		container.remove();
	});

	it('are drawn before a redraw compares the page, which then ends as a fresh draw does', async () => {
		const container = document.createElement('div');
		document.body.appendChild(container);
		const place = new KeptPlace(4);
		place.draw(container, list(30, 5));
		// Redrawn while rows are still waiting: one changed, one more.
		const changed = list(31, 5);
		const rows = changed.children?.[1]?.children ?? [];
		rows[12] = h('li', { text: 'changed' });
		place.draw(container, changed);
		await place.whenDrawn();
		expect(container.innerHTML).toBe(fresh(changed));
		container.remove();
	});

	it('are forgotten when the place starts afresh, and the wait settles', async () => {
		const container = document.createElement('div');
		document.body.appendChild(container);
		const place = new KeptPlace(4);
		place.draw(container, list(30, 5));
		place.reset();
		container.empty();
		await place.whenDrawn();
		expect(items(container)).toEqual([]);
		container.remove();
	});

	it("stop a frame's drawing once it took its time budget, and draw on in the frames after", async () => {
		const container = document.createElement('div');
		document.body.appendChild(container);
		const drawLater = new DrawLater(50, 0);
		const folds = new WeakMap<Element, () => UiNode[]>();
		mountUi(container, list(30, 5), folds, drawLater.queue);
		drawLater.start(window, folds);
		// The frame after (asked for after the draw's own, so its batch comes first): a budget of 0 draws one child.
		await new Promise((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));
		expect(items(container)).toHaveLength(6);
		await drawLater.whenDone();
		expect(items(container)).toEqual(Array.from({ length: 30 }, (_, i) => `item ${i}`));
		container.remove();
	});

	it('of a redraw with a place to keep (a fold open) are drawn at once', () => {
		const container = document.createElement('div');
		document.body.appendChild(container);
		const place = new KeptPlace(4);
		const page = (label: string) => h('div', { cls: 'page' }, [h('details', { attrs: { open: '' } }, [h('summary', { text: 'Fold' })]), h('ul', { later: 2 }, Array.from({ length: 20 }, (_, i) => h('li', { text: `${label} ${i}` })))]);
		place.draw(container, page('first'));
		expect(items(container)).toHaveLength(2);
		place.draw(container, h('section', {}, [page('again')]));
		expect(items(container)).toHaveLength(20);
		container.remove();
	});
});

describe('children built when read', () => {
	it('are built only when first read, once, and every reader of the tree finds them', () => {
		let builds = 0;
		const node = builtWhenRead(h('section', { cls: 'below' }), () => {
			builds++;
			return [h('p', { text: 'one' }), null, h('p', { text: 'two' })];
		});
		expect(builds).toBe(0);
		expect(node.children?.map((c) => c.text)).toEqual(['one', 'two']);
		expect(toHtml(node, 'vault')).toContain('<p>two</p>');
		expect(builds).toBe(1);
	});
});
