import { parseNote } from '../../../src/core/session/parse-note';
import { compileRules } from '../../../src/core/session/rules';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { setProgressMark } from '../../../src/core/edit/set-progress-mark';
import { readSession } from '../../../src/core/session/read-session';
import { defaultSettings } from '../../../src/core/settings';
import { tempVault } from '../../helpers';

const PATH = 'Clients/Ana Silva/2026-10-14.md';
const NOTE = [
	'---',
	'client: Ana Silva',
	'date: 2026-10-14',
	'---',
	'## In her words',
	'- Nothing has worked with the budget.',
	'- I sent the invoice on time ^inv1  ',
	'',
	'> [!quote]',
	'> I went to the gym',
	'> three times.',
	'',
	'Client: I want to stop working weekends.',
	'',
	'## Wins',
	'- Booked a week off',
	'',
].join('\n');

async function reviewJson(root: string) {
	let out = '';
	const status = await run(['review', root, '--client', 'Ana Silva', '--json', '--today', '2026-11-01'], { out: (t) => (out += t), err: () => undefined });
	expect(status).toBe(0);
	const json = JSON.parse(out) as { sessions: { clientWords: { text: string; line: number; progress: boolean; progressReason: string | null; progressMark: string | null }[] }[] };
	return json.sessions.flatMap((s) => s.clientWords);
}

const settings = defaultSettings();
const frontmatter = { client: 'Ana Silva', date: '2026-10-14' };

function mark(text: string, line: number, words: string, value: 'yes' | 'no' | null): string {
	const result = setProgressMark(PATH, text, { line, text: words }, value, settings, frontmatter);
	if (!result.ok) throw new Error(result.reason);
	return result.text;
}

describe("the coach's progress mark", () => {
	it('round-trips: mark, read back by the CLI review JSON, unmark, and the note is byte-identical', async () => {
		const root = tempVault({ [PATH]: NOTE });
		const file = path.join(root, PATH);
		const before = await reviewJson(root);
		expect(before.find((w) => w.line === 6)).toMatchObject({ progress: false, progressMark: null });
		expect(before.find((w) => w.line === 7)).toMatchObject({ text: 'I sent the invoice on time', progress: true });

		let text = mark(NOTE, 6, 'Nothing has worked with the budget.', 'yes');
		text = mark(text, 7, 'I sent the invoice on time', 'no');
		text = mark(text, 10, 'I went to the gym three times.', 'no');
		writeFileSync(file, text);
		expect(text.split('\n')[5]).toBe('- Nothing has worked with the budget. [progress:: yes]');
		expect(text.split('\n')[6]).toBe('- I sent the invoice on time [progress:: no] ^inv1  ');

		const after = await reviewJson(root);
		expect(after.find((w) => w.line === 6)).toMatchObject({ text: 'Nothing has worked with the budget.', progress: true, progressReason: 'marked progress by the coach', progressMark: 'yes' });
		expect(after.find((w) => w.line === 7)).toMatchObject({ text: 'I sent the invoice on time', progress: false, progressReason: null, progressMark: 'no' });
		expect(after.find((w) => w.line === 10)).toMatchObject({ text: 'I went to the gym three times.', progress: false, progressMark: 'no' });

		text = mark(readFileSync(file, 'utf8'), 6, 'Nothing has worked with the budget.', null);
		text = mark(text, 7, 'I sent the invoice on time', null);
		text = mark(text, 10, 'I went to the gym three times.', null);
		writeFileSync(file, text);
		expect(readFileSync(file, 'utf8')).toBe(NOTE);
		expect(await reviewJson(root)).toEqual(before);
	});

	it('changes a mark from yes to no in place, and keeps CRLF line ends', () => {
		const crlf = NOTE.replace(/\n/g, '\r\n');
		const yes = mark(crlf, 13, 'I want to stop working weekends.', 'yes');
		expect(yes).toContain('Client: I want to stop working weekends. [progress:: yes]\r\n');
		const no = mark(yes, 13, 'I want to stop working weekends.', 'no');
		expect(no).toBe(crlf.replace('weekends.\r\n', 'weekends. [progress:: no]\r\n'));
		expect(mark(no, 13, 'I want to stop working weekends.', null)).toBe(crlf);
	});

	it('refuses, changing nothing, when the note changed since it was read or the statement is a win', () => {
		const changed = setProgressMark(PATH, NOTE.replace('Nothing has worked', 'Nothing worked'), { line: 6, text: 'Nothing has worked with the budget.' }, 'yes', settings, frontmatter);
		expect(changed).toMatchObject({ ok: false });
		expect(!changed.ok && changed.reason).toContain('has changed since it was read');
		const win = setProgressMark(PATH, NOTE, { line: 16, text: 'Booked a week off' }, 'no', settings, frontmatter);
		expect(win).toMatchObject({ ok: false });
		expect(setProgressMark(PATH, NOTE, { line: 6, text: 'Nothing has worked with the budget.' }, null, settings, frontmatter)).toEqual({ ok: true, text: NOTE, changed: false });
	});

	it('is read from the line by the reader and kept out of the statement', () => {
		const reading = readSession(parseNote(PATH, mark(NOTE, 6, 'Nothing has worked with the budget.', 'yes'), frontmatter), compileRules(settings));
		expect(reading.clientWords.find((w) => w.line === 6)).toMatchObject({ text: 'Nothing has worked with the budget.', progressMark: 'yes' });
	});
});
