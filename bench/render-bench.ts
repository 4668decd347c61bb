import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { parseFrontmatter } from '../src/cli/frontmatter';
import { readMarkdown } from '../src/core/markdown/document';
import { groupClients } from '../src/core/review/clients';
import { buildReview } from '../src/core/review/review';
import { readSession } from '../src/core/session/read-session';
import { defaultSettings } from '../src/core/settings';
import { standalonePage } from '../src/ui/standalone';
import { median } from './measure';
import { syntheticVault } from './synthetic-vault';

/** The dashboard of a 500-session client in Chromium: time to first contentful paint, median of 5 loads. */
export async function measureRender(): Promise<number | null> {
	if (!existsSync('/usr/bin/chromium')) {
		console.log('Dashboard render: skipped, no /usr/bin/chromium (apt-get install chromium).');
		return null;
	}
	const settings = defaultSettings();
	const readings = syntheticVault(500, 11, 1).map((n) => readSession(n.path, n.text, parseFrontmatter(readMarkdown(n.text).frontmatter).data, settings));
	const entry = groupClients(readings)[0];
	if (!entry) throw new Error('no client');
	const css = readFileSync(path.resolve(__dirname, '..', 'styles.css'), 'utf8');
	const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'coaching-review-render-')), 'dashboard.html');
	writeFileSync(file, standalonePage(buildReview(entry, { today: '2026-11-22', settings }), { vault: 'bench', css }));
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const samples: number[] = [];
	try {
		for (let r = 0; r < 5; r++) {
			const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
			await page.goto(`file://${file}`, { waitUntil: 'load' });
			const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now());
			samples.push(paint);
			await page.close();
		}
	} finally {
		await browser.close();
	}
	const ms = median(samples);
	console.log(`Dashboard of a 500-session client in Chromium (${(readFileSync(file).length / 1e6).toFixed(1)} MB of HTML): first contentful paint ${ms.toFixed(0)} ms`);
	return ms;
}
