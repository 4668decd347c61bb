import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { EXAMPLE_VAULT, TODAY } from '../vault';
import { afterEvent } from './signals';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../test-output');
const SCREENSHOTS = path.join(OUT, 'screenshots');
/** Every client of the example vault: none may be readable anywhere on a page in privacy mode. */
const NAMES = ['Susan Lee', 'Tom Okafor', 'Priya Shah', 'Marcus Bell', 'Zoë Martin'];

let browser: Browser;
const pages: Record<string, string> = {};

async function writePage(client: string): Promise<string> {
	const config = path.join(OUT, 'privacy-settings.json');
	writeFileSync(config, JSON.stringify({ privacyMode: true }));
	const file = path.join(OUT, `privacy-${client.toLowerCase().replace(/\W+/g, '-')}.html`);
	const status = await run(['review', EXAMPLE_VAULT, '--client', client, '--html', file, '--today', TODAY, '--config', config], { out: () => undefined, err: () => undefined });
	expect(status).toBe(0);
	return file;
}

async function open(file: string, options: { touch?: boolean } = {}): Promise<Page> {
	const page = await browser.newPage({
		viewport: options.touch ? { width: 390, height: 844 } : { width: 1200, height: 900 },
		hasTouch: options.touch === true,
		isMobile: options.touch === true,
		reducedMotion: 'reduce',
	});
	await page.goto(`file://${file}`);
	return page;
}

/** Text on the page that names a client or holds a quote and is not blurred, with where it is. */
function readableNames(page: Page, names: string[]): Promise<string[]> {
	return page.evaluate((names) => {
		const words = names.flatMap((n) => [n, n.split(' ')[0] ?? n]).map((n) => n.toLowerCase());
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = (node.textContent ?? '').toLowerCase();
			if (!words.some((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(text))) continue;
			let blurred = false;
			for (let el = node.parentElement; el; el = el.parentElement) if (getComputedStyle(el).filter.includes('blur')) blurred = true;
			if (!blurred) found.push(`${node.parentElement?.tagName ?? '?'}.${node.parentElement?.className ?? ''}: ${node.textContent ?? ''}`);
		}
		return found;
	}, names);
}

beforeAll(async () => {
	if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Debian's chromium at ${CHROMIUM}: apt-get install chromium`);
	mkdirSync(SCREENSHOTS, { recursive: true });
	pages.tom = await writePage('Tom Okafor');
	pages.susan = await writePage('Susan Lee');
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

describe('privacy mode, in Chromium', () => {
	it.each(['tom', 'susan'])('leaves no client name readable, in headings, legends, group labels or the title (%s)', async (client) => {
		const page = await open(pages[client] ?? '');
		await page.screenshot({ path: path.join(SCREENSHOTS, `privacy-${client}.png`), fullPage: true });
		expect(await readableNames(page, NAMES)).toEqual([]);
		const title = await page.title();
		for (const name of NAMES) expect(title).not.toContain(name.split(' ')[0] ?? name);
		// The check can fail: the same page without privacy mode shows names as they are.
		await page.addStyleTag({ content: '.cr-privacy .cr-private { filter: none !important; }' });
		expect((await readableNames(page, NAMES)).length).toBeGreaterThan(3);
		await page.close();
	});

	it('blurs every quote, and shows no tooltip of any kind', async () => {
		const page = await open(pages.tom ?? '');
		const quotes = await page.locator('.cr-quote, .cr-progress-item blockquote, .cr-goal').evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', filter: getComputedStyle(el.querySelector('.cr-private') ?? el).filter })));
		expect(quotes.length).toBeGreaterThan(5);
		for (const quote of quotes) expect(quote.filter, quote.text).toContain('blur');
		expect(await page.locator('[title]').count()).toBe(0);
		expect(await page.locator('svg title').count()).toBe(0);
		expect(await page.locator('.cr-session-title').first().textContent()).toBeTruthy();
		await page.close();
	});

	it('reveals a name or a quote on hover, and on a tap', async () => {
		const page = await open(pages.tom ?? '');
		const filter = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).filter);
		const name = '.cr-client-name';
		expect(await filter(name)).toContain('blur');
		// Hover shows as the pointer moves over the name: wait for that mouseover, not on hover() returning.
		await afterEvent(page.locator(name).first(), 'mouseover', () => page.hover(name));
		expect(await filter(name)).toBe('none');
		await page.close();

		const phone = await open(pages.tom ?? '', { touch: true });
		const quote = phone.locator('.cr-progress-item .cr-private').first();
		const quoteFilter = () => quote.evaluate((el) => getComputedStyle(el).filter);
		expect(await quoteFilter()).toContain('blur');
		// A tap's focus change can land after tap() returns: wait for the focus event itself, never a clock.
		await afterEvent(quote, 'focus', () => quote.tap());
		expect(await quoteFilter()).toBe('none');
		// A tap elsewhere hides it again at once: nothing between the two taps, so a reveal that lingers (as `:active`
		// does in Chromium for a moment after the finger lifts) shows here.
		await afterEvent(quote, 'blur', () => phone.locator('.cr-facts').first().tap());
		expect(await quoteFilter()).toContain('blur');
		await afterEvent(quote, 'focus', () => quote.tap());
		await phone.screenshot({ path: path.join(SCREENSHOTS, 'privacy-tap-phone.png') });
		await phone.close();
	});
});
