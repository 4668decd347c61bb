import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { tempVault } from '../helpers';
import { EXAMPLE_VAULT, TODAY } from '../vault';

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
}

describe('coaching-review caseload', () => {
	it('prints JSON with the keys in the documented order, most recent session first', async () => {
		const { status, out } = await cli('caseload', EXAMPLE_VAULT, '--json', '--today', TODAY);
		expect(status).toBe(0);
		const json = JSON.parse(out) as { today: string; clients: Record<string, unknown>[] };
		expect(Object.keys(json).slice(0, 2)).toEqual(['today', 'clients']);
		expect(json.today).toBe(TODAY);
		for (const row of json.clients) {
			expect(Object.keys(row).slice(0, 9)).toEqual(['name', 'lastSession', 'daysSince', 'sessions', 'openSteps', 'recurringSteps', 'openPromises', 'oldestPromiseDays', 'latestWords']);
		}
		expect(json.clients[0]).toMatchObject({ name: 'Daniel Reyes', lastSession: '2026-11-17', daysSince: 5, sessions: 4, openSteps: 2, recurringSteps: 1, openPromises: 2, oldestPromiseDays: 75 });
		expect(json.clients.map((c) => c.name)).not.toContain('Helen Frost');
	});

	it('shows archived clients with --all and filters by --folder and --tag', async () => {
		const names = async (...flags: string[]) => (JSON.parse((await cli('caseload', EXAMPLE_VAULT, '--json', '--today', TODAY, ...flags)).out) as { clients: { name: string }[] }).clients.map((c) => c.name);
		expect(await names('--all')).toContain('Helen Frost');
		expect((await names('--folder', 'Sessions')).sort()).toEqual(['Marcus Bell', 'Priya Shah', 'Tom Okafor']);
		expect(await names('--tag', 'executive')).toContain('Daniel Reyes');
		expect(await names('--tag', 'executive')).not.toContain('Ruth Adeyemi');
	});

	it('prints a Markdown table by default, and refuses a bad date', async () => {
		const { out } = await cli('caseload', EXAMPLE_VAULT, '--today', TODAY);
		expect(out).toMatch(/^# Caseload, 22 Nov 2026/);
		expect(out).toContain('| [[Clients/Daniel Reyes/Daniel Reyes\\|Daniel Reyes]] | 17 Nov 2026 | 5 days |');
		expect((await cli('caseload', EXAMPLE_VAULT, '--today', 'monday')).status).toBe(2);
	});

	it('archives a client named in the settings', async () => {
		const vault = tempVault({
			'Clients/Ana Silva/2026-10-14.md': '---\ndate: 2026-10-14\n---\n## Coach commitments\n- [ ] Send Ana the notes @me\n',
			'Clients/Bo Park/2026-10-15.md': '---\ndate: 2026-10-15\n---\nText\n',
			'settings.json': JSON.stringify({ archivedClients: ['ana silva'] }),
		});
		const { out } = await cli('caseload', vault, '--json', '--today', '2026-11-01', '--config', `${vault}/settings.json`);
		expect((JSON.parse(out) as { clients: { name: string }[] }).clients.map((c) => c.name)).toEqual(['Bo Park']);
	});
});

describe('coaching-review promises', () => {
	it('prints open promises as JSON in the documented order; --all adds the closed ones', async () => {
		const { status, out } = await cli('promises', EXAMPLE_VAULT, '--json', '--today', TODAY);
		expect(status).toBe(0);
		const json = JSON.parse(out) as { today: string; promises: Record<string, unknown>[] };
		expect(Object.keys(json)).toEqual(['today', 'promises']);
		for (const p of json.promises) {
			expect(Object.keys(p).slice(0, 7)).toEqual(['clients', 'text', 'since', 'daysOpen', 'due', 'path', 'line']);
			expect(['open', 'in-progress']).toContain(p.status);
		}
		expect(json.promises.find((p) => String(p.text).startsWith('Send both'))).toMatchObject({ clients: ['Ben Carter', 'Lucia Romero'], line: 21 });
		const all = JSON.parse((await cli('promises', EXAMPLE_VAULT, '--json', '--all', '--today', TODAY)).out) as { promises: { status: string }[] };
		expect(all.promises.some((p) => p.status === 'done')).toBe(true);
		expect(all.promises.length).toBeGreaterThan(json.promises.length);
	});

	it('prints a list by default', async () => {
		const { out } = await cli('promises', EXAMPLE_VAULT, '--today', TODAY);
		expect(out).toMatch(/^# Your promises, 22 Nov 2026\n\n10 open promises to 9 clients, oldest first\./);
		expect(out).toContain('- **Send both the roles-and-responsibilities canvas**: Ben Carter, Lucia Romero, since 23 Oct 2026 (30 days).');
	});
});

describe('coaching-review brief', () => {
	it('prints the page’s sections by name as JSON', async () => {
		const { status, out } = await cli('brief', EXAMPLE_VAULT, '--client', 'daniel', '--json', '--today', TODAY);
		expect(status).toBe(0);
		const json = JSON.parse(out) as Record<string, unknown> & { questions: { text: string }[] };
		expect(Object.keys(json)).toEqual(['client', 'today', 'lastSession', 'progressMeans', 'lastWords', 'openSteps', 'openPromises', 'questions']);
		expect(json.client).toBe('Daniel Reyes');
		expect(json.questions.map((q) => q.text)).toContain('What happens on Thursdays that the block keeps losing?');
	});

	it('prints Markdown by default, and exits 2 for an unknown client', async () => {
		const { out } = await cli('brief', EXAMPLE_VAULT, '--client', 'Ruth', '--today', TODAY);
		expect(out).toMatch(/^# Before the session with Ruth Adeyemi/);
		expect(out).toContain('## Questions for next time');
		const unknown = await cli('brief', EXAMPLE_VAULT, '--client', 'Nobody', '--today', TODAY);
		expect(unknown.status).toBe(2);
		expect(unknown.err).toContain('no client matches "Nobody"');
		expect((await cli('brief', EXAMPLE_VAULT)).status).toBe(2);
	});

	it('is listed in the help', async () => {
		const { out } = await cli('--help');
		for (const command of ['caseload', 'promises', 'brief']) expect(out).toContain(`coaching-review ${command} <vault>`);
	});
});
