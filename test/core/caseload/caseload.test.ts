import { describe, expect, it } from 'vitest';
import { buildBrief, buildCaseload, type CaseloadClient, clientFacts, collectPromises, renderBriefMarkdown, renderCaseloadMarkdown } from '../../../src/core/caseload';
import { buildReview, type ClientReview } from '../../../src/core/review/review';
import { exampleVault, TODAY } from '../../vault';

async function exampleCaseload(archivedClients: string[] = []): Promise<CaseloadClient[]> {
	const vault = await exampleVault();
	const options = vault.index.reviewOptions(TODAY);
	return vault.clients.map((entry) => clientFacts(entry, { ...options, settings: { ...options.settings, archivedClients } }));
}

async function exampleReviews(): Promise<ClientReview[]> {
	const vault = await exampleVault();
	return vault.clients.map((entry) => buildReview(entry, vault.index.reviewOptions(TODAY)));
}

describe('the caseload on the example vault', () => {
	it('has one row per client, most recent session first, with the archived client hidden', async () => {
		const caseload = buildCaseload(await exampleCaseload(), { today: TODAY });
		expect(caseload.clients.map((c) => c.name)).toEqual([
			'Daniel Reyes',
			'Amara Nwosu',
			'Ben Carter',
			'Marcus Bell',
			'Susan Lee',
			'Tom Okafor',
			'Priya Shah',
			'Zoë Martin',
			'Lucia Romero',
			'Kenji Watanabe',
			'Ruth Adeyemi',
		]);
		expect(caseload.hidden).toEqual({ archived: 1, filtered: 0 });
		const dates = caseload.clients.map((c) => c.lastSession ?? '');
		expect(dates).toEqual(dates.slice().sort().reverse());
	});

	it('gives each row facts in the JSON order, counted from the client’s notes', async () => {
		const caseload = buildCaseload(await exampleCaseload(), { today: TODAY });
		const daniel = caseload.clients.find((c) => c.name === 'Daniel Reyes');
		expect(Object.keys(daniel ?? {}).slice(0, 9)).toEqual(['name', 'lastSession', 'daysSince', 'sessions', 'openSteps', 'recurringSteps', 'openPromises', 'oldestPromiseDays', 'latestWords']);
		expect(daniel).toMatchObject({
			lastSession: '2026-11-17',
			daysSince: 5,
			sessions: 4,
			openSteps: 2,
			recurringSteps: 1,
			openPromises: 2,
			oldestPromiseDays: 75,
			sessionsThisQuarter: 2,
			cadenceDays: 21,
		});
		expect(daniel?.latestWords).toMatch(/^I told the CEO I'm out of the Monday stand-up/);
		const ruth = caseload.clients.find((c) => c.name === 'Ruth Adeyemi');
		expect(ruth).toMatchObject({ lastSession: '2026-09-15', daysSince: 68, sessionsThisQuarter: 0 });
	});

	it('shows the archived client when asked, and archives a client named in the settings', async () => {
		const all = buildCaseload(await exampleCaseload(), { today: TODAY, includeArchived: true });
		expect(all.clients.find((c) => c.name === 'Helen Frost')).toMatchObject({ archived: true, lastSession: '2026-05-13' });
		expect(all.clients.map((c) => c.name)).toContain('Helen Frost');
		const bySetting = buildCaseload(await exampleCaseload(['ruth adeyemi']), { today: TODAY });
		expect(bySetting.clients.map((c) => c.name)).not.toContain('Ruth Adeyemi');
		expect(bySetting.hidden.archived).toBe(2);
	});

	it('filters by folder and by tag', async () => {
		const clients = await exampleCaseload();
		const sessions = buildCaseload(clients, { today: TODAY, folder: 'Sessions/' });
		expect(sessions.clients.map((c) => c.name).sort()).toEqual(['Marcus Bell', 'Priya Shah', 'Tom Okafor']);
		const tagged = buildCaseload(clients, { today: TODAY, tag: '#Executive' });
		expect(tagged.clients.map((c) => c.name)).toContain('Daniel Reyes');
		expect(tagged.clients.length + tagged.hidden.filtered).toBe(clients.length - tagged.hidden.archived);
		expect(tagged.clients.every((row) => clients.find((c) => c.name === row.name)?.tags.some((t) => t === 'executive' || t.startsWith('executive/')))).toBe(true);
		expect(buildCaseload(clients, { today: TODAY, tag: 'no-such-tag' }).clients).toEqual([]);
	});

	it('gives a client of a joint session only their own words from it', async () => {
		const vault = await exampleVault();
		const jointWords = (name: string) => {
			const review = buildReview(vault.clients.find((c) => c.name === name)!, vault.index.reviewOptions(TODAY));
			return review.sessions.find((s) => s.clients.length > 1)!.clientWords.map((w) => w.text).join(' ');
		};
		const lucia = jointWords('Lucia Romero');
		const ben = jointWords('Ben Carter');
		expect(lucia).toContain("I didn't know Ben felt he was carrying the sales alone.");
		expect(lucia).not.toContain('Saying it out loud');
		expect(ben).toContain('Saying it out loud in front of her was easier than I thought.');
		expect(ben).not.toContain('cold calls');
	});

	it('renders a Markdown table, facts only', async () => {
		const text = renderCaseloadMarkdown(buildCaseload(await exampleCaseload(), { today: TODAY }));
		expect(text).toContain('| Client | Last session | Since |');
		expect(text).toContain('1 archived client hidden');
		expect(text).not.toMatch(/score|rank/i);
	});
});

describe('promises across clients', () => {
	it('lists every open promise once, oldest first, the joint session’s naming both clients', async () => {
		const ledger = collectPromises(await exampleCaseload(), { today: TODAY });
		expect(ledger.promises.every((p) => p.status === 'open' || p.status === 'in-progress')).toBe(true);
		const since = ledger.promises.map((p) => p.since ?? '9999');
		expect(since).toEqual(since.slice().sort());
		const canvas = ledger.promises.filter((p) => p.text.startsWith('Send both the roles-and-responsibilities canvas'));
		expect(canvas).toHaveLength(1);
		expect(canvas[0]).toMatchObject({ clients: ['Ben Carter', 'Lucia Romero'], since: '2026-10-23', daysOpen: 30, path: 'Clients/Lucia Romero/2026-10-23 Joint session with Ben.md', line: 21 });
		expect(ledger.promises.find((p) => p.text === 'Send Daniel the 360 feedback template')).toMatchObject({ clients: ['Daniel Reyes'], due: '2026-11-24', since: '2026-09-08' });
		// Each open promise of every review is in the ledger.
		const open = new Set((await exampleReviews()).flatMap((review) => review.actionSteps.filter((t) => t.owner === 'coach' && (t.status === 'open' || t.status === 'in-progress')).map((t) => t.text)));
		expect(new Set(ledger.promises.map((p) => p.text))).toEqual(open);
	});

	it('shows delivered and dropped promises too with all', async () => {
		const clients = await exampleCaseload();
		const all = collectPromises(clients, { today: TODAY, all: true });
		const open = collectPromises(clients, { today: TODAY });
		expect(all.promises.length).toBeGreaterThan(open.promises.length);
		expect(all.promises.some((p) => p.status === 'done')).toBe(true);
	});
});

describe('the brief before a session', () => {
	it('holds the sections of the page, with the questions noted for next time', async () => {
		const daniel = (await exampleReviews()).find((review) => review.client === 'Daniel Reyes')!;
		const brief = buildBrief(daniel);
		expect(Object.keys(brief)).toEqual(['client', 'today', 'lastSession', 'progressMeans', 'lastWords', 'openSteps', 'openPromises', 'questions']);
		expect(brief.lastSession).toEqual({ date: '2026-11-17', path: 'Clients/Daniel Reyes/2026-11-17.md', number: 4 });
		expect(brief.progressMeans.map((g) => g.text)).toContain('Leave the office by six at least three days a week.');
		expect(brief.lastWords.map((w) => w.text)).toEqual(["I told the CEO I'm out of the Monday stand-up. He said \"about time\". I'm making progress and I can feel it.", "I still haven't protected Thursdays. That one keeps slipping."]);
		expect(brief.openSteps[0]).toMatchObject({ text: 'Block two hours on Thursday with no meetings', timesRaised: 4, recurring: true });
		expect(brief.openPromises.map((p) => p.text)).toEqual(['Send Daniel the 360 feedback template', 'Introduce Daniel to the peer group for new ops leaders']);
		expect(brief.questions.map((q) => q.text)).toEqual(['What happens on Thursdays that the block keeps losing?', 'Is the 360 still useful now, or has he moved past it?']);
		const page = renderBriefMarkdown(brief);
		expect(page).toContain('## Questions for next time');
		expect(page).toContain('- What happens on Thursdays that the block keeps losing?');
	});

	it('takes the questions of the latest session that has any, and says so when there are none', async () => {
		const reviews = await exampleReviews();
		const ruth = buildBrief(reviews.find((review) => review.client === 'Ruth Adeyemi')!);
		expect(ruth.questions.length).toBeGreaterThan(0);
		expect(ruth.questions.every((q) => q.path === 'Clients/Ruth Adeyemi/2026-09-15.md')).toBe(true);
		const amara = reviews.find((review) => review.client === 'Amara Nwosu')!;
		// Her last session has none: the questions are the ones noted in October.
		expect(buildBrief(amara).questions).toEqual([{ text: 'How does she feel about telling her manager?', path: 'Clients/Amara Nwosu/2026-10-27.md', line: 29 }]);
		const none = buildBrief({ ...amara, sessions: amara.sessions.map((s) => ({ ...s, questions: [] })) });
		expect(none.questions).toEqual([]);
		expect(renderBriefMarkdown(none)).toContain('No questions noted.');
	});
});
