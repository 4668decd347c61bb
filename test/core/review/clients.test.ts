import { describe, expect, it } from 'vitest';
import { findClient, groupClients } from '../../../src/core/review/clients';
import { clientKey } from '../../../src/core/names';
import { read, session } from '../../helpers';
import { exampleVault } from '../../vault';

const note = (client: string, date: string, path = `Sessions/${date} ${client}.md`) => read(session('x', `client: "${client}"\ndate: ${date}`), path);

describe('grouping sessions by client', () => {
	it('treats case, repeated spaces and accents as one client', () => {
		expect(clientKey('  Zoë   MARTIN ')).toBe('zoe martin');
		const clients = groupClients([note('Zoë Martin', '2026-10-01'), note('zoe  martin', '2026-10-08'), note('Zoe Martin', '2026-10-15'), note('Zoe Martin', '2026-10-22')]);
		expect(clients).toHaveLength(1);
		expect(clients[0]?.sessions).toHaveLength(4);
		// No profile: the most frequent spelling is shown.
		expect(clients[0]?.name).toBe('Zoe Martin');
	});

	it("gathers a profile's aliases, and shows the profile's name", () => {
		const profile = read('---\naliases: [Sue]\n---\n', 'Clients/Susan Lee.md');
		const clients = groupClients([note('Sue', '2026-10-01'), profile, note('susan lee', '2026-10-08')]);
		expect(clients.map((c) => [c.name, c.sessions.length, c.profile?.path])).toEqual([['Susan Lee', 2, 'Clients/Susan Lee.md']]);
	});

	it('orders sessions by date, then session number, then path; undated last', () => {
		const a = read(session('', 'client: A\ndate: 2026-10-02\nsession: 2'), 'x/b.md');
		const b = read(session('', 'client: A\ndate: 2026-10-02\nsession: 1'), 'x/c.md');
		const c = read(session('', 'client: A\ndate: 2026-10-01'), 'x/z.md');
		const d = read(session('', 'client: A'), 'x/undated.md');
		expect(groupClients([d, a, b, c])[0]?.sessions.map((s) => s.path)).toEqual(['x/z.md', 'x/c.md', 'x/b.md', 'x/undated.md']);
	});

	it('lists the most recent client first', () => {
		const clients = groupClients([note('Ann', '2026-10-01'), note('Bob', '2026-11-01'), note('Cy', '2026-09-01')]);
		expect(clients.map((c) => c.name)).toEqual(['Bob', 'Ann', 'Cy']);
	});
});

describe('finding a client by name', () => {
	const clients = groupClients([note('Zoë Martin', '2026-10-01'), note('Marcus Bell', '2026-10-02'), note('Susan Lee', '2026-10-03')]);

	it('ignores case and accents, and takes a unique prefix of a name or of a word in it', () => {
		expect(findClient(clients, 'zoe')).toMatchObject({ kind: 'found', client: { name: 'Zoë Martin' } });
		expect(findClient(clients, 'ZOË MARTIN')).toMatchObject({ kind: 'found', client: { name: 'Zoë Martin' } });
		expect(findClient(clients, 'bell')).toMatchObject({ kind: 'found', client: { name: 'Marcus Bell' } });
	});

	it('reports an ambiguous prefix with its candidates, and an unknown name with every client', () => {
		const ambiguous = findClient(clients, 'm');
		expect(ambiguous.kind).toBe('ambiguous');
		expect(ambiguous.kind !== 'found' && ambiguous.candidates.map((c) => c.name).sort()).toEqual(['Marcus Bell', 'Zoë Martin']);
		expect(findClient(clients, 'nobody')).toMatchObject({ kind: 'none' });
	});
});

describe('the example vault', () => {
	it('has at least 5 clients and 50 session notes', async () => {
		const vault = await exampleVault();
		expect(vault.clients.length).toBeGreaterThanOrEqual(5);
		expect(vault.readings.filter((r) => r.role === 'session').length).toBeGreaterThanOrEqual(50);
	});

	it('puts the group session in both clients, and leaves the daily note, book note and template out of the index', async () => {
		const vault = await exampleVault();
		const group = 'Sessions/2026-10-20 Group - Priya and Tom.md';
		const holders = vault.clients.filter((c) => c.sessions.some((s) => s.path === group)).map((c) => c.name);
		expect(holders.sort()).toEqual(['Priya Shah', 'Tom Okafor']);
		for (const path of ['Daily/2026-10-14.md', 'Reading/Atomic Habits.md', 'Templates/Session template.md']) {
			expect(vault.index.readingOf(path)).toBeUndefined();
			expect(vault.clients.some((c) => c.sessions.some((s) => s.path === path))).toBe(false);
		}
	});

	it('joins the spellings of Zoë into one client', async () => {
		const vault = await exampleVault();
		const zoe = vault.clients.filter((c) => c.key === 'zoe martin');
		expect(zoe).toHaveLength(1);
		expect(zoe[0]?.sessions).toHaveLength(10);
		expect(zoe[0]?.name).toBe('Zoë Martin');
	});
});
