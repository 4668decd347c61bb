/**
 * The plugin itself, built for a real browser over the test stub of `obsidian`: the tests drive the real dashboard
 * view in Chromium (redraws, taps, screenshots). Notes and their parsed frontmatter come from Node, as Obsidian's
 * metadata cache would hand them to the plugin.
 */
import { App, type CachedMetadata, Menu, type Plugin, type PluginManifest } from '../../stubs/obsidian';
import CoachingReviewPlugin from '../../../src/main';
import type { SessionIndex } from '../../../src/plugin/session-index';
import { buildReview, localToday } from '../../../src/core/review';
import { mountUi } from '../../../src/plugin/mount-ui';
import { renderDashboard } from '../../../src/ui/dashboard';

interface Note {
	path: string;
	text: string;
	meta: CachedMetadata;
}

interface PluginInside {
	index: SessionIndex;
	whenIndexed(): Promise<void>;
	openClient(client: { key: string }): Promise<void>;
}

let app: App;
let plugin: Plugin & PluginInside;
let shownClient = '';
/** What the view had drawn when opening the client returned, before any later frame. */
let firstDrawn = { sessions: 0, threads: 0, elements: 0 };

const MANIFEST: PluginManifest = { id: 'coaching-review', name: 'Coaching review', version: '0.0.0', minAppVersion: '1.7.2', description: '', author: '' };

/** Draws the stub's last menu as Obsidian draws a menu, so a screenshot shows it open. */
function drawMenu(): void {
	document.querySelector('.menu')?.remove();
	const menu = Menu.last;
	if (!menu) return;
	const el = document.body.createDiv({ cls: 'menu' });
	for (const item of menu.items) {
		const row = el.createDiv({ cls: ['menu-item', item.checked ? 'mod-checked' : ''].filter(Boolean) });
		row.createSpan({ cls: 'menu-item-title', text: item.title });
		if (item.checked) row.createSpan({ cls: 'menu-item-check', text: '✓' });
	}
	const at = lastMenuAt ?? { x: 20, y: 20 };
	el.style.left = `${Math.min(at.x, window.innerWidth - 200)}px`;
	el.style.top = `${at.y}px`;
}

let lastMenuAt: { x: number; y: number } | null = null;
// The stub records a menu; the page also draws it where Obsidian would.
const original = Menu.prototype as { showAtMouseEvent: (this: Menu, event: MouseEvent) => Menu; showAtPosition: (this: Menu, p: { x: number; y: number }, doc?: Document) => Menu };
const showAtMouseEvent = original.showAtMouseEvent;
const showAtPosition = original.showAtPosition;
Menu.prototype.showAtMouseEvent = function (this: Menu, event: MouseEvent) {
	lastMenuAt = { x: event.clientX, y: event.clientY };
	const shown = showAtMouseEvent.call(this, event);
	drawMenu();
	return shown;
};
Menu.prototype.showAtPosition = function (this: Menu, position: { x: number; y: number }, doc?: Document) {
	lastMenuAt = position;
	const shown = showAtPosition.call(this, position, doc);
	drawMenu();
	return shown;
};

function dashboardView(): { whenDrawn(): Promise<void>; contentEl: HTMLElement } {
	const view = app.workspace.getLeavesOfType('coaching-review-dashboard')[0]?.view;
	if (!view) throw new Error('No dashboard open');
	return view as unknown as { whenDrawn(): Promise<void>; contentEl: HTMLElement };
}

const api = {
	/** Resolves once the dashboard has drawn what it left for the frames after the first. */
	drawn(): Promise<void> {
		return dashboardView().whenDrawn();
	},
	async start(notes: Note[], client: string): Promise<void> {
		app = new App();
		for (const note of notes) {
			app.vault.seed(note.path, note.text);
			app.metadataCache.setCache(note.path, note.meta);
		}
		plugin = new (CoachingReviewPlugin as unknown as new (app: App, manifest: PluginManifest) => Plugin & PluginInside)(app, MANIFEST);
		plugin.load();
		await plugin.whenLoaded();
		app.workspace.finishLayout();
		await plugin.whenIndexed();
		const entry = plugin.index.allClients().find((c) => c.name === client);
		if (!entry) throw new Error(`No client ${client}`);
		await plugin.openClient(entry);
		shownClient = client;
		firstDrawn = {
			sessions: document.querySelectorAll('.cr-session').length,
			threads: document.querySelectorAll('.cr-thread').length,
			elements: document.querySelectorAll('.cr-dashboard *').length,
		};
	},
	/**
	 * Once the view has drawn all it left for the frames after the first (its signal, not a clock): what it drew then
	 * and at first, and the same client's dashboard mounted whole at once, for comparison.
	 */
	async settled(): Promise<{ first: typeof firstDrawn; drawn: string; atOnce: string }> {
		const view = dashboardView();
		await view.whenDrawn();
		const entry = plugin.index.allClients().find((c) => c.name === shownClient);
		if (!entry) throw new Error(`No client ${shownClient}`);
		const whole = document.createElement('div');
		// Folded sections stay folded, as in the view.
		mountUi(whole, renderDashboard(buildReview(entry, plugin.index.reviewOptions(localToday())), { interactive: true }), new WeakMap());
		return { first: firstDrawn, drawn: view.contentEl.querySelector('.cr-dashboard')?.outerHTML ?? '', atOnce: whole.innerHTML };
	},
	/** A note edited as Obsidian would report it; resolves when the index has read it again and the view redrawn. */
	async edit(path: string, text: string, meta: CachedMetadata): Promise<void> {
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`No note ${path}`);
		const updated = new Promise<void>((resolve) => {
			const ref = plugin.index.onUpdated(() => {
				plugin.index.offref(ref);
				resolve();
			});
		});
		app.metadataCache.parser = () => meta;
		app.vault.modifyQuietly(path, text);
		app.vault.trigger('modify', file);
		app.metadataCache.queueParse(file, text);
		await updated;
	},
	/** A setting changed by Sync, as Obsidian reports it. */
	async changeSettings(data: Record<string, unknown>): Promise<void> {
		await (plugin as unknown as { changeDataExternally(data: unknown): Promise<void> }).changeDataExternally({ version: 1, ...data });
	},
	closeMenu(): void {
		document.querySelector('.menu')?.remove();
	},
	shownNotices(): string[] {
		return [];
	},
};

(window as unknown as { plugin: typeof api }).plugin = api;
