// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../stubs/obsidian';
import { mountUi } from '../../src/plugin/mount-ui';
import { KeptPlace } from '../../src/plugin/redraw';
import { h, type UiNode } from '../../src/ui/tree';

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
});
