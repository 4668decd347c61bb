import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { parseFrontmatter } from '../src/cli/frontmatter';
import { buildCaseload, caseloadClient, type CaseloadClient, CaseloadFactsCache, collectPromises } from '../src/core/caseload';
import { buildReview } from '../src/core/review/review';
import { parseNote } from '../src/core/session/parse-note';
import { defaultSettings } from '../src/core/settings';
import { VaultIndex } from '../src/core/vault-index';
import { CaseloadFacts } from '../src/plugin/caseload-facts';
import type { SessionIndex } from '../src/plugin/session-index';
import { renderCaseloadPage } from '../src/ui/caseload';
import type { UiNode } from '../src/ui/tree';
import { metadataFor } from '../test/stubs/fake-vault';
import type { PageFigures } from './caseload-page';
import { median, timeInTurns } from './measure';
import { type SyntheticNote, syntheticVault } from './synthetic-vault';

const TODAY = '2026-11-22';

export interface CaseloadFigures {
	/** The caseload's background work once the index is built (cold, as after Obsidian starts): all of it, and its slices. */
	factsTotalMs: number;
	factsLongestSliceMs: number;
	factsSlices: number;
	/** How many slices took over a frame (16 ms): on a loaded machine, the longest alone says little. */
	factsSlicesOver16: number;
	/** The page drawn from the kept facts (rows, promises, the page's tree; no DOM), median. */
	drawMs: number;
	/** The page drawn again after one note changed: that client's facts worked out again, then the page. */
	oneChangedMs: number;
	/** Before: the page drawn the old way, every client's review built in full at opening, median. */
	everyReviewMs: number;
	/** The baseline beside them: one client's review build (50 sessions). */
	oneReviewMs: number;
	clients: number;
	notes: number;
}

/** Every node of a tree: so the tree is used, without the cost of a generator's walk. */
function countNodes(node: UiNode): number {
	let n = 1;
	for (const child of node.children ?? []) n += countNodes(child);
	return n;
}

/** 10,000 notes over 200 clients (50 sessions each): the synthetic vault's 20 clients, each split into ten. */
export function caseloadVault(count = 10_000, clients = 200): SyntheticNote[] {
	return syntheticVault(count, 5, 20).map((note, i) => {
		const name = /^Clients\/([^/]+)\//.exec(note.path)?.[1] ?? '';
		const renamed = `${name} ${Math.floor((i % clients) / 20) + 1}`;
		return { path: note.path.replace(`Clients/${name}/`, `Clients/${renamed}/`), text: note.text.replace(`[[${name}]]`, `[[${renamed}]]`) };
	});
}

/** The page as the view draws it from every client's facts: rows, the promises, the tree. */
function drawPage(clients: readonly CaseloadClient[]): number {
	const caseload = buildCaseload(clients, { today: TODAY });
	const ledger = collectPromises(clients, { today: TODAY });
	return countNodes(renderCaseloadPage(caseload, ledger, { interactive: true }));
}

/**
 * The caseload over a built index, in Node: the plugin's background work (`CaseloadFacts`, slice by slice), then the
 * page drawn from its facts, beside the old way (every review built at opening) and one review alone.
 */
export async function measureCaseload(notes: SyntheticNote[] = caseloadVault()): Promise<CaseloadFigures> {
	(globalThis as { window?: unknown }).window ??= globalThis;
	const index = new VaultIndex(defaultSettings(), { compact: true });
	for (const note of notes) index.put(index.read(parseNote(note.path, note.text, parseFrontmatter)));
	index.finishBuild();
	const entries = index.clients();
	const one = entries[0];
	if (!one) throw new Error('no client');

	// The background work, first and cold as after Obsidian starts: the plugin's own class over the built index.
	const slices: number[] = [];
	const built: Pick<SessionIndex, 'ready' | 'allClients' | 'reviewOptions' | 'onUpdated'> = {
		ready: true,
		allClients: () => index.clients(),
		reviewOptions: (today) => index.reviewOptions(today),
		onUpdated: () => ({}),
	};
	const background = new CaseloadFacts(built, { onSlice: (ms) => slices.push(ms) });
	background.start();
	await background.whenReady();
	// The facts alone: the progress verdicts that follow them are measured with the index (index-bench.ts), and left
	// running they would take turns with the figures below.
	background.dispose();
	const factSlices = [...slices];
	const kept = background.clients();
	if (!kept) throw new Error('no facts');

	let sink = 0;
	const cache = new CaseloadFactsCache();
	cache.fill(entries, index.reviewOptions(TODAY), () => true);
	const changedKey = new Set([one.key]);
	const [oneReviewMs = Number.NaN, everyReviewMs = Number.NaN, drawMs = Number.NaN, oneChangedMs = Number.NaN] = timeInTurns(
		[
			() => void (sink += buildReview(one, index.reviewOptions(TODAY)).sessionCount),
			() => {
				const options = index.reviewOptions(TODAY);
				sink += drawPage(entries.map((entry) => caseloadClient(entry, buildReview(entry, options), options.settings.archivedClients)));
			},
			() => void (sink += drawPage(kept)),
			() => {
				cache.forget(changedKey);
				cache.fill(entries, index.reviewOptions(TODAY), () => true);
				sink += drawPage(cache.clients(entries) ?? []);
			},
		],
		7,
	);
	if (sink === 0) throw new Error('nothing drawn');
	return {
		factsTotalMs: factSlices.reduce((sum, ms) => sum + ms, 0),
		factsLongestSliceMs: Math.max(...factSlices),
		factsSlices: factSlices.length,
		factsSlicesOver16: factSlices.filter((ms) => ms > 16).length,
		drawMs,
		oneChangedMs,
		everyReviewMs,
		oneReviewMs,
		clients: entries.length,
		notes: notes.length,
	};
}

/**
 * What the coach feels, in Chromium: the plugin over the `obsidian` stub and the same vault; once the index is built
 * and the background work done, "Open caseload" to the rows drawn (the next frame), median of the openings after the
 * first. Beside it, the floor: a plain table of as many rows drawn with bare DOM calls. Null without /usr/bin/chromium.
 */
export async function measureCaseloadInChromium(notes: SyntheticNote[] = caseloadVault()): Promise<(PageFigures & { medianOpenMs: number; medianFloorMs: number }) | null> {
	if (!existsSync('/usr/bin/chromium')) {
		console.log('Caseload in Chromium: skipped, no /usr/bin/chromium (apt-get install chromium).');
		return null;
	}
	const root = path.resolve(__dirname, '..');
	const dir = mkdtempSync(path.join(os.tmpdir(), 'coaching-review-caseload-'));
	try {
		const script = await esbuild.build({
			entryPoints: [path.join(root, 'bench', 'caseload-page.ts')],
			bundle: true,
			format: 'iife',
			platform: 'browser',
			target: 'es2022',
			write: false,
			logLevel: 'silent',
			alias: { obsidian: path.join(root, 'test', 'stubs', 'obsidian.ts') },
			plugins: [
				{
					// The stub's pop-out windows are happy-dom's; a real browser needs none of it.
					name: 'no-happy-dom',
					setup(build) {
						build.onResolve({ filter: /^happy-dom$/ }, () => ({ path: 'happy-dom', namespace: 'no-happy-dom' }));
						build.onLoad({ filter: /.*/, namespace: 'no-happy-dom' }, () => ({ contents: 'export class Window {}', loader: 'js' }));
					},
				},
			],
		});
		writeFileSync(path.join(dir, 'page.js'), script.outputFiles[0]?.text ?? '');
		const withMeta = notes.map((n) => ({ path: n.path, text: n.text, meta: metadataFor(n.text) }));
		writeFileSync(path.join(dir, 'notes.js'), `window.notes = ${JSON.stringify(withMeta).replace(/</g, '\\u003c')};`);
		const css = readFileSync(path.join(root, 'styles.css'), 'utf8');
		writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-light"><script src="notes.js"></script><script src="page.js"></script></body></html>`);
		const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
		try {
			const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
			await page.goto(`file://${path.join(dir, 'index.html')}`, { waitUntil: 'load' });
			await page.waitForFunction(() => window.caseloadFigures !== undefined || window.caseloadError !== undefined, undefined, { timeout: 300_000, polling: 500 });
			const error = await page.evaluate(() => window.caseloadError);
			if (error) throw new Error(error);
			const figures = await page.evaluate(() => window.caseloadFigures as PageFigures);
			return { ...figures, medianOpenMs: median(figures.openMs.slice(1)), medianFloorMs: median(figures.floorMs) };
		} finally {
			await browser.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
