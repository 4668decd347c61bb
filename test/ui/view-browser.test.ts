import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import esbuild from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNotes } from '../../src/cli/vault';
import { metadataFor } from '../stubs/fake-vault';
import { EXAMPLE_VAULT } from '../vault';
import { afterEvent } from './signals';

/**
 * The plugin's own dashboard view in real Chromium: the plugin built for the browser over the `obsidian` stub, in a
 * page that defines Obsidian's theme variables for light and dark. Redraws, taps, the phone's toolbar, screenshots.
 */
const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const OUT = path.join(ROOT, 'test-output', 'view-page');
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** The README's pictures of the view: small PNGs, written by this suite. */
const DOCS = path.join(ROOT, 'docs');
const SUSAN_LATEST = 'Clients/Susan Lee/2026-11-11.md';

let browser: Browser;
let notes: { path: string; text: string; meta: ReturnType<typeof metadataFor> }[] = [];

async function buildPage(): Promise<string> {
	mkdirSync(OUT, { recursive: true });
	await esbuild.build({
		entryPoints: [path.join(ROOT, 'test/ui/view-page/entry.ts')],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		outfile: path.join(OUT, 'view.js'),
		alias: { obsidian: path.join(ROOT, 'test/stubs/obsidian.ts') },
		logLevel: 'silent',
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
	const page = path.join(OUT, 'index.html');
	writeFileSync(
		page,
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="app.css"><link rel="stylesheet" href="styles.css"></head>
<body><script>document.body.classList.add(matchMedia('(prefers-color-scheme: dark)').matches ? 'theme-dark' : 'theme-light');</script>
<script src="view.js"></script></body></html>`,
	);
	writeFileSync(path.join(OUT, 'app.css'), readFileSync(path.join(ROOT, 'test/ui/view-page/app.css')));
	writeFileSync(path.join(OUT, 'styles.css'), readFileSync(path.join(ROOT, 'styles.css')));
	return page;
}

let pageFile = '';

async function openView(client: string, options: { width?: number; height?: number; dark?: boolean; touch?: boolean; extra?: typeof notes } = {}): Promise<Page> {
	const page = await browser.newPage({
		viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
		colorScheme: options.dark ? 'dark' : 'light',
		hasTouch: options.touch === true,
		isMobile: options.touch === true,
		reducedMotion: 'reduce',
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`file://${pageFile}`);
	await page.evaluate(({ all, client }) => (window as unknown as { plugin: { start(n: unknown, c: string): Promise<void> } }).plugin.start(all, client), { all: [...notes, ...(options.extra ?? [])], client });
	expect(errors).toEqual([]);
	await page.locator('.cr-dashboard').waitFor();
	// What is below the first screenful follows in later frames: the tests start from the whole dashboard.
	await page.evaluate(() => (window as unknown as { plugin: { drawn(): Promise<void> } }).plugin.drawn());
	return page;
}

function edit(page: Page, notePath: string, text: string): Promise<void> {
	return page.evaluate(({ notePath, text, meta }) => (window as unknown as { plugin: { edit(p: string, t: string, m: unknown): Promise<void> } }).plugin.edit(notePath, text, meta), { notePath, text, meta: metadataFor(text) });
}

function noteText(notePath: string): string {
	const note = notes.find((n) => n.path === notePath);
	if (!note) throw new Error(`No note ${notePath}`);
	return note.text;
}

beforeAll(async () => {
	if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Debian's chromium at ${CHROMIUM}: apt-get install chromium`);
	mkdirSync(SCREENSHOTS, { recursive: true });
	mkdirSync(DOCS, { recursive: true });
	notes = (await listNotes(EXAMPLE_VAULT)).map((rel) => {
		const text = readFileSync(path.join(EXAMPLE_VAULT, rel), 'utf8');
		return { path: rel, text, meta: metadataFor(text) };
	});
	pageFile = await buildPage();
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

describe("the plugin's dashboard view keeps its place", () => {
	it('redraws only what an edit changed: unfolded sessions, the scroll position and the focus stay', async () => {
		const page = await openView('Susan Lee');
		const scroller = page.locator('.view-content');
		const oldest = page.locator('details.cr-session').last();
		expect(await oldest.getAttribute('open')).toBeNull();
		// The fold's toggle event draws the session: wait for it, not on click() returning.
		await afterEvent(oldest, 'toggle', () => oldest.locator('summary .cr-session-title').click());
		expect(await oldest.getAttribute('open')).toBe('');
		// Mark elements: a redraw that rebuilt them would lose the mark.
		await page.evaluate(() => {
			for (const el of document.querySelectorAll('.cr-session, .cr-header')) (el as HTMLElement & { kept?: boolean }).kept = true;
		});
		await oldest.locator('.cr-source').first().focus();
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-line'));
		await scroller.evaluate((el) => (el.scrollTop = 1500));
		const scrolled = await scroller.evaluate((el) => el.scrollTop);
		expect(scrolled).toBeGreaterThan(1000);

		await edit(page, SUSAN_LATEST, noteText(SUSAN_LATEST).replace('Course launched on 4 November', 'Course launched on **4 November**'));

		await expect(page.locator(`details.cr-session[data-session="${SUSAN_LATEST}"] strong`).first().textContent()).resolves.toBe('4 November');
		expect(await oldest.getAttribute('open')).toBe('');
		expect(await scroller.evaluate((el) => el.scrollTop)).toBe(scrolled);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-line'))).toBe(focused);
		const kept = await page.evaluate(() => [...document.querySelectorAll('.cr-session')].map((el) => [el.getAttribute('data-session'), (el as HTMLElement & { kept?: boolean }).kept === true]));
		// The edited session is drawn anew or patched in place; every other session is the very element it was.
		for (const [session, same] of kept) if (session !== SUSAN_LATEST) expect(same, String(session)).toBe(true);
		expect(await page.evaluate(() => (document.querySelector('.cr-header') as HTMLElement & { kept?: boolean }).kept)).toBe(true);
		await page.close();
	});

	it('keeps unfolded sessions and the scroll position through a settings change', async () => {
		const page = await openView('Susan Lee');
		const scroller = page.locator('.view-content');
		const oldest = page.locator('details.cr-session').last();
		await afterEvent(oldest, 'toggle', () => oldest.locator('summary .cr-session-title').click());
		await scroller.evaluate((el) => (el.scrollTop = 1200));
		const scrolled = await scroller.evaluate((el) => el.scrollTop);
		await page.evaluate(() => (window as unknown as { plugin: { changeSettings(d: object): Promise<void> } }).plugin.changeSettings({ privacyMode: true }));
		await page.locator('.cr-dashboard.cr-privacy').waitFor();
		expect(await page.locator('details.cr-session').last().getAttribute('open')).toBe('');
		await expect(page.locator('details.cr-session').last().locator('.cr-col-client').isVisible()).resolves.toBe(true);
		expect(await scroller.evaluate((el) => el.scrollTop)).toBe(scrolled);
		await page.close();
	});
});

describe("the plugin's dashboard view, by touch and on a phone", () => {
	it('shows inline Markdown formatted, never as raw marks', async () => {
		const page = await openView('Susan Lee');
		await edit(
			page,
			SUSAN_LATEST,
			noteText(SUSAN_LATEST)
				.replace('We launched.', 'We **launched**. It felt ==huge== and *quiet*, ~~scary~~ no more; see [[Launch notes|the notes]] and `v2`.')
				.replace('- [ ] Plan the January cohort', '- [ ] Write the **draft** plan'),
		);
		const session = page.locator(`details.cr-session[data-session="${SUSAN_LATEST}"]`);
		const words = session.locator('.cr-col-client .cr-item-text').first();
		await expect(words.locator('strong').textContent()).resolves.toBe('launched');
		await expect(words.locator('mark').textContent()).resolves.toBe('huge');
		await expect(words.locator('em').textContent()).resolves.toBe('quiet');
		await expect(words.locator('del').textContent()).resolves.toBe('scary');
		await expect(words.locator('code').textContent()).resolves.toBe('v2');
		await expect(words.textContent()).resolves.toMatch(/^We launched. It felt huge and quiet, scary no more; see the notes and v2. Eleven/);
		const weight = await words.locator('strong').evaluate((el) => Number(getComputedStyle(el).fontWeight));
		expect(weight).toBeGreaterThanOrEqual(600);
		const step = page.locator('.cr-thread-text', { hasText: 'Write the draft plan' }).first();
		await expect(step.locator('strong').textContent()).resolves.toBe('draft');
		const text = (await page.locator('.cr-dashboard').textContent()) ?? '';
		expect(text).not.toContain('**');
		expect(text).not.toContain('==huge');
		await page.close();
	});

	it('opens the rule behind an item and the chart values with a tap', async () => {
		const page = await openView('Susan Lee', { width: 390, height: 844, touch: true });
		const rule = page.locator('.cr-col-client .cr-item .cr-why').first();
		expect(await rule.locator('.cr-why-text').isVisible()).toBe(false);
		// A tap's click, and so the fold opening, can land after tap() returns: wait for the fold's toggle event.
		await afterEvent(rule, 'toggle', () => rule.locator('summary').tap());
		expect(await rule.locator('.cr-why-text').isVisible()).toBe(true);
		expect(await rule.locator('.cr-why-text').textContent()).toMatch(/^From .+ \(line \d+\)$/);
		const values = page.locator('.cr-chart-values');
		// The table is drawn when the fold opens, on its toggle event: wait for that event.
		await afterEvent(values, 'toggle', () => values.locator('summary').tap());
		const rows = values.locator('tbody tr');
		expect(await rows.count()).toBe(12);
		await expect(rows.first().textContent()).resolves.toBe('11 Nov 202697');
		await page.close();
	});

	it('keeps the actions in one row on a phone, the rest in a menu', async () => {
		const page = await openView('Susan Lee', { width: 390, height: 844, touch: true });
		const buttons = page.locator('.cr-toolbar button:visible');
		const tops = await buttons.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
		expect(tops.length).toBe(2);
		expect(new Set(tops).size).toBe(1);
		const more = page.locator('[data-action="more-actions"]');
		// The menu opens on the tap's click, which can land after tap() returns: wait for that click.
		await afterEvent(more, 'click', () => more.tap());
		const items = await page.locator('.menu .menu-item-title').allTextContents();
		expect(items).toEqual(['Export review', 'Export client summary', 'Copy review', 'Copy client summary']);
		await page.close();
	});

	it('shows one clear empty state for a client without sessions', async () => {
		const profile = '---\naliases: [Ana]\n---\n# Ana Costa\n\n## Goals\n- Run a half marathon.\n';
		const page = await openView('Ana Costa', { extra: [{ path: 'Clients/Ana Costa/Ana Costa.md', text: profile, meta: metadataFor(profile) }] });
		await expect(page.locator('.cr-empty-state').count()).resolves.toBe(1);
		await expect(page.locator('.cr-empty-state h2').textContent()).resolves.toBe('No sessions with Ana yet');
		expect(await page.locator('.cr-steps, .cr-promises, .cr-timeline, .cr-ratings, .cr-progress').count()).toBe(0);
		await expect(page.locator('.cr-header .cr-facts').textContent()).resolves.toBe('no sessions yet');
		await page.close();
	});
});

describe("the plugin's dashboard view of a long history", () => {
	/** A client with years of sessions: more steps and sessions than a first screenful holds. */
	const history = Array.from({ length: 45 }, (_, i) => {
		const day = new Date(Date.UTC(2023, 0, 2 + i * 14)).toISOString().slice(0, 10);
		const text = `---\nclient: "[[Long History]]"\ndate: ${day}\nsession: ${i + 1}\n---\n## In their words\nI walked to work ${i + 1} times.\n\n## Coach notes\nSteady week ${i + 1}.\n\n## Action steps\n- [ ] Walk to work on day ${i + 1}\n- [x] Book the check-up number ${i + 1}\n`;
		return { path: `Clients/Long History/${day}.md`, text, meta: metadataFor(text) };
	});

	it('draws the first screenful at once and everything, for keyboard and screen reader alike, once drawing settles', async () => {
		const page = await openView('Long History', { extra: history });
		const { first, drawn, atOnce } = await page.evaluate(() => (window as unknown as { plugin: { settled(): Promise<{ first: { sessions: number; threads: number; elements: number }; drawn: string; atOnce: string }> } }).plugin.settled());
		// At first: the header, the words and the first steps; the sessions below the fold are not drawn yet.
		expect(first.threads).toBeGreaterThan(0);
		expect(first.sessions).toBe(0);
		// Settled: exactly what drawing the whole dashboard at once gives, every link, button and fold in order.
		expect(drawn).toBe(atOnce);
		expect(await page.locator('.cr-session').count()).toBe(30);
		expect(await page.locator('.cr-timeline > details.cr-older').count()).toBe(1);
		expect(await page.locator('.cr-steps .cr-thread').count()).toBe(45);
		// Every place in a note is reachable by keyboard and announced as a link.
		const sources = page.locator('.cr-dashboard [data-path]');
		expect(await sources.count()).toBeGreaterThan(45);
		expect(await page.locator('.cr-dashboard [data-path]:not([role="link"][tabindex="0"])').count()).toBe(0);
		await page.locator('.cr-timeline .cr-session').last().scrollIntoViewIfNeeded();
		await page.screenshot({ path: path.join(SCREENSHOTS, 'view-long-history.png') });
		await page.close();
	});
});

describe("the plugin's dashboard view, ratings", () => {
	const session = (client: string, day: string, ratings: string) =>
		`---\nclient: ${client}\ndate: ${day}\n${ratings}---\n## In their words\nI slept through the night.\n\n## Coach notes\nCalmer today.\n`;
	const note = (notePath: string, text: string) => ({ path: notePath, text, meta: metadataFor(text) });

	it('gives the words the whole width when a client has no ratings: no empty column', async () => {
		const page = await openView('Bea Novak', { extra: [note('Clients/Bea Novak/2026-11-02.md', session('Bea Novak', '2026-11-02', ''))] });
		expect(await page.locator('.cr-ratings, .cr-overview').count()).toBe(0);
		const words = await page.locator('.cr-overview-words').boundingBox();
		const steps = await page.locator('.cr-steps').boundingBox();
		expect(words && steps && Math.abs(words.width - steps.width)).toBeLessThanOrEqual(1);
		await expect(page.locator('.cr-header .cr-facts').textContent()).resolves.toBe('1 session on 2 Nov 2026');
		await page.close();
	});

	it('shows a single rated session as its values, not a lone dot on a chart', async () => {
		const page = await openView('Bea Novak', { extra: [note('Clients/Bea Novak/2026-11-02.md', session('Bea Novak', '2026-11-02', 'client_rating: 7\ncoach_rating: 6\n'))] });
		expect(await page.locator('.cr-ratings circle, .cr-ratings svg').count()).toBe(0);
		await expect(page.locator('.cr-rating-value').allTextContents()).resolves.toEqual(["7Bea's rating", '6Your rating']);
		await expect(page.locator('.cr-rating-value').first().isVisible()).resolves.toBe(true);
		await page.screenshot({ path: path.join(SCREENSHOTS, 'view-single-rating.png') });
		await page.close();
	});
});

const SHOTS = [
	{ name: 'desktop-light', width: 1000, height: 680, dark: false },
	{ name: 'desktop-dark', width: 1000, height: 680, dark: true },
	{ name: 'phone-light', width: 390, height: 720, dark: false },
	{ name: 'phone-dark', width: 390, height: 720, dark: true },
];

describe.each(SHOTS)("screenshots of the plugin's view for the README, $name", (shot) => {
	it('shows the buttons, the status menu open and the sessions side by side', async () => {
		const phone = shot.width < 600;
		const page = await openView('Susan Lee', { width: shot.width, height: shot.height, dark: shot.dark, touch: phone });
		expect(await page.evaluate(() => document.body.className)).toBe(shot.dark ? 'theme-dark' : 'theme-light');
		await page.screenshot({ path: path.join(DOCS, `view-${shot.name}.png`) });
		const control = page.locator('.cr-status-control').first();
		await control.scrollIntoViewIfNeeded();
		// The menu opens on the click (a tap's can land after tap() returns): wait for it.
		await afterEvent(control, 'click', () => (phone ? control.tap() : control.click()));
		await expect(page.locator('.menu .menu-item-title').allTextContents()).resolves.toEqual(['Open', 'In progress', 'Done', 'Dropped']);
		await page.screenshot({ path: path.join(DOCS, `view-${shot.name}-status-menu.png`) });
		await page.evaluate(() => (window as unknown as { plugin: { closeMenu(): void } }).plugin.closeMenu());
		const session = page.locator('details.cr-session').first();
		await session.scrollIntoViewIfNeeded();
		await session.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await page.screenshot({ path: path.join(DOCS, `view-${shot.name}-sessions.png`) });
		const client = await session.locator('.cr-col-client').boundingBox();
		const coach = await session.locator('.cr-col-coach').boundingBox();
		if (!client || !coach) throw new Error('no columns');
		if (phone) expect(client.y + client.height).toBeLessThanOrEqual(coach.y + 1);
		else expect(client.x + client.width).toBeLessThanOrEqual(coach.x + 1);
		await page.close();
	});
});
