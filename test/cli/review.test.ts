import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { tempDir } from '../helpers';
import { EXAMPLE_VAULT, TODAY } from '../vault';

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
}

describe('coaching-review clients', () => {
	it('lists clients, most recent session first, with counts and dates', async () => {
		const { status, out, err } = await cli('clients', EXAMPLE_VAULT);
		expect(status).toBe(0);
		const rows = out.split('\n').filter((l) => l.startsWith('  '));
		expect(rows.map((r) => r.trim().split(/\s{2,}/)[0])).toEqual(['Daniel Reyes', 'Amara Nwosu', 'Ben Carter', 'Marcus Bell', 'Susan Lee', 'Tom Okafor', 'Priya Shah', 'Zoë Martin', 'Lucia Romero', 'Kenji Watanabe', 'Ruth Adeyemi', 'Helen Frost']);
		expect(out).toMatch(/Susan Lee +12 sessions +2026-06-03 to 2026-11-11/);
		expect(err).toContain('warning: Sessions/2026-10-21 Marcus Bell.md:3: The frontmatter is not valid YAML');
	});

	it('says how many clients in words that fit the number', async () => {
		expect((await cli('clients', EXAMPLE_VAULT)).out).toMatch(/^12 clients in /);
		const root = tempDir();
		mkdirSync(path.join(root, 'Clients', 'Ana Silva'), { recursive: true });
		writeFileSync(path.join(root, 'Clients', 'Ana Silva', '2026-10-14.md'), '# Session\n');
		const { out } = await cli('clients', root);
		expect(out).toMatch(/^1 client in /);
		expect(out).toMatch(/Ana Silva +1 session +2026-10-14 to 2026-10-14/);
	});

	it('prints JSON with the warnings in it', async () => {
		const { out } = await cli('clients', EXAMPLE_VAULT, '--json');
		const json = JSON.parse(out) as { clients: { name: string; sessions: number }[]; warnings: { path: string; line: number }[] };
		expect(json.clients.find((c) => c.name === 'Zoë Martin')).toEqual({ name: 'Zoë Martin', sessions: 10, firstSession: '2026-07-06', lastSession: '2026-10-26', profile: null });
		expect(json.warnings.map((w) => `${w.path}:${w.line}`).sort()).toEqual(['Clients/Zoë Martin/Session 10.md:1', 'Sessions/2026-10-21 Marcus Bell.md:3']);
	});
});

describe('coaching-review review', () => {
	it('prints the Markdown review by default', async () => {
		const { status, out } = await cli('review', EXAMPLE_VAULT, '--client', 'susan', '--today', TODAY);
		expect(status).toBe(0);
		expect(out.startsWith('# Susan Lee: client review\n')).toBe(true);
		expect((await cli('review', EXAMPLE_VAULT, '--client', 'susan', '--today', TODAY, '--markdown')).out).toBe(out);
	});

	it('prints the JSON shape the README documents', async () => {
		const { out } = await cli('review', EXAMPLE_VAULT, '--client', 'Susan Lee', '--json', '--today', TODAY);
		const json = JSON.parse(out) as Record<string, unknown>;
		for (const key of ['client', 'today', 'sessions', 'goals', 'actionSteps', 'followThrough', 'coachPromises', 'warnings']) expect(json).toHaveProperty(key);
		const [session] = json.sessions as Record<string, unknown>[];
		expect(Object.keys(session ?? {})).toEqual(expect.arrayContaining(['path', 'date', 'number', 'clientWords', 'coachNotes', 'ratings']));
		const [step] = json.actionSteps as Record<string, unknown>[];
		expect(Object.keys(step ?? {})).toEqual(
			expect.arrayContaining(['text', 'owner', 'status', 'timesRaised', 'firstRaised', 'lastRaised', 'due', 'overdue', 'recurring', 'mentions']),
		);
		expect((step?.mentions as Record<string, unknown>[])[0]).toEqual({ path: 'Clients/Susan Lee/2026-06-03.md', line: 22, date: '2026-06-03', status: 'open', text: 'Email the list about the launch', rule: "a checkbox under the heading 'Action steps'" });
	});

	it('finds zoe as Zoë, and exits 2 listing the candidates for an ambiguous or unknown name', async () => {
		expect((await cli('review', EXAMPLE_VAULT, '--client', 'zoe', '--json', '--today', TODAY)).out).toContain('"client": "Zoë Martin"');
		const ambiguous = await cli('review', EXAMPLE_VAULT, '--client', 'm');
		expect(ambiguous.status).toBe(2);
		expect(ambiguous.err).toContain('"m" matches more than one client:\n  Marcus Bell\n  Zoë Martin\n');
		const unknown = await cli('review', EXAMPLE_VAULT, '--client', 'Nobody');
		expect(unknown.status).toBe(2);
		expect(unknown.err).toContain('no client matches "Nobody"');
		expect(unknown.out).toBe('');
	});

	it('puts the warnings about this client on stderr and into the JSON', async () => {
		const { out, err } = await cli('review', EXAMPLE_VAULT, '--client', 'marcus', '--json', '--today', TODAY);
		expect(err).toBe('warning: Sessions/2026-10-21 Marcus Bell.md:3: The frontmatter is not valid YAML (Missing closing "quote); the fields that could be read are used.\n');
		expect((JSON.parse(out) as { warnings: unknown[] }).warnings).toHaveLength(1);
	});

	it('rejects a bad --today, a missing --client, two formats, and a missing folder', async () => {
		expect((await cli('review', EXAMPLE_VAULT, '--client', 'susan', '--today', '22/11/2026')).status).toBe(2);
		expect((await cli('review', EXAMPLE_VAULT)).err).toContain('needs --client');
		expect((await cli('review', EXAMPLE_VAULT, '--client', 'a', '--json', '--markdown')).status).toBe(2);
		expect((await cli('review', '/no/such/vault', '--client', 'a')).err).toContain('is not a folder');
		expect((await cli('review', '--help')).out).toContain('--client <name>');
		expect((await cli('clients', '--help')).out).toContain('coaching-review clients <vault>');
	});

	it('reads the plugin settings shape from --config', async () => {
		const { out } = await cli('clients', EXAMPLE_VAULT, '--json', '--config', new URL('../fixtures/settings-no-client-folder.json', import.meta.url).pathname);
		const names = (JSON.parse(out) as { clients: { name: string }[] }).clients.map((c) => c.name);
		// Without a client folder, Priya's notes (named by folder only) are no one's; the group session still names her.
		expect(names).toContain('Priya Shah');
		expect((JSON.parse(out) as { clients: { name: string; sessions: number }[] }).clients.find((c) => c.name === 'Priya Shah')?.sessions).toBe(1);
	});
});
