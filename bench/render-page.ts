/**
 * Runs in Chromium: draws a client's dashboard the way the plugin's view does (the UI tree mounted with
 * Obsidian's DOM helpers, folded sessions left for later), then reports the time until the next frame.
 */
import type { ClientReview } from '../src/core/review/review';
import { mountView } from '../src/plugin/mount-ui';
import { renderDashboard } from '../src/ui/dashboard';
import { installDomHelpers } from '../test/stubs/obsidian/dom';

declare global {
	interface Window {
		review: ClientReview;
		renderMs?: number;
	}
}

installDomHelpers();
const start = performance.now();
const root = document.body.createDiv({ cls: 'view-content' });
mountView(root, renderDashboard(window.review, { interactive: true }), new WeakMap());
void root.offsetHeight;
requestAnimationFrame(() => {
	window.setTimeout(() => {
		window.renderMs = performance.now() - start;
	}, 0);
});
