import { describe, expect, it } from 'vitest';
import { groupClients } from '../../../src/core/review/clients';
import { buildReview } from '../../../src/core/review/review';
import { StepWordsCache } from '../../../src/core/review/step-cache';
import { linkThreads, ThreadCheckpoints } from '../../../src/core/review/threads';
import { defaultSettings } from '../../../src/core/settings';
import { read, session } from '../../helpers';
import { exampleReview, exampleVault, threadOf, TODAY } from '../../vault';

describe('action-step threads on the example vault', () => {
	it('joins a reworded step to its thread and keeps the latest wording', async () => {
		const susan = await exampleReview('Susan Lee');
		const email = threadOf(susan, 'Email the list about the launch');
		const wordings = email.mentions.map((m) => m.text);
		expect(wordings).toContain('Emailed list re: launch date');
		expect(wordings).toContain('Email my list about the launch');
		expect(wordings).toContain('Email list about launch');
		expect(email).toMatchObject({ owner: 'client', status: 'open', timesRaised: 12, firstRaised: '2026-06-03', lastRaised: '2026-11-11', recurring: true });
	});

	it('reads steps whose words are also the names of object properties (constructor)', () => {
		const first = read(session('- [ ] Call the constructor about the deck', 'client: Ana\ndate: 2026-10-07'), 'a.md');
		const later = read(session('- [x] Called the constructor about the deck', 'client: Ana\ndate: 2026-10-14'), 'b.md');
		const entry = groupClients([first, later])[0];
		if (!entry) throw new Error('no client');
		const review = buildReview(entry, { today: TODAY, settings: defaultSettings() });
		expect(review.actionSteps.map((t) => [t.text, t.status, t.timesRaised])).toEqual([['Called the constructor about the deck', 'done', 2]]);
	});

	it('keeps unrelated steps that share one word apart', async () => {
		const susan = await exampleReview('Susan Lee');
		const accountant = threadOf(susan, 'Email the accountant about VAT registration');
		expect(accountant.timesRaised).toBe(1);
		expect(accountant).not.toBe(threadOf(susan, 'Email the list about the launch'));
	});

	it('closes a thread marked done in a later session', async () => {
		const susan = await exampleReview('Susan Lee');
		const salesPage = threadOf(susan, 'Write the sales page');
		expect(salesPage).toMatchObject({ status: 'done', timesRaised: 5, doneDate: '2026-08-10', recurring: false });
		expect(salesPage.mentions.map((m) => m.status)).toEqual(['open', 'in-progress', 'in-progress', 'in-progress', 'done']);
	});

	it('counts a dropped step as dropped, not as open', async () => {
		const susan = await exampleReview('Susan Lee');
		expect(threadOf(susan, 'Cold call five local studios about cross-promotion')).toMatchObject({ status: 'dropped', recurring: false, daysOpen: null });
		expect(susan.followThrough).toEqual({ done: 5, dropped: 1, inProgress: 0, open: 3, total: 9 });
	});

	it('links by explicit id before wording (🆔 and ^block-id)', async () => {
		const priya = await exampleReview('Priya');
		const dummy = threadOf(priya, 'Dummy: pages 18 to 32');
		expect(dummy.id).toBe('dummy1');
		expect(dummy.mentions.map((m) => m.text)).toEqual([
			'Finish the first picture-book dummy',
			'Finish the first picture-book dummy',
			'Work on the picture-book dummy',
			'Dummy: pages 18 to 32',
			'Finish the first picture-book dummy',
			'Finish the first picture-book dummy',
		]);
		const tom = await exampleReview('Tom');
		expect(threadOf(tom, 'Run three times a week')).toMatchObject({ id: 'run3', timesRaised: 5, status: 'done' });
	});

	it("ledgers the coach's promises: delivered, open, and how long each has been open", async () => {
		const susan = await exampleReview('Susan Lee');
		expect(susan.coachPromises).toEqual({ delivered: 3, open: 1, dropped: 0, total: 4 });
		expect(threadOf(susan, 'Send the pricing worksheet')).toMatchObject({ owner: 'coach', status: 'open', daysOpen: 74, firstRaised: '2026-09-09' });
	});

	it('orders threads: recurring first, then open by age, then in progress, then done and dropped', async () => {
		const rank = (t: { recurring: boolean; status: string }) => (t.recurring ? 0 : { open: 1, 'in-progress': 2, done: 3, dropped: 3 }[t.status] ?? 9);
		for (const name of ['Susan Lee', 'Marcus', 'zoe', 'Priya', 'Tom']) {
			const threads = (await exampleReview(name)).actionSteps;
			const ranks = threads.map(rank);
			expect(ranks, name).toEqual([...ranks].sort((a, b) => a - b));
			const open = threads.filter((t) => rank(t) === 1).map((t) => t.firstRaised ?? '9999');
			expect(open, name).toEqual([...open].sort());
		}
		const susan = (await exampleReview('Susan Lee')).actionSteps.map(rank);
		expect(new Set(susan)).toEqual(new Set([0, 1, 3]));
		const zoe = await exampleReview('zoe');
		expect(zoe.actionSteps[0]).toMatchObject({ recurring: true, text: 'Practice the quarterly presentation aloud' });
	});

	it('marks a due date in the past as overdue while the step is open', async () => {
		const susan = await exampleReview('Susan Lee');
		expect(threadOf(susan, 'Email the list about the launch')).toMatchObject({ due: '2026-11-02', overdue: true });
		const marcus = await exampleReview('Marcus');
		expect(threadOf(marcus, 'Raise prices for new clients')).toMatchObject({ due: '2026-11-01', overdue: false, status: 'done' });
	});
});

describe('the review of one client', () => {
	it('has the header facts, goals and rating series', async () => {
		const susan = await exampleReview('sue');
		expect(susan).toMatchObject({ client: 'Susan Lee', today: TODAY, sessionCount: 12, firstSession: '2026-06-03', lastSession: '2026-11-11', cadenceDays: 14, profilePath: 'Clients/Susan Lee.md' });
		expect(susan.goals.map((g) => g.text)).toContain('Launch my online yoga course by the end of the year');
		expect(susan.ratings).toHaveLength(12);
		expect(susan.ratings[0]).toEqual({ path: 'Clients/Susan Lee/2026-06-03.md', date: '2026-06-03', client: 5, coach: 5 });
	});

	it("keeps the client's progress statements, newest first, with their reasons", async () => {
		const susan = await exampleReview('Susan Lee');
		expect(susan.progress).toContainEqual(expect.objectContaining({ text: "I feel like I'm making a lot of progress and I couldn't do it without these sessions.", date: '2026-10-21', reason: 'reports a change for the better (hedged)' }));
		const dates = susan.progress.map((p) => p.date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('includes the group session in both reviews', async () => {
		for (const name of ['Priya', 'Tom']) {
			const review = await exampleReview(name);
			expect(review.sessions.some((s) => s.path === 'Sessions/2026-10-20 Group - Priya and Tom.md')).toBe(true);
		}
	});

	it('carries the warnings of its own notes, each with a file and line', async () => {
		const zoe = await exampleReview('zoe');
		expect(zoe.warnings).toEqual([{ path: 'Clients/Zoë Martin/Session 10.md', line: 1, kind: 'no-date', message: expect.stringMatching(/no date/) as string }]);
		const marcus = await exampleReview('marcus');
		expect(marcus.warnings).toEqual([{ path: 'Sessions/2026-10-21 Marcus Bell.md', line: 3, kind: 'frontmatter-invalid', message: expect.stringMatching(/not valid YAML/) as string }]);
		expect(marcus.sessions.some((s) => s.path === 'Sessions/2026-10-21 Marcus Bell.md')).toBe(true);
	});

	it("leaves everyone else's review unchanged when one note is broken", async () => {
		const vault = await exampleVault();
		const settings = defaultSettings();
		const broken = read('---\nclient: "Susan Lee\ndate: 2026-11-20\n---\n```\n- [ ] unclosed fence', 'Clients/Susan Lee/2026-11-20.md');
		const before = groupClients(vault.readings);
		const after = groupClients([...vault.readings, broken]);
		for (const entry of before.filter((c) => c.name !== 'Susan Lee')) {
			const again = after.find((c) => c.key === entry.key);
			expect(again && buildReview(again, { today: TODAY, settings })).toEqual(buildReview(entry, { today: TODAY, settings }));
		}
		const susan = after.find((c) => c.name === 'Susan Lee');
		expect(susan && buildReview(susan, { today: TODAY, settings }).warnings.map((w) => w.path)).toContain('Clients/Susan Lee/2026-11-20.md');
	});
});

describe('linking at scale', () => {
	it('builds the threads of 500 sessions without comparing every step with every other', () => {
		const topics = ['launch', 'pricing', 'website', 'podcast', 'newsletter', 'workshop', 'hiring', 'budget', 'garden', 'studio', 'course', 'video'];
		const verbs = ['Plan', 'Draft', 'Review', 'Email', 'Book', 'Finish'];
		const sessions = [];
		for (let i = 0; i < 500; i++) {
			const day = new Date(Date.UTC(2020, 0, 1 + i * 7)).toISOString().slice(0, 10);
			const steps = [0, 1, 2, 3].map((k) => `- [ ] ${verbs[(i + k) % verbs.length] ?? ''} the ${topics[(i * 3 + k) % topics.length] ?? ''} item ${(i * 4 + k) % 97}`);
			sessions.push(read(session(`## Action steps\n${steps.join('\n')}\n`, `client: A\ndate: ${day}`), `A/${day}.md`));
		}
		const stats = { comparisons: 0 };
		const threads = linkThreads(sessions, stats);
		const steps = 500 * 4;
		expect(threads.length).toBeGreaterThan(50);
		// Every step against every earlier one would be steps²/2 = 2,000,000 comparisons.
		expect(stats.comparisons).toBeLessThan((steps * steps) / 20);
	});
});

describe('a review rebuilt after one note changed', () => {
	function sessionsOf(count: number, edit = '') {
		return Array.from({ length: count }, (_, i) => {
			const day = new Date(Date.UTC(2026, 0, 1 + i * 7)).toISOString().slice(0, 10);
			const steps = [`- [ ] Draft the launch email ${i % 3}`, `- [${i % 2 ? 'x' : ' '}] Book the venue for the workshop`, `- [ ] Send the invoice @coach`];
			if (i === count - 1 && edit) steps.push(edit);
			return read(session(`## Action steps\n${steps.join('\n')}\n`, `client: A\ndate: ${day}`), `A/${day}.md`);
		});
	}
	const settings = defaultSettings();

	it('links the same threads from its checkpoint as from nothing, whichever session changed', () => {
		const threads = new ThreadCheckpoints();
		const sessions = sessionsOf(12);
		const entry = groupClients(sessions)[0];
		if (!entry) throw new Error('no client');
		const fresh = (e: typeof entry) => buildReview(e, { today: TODAY, settings });
		expect(buildReview(entry, { today: TODAY, settings, threads })).toEqual(fresh(entry));
		// The latest session edited: linked on from the checkpoint.
		const edited = sessionsOf(12, '- [ ] Draft the launch email 0 and the page');
		const latest = { ...entry, sessions: [...entry.sessions.slice(0, 11), edited[11] as (typeof sessions)[number]] };
		const resumed = buildReview(latest, { today: TODAY, settings, threads });
		expect(resumed).toEqual(fresh(latest));
		expect(resumed.actionSteps.find((t) => t.text.includes('and the page'))?.timesRaised).toBeGreaterThan(1);
		// The same again (a redraw), then an earlier session changed: the checkpoint no longer holds, and all is linked again.
		expect(buildReview(latest, { today: TODAY, settings, threads })).toEqual(fresh(latest));
		const earlier = { ...latest, sessions: latest.sessions.map((s, i) => (i === 3 ? (sessionsOf(4, '- [ ] Call the accountant')[3] ?? s) : s)) };
		expect(buildReview(earlier, { today: TODAY, settings, threads })).toEqual(fresh(earlier));
		expect(buildReview(earlier, { today: TODAY, settings, threads }).actionSteps.some((t) => t.text === 'Call the accountant')).toBe(true);
	});

	it('links only the latest session when every earlier one is the reading the checkpoint was made from', () => {
		const sessions = sessionsOf(40);
		const store = new ThreadCheckpoints();
		// Counts the steps looked at: a step's words are asked for once each time it is linked.
		class CountingCache extends StepWordsCache {
			looked = 0;
			override get(step: Parameters<StepWordsCache['get']>[0]) {
				this.looked++;
				return super.get(step);
			}
		}
		const full = new CountingCache();
		linkThreads(sessions, undefined, full, { store, key: 'a' });
		expect(full.looked).toBe(40 * 3);
		const edited = [...sessions.slice(0, 39), sessionsOf(40, '- [ ] Draft the launch email 2 and the page')[39] as (typeof sessions)[number]];
		const resumed = new CountingCache();
		const threads = linkThreads(edited, undefined, resumed, { store, key: 'a' });
		expect(resumed.looked).toBe(4);
		expect(threads).toEqual(linkThreads(edited));
	});
});
