/**
 * Runs in Chromium: the plugin itself over the `obsidian` stub and a large vault. Once the index is built and the
 * caseload's background work is done, it times what the coach feels: from running "Open caseload" to the rows
 * drawn (the next frame), several times. It also times each slice of the background work.
 */
import { App, type CachedMetadata, type Plugin, type PluginManifest } from '../test/stubs/obsidian';
import CoachingReviewPlugin from '../src/main';

interface Note {
	path: string;
	text: string;
	meta: CachedMetadata;
}

export interface PageFigures {
	/**
	 * From the command to the frame that shows the first screenful of rows (laid out, then the next frame; it may
	 * count the script of the next batch of rows too, never its layout), each opening; the first with the view's
	 * code not yet compiled.
	 */
	openMs: number[];
	/** From the command to every row drawn and laid out (the rows past the first screenful follow in later frames). */
	allRowsMs: number[];
	/** Rows drawn at once (before any later frame), and whether they reach past the window's bottom at every opening. */
	firstRows: number;
	screenFilled: boolean;
	/** The longest main-thread task while the caseload opened and drew all its rows (Long Tasks: 50 ms and over, else 0). */
	longestTaskMs: number;
	/** Of each opening, the part until the rows are in the document (script and DOM calls; the rest is the browser's layout and paint). */
	openScriptMs: number[];
	rows: number;
	/** Each slice of the caseload's background work, from the index built to every client's facts current. */
	factSlicesMs: number[];
	/** The floor: a plain table of as many rows, ten cells each, built with bare DOM calls, to the next frame. */
	floorMs: number[];
}

declare global {
	interface Window {
		notes: Note[];
		caseloadFigures?: PageFigures;
		caseloadError?: string;
	}
}

interface PluginInside {
	whenIndexed(): Promise<void>;
	whenCaseloadReady(): Promise<void>;
	whenBackgroundIdle(): Promise<void>;
	index: { ready: boolean };
}

const CASELOAD = 'coaching-review-caseload';
const MANIFEST: PluginManifest = { id: 'coaching-review', name: 'Coaching review', version: '0.0.0', minAppVersion: '1.7.2', description: '', author: '' };

/** Resolves once some caseload row is in the document: a signal from the DOM, not a poll. */
function rowsDrawn(): Promise<void> {
	return new Promise((resolve) => {
		if (document.querySelector('.cr-caseload-row')) return resolve();
		const observer = new MutationObserver(() => {
			if (!document.querySelector('.cr-caseload-row')) return;
			observer.disconnect();
			resolve();
		});
		observer.observe(document.body, { childList: true, subtree: true });
	});
}

/** The next frame, after layout: what the coach sees. */
function nextFrame(): Promise<void> {
	void document.body.offsetHeight;
	return new Promise((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));
}

async function run(): Promise<PageFigures> {
	const app = new App();
	for (const note of window.notes) {
		app.vault.seed(note.path, note.text);
		app.metadataCache.setCache(note.path, note.meta);
	}
	const plugin = new (CoachingReviewPlugin as unknown as new (app: App, manifest: PluginManifest) => Plugin & PluginInside)(app, MANIFEST);
	// Every timer's work is timed; a slice run once the index is built is the caseload's background work.
	const factSlicesMs: number[] = [];
	let measuring = true;
	const original = window.setTimeout.bind(window);
	window.setTimeout = ((fn: () => void, ms?: number) =>
		original(() => {
			const ready = plugin.index?.ready === true;
			const start = performance.now();
			fn();
			if (measuring && ready) factSlicesMs.push(performance.now() - start);
		}, ms)) as typeof window.setTimeout;
	plugin.load();
	await new Promise((resolve) => original(resolve, 0));
	app.workspace.finishLayout();
	await plugin.whenIndexed();
	await plugin.whenCaseloadReady();
	measuring = false;
	window.setTimeout = original;
	// The progress verdicts that follow the facts, done before the caseload is opened (not timed with it).
	await plugin.whenBackgroundIdle();

	const openMs: number[] = [];
	const openScriptMs: number[] = [];
	const allRowsMs: number[] = [];
	let rows = 0;
	let firstRows = 0;
	let screenFilled = true;
	let longestTaskMs = 0;
	const tasks = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
	});
	tasks.observe({ type: 'longtask', buffered: false });
	for (let r = 0; r < 9; r++) {
		const start = performance.now();
		plugin.commands.get('open-caseload')?.callback?.();
		await rowsDrawn();
		openScriptMs.push(performance.now() - start);
		// The rows drawn at once (the layout this asks for is the one `nextFrame` asks for anyway).
		const drawn = document.querySelectorAll('.cr-caseload-row');
		firstRows = drawn.length;
		screenFilled &&= (drawn[drawn.length - 1]?.getBoundingClientRect().bottom ?? 0) >= window.innerHeight;
		await nextFrame();
		openMs.push(performance.now() - start);
		const view = app.workspace.getLeavesOfType(CASELOAD)[0]?.view as unknown as { whenDrawn(): Promise<void> } | undefined;
		await view?.whenDrawn();
		void document.body.offsetHeight;
		allRowsMs.push(performance.now() - start);
		rows = document.querySelectorAll('.cr-caseload-row').length;
		for (const leaf of app.workspace.getLeavesOfType(CASELOAD)) await leaf.detach();
	}
	tasks.disconnect();
	// The floor beside it: a plain table of as many rows and cells, built with bare DOM calls and drawn to the next frame.
	const floorMs: number[] = [];
	for (let r = 0; r < 9; r++) {
		const start = performance.now();
		const table = document.createElement('table');
		for (let i = 0; i < rows; i++) {
			const tr = document.createElement('tr');
			for (let c = 0; c < 10; c++) {
				const td = document.createElement('td');
				td.textContent = `cell ${i} ${c}`;
				tr.appendChild(td);
			}
			table.appendChild(tr);
		}
		document.body.appendChild(table);
		await nextFrame();
		floorMs.push(performance.now() - start);
		table.remove();
	}
	plugin.unload();
	return { openMs, openScriptMs, allRowsMs, firstRows, screenFilled, longestTaskMs, rows, factSlicesMs, floorMs };
}

run().then(
	(figures) => {
		window.caseloadFigures = figures;
	},
	(error: unknown) => {
		window.caseloadError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
	},
);
