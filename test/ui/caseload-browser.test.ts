import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, buildCaseload, clientFacts, collectPromises } from '../../src/core/caseload';
import { buildReview } from '../../src/core/review/review';
import { renderBriefPage } from '../../src/ui/brief';
import { renderCaseloadPage } from '../../src/ui/caseload';
import { THEME } from '../../src/ui/standalone';
import { toHtml } from '../../src/ui/to-html';
import { exampleVault, TODAY } from '../vault';
import { LAYOUTS } from './layouts';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../test-output');
const SCREENSHOTS = path.join(OUT, 'screenshots');
const CSS = readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../styles.css'), 'utf8');

let browser: Browser;
const files: { caseload: string; brief: string } = { caseload: '', brief: '' };

function page(title: string, body: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${THEME}\n${CSS}\nbody { padding: 0 12px; }</style></head><body class="coaching-review-view">${body}</body></html>`;
}

beforeAll(async () => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	const vault = await exampleVault();
	const options = vault.index.reviewOptions(TODAY);
	const clients = vault.clients.map((entry) => clientFacts(entry, options));
	const caseload = buildCaseload(clients, { today: TODAY });
	const ledger = collectPromises(clients, { today: TODAY });
	const controls = { folders: ['Clients', 'Sessions'], tags: ['executive'], folder: '', tag: '', includeArchived: false };
	files.caseload = path.join(OUT, 'caseload.html');
	writeFileSync(files.caseload, page('Caseload', toHtml(renderCaseloadPage(caseload, ledger, { interactive: true, controls }), 'Example')));
	const daniel = vault.clients.find((c) => c.name === 'Daniel Reyes');
	files.brief = path.join(OUT, 'brief.html');
	writeFileSync(files.brief, page('Brief', toHtml(renderBriefPage(buildBrief(buildReview(daniel!, options)), true), 'Example')));
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

async function open(file: string, layout: (typeof LAYOUTS)[number]): Promise<Page> {
	const tab = await browser.newPage({ viewport: { width: layout.width, height: layout.height }, colorScheme: layout.colorScheme });
	await tab.goto(`file://${file}`);
	return tab;
}

describe.each(LAYOUTS)('the caseload, $name', (layout) => {
	const phone = layout.width < 600;

	it(`shows one ${phone ? 'card' : 'table row'} per client with no sideways scrolling, then the promises`, async () => {
		const tab = await open(files.caseload, layout);
		await tab.screenshot({ path: path.join(SCREENSHOTS, `caseload-${layout.name}.png`) });
		await tab.screenshot({ path: path.join(SCREENSHOTS, `caseload-${layout.name}-full.png`), fullPage: true });
		const rows = tab.locator('.cr-caseload-row');
		expect(await rows.count()).toBe(11);
		expect(await rows.first().locator('.cr-caseload-client').textContent()).toBe('Daniel Reyes');
		const header = await tab.locator('.cr-caseload-table thead').isVisible();
		expect(header).toBe(!phone);
		// On a phone each value carries its column's name.
		const label = await rows.first().locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content);
		expect(label).toBe(phone ? '"Last session"' : 'none');
		const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const promises = tab.locator('.cr-promise');
		expect(await promises.count()).toBe(10);
		expect(await tab.locator('.cr-promise .cr-status-control').first().getAttribute('data-step-line')).toBe('16');
		await tab.close();
	});

	it('draws facts only: no red, and the theme’s own colours', async () => {
		const tab = await open(files.caseload, layout);
		const colours = await tab.evaluate(() =>
			[...document.querySelectorAll('.cr-caseload *')].map((el) => getComputedStyle(el).color),
		);
		const reddish = colours.filter((c) => {
			const [r = 0, g = 0, b = 0] = (c.match(/\d+/g) ?? []).map(Number);
			return r > 150 && g < 100 && b < 100;
		});
		expect(reddish).toEqual([]);
		const background = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe(layout.colorScheme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(255, 255, 255)');
		await tab.close();
	});
});

describe('the brief', () => {
	it('prints without its buttons, each section whole', async () => {
		const tab = await open(files.brief, LAYOUTS[0]!);
		await tab.screenshot({ path: path.join(SCREENSHOTS, 'brief-desktop-light.png'), fullPage: true });
		expect(await tab.locator('.cr-brief-toolbar').isVisible()).toBe(true);
		await tab.emulateMedia({ media: 'print' });
		expect(await tab.locator('.cr-brief-toolbar').isVisible()).toBe(false);
		expect(await tab.locator('.cr-brief-questions li').count()).toBe(2);
		await tab.screenshot({ path: path.join(SCREENSHOTS, 'brief-print.png'), fullPage: true });
		await tab.close();
	});
});
