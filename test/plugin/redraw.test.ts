// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../stubs/obsidian';
import { mountUi } from '../../src/plugin/mount-ui';
import { KeptPlace } from '../../src/plugin/redraw';
import { renderDashboard } from '../../src/ui/dashboard';
import { exampleReview } from '../vault';

function fresh(node: Parameters<typeof mountUi>[1]): string {
	const root = document.createElement('div');
	mountUi(root, node, new WeakMap());
	return root.innerHTML;
}

describe('drawing a view again in place', () => {
	it('ends with exactly what a fresh draw shows, whatever changed', async () => {
		const review = await exampleReview('Susan Lee');
		const step = review.actionSteps[0];
		if (!step) throw new Error('no step');
		const variants = [
			review,
			{ ...review, actionSteps: review.actionSteps.map((t) => ({ ...t, recurring: false })) },
			{ ...review, actionSteps: review.actionSteps.slice(1) },
			{ ...review, actionSteps: [{ ...step, text: 'A **new** step' }, ...review.actionSteps] },
			{ ...review, sessions: review.sessions.slice(0, -1) },
			{ ...review, sessions: [...review.sessions].reverse() },
			{ ...review, progress: [], ratings: [] },
			review,
		];
		const container = document.createElement('div');
		document.body.appendChild(container);
		const place = new KeptPlace();
		for (const [i, variant] of variants.entries()) {
			for (const interactive of [true, false]) {
				const tree = renderDashboard(variant, { interactive });
				place.draw(container, tree);
				// What is below the first screenful follows in the frames after: compared once drawing settles.
				await place.whenDrawn();
				expect(container.innerHTML, `variant ${i}, interactive ${interactive}`).toBe(fresh(tree));
			}
		}
		container.remove();
	});
});
