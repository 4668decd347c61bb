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

/**
 * The dashboard of a 500-session client in Chromium, drawn as the plugin draws it: from the review to the next
 * frame, median of 7 loads. The standalone HTML page of the same client is timed too, for information.
 */
export async function measureRender(): Promise<number | null> {
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
	const script = (await esbuild.build({ entryPoints: [path.resolve(__dirname, '..', 'bench', 'render-page.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent', plugins: [noHappyDom] })).outputFiles[0]?.text ?? '';
	const pluginFile = path.join(dir, 'plugin.html');
	const json = JSON.stringify(review).replace(/</g, '\\u003c');
	writeFileSync(pluginFile, `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><script>window.review = ${json};</script><script>${script}</script></body></html>`);
	const samples: number[] = [];
	const pageSamples: number[] = [];
	let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
	try {
		browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
		for (let r = 0; r < 7; r++) {
			const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
			await page.goto(`file://${pluginFile}`, { waitUntil: 'load' });
			await page.waitForFunction(() => window.renderMs !== undefined);
			samples.push(await page.evaluate(() => window.renderMs ?? Number.NaN));
			await page.goto(`file://${file}`, { waitUntil: 'load' });
			pageSamples.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now()));
			await page.close();
		}
	} finally {
		await browser?.close();
		rmSync(dir, { recursive: true, force: true });
	}
	const ms = median(samples);
	console.log('Dashboard of a 500-session client in Chromium:');
	console.log(`  drawn as the plugin draws it (review to next frame, folded sessions drawn on opening): ${ms.toFixed(0)} ms`);
	console.log(`  the standalone HTML page, every session inline (${(Buffer.byteLength(standalone) / 1e6).toFixed(1)} MB): first contentful paint ${median(pageSamples).toFixed(0)} ms`);
	return ms;
}
