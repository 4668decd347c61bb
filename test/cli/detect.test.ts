import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { tempDir, tempVault } from '../helpers';
import { EXAMPLE_VAULT } from '../vault';

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
}

const call = (date: string, client: string, extra = '') =>
	`---\ndate: ${date}\nparticipants: [Marco Bellini, ${client}]\n---\n# Call\n\n## Summary\nThey talked.\n\n**Support from me**\n- Send the hiring guide\n\n## Action Items\n- [ ] Write the job ad (@${client})\n- [ ] Share the scorecard (@Marco)\n\n## Transcript\n**Marco Bellini**: How did it go?\n**${client}**: It went well, I managed to ship it.\n${extra}`;

const FATHOM_LIKE = {
	'Calls/20260303-aisha.md': call('2026-03-03', 'Aisha Rahman'),
	'Calls/20260317-aisha.md': call('2026-03-17', 'Aisha Rahman'),
	'Calls/20260305-ben.md': call('2026-03-05', 'Ben Carter'),
	'Calls/20260319-ben.md': call('2026-03-19', 'Ben Carter'),
	'Calls/20260326-intro.md': '---\ndate: 2026-03-26\nparticipants: [Marco Bellini]\n---\n# Intro\n\n## Summary\nA prospect.\n\n## Action Items\n- [ ] Send the brochure\n',
};

describe('coaching-review detect (issue 16, item 9)', () => {
	it('prints the proposals readably: coach names, keys, headings, labels, speakers, folders', async () => {
		const vault = tempVault(FATHOM_LIKE);
		const { status, out } = await cli('detect', vault, '--coach', 'Marco Bellini');
		expect(status).toBe(0);
		expect(out).toMatch(/^5 of 5 notes look like sessions\./);
		expect(out).toMatch(/Coach names:\n(?: {2}.*\n)* {2}Marco Bellini +→ Coach name \(given with --coach\)/);
		expect(out).toMatch(/ {2}Marco +→ Coach name \(the first name of Marco Bellini\)/);
		expect(out).toMatch(/participants +5 notes +→ Client key/);
		expect(out).toMatch(/Action Items +5 notes +→ Action steps/);
		expect(out).toMatch(/Support from me +4 notes +→ Coach promises/);
		expect(out).toMatch(/Aisha Rahman +2 notes +→ Leave as is/);
		expect(out).toMatch(/Folders:\n {2}Calls +5 notes/);
	});

	it('writes a settings file that --config reads: the coach is no client, the coach-only call is warned about', async () => {
		const vault = tempVault(FATHOM_LIKE);
		const before = JSON.parse((await cli('clients', vault, '--json')).out) as { clients: { name: string }[] };
		expect(before.clients.map((c) => c.name)).toContain('Marco Bellini');

		const file = path.join(tempDir(), 'settings.json');
		const detected = await cli('detect', vault, '--coach', 'Marco Bellini', '--write', file);
		expect(detected.status).toBe(0);
		const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
		expect(written.coachNames).toEqual(['Marco Bellini', 'Marco']);
		expect(written.coachPromiseHeadings).toContain('Support from me');

		const after = await cli('clients', vault, '--json', '--config', file);
		expect(after.err).not.toContain('Unknown setting');
		const listed = JSON.parse(after.out) as { clients: { name: string; sessions: number }[]; warnings: { path: string; message: string; kind?: string }[] };
		expect(listed.clients.map((c) => `${c.name} ${c.sessions}`).sort()).toEqual(['Aisha Rahman 2', 'Ben Carter 2']);
		expect(listed.warnings).toEqual([expect.objectContaining({ path: 'Calls/20260326-intro.md', kind: 'unnamed-sessions' })]);

		const review = JSON.parse((await cli('review', vault, '--client', 'Aisha', '--json', '--config', file, '--today', '2026-12-31')).out) as {
			actionSteps: { text: string; owner: string }[];
		};
		// `(@Marco)` marks the coach's own promise; `(@Aisha Rahman)` the client's step; the bold label `**Support from
		// me**` opens a section of the coach's promises.
		const owners = review.actionSteps.map((s) => `${s.owner}: ${s.text.replace(/ \(.*\)$/, '')}`).sort();
		expect(owners).toEqual(['client: Write the job ad', 'coach: Send the hiring guide', 'coach: Share the scorecard']);
	});

	it('proposes the coach from the notes when none is given: the one in many clients\u2019 sessions', async () => {
		const { out } = await cli('detect', tempVault(FATHOM_LIKE));
		expect(out).toMatch(/Marco Bellini +2 notes +→ Coach name \(in the sessions of 2 different people\)/);
		expect(out).not.toMatch(/Aisha Rahman +\d+ notes? +→ Coach name/);
	});

	it('rejects a missing folder and an unknown option', async () => {
		expect((await cli('detect')).status).toBe(2);
		expect((await cli('detect', EXAMPLE_VAULT, '--nope')).status).toBe(2);
	});
});
