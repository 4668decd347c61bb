import { describe, expect, it } from 'vitest';
import { chooseExportPath, exportFileName, exportNoteText } from '../../../src/core/export/export-note';
import { clientFileName, MAX_NAME_LENGTH, safeFolder } from '../../../src/core/export/file-names';
import { newSessionPath } from '../../../src/core/export/new-session';
import { defaultSettings } from '../../../src/core/settings';

const TODAY = '2026-11-22';

describe('file names for a client', () => {
	it('keep a name that is already a file name, with no notice', () => {
		expect(clientFileName('Susan Lee')).toEqual({ name: 'Susan Lee', notice: null });
		expect(clientFileName('Zoë Martin')).toEqual({ name: 'Zoë Martin', notice: null });
	});

	it('are one per client: two names that clean to the same never share a file', () => {
		const plain = exportFileName('client-summary', 'Ann Lee', TODAY);
		const colon = exportFileName('client-summary', 'Ann:Lee', TODAY);
		const slash = exportFileName('client-summary', 'Ann/Lee', TODAY);
		expect(new Set([plain.name, colon.name, slash.name]).size).toBe(3);
		expect(plain.notice).toBeNull();
		expect(colon.name).toMatch(/^Ann Lee [0-9a-f]{6} summary for client 2026-11-22\.md$/);
		expect(colon.notice).toContain('"Ann:Lee" is written as "Ann Lee ');
		const settings = defaultSettings();
		const a = newSessionPath(settings, 'Ann Lee', TODAY, () => false);
		const b = newSessionPath(settings, 'Ann:Lee', TODAY, () => false);
		expect(a.ok && b.ok && a.path !== b.path).toBe(true);
		expect(b.ok && b.notice).toMatch(/Ann:Lee/);
	});

	it('an export of one client never replaces another’s untouched export of the same file name', () => {
		const files = new Map<string, string>();
		const name = 'Ann Lee summary for client 2026-11-22.md';
		files.set(`Reviews/${name}`, exportNoteText('client-summary', 'Ann Lee', TODAY, 'Ann only.\n'));
		expect(chooseExportPath('Reviews', name, (p) => files.get(p) ?? null, 'Ann Lee')).toEqual({ path: `Reviews/${name}`, replaces: true });
		expect(chooseExportPath('Reviews', name, (p) => files.get(p) ?? null, 'Ann:Lee')).toEqual({ path: 'Reviews/Ann Lee summary for client 2026-11-22 (2).md', replaces: false });
	});

	it.each([
		['nothing a file name can hold', '???', /no letters/],
		['only dots', '..', /no letters/],
		['one dot', '.', /no letters/],
		['a Windows device name', 'CON', /Windows/],
		['a Windows device name with an extension', 'nul.txt', /Windows/],
		['COM1', 'com1', /Windows/],
		['a leading dot (hidden)', '.Ann', /dot/],
		['a line break and a quote', 'Ann "x"\nLee', /characters/],
	])('make %s safe, and say so', (_what, client, reason) => {
		const safe = clientFileName(client);
		expect(safe.notice).toMatch(reason);
		expect(safe.name).not.toMatch(/^\.|[\\/:*?"<>|\n]|^\s|\s$/);
		expect(safe.name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i);
		expect(safe.name.length).toBeGreaterThan(0);
	});

	it('cut a name over the longest allowed, keeping it one of its own', () => {
		const long = 'A'.repeat(150);
		const safe = clientFileName(long);
		expect([...safe.name].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
		expect(safe.notice).toMatch(/longer than 100/);
		expect(clientFileName(`${long}B`).name).not.toBe(safe.name);
		expect(clientFileName('B'.repeat(MAX_NAME_LENGTH)).notice).toBeNull();
	});
});

describe('folder settings', () => {
	it('are used as vault paths', () => {
		expect(safeFolder('Reviews', 'review folder')).toEqual({ ok: true, folder: 'Reviews' });
		expect(safeFolder('/Coaching//Reviews/', 'review folder')).toEqual({ ok: true, folder: 'Coaching/Reviews' });
	});

	it.each(['..', '../Elsewhere', 'Reviews/../../etc', '.obsidian', 'Coaching/.hidden', '..\\Windows'])('refuse %s, saying why', (folder) => {
		const result = safeFolder(folder, 'review folder');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toMatch(/Nothing was written: the review folder setting/);
	});

	it('refuse a new session note in a client folder that climbs out', () => {
		const place = newSessionPath({ ...defaultSettings(), clientFolder: '../Clients' }, 'Ann Lee', TODAY, () => false);
		expect(place.ok).toBe(false);
	});
});
