import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { tempDir } from '../helpers';
import { EXAMPLE_VAULT, TODAY } from '../vault';
import { LAYOUTS } from './layouts';
import { afterEvent } from './signals';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../test-output');
/** Screenshots of every layout, to open and look at. */
export const SCREENSHOTS = path.join(OUT, 'screenshots');

let browser: Browser;
const pages: Record<string, string> = {};

async function writePage(client: string): Promise<string> {
	const file = path.join(OUT, `${client.toLowerCase().replace(/\W+/g, '-')}.html`);
	const quiet = { out: () => undefined, err: () => undefined };
	// --force: a page left by an older build, without the mark of this tool, is still this test's own output.
	const status = await run(['review', EXAMPLE_VAULT, '--client', client, '--html', file, '--force', '--today', TODAY], quiet);
	expect(status).toBe(0);
	return file;
}

async function open(file: string, layout: (typeof LAYOUTS)[number]): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: layout.width, height: layout.height }, colorScheme: layout.colorScheme });
	await page.goto(`file://${file}`);
	return page;
}

beforeAll(async () => {
	if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Debian's chromium at ${CHROMIUM}: apt-get install chromium`);
	mkdirSync(SCREENSHOTS, { recursive: true });
	pages.susan = await writePage('Susan Lee');
	pages.tom = await writePage('Tom Okafor');
	browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

describe.each(LAYOUTS)('the standalone dashboard, $name', (layout) => {
	const phone = layout.width < 600;

	it(`shows the client's words ${phone ? 'above' : 'left of'} the coach's notes, with no sideways scrolling`, async () => {
		const page = await open(pages.susan ?? '', layout);
		await page.screenshot({ path: path.join(SCREENSHOTS, `${layout.name}.png`) });
		await page.screenshot({ path: path.join(SCREENSHOTS, `${layout.name}-full.png`), fullPage: true });
		const session = page.locator('details.cr-session').first();
		const client = await session.locator('.cr-col-client').boundingBox();
		const coach = await session.locator('.cr-col-coach').boundingBox();
		expect(client && coach).toBeTruthy();
		if (!client || !coach) return;
		if (phone) expect(client.y + client.height).toBeLessThanOrEqual(coach.y + 1);
		else {
			expect(client.x + client.width).toBeLessThanOrEqual(coach.x + 1);
			expect(Math.abs(client.y - coach.y)).toBeLessThan(2);
		}
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});

	it('uses the theme: text and background differ and follow the colour scheme', async () => {
		const page = await open(pages.susan ?? '', layout);
		const colours = await page.evaluate(() => {
			const body = getComputedStyle(document.body);
			return { background: body.backgroundColor, text: body.color };
		});
		expect(colours.background).toBe(layout.colorScheme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(255, 255, 255)');
		expect(colours.text).not.toBe(colours.background);
		await page.close();
	});
});

describe('what the dashboard shows, in Chromium', () => {
	it('links every source to a note that exists, at a line it has', async () => {
		const page = await open(pages.susan ?? '', LAYOUTS[0] ?? { name: 'x', width: 1200, height: 900, colorScheme: 'light' });
		const links = await page.$$eval('a[data-path]', (els) => els.map((el) => ({ path: el.getAttribute('data-path') ?? '', line: Number(el.getAttribute('data-line')), href: el.getAttribute('href') ?? '' })));
		expect(links.length).toBeGreaterThan(80);
		for (const link of links) {
			const note = path.join(EXAMPLE_VAULT, link.path);
			expect(existsSync(note), link.path).toBe(true);
			expect(link.line).toBeGreaterThanOrEqual(1);
			expect(link.line).toBeLessThanOrEqual(readFileSync(note, 'utf8').split('\n').length);
			expect(link.href).toBe(`obsidian://open?vault=vault&file=${encodeURIComponent(link.path.replace(/\.md$/, ''))}`);
		}
		await page.close();
	});

	it('draws a chart point per rated session for each series', async () => {
		const page = await open(pages.susan ?? '', LAYOUTS[0] ?? { name: 'x', width: 1200, height: 900, colorScheme: 'light' });
		expect(await page.locator('circle[data-series="client"]').count()).toBe(12);
		expect(await page.locator('circle[data-series="coach"]').count()).toBe(12);
		const box = await page.locator('svg.cr-chart-svg').boundingBox();
		expect(box?.height).toBeGreaterThan(80);
		await page.close();
	});

	it("shows a hostile note's <img> and <script> as text and creates no such element", async () => {
		const page = await open(pages.tom ?? '', LAYOUTS[0] ?? { name: 'x', width: 1200, height: 900, colorScheme: 'light' });
		await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first().isVisible()).resolves.toBe(true);
		expect(await page.locator('img, script, iframe, object, embed').count()).toBe(0);
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		// Loaded again with the listener in place: reload() waits for the load event, which waits for every image, so
		// any onerror would have fired and any alert been caught by then.
		await page.reload();
		expect(dialogs).toEqual([]);
		expect(await page.locator('img, script, iframe, object, embed').count()).toBe(0);
		await page.screenshot({ path: path.join(SCREENSHOTS, 'hostile-note.png'), fullPage: true });
		await page.close();
	});

	it('unfolds an older session when clicked', async () => {
		const page = await open(pages.susan ?? '', LAYOUTS[0] ?? { name: 'x', width: 1200, height: 900, colorScheme: 'light' });
		const oldest = page.locator('details.cr-session').last();
		expect(await oldest.getAttribute('open')).toBeNull();
		await afterEvent(oldest, 'toggle', () => oldest.locator('summary .cr-session-title').click());
		expect(await oldest.getAttribute('open')).toBe('');
		await expect(oldest.locator('.cr-col-client').isVisible()).resolves.toBe(true);
		await page.close();
	});
});

describe("the client-facing page's details, in Chromium", () => {
	async function clientFacing(vault: string, client: string, name: string): Promise<string> {
		const file = path.join(OUT, `client-facing-${name}.html`);
		const status = await run(['review', vault, '--client', client, '--html', file, '--force', '--client-facing', '--today', TODAY], { out: () => undefined, err: () => undefined });
		expect(status).toBe(0);
		return file;
	}

	it("keeps each session card's words clear of its border, on a desktop and a phone", async () => {
		const file = await clientFacing(EXAMPLE_VAULT, 'Susan Lee', 'susan');
		for (const layout of [LAYOUTS[0], LAYOUTS[3]]) {
			if (!layout) continue;
			const page = await open(file, layout);
			const gaps = await page.$$eval('.cr-session-card', (cards) =>
				cards.map((card) => {
					const outer = card.getBoundingClientRect();
					const words = card.querySelector('.cr-col-client')?.getBoundingClientRect();
					return words ? { left: words.left - outer.left, right: outer.right - words.right, bottom: outer.bottom - words.bottom } : null;
				}),
			);
			expect(gaps.length).toBeGreaterThan(5);
			for (const gap of gaps) {
				expect(gap?.left).toBeGreaterThanOrEqual(8);
				expect(gap?.right).toBeGreaterThanOrEqual(8);
				expect(gap?.bottom).toBeGreaterThanOrEqual(8);
			}
			await page.screenshot({ path: path.join(SCREENSHOTS, `client-facing-${layout.name}.png`), fullPage: true });
			await page.close();
		}
	});

	it('shows one clear empty state and "1 session on" its day for a client with no words yet', async () => {
		const vault = tempDir();
		mkdirSync(path.join(vault, 'Clients', 'Ana Costa'), { recursive: true });
		writeFileSync(path.join(vault, 'Clients', 'Ana Costa', '2026-11-02.md'), '---\nclient: Ana Costa\ndate: 2026-11-02\n---\n## Coach notes\nFirst call; she is new to coaching.\n');
		const page = await open(await clientFacing(vault, 'Ana', 'ana'), LAYOUTS[2] ?? { name: 'x', width: 390, height: 844, colorScheme: 'light' });
		await expect(page.locator('.cr-facts').textContent()).resolves.toBe('1 session on 2 Nov 2026.');
		expect(await page.locator('.cr-empty-state').count()).toBe(1);
		expect(await page.locator('.cr-timeline, .cr-session').count()).toBe(0);
		await expect(page.locator('.cr-empty-state').isVisible()).resolves.toBe(true);
		expect(await page.locator('body').textContent()).not.toContain('First call');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'client-facing-empty.png'), fullPage: true });
		await page.close();
	});
});
