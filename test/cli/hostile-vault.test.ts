import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { tempVault } from '../helpers';

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
}

const GOOD = '---\nclient: Ana\ndate: 2026-10-14\n---\n- [ ] Send the notes\n';

// Issue 15, item 2: one note with a property that holds itself made `clients` and `review` exit 1.
describe('a vault with a note whose YAML anchors refer to themselves', () => {
	const notes = {
		'Sessions/2026-10-14 Ana.md': GOOD,
		'Sessions/2026-10-21 Ana.md': '---\nclient: Ana\ndate: 2026-10-21\nsession: &s [*s]\nclient_rating: &r [*r]\n---\n- [ ] Book the room\n',
		'Sessions/2026-10-22 Bo.md': '---\nclient: &c [*c]\ndate: &d [*d]\n---\nText\n',
	};

	it('lists the clients, with each note as a warning naming its file and line', async () => {
		const vault = tempVault(notes);
		const { status, out, err } = await cli('clients', vault, '--json');
		expect(status).toBe(0);
		const json = JSON.parse(out) as { clients: { name: string; sessions: number }[]; warnings: { path: string; line: number; message: string }[] };
		expect(json.clients.map((c) => [c.name, c.sessions])).toEqual([['Ana', 2]]);
		expect(json.warnings.map((w) => `${w.path}:${w.line}`)).toEqual(
			expect.arrayContaining(['Sessions/2026-10-21 Ana.md:4', 'Sessions/2026-10-21 Ana.md:5']),
		);
		expect(err).toContain('warning: Sessions/2026-10-21 Ana.md:4: The "session" field refers to itself');
	});

	it('reviews the client as JSON and Markdown', async () => {
		const vault = tempVault(notes);
		const json = await cli('review', vault, '--client', 'Ana', '--json', '--today', '2026-11-01');
		expect(json.status).toBe(0);
		const review = JSON.parse(json.out) as { actionSteps: { text: string }[] };
		expect(review.actionSteps.map((s) => s.text).sort()).toEqual(['Book the room', 'Send the notes']);
		expect((await cli('review', vault, '--client', 'Ana', '--today', '2026-11-01')).status).toBe(0);
	});

	it('inspects the note as JSON, leaving the property out of the metadata', async () => {
		const vault = tempVault(notes);
		const { status, out, err } = await cli('inspect', path.join(vault, 'Sessions/2026-10-22 Bo.md'), '--json');
		expect(status).toBe(0);
		const json = JSON.parse(out) as { metadata: { frontmatter: Record<string, unknown> }; session: { clients: string[] } };
		expect(json.metadata.frontmatter).toEqual({});
		expect(json.session.clients).toEqual([]);
		expect(err).toContain(':2: The "client" field refers to itself');
	});
});

// Issue 15, item 6: a day the calendar does not have was taken as today.
describe('--today', () => {
	it.each(['2026-02-30', '2026-13-45'])('refuses %s', async (day) => {
		const vault = tempVault({ 'Sessions/2026-10-14 Ana.md': GOOD });
		const { status, err } = await cli('review', vault, '--client', 'Ana', '--today', day);
		expect(status).toBe(2);
		expect(err).toContain('--today takes a date like 2026-11-22.');
	});
});
