import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { parseFrontmatter } from '../src/cli/frontmatter';
import { groupClients } from '../src/core/review/clients';
import { buildReview } from '../src/core/review/review';
import { parseNote } from '../src/core/session/parse-note';
import { readSession } from '../src/core/session/read-session';
import { compileRules } from '../src/core/session/rules';
import { defaultSettings } from '../src/core/settings';
import { standalonePage } from '../src/ui/standalone';
import { median } from './measure';
import type { RenderFigures } from './render-page';
import { syntheticVault } from './synthetic-vault';

/**
 * The page runs in real Chromium and takes only the stub's DOM helpers from `test/stubs/obsidian/dom`; that module's
 * pop-out windows are made with happy-dom, a Node package the browser bundle cannot hold (and never calls), so it is
 * answered by a stand-in that refuses to be used.
 */
const noHappyDom: esbuild.Plugin = {
	name: 'no-happy-dom',
	setup(build) {
		build.onResolve({ filter: /^happy-dom$/ }, () => ({ path: 'happy-dom', namespace: 'no-happy-dom' }));
		build.onLoad({ filter: /.*/, namespace: 'no-happy-dom' }, () => ({
			contents: "export class Window { constructor() { throw new Error('happy-dom is not in the page bundle'); } }",
			loader: 'js',
		}));
	},
};

export interface RenderResult {
	/** Medians of 7 loads (see `RenderFigures` in render-page.ts). */
	firstMs: number;
	allMs: number;
	floorMs: number;
}

/**
 * The dashboard of a 500-session client in Chromium, drawn as the plugin's view draws it: from the review to the
 * frame that shows the first screenful, and to everything drawn, median of 7 loads, beside a floor of bare DOM calls
 * in the same page. The standalone HTML page of the same client is timed too, for information.
 */
export async function measureRender(): Promise<RenderResult | null> {
	if (!existsSync('/usr/bin/chromium')) {
		console.log('Dashboard render: skipped, no /usr/bin/chromium (apt-get install chromium).');
		return null;
	}
	const settings = defaultSettings();
	const rules = compileRules(settings);
	const readings = syntheticVault(500, 11, 1).map((n) => readSession(parseNote(n.path, n.text, parseFrontmatter), rules));
	const entry = groupClients(readings)[0];
	if (!entry) throw new Error('no client');
	const css = readFileSync(path.resolve(__dirname, '..', 'styles.css'), 'utf8');
	const dir = mkdtempSync(path.join(os.tmpdir(), 'coaching-review-render-'));
	const review = buildReview(entry, { today: '2026-11-22', settings });
	const file = path.join(dir, 'dashboard.html');
	const standalone = standalonePage(review, { vault: 'bench', css });
	writeFileSync(file, standalone);
	const script = (await esbuild.build({ entryPoints: [path.resolve(__dirname, '..', 'bench', 'render-page.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent', plugins: [noHappyDom], alias: { obsidian: path.resolve(__dirname, '..', 'test', 'stubs', 'obsidian') } })).outputFiles[0]?.text ?? '';
	const pluginFile = path.join(dir, 'plugin.html');
	const json = JSON.stringify(review).replace(/</g, '\\u003c');
	writeFileSync(pluginFile, `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><script>window.review = ${json};</script><script>${script}</script></body></html>`);
	const samples: RenderFigures[] = [];
	const pageSamples: number[] = [];
	let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
	try {
		browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
		for (let r = 0; r < 7; r++) {
			const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
			await page.goto(`file://${pluginFile}`, { waitUntil: 'load' });
			await page.waitForFunction(() => window.renderFigures !== undefined);
			const figures = await page.evaluate(() => window.renderFigures);
			if (!figures) throw new Error('the dashboard page gave no figures');
			samples.push(figures);
			await page.goto(`file://${file}`, { waitUntil: 'load' });
			pageSamples.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now()));
			await page.close();
		}
	} finally {
		await browser?.close();
		rmSync(dir, { recursive: true, force: true });
	}
	const firstMs = median(samples.map((f) => f.firstMs));
	const allMs = median(samples.map((f) => f.allMs));
	const floorMs = median(samples.map((f) => f.floorMs));
	const last = samples[samples.length - 1] as RenderFigures;
	console.log('Dashboard of a 500-session client in Chromium, drawn as the plugin draws it (folded sessions drawn on opening):');
	console.log(`  first screenful shown (review to the next frame, ${last.firstElements} elements${last.screenFilled ? ', past the window bottom' : ', NOT filling the window'}): ${firstMs.toFixed(0)} ms, of it the UI tree built ${median(samples.map((f) => f.buildMs)).toFixed(0)} ms, its first screenful's DOM calls ${median(samples.map((f) => f.mountMs)).toFixed(0)} ms`);
	console.log(`  everything drawn and laid out (${last.allElements} elements, the rest in later frames): ${allMs.toFixed(0)} ms`);
	console.log(`  floor: ${last.firstElements} plain elements by bare DOM calls, to the next frame: ${floorMs.toFixed(0)} ms (first screenful ${(firstMs / floorMs).toFixed(1)}x)`);
	console.log(`  the standalone HTML page, every session inline (${(Buffer.byteLength(standalone) / 1e6).toFixed(1)} MB): first contentful paint ${median(pageSamples).toFixed(0)} ms`);
	return { firstMs, allMs, floorMs };
}
