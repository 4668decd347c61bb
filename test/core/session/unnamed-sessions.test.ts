import { describe, expect, it } from 'vitest';
import { loadVault } from '../../../src/cli/load-vault';
import { defaultSettings } from '../../../src/core/settings';
import { tempVault } from '../../helpers';
import { EXAMPLE_VAULT } from '../../vault';

const meeting = (date: string, who = '') =>
	`---\ngranola_id: x\ncreated_at: ${date}T10:00:00.000Z\n${who}---\n# Coaching\n\n## My Notes\nnotes\n\n## Transcript\n**Me** *(10:02:11)*: Hi.\n**Them** *(10:02:19)*: Hello.\n`;

describe('nothing skipped silently (issue 16, item 8)', () => {
	it('counts the notes that look like sessions but name no client, one warning per folder, naming each', async () => {
		const vault = tempVault({
			'Granola/a.md': meeting('2026-09-01'),
			'Granola/b.md': meeting('2026-09-02'),
			'Granola/c.md': meeting('2026-09-03'),
			'Granola/leo.md': meeting('2026-09-04', 'people: ["[[Leo Martins]]"]\n'),
			'Old/x.md': meeting('2026-01-05'),
		});
		const { warnings, clients } = await loadVault(vault, defaultSettings());
		expect(clients.map((c) => c.name)).toEqual(['Leo Martins']);
		const unnamed = warnings.filter((w) => w.kind === 'unnamed-sessions');
		expect(unnamed.map((w) => [w.path, w.message.split(',')[0]])).toEqual([
			['Granola', '3 notes in Granola/ look like sessions but name no client'],
			['Old/x.md', '1 note in Old/ looks like a session but names no client'],
		]);
		expect(unnamed[0]?.message).toContain('a.md, b.md, c.md');
	});

	it('in a folder of sessions, warns about a dated note with only labels (an intake with an empty client line)', async () => {
		const dap = (name: string, date: string) => `Client Name/ID: ${name}\nDate of Service: ${date}\n\nD - Data:\nText.\n`;
		const vault = tempVault({
			'Counselling/Ruth/2026-06-02.md': dap('Ruth Adeyemi', '2 June 2026'),
			'Counselling/Tom/2026-06-04.md': dap('Tom Nowak', '4 June 2026'),
			'Counselling/Intake.md': dap('', '12 June 2026'),
			'Notes/Shopping 2026-06-12.md': 'Groceries:\n- milk\n',
		});
		const { warnings } = await loadVault(vault, defaultSettings());
		expect(warnings.filter((w) => w.kind === 'unnamed-sessions').map((w) => w.path)).toEqual(['Counselling/Intake.md']);
	});

	it('stays silent about daily notes, book notes and templates', async () => {
		const { warnings } = await loadVault(EXAMPLE_VAULT, defaultSettings());
		expect(warnings.filter((w) => w.kind === 'unnamed-sessions')).toEqual([]);
		const vault = tempVault({
			'Daily/2026-10-14.md': '---\ndate: 2026-10-14\ntags: [daily]\n---\n## Action items\n- [ ] ink\n## Observations\nx\n',
			'Books/Habits.md': '---\ndate: 2026-01-01\ntags:\n  - book\n---\n## Wins\n- [ ] lend it\n## Coach notes\n',
			'Templates/Session.md': '---\ndate: 2026-01-01\n---\n## Action items\n- [ ] \n## Coach notes\n',
			'Sessions/t.md': '**Coachee**: [Name]\n**Date**: 2026-01-01\n\n### Wins\n- [ ] x\n',
		});
		const quiet = await loadVault(vault, defaultSettings());
		expect(quiet.warnings.filter((w) => w.kind === 'unnamed-sessions')).toEqual([]);
	});
});
