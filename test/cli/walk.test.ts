import { chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault, readClientInFull } from '../../src/cli/load-vault';
import { mayBeFoundBy } from '../../src/core/review';
import { NoteReader, readNoteSafely, walkVault } from '../../src/cli/walk';
import { defaultSettings } from '../../src/core/settings';
import { tempDir, tempVault } from '../helpers';

const NOTE = '---\nclient: Ana\ndate: 2026-10-14\n---\n- [ ] Send the notes\n';

// Issue 15, item 2: the walk followed a link to `/` over the whole disk and counted a linked note twice.
describe('walking a vault', () => {
	it('follows no link out of the vault, and says so', () => {
		const outside = tempDir();
		writeFileSync(path.join(outside, 'secret.md'), NOTE);
		const vault = tempVault({ 'Sessions/a.md': NOTE });
		symlinkSync(outside, path.join(vault, 'elsewhere'));
		symlinkSync(path.join(outside, 'secret.md'), path.join(vault, 'Sessions', 'linked.md'));
		symlinkSync('/', path.join(vault, 'root'));
		const walk = walkVault(vault);
		expect(walk.notes).toEqual(['Sessions/a.md']);
		expect(walk.warnings.map((w) => w.path)).toEqual(['Sessions/linked.md', 'elsewhere', 'root']);
		expect(walk.warnings[0]?.message).toMatch(/leads outside the vault/);
	});

	it('lists a note reached through links once, by its own path', () => {
		const vault = tempVault({ 'Sessions/2026/a.md': NOTE });
		symlinkSync(path.join(vault, 'Sessions', '2026', 'a.md'), path.join(vault, 'Sessions', 'again.md'));
		// A linked folder sorting before the real one: its notes are still listed by their own path.
		symlinkSync(path.join(vault, 'Sessions', '2026'), path.join(vault, 'Sessions', '0-link'));
		expect(walkVault(vault)).toEqual({ notes: ['Sessions/2026/a.md'], warnings: [] });
	});

	it('lists a note only reached through a link inside the vault by that link', () => {
		const vault = tempVault({ '.hidden/a.md': NOTE });
		symlinkSync(path.join(vault, '.hidden', 'a.md'), path.join(vault, 'b.md'));
		expect(walkVault(vault).notes).toEqual(['b.md']);
	});

	it('counts a linked note once in the clients', async () => {
		const vault = tempVault({ 'Sessions/a.md': NOTE });
		symlinkSync(path.join(vault, 'Sessions'), path.join(vault, 'Again'));
		const loaded = await loadVault(vault, defaultSettings());
		expect(loaded.clients.map((c) => [c.name, c.sessions.length])).toEqual([['Ana', 1]]);
	});

	it('skips a note over the size limit, and one gone since the walk, with a warning each', () => {
		const vault = tempVault({ 'big.md': 'x'.repeat(2048) });
		const big = readNoteSafely(vault, 'big.md', 1024);
		expect('warning' in big && big.warning).toMatchObject({ path: 'big.md', line: 1, message: expect.stringMatching(/over the .* a note may be/) as unknown });
		expect(readNoteSafely(vault, 'big.md')).toEqual({ text: 'x'.repeat(2048) });
		const gone = readNoteSafely(vault, 'gone.md');
		expect('warning' in gone && gone.warning.message).toMatch(/cannot be read \(ENOENT\)/);
	});

	it('reads a note larger than the room it is first read into whole, and keeps a copy of each note asked for', () => {
		// 600 KB: more than the room notes are read into (256 KB); notes enough to fill several blocks of kept notes.
		const large = `é${'x'.repeat(600 * 1024)}é`;
		const files: Record<string, string> = { 'a.md': 'short é', 'large.md': large };
		for (let k = 0; k < 20; k++) files[`n${String(k).padStart(2, '0')}.md`] = `${k}: ${'é'.repeat(150 * 1024)}`;
		files['z.md'] = 'the last note, read into the room over the others';
		const vault = tempVault(files);
		const reader = new NoteReader();
		// Bytes compared as bytes (Buffer.equals): a deep equality walks megabytes an element at a time.
		for (const [name, text] of Object.entries(files)) {
			const read = reader.read(vault, name);
			expect('bytes' in read && read.bytes.equals(Buffer.from(text)), name).toBe(true);
			if ('bytes' in read && name !== 'z.md') reader.keep(name, read.bytes);
		}
		// The room was read into again for every note: what was kept is a copy, whole.
		for (const [name, text] of Object.entries(files)) if (name !== 'z.md') expect(reader.keptBytes(name)?.toString('utf8') === text, name).toBe(true);
		expect(reader.keptBytes('z.md')).toBeUndefined();
		const safely = readNoteSafely(vault, 'large.md');
		expect('text' in safely && safely.text === large).toBe(true);
	});

	it("keeps a client's review when one of their notes is deleted after the vault was listed", async () => {
		const vault = tempVault({ 'Sessions/a.md': NOTE, 'Sessions/b.md': NOTE.replace('10-14', '10-21') });
		const settings = defaultSettings();
		const loaded = await loadVault(vault, settings, 'who-and-when', mayBeFoundBy('ana'));
		rmSync(path.join(vault, 'Sessions', 'b.md'));
		const client = loaded.clients[0];
		if (!client) throw new Error('no client');
		// Each note is read from disk once: the review reads the bytes kept when the vault was listed.
		const full = readClientInFull(loaded, client);
		expect(full.sessions.map((s) => s.path)).toEqual(['Sessions/a.md', 'Sessions/b.md']);
		expect(full.sessions.map((s) => s.warnings)).toEqual([[], []]);
		expect(full.sessions[1]?.actionSteps.map((s) => s.text)).toEqual(['Send the notes']);
	});

	it('survives a folder and a note it may not read (as a user without rights to them)', async () => {
		const vault = tempVault({ 'Sessions/a.md': NOTE, 'Locked/b.md': NOTE, 'Sessions/c.md': NOTE });
		chmodSync(path.join(vault, 'Locked'), 0o000);
		chmodSync(path.join(vault, 'Sessions', 'c.md'), 0o000);
		try {
			const loaded = await loadVault(vault, defaultSettings());
			// Root reads everything; anyone else gets a warning for each and the rest of the vault.
			const root = process.getuid?.() === 0;
			expect(loaded.clients.map((c) => c.sessions.length)).toEqual([root ? 3 : 1]);
			expect(loaded.warnings.map((w) => w.path)).toEqual(root ? [] : ['Locked', 'Sessions/c.md']);
		} finally {
			chmodSync(path.join(vault, 'Locked'), 0o755);
			chmodSync(path.join(vault, 'Sessions', 'c.md'), 0o644);
		}
	});

	it('gives a warning, not a crash, for a vault folder that is not there', () => {
		expect(walkVault(path.join(tempDir(), 'missing'))).toEqual({ notes: [], warnings: [expect.objectContaining({ message: expect.stringMatching(/cannot be read \(ENOENT\)/) as unknown })] });
	});
});
