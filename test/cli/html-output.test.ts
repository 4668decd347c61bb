import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { tempDir, tempVault } from '../helpers';

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
}

const NOTE = '---\nclient: Ana\ndate: 2026-10-14\n---\n- [ ] Send the notes\n';
const review = (vault: string, file: string, ...more: string[]) => cli('review', vault, '--client', 'Ana', '--today', '2026-11-01', '--html', file, ...more);

// Issue 15, item 5: `--html` pointed into the vault overwrote a note; a missing folder printed a stack trace.
describe('review --html writes only the file it was given', () => {
	it('refuses a path inside the vault, even through a link, and leaves the note as it was', async () => {
		const vault = tempVault({ 'Sessions/a.md': NOTE });
		const note = path.join(vault, 'Sessions', 'a.md');
		const inside = await review(vault, note);
		expect(inside.status).toBe(1);
		expect(inside.err.trim().split('\n')).toEqual([expect.stringMatching(/is inside the vault, and the command line never writes to the vault/)]);
		expect(readFileSync(note, 'utf8')).toBe(NOTE);
		const outside = tempDir();
		symlinkSync(path.join(vault, 'Sessions'), path.join(outside, 'link'));
		expect((await review(vault, path.join(outside, 'link', 'a.md'), '--force')).status).toBe(1);
		expect((await review(vault, path.join(vault, 'new.html'))).status).toBe(1);
		expect(existsSync(path.join(vault, 'new.html'))).toBe(false);
	});

	it('refuses an existing file it did not write, unless --force, and replaces its own', async () => {
		const vault = tempVault({ 'Sessions/a.md': NOTE });
		const file = path.join(tempDir(), 'page.html');
		writeFileSync(file, '<p>my own page</p>');
		const refused = await review(vault, file);
		expect(refused.status).toBe(1);
		expect(refused.err).toContain('already exists and was not written by coaching-review; add --force to replace it.');
		expect(readFileSync(file, 'utf8')).toBe('<p>my own page</p>');
		expect((await review(vault, file, '--force')).status).toBe(0);
		expect(readFileSync(file, 'utf8')).toContain('<meta name="generator" content="coaching-review">');
		// Its own page it replaces without being asked.
		expect((await review(vault, file)).status).toBe(0);
	});

	it('reports a missing folder in one line', async () => {
		const vault = tempVault({ 'Sessions/a.md': NOTE });
		const { status, out, err } = await review(vault, path.join(tempDir(), 'no', 'such', 'page.html'));
		expect(status).toBe(1);
		expect(out).toBe('');
		expect(err.trim().split('\n')).toEqual([expect.stringMatching(/^coaching-review: --html: the folder .*no\/such does not exist\.$/)]);
	});
});
