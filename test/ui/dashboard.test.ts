import { formatDay } from '../../src/core/review/format';
import { describe, expect, it } from 'vitest';
import { ACTIVE_SHOWN, CLOSED_SHOWN, renderDashboard } from '../../src/ui/dashboard';
import { OPEN_SESSIONS } from '../../src/ui/timeline';
import { textOf, type UiNode, walk } from '../../src/ui/tree';
import { exampleReview } from '../vault';

const byClass = (root: UiNode, cls: string) => [...walk(root)].filter((n) => n.cls?.includes(cls));

describe('the dashboard tree', () => {
	it("has the sections in the order of the product: the client's words first", async () => {
		const root = renderDashboard(await exampleReview('Susan Lee'));
		const sections = [...walk(root)].flatMap((n) => (n.cls?.includes('cr-section') || n.tag === 'header' ? [n.cls?.find((k) => k !== 'cr-section') ?? ''] : []));
		expect(sections).toEqual(['cr-header', 'cr-goals', 'cr-progress', 'cr-ratings', 'cr-steps', 'cr-promises', 'cr-timeline']);
	});

	it("puts In their words before Coach's notes in every session, newest first, older ones folded", async () => {
		const review = await exampleReview('Susan Lee');
		const sessions = byClass(renderDashboard(review), 'cr-session');
		expect(sessions).toHaveLength(12);
		expect(sessions[0]?.attrs?.['data-session']).toBe('Clients/Susan Lee/2026-11-11.md');
		sessions.forEach((session, i) => {
			const columns = byClass(session, 'cr-col').map((c) => c.cls?.[1]);
			expect(columns).toEqual(['cr-col-client', 'cr-col-coach']);
			expect('open' in (session.attrs ?? {})).toBe(i < OPEN_SESSIONS);
		});
	});

	it('tells the rule behind every extracted item in a disclosure a tap opens, not a hover-only tooltip', async () => {
		const root = renderDashboard(await exampleReview('zoe'));
		const items = byClass(root, 'cr-item');
		expect(items.length).toBeGreaterThan(20);
		const rules = items.map((item) => byClass(item, 'cr-why')[0]);
		for (const rule of rules) {
			expect(rule?.tag).toBe('details');
			expect(textOf(byClass(rule ?? { tag: 'x' }, 'cr-why-text')[0] ?? { tag: 'x' })).toMatch(/^From .+ \(line \d+\)$/);
		}
		expect(rules.map((r) => textOf(byClass(r ?? { tag: 'x' }, 'cr-why-text')[0] ?? { tag: 'x' }))).toContain('From a > [!quote] callout (line 8)');
		expect([...walk(root)].filter((n) => n.attrs?.title !== undefined)).toEqual([]);
	});

	it('shows the header facts and the warnings with links to the notes', async () => {
		const root = renderDashboard(await exampleReview('zoe'));
		expect(textOf(byClass(root, 'cr-header')[0] ?? { tag: 'x' })).toBe('Zoë Martin10 sessions from 6 Jul 2026 to 26 Oct 2026 · about every 2 weeks · 1 note to check');
		const warning = byClass(root, 'cr-warning')[0];
		expect(warning?.children?.[0]?.source).toEqual({ path: 'Clients/Zoë Martin/Session 10.md', line: 1 });
	});

	it('has a chart point per rated session for each series', async () => {
		const review = await exampleReview('Tom');
		const points = [...walk(renderDashboard(review))].filter((n) => n.tag === 'circle');
		expect(points.filter((p) => p.attrs?.['data-series'] === 'client')).toHaveLength(review.ratings.filter((r) => r.client !== null).length);
		expect(points.filter((p) => p.attrs?.['data-series'] === 'coach')).toHaveLength(0);
	});

	it('shows the first open steps and the latest closed ones, folding the rest until opened', async () => {
		const review = await exampleReview('Susan Lee');
		const template = review.actionSteps[0];
		if (!template) throw new Error('no step');
		const many = (status: 'open' | 'done', n: number) => Array.from({ length: n }, (_, k) => ({ ...template, text: `${status} step ${k}`, status, recurring: false, overdue: false }));
		const root = renderDashboard({ ...review, actionSteps: [...many('open', ACTIVE_SHOWN + 7), ...many('done', CLOSED_SHOWN + 3)] });
		const steps = byClass(root, 'cr-steps')[0] ?? { tag: 'x' };
		// What is drawn at once: the tree without its folded (lazy) parts.
		const eager = function* (node: UiNode): Generator<UiNode> {
			yield node;
			for (const child of node.children ?? []) yield* eager(child);
		};
		const drawn = [...eager(steps)].filter((n) => n.cls?.includes('cr-thread-text')).map(textOf);
		expect(drawn).toEqual([...many('open', ACTIVE_SHOWN), ...many('done', CLOSED_SHOWN)].map((t) => t.text));
		const folds = [...eager(steps)].filter((n) => n.cls?.includes('cr-earlier'));
		expect(folds.map((f) => textOf(f.children?.[0] ?? { tag: 'x' }))).toEqual(['7 more open and in progress', '3 more done and dropped']);
		const unfolded = folds.map((f) => [...walk({ tag: 'div', children: f.lazy?.() ?? [] })].filter((n) => n.cls?.includes('cr-thread-text')).map(textOf));
		expect(unfolded).toEqual([many('open', ACTIVE_SHOWN + 7).slice(ACTIVE_SHOWN).map((t) => t.text), many('done', CLOSED_SHOWN + 3).slice(CLOSED_SHOWN).map((t) => t.text)]);
	});

	it('shows the newest progress statements and folds the earlier ones', async () => {
		const review = await exampleReview('Susan Lee');
		const section = byClass(renderDashboard(review), 'cr-progress')[0] ?? { tag: 'x' };
		const quotes = [...walk(section)].filter((n) => n.tag === 'blockquote').map(textOf);
		expect(quotes).toEqual(review.progress.map((p) => p.text));
		expect(textOf(byClass(section, 'cr-earlier')[0] ?? { tag: 'x' })).toMatch(/^\d+ earlier statements/);
	});

	it('blurs names and quotes in privacy mode', async () => {
		const review = await exampleReview('Susan Lee');
		expect(renderDashboard(review, { privacy: true }).cls).toContain('cr-privacy');
		expect(renderDashboard(review).cls).not.toContain('cr-privacy');
		expect(byClass(renderDashboard(review), 'cr-private').length).toBeGreaterThan(30);
	});

	it("lists a thread's mentions newest first, like everything else", async () => {
		const review = await exampleReview('Susan Lee');
		const thread = review.actionSteps.find((t) => t.mentions.length > 2);
		if (!thread) throw new Error('the example has a step raised in several sessions');
		const item = [...walk(renderDashboard(review))].find((n) => n.cls?.includes('cr-thread') && textOf(n).includes(thread.text));
		const mentions = byClass(item ?? { tag: 'x' }, 'cr-mentions')[0];
		const days = (mentions?.lazy?.() ?? []).flatMap((list) => (list.children ?? []).map((li) => textOf(li.children?.[0] ?? { tag: 'x' })));
		expect(days.length).toBe(thread.mentions.length);
		const sorted = thread.mentions.map((m) => m.date ?? '').sort().reverse();
		expect(days).toEqual(sorted.map((d) => formatDay(d)));
	});
});
