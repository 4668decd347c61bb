/**
 * Runs in Chromium: draws a client's dashboard the way the plugin's view does (the UI tree mounted with Obsidian's
 * DOM helpers by the view's `KeptPlace`: the first screenful at once, the rest in the frames after, folded sessions
 * left until opened), then a floor beside it: as many plain elements as the first frame drew, with bare DOM calls.
 */
import type { ClientReview } from '../src/core/review/review';
import { DRAWN_PER_FRAME, FRAME_BUDGET_MS } from '../src/plugin/dashboard-view';
import { KeptPlace } from '../src/plugin/redraw';
import { renderDashboard } from '../src/ui/dashboard';
import { installDomHelpers } from '../test/stubs/obsidian/dom';

export interface RenderFigures {
	/** From the review to the frame that shows the first screenful painted (not counting the frames after's drawing). */
	firstMs: number;
	/** From the review to everything drawn and laid out (what is below the first screenful follows in later frames). */
	allMs: number;
	/** Of `firstMs`, building the UI tree (plain data) and drawing the first screenful's elements (DOM calls). */
	buildMs: number;
	mountMs: number;
	/** Elements drawn in the first frame, and once drawing settles. */
	firstElements: number;
	allElements: number;
	/** Whether the first frame's elements reach past the window's bottom. */
	screenFilled: boolean;
	/** The floor: `firstElements` plain elements with a short text each, built with bare DOM calls, to the next frame. */
	floorMs: number;
}

declare global {
	interface Window {
		review: ClientReview;
		renderFigures?: RenderFigures;
	}
}

/**
 * The next frame shown (after its paint, the first task after the animation frame). Asked for before a draw, it comes
 * before the draw's own work of the frames after, which the view schedules the same way, later.
 */
function nextFrame(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));
}

async function run(): Promise<RenderFigures> {
	installDomHelpers();
	const start = performance.now();
	const root = document.body.createDiv({ cls: 'view-content' });
	const shown = nextFrame();
	const place = new KeptPlace(DRAWN_PER_FRAME, FRAME_BUDGET_MS);
	const tree = renderDashboard(window.review, { interactive: true });
	const buildMs = performance.now() - start;
	place.draw(root, tree);
	const mountMs = performance.now() - start - buildMs;
	const firstElements = root.querySelectorAll('*').length;
	const last = root.querySelector('.cr-dashboard')?.lastElementChild;
	void document.body.offsetHeight;
	await shown;
	const firstMs = performance.now() - start;
	const screenFilled = (last?.getBoundingClientRect().bottom ?? 0) >= window.innerHeight;
	await place.whenDrawn();
	void document.body.offsetHeight;
	const allMs = performance.now() - start;
	const allElements = root.querySelectorAll('*').length;
	root.remove();
	const floorStart = performance.now();
	const floor = document.createElement('div');
	for (let i = 0; i < firstElements; i++) {
		const div = document.createElement('div');
		div.textContent = `element ${i}`;
		floor.appendChild(div);
	}
	document.body.appendChild(floor);
	void document.body.offsetHeight;
	await nextFrame();
	const floorMs = performance.now() - floorStart;
	return { firstMs, buildMs, mountMs, allMs, firstElements, allElements, screenFilled, floorMs };
}

void run().then((figures) => {
	window.renderFigures = figures;
});
