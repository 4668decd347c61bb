import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/core/review/render-markdown';
import { exampleReview } from '../../vault';

describe('the Markdown review', () => {
	it("puts the client's goals and words before the steps, and their words before the coach's in every session", async () => {
		const md = renderMarkdown(await exampleReview('Susan Lee'));
		const order = ['# Susan Lee: client review', '## What progress means to Susan', '## Progress, in Susan', '## Ratings', "## Susan's action steps", '## Your promises', '## Sessions'];
		const positions = order.map((heading) => md.indexOf(heading));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		const sessions = md.slice(md.indexOf('## Sessions')).split('\n### ').slice(1);
		expect(sessions).toHaveLength(12);
		for (const block of sessions) expect(block.indexOf('**In their words**')).toBeLessThan(block.indexOf("**Coach's notes**"));
	});

	it('quotes the client as written, never paraphrased', async () => {
		const review = await exampleReview('Susan Lee');
		const md = renderMarkdown(review);
		for (const session of review.sessions) for (const words of session.clientWords) expect(md).toContain(words.text);
		expect(md).toContain("> “I feel like I'm making a lot of progress and I couldn't do it without these sessions.”");
	});

	it('states facts, not verdicts', async () => {
		const md = renderMarkdown(await exampleReview('Susan Lee'));
		expect(md).toContain('- Email the list about the launch — open, raised in 12 sessions since 3 Jun 2026, due 2 Nov 2026 (past due).');
		expect(md).toContain('You promised 4 things: 3 delivered, 1 open.');
		expect(md).toContain('- Send the pricing worksheet — open, raised in 2 sessions since 9 Sep 2026, open 74 days.');
		expect(md).toMatch(/- Cold call five local studios about cross-promotion — dropped/);
		// Our own words only: with every note text blanked out, nothing judges the person.
		const review = await exampleReview('Susan Lee');
		const blank = JSON.parse(JSON.stringify(review, (key, value: unknown) => (key === 'text' ? 'X' : value))) as typeof review;
		expect(renderMarkdown(blank).toLowerCase()).not.toMatch(/\b(lazy|slow|fail(ed|ure)?|poor|bad|behind|stuck|excuse)\b/);
	});

	it('links each session and item to its note', async () => {
		const md = renderMarkdown(await exampleReview('Susan Lee'));
		expect(md).toContain('### [[Clients/Susan Lee/2026-11-11|11 Nov 2026]] · session 12');
		expect(md).toContain('([[Clients/Susan Lee/2026-10-21|21 Oct 2026]], line 12)');
	});

	it('lists the warnings of its notes and names the group session', async () => {
		const zoe = renderMarkdown(await exampleReview('zoe'));
		expect(zoe).toContain('## Notes that could not be read fully');
		expect(zoe).toContain('[[Clients/Zoë Martin/Session 10|Clients/Zoë Martin/Session 10.md]], line 1: This session has no date');
		const tom = renderMarkdown(await exampleReview('tom'));
		expect(tom).toContain('· group session with Priya Shah');
	});

	it("keeps the note's own formatting once, adds no quotes to a quote, and escapes a table's pipes", async () => {
		const review = await exampleReview('Susan Lee');
		const template = review.actionSteps[0];
		const said = review.progress[0];
		const rating = review.ratings[0];
		if (!template || !said || !rating) throw new Error('the example has steps, progress and ratings');
		const md = renderMarkdown({
			...review,
			client: 'Ana|Bo Ray',
			actionSteps: [{ ...template, text: 'Write the **draft** plan', status: 'open' }, { ...template, text: 'Skip the ~~old~~ list', status: 'dropped' }],
			progress: [{ ...said, text: '"I finally said no to a client."' }, { ...said, text: '“I slept well”' }, { ...said, text: 'I felt calmer' }],
			ratings: [{ ...rating, client: 7, coach: 6 }],
		});
		expect(md).toContain('- Write the **draft** plan — open');
		expect(md).not.toContain('**Write');
		expect(md).toContain('- Skip the ~~old~~ list — dropped');
		expect(md).toContain('> "I finally said no to a client."\n');
		expect(md).toContain('> “I slept well”\n');
		expect(md).toContain('> “I felt calmer”\n');
		expect(md).not.toMatch(/“"|"”|““|””/);
		const header = md.split('\n').find((l) => l.startsWith('| Session'));
		expect(header).toBe("| Session | Ana\\|Bo's rating | Your rating |");
		const row = md.split('\n').find((l) => l.startsWith('| [[') || l.startsWith('| ') && l.includes(' | 7 | 6 |'));
		expect(row?.split(/(?<!\\)\|/)).toHaveLength(5);
	});

	it('says "1 session on" a day, not "from" it "to" itself', async () => {
		const review = await exampleReview('Susan Lee');
		const md = renderMarkdown({ ...review, sessionCount: 1, firstSession: '2026-11-02', lastSession: '2026-11-02' });
		expect(md).toContain('1 session on 2 Nov 2026');
		expect(md).not.toContain('from 2 Nov 2026 to 2 Nov 2026');
	});
});
