import { describe, expect, it } from 'vitest';
import type { Frontmatter } from '../../../src/core/session/frontmatter-fields';
import { parseNote } from '../../../src/core/session/parse-note';
import { type CoachingSettings, defaultSettings } from '../../../src/core/settings';
import { mayBeSession, mayHoldSession, VaultIndex } from '../../../src/core/vault-index';
import { UNNAMED_SESSIONS } from '../../../src/core/session';

const settings = defaultSettings();

function note(path: string, frontmatter: Frontmatter | null, body = '- [ ] Email the list\n') {
	const yaml = frontmatter ? `---\n${Object.entries(frontmatter).map(([k, v]) => `${k}: ${String(v)}`).join('\n')}\n---\n` : '';
	return parseNote(path, `${yaml}${body}`, frontmatter);
}

function indexOf(notes: ReturnType<typeof note>[], options: { settings?: CoachingSettings; complete?: boolean } = {}): VaultIndex {
	const index = new VaultIndex(options.settings ?? settings);
	for (const n of notes) if (index.wants(n.path, { frontmatter: n.frontmatter, hasFrontmatter: n.frontmatter !== null })) index.put(index.read(n));
	if (options.complete !== false) index.finishBuild();
	return index;
}

describe('the scope rule (one for the plugin and the command line)', () => {
	const withFolders = { ...settings, sessionFolders: ['/Sessions/'] };

	it('takes every note under the client folder, whatever its frontmatter, and only Markdown', () => {
		expect(mayBeSession('Clients/Ana/2026-10-14.md', withFolders, { frontmatter: null, hasFrontmatter: false })).toBe(true);
		expect(mayBeSession('Clients/Ana.md', withFolders, { frontmatter: {}, hasFrontmatter: true })).toBe(true);
		expect(mayBeSession('Clients/Ana/photo.png', settings)).toBe(false);
		expect(mayBeSession('Sessions/2026-10-14.MD', settings)).toBe(true);
	});

	it('takes other notes only under a session folder (any folder when none is set)', () => {
		const head = { frontmatter: { client: 'Ana' }, hasFrontmatter: true };
		expect(mayBeSession('Sessions/a.md', withFolders, head)).toBe(true);
		expect(mayBeSession('Sessions2/a.md', withFolders, head)).toBe(false);
		expect(mayBeSession('Daily/a.md', withFolders, head)).toBe(false);
		expect(mayBeSession('Daily/a.md', settings, head)).toBe(true);
	});

	it('judges a known head by its frontmatter: a client, a profile type (as the reader trims it), or broken YAML', () => {
		expect(mayBeSession('a.md', settings, { frontmatter: { Coachee: 'Ana' }, hasFrontmatter: true })).toBe(true);
		expect(mayBeSession('a.md', settings, { frontmatter: { type: ' Client ' }, hasFrontmatter: true })).toBe(true);
		expect(mayBeSession('a.md', settings, { frontmatter: { type: 'book' }, hasFrontmatter: true })).toBe(false);
		expect(mayBeSession('a.md', settings, { frontmatter: null, hasFrontmatter: true })).toBe(true);
		expect(mayBeSession('a.md', settings, { frontmatter: null, hasFrontmatter: false })).toBe(false);
		// Without a head (the command line before parsing), the path decides and the reading does the rest.
		expect(mayBeSession('a.md', settings)).toBe(true);
	});
});

describe('the vault index', () => {
	it('keeps sessions and profiles, and a no one note only for its broken frontmatter', () => {
		const index = new VaultIndex(settings);
		index.put(index.read(note('Sessions/s.md', { client: 'Ana', date: '2026-10-14' })));
		index.put(index.read(note('Daily/d.md', { mood: 'fine' })));
		index.put(index.read(parseNote('Daily/broken.md', '---\nmood: "fine\n---\n', null)));
		index.finishBuild();
		expect(index.readings().map((r) => r.path)).toEqual(['Daily/broken.md', 'Sessions/s.md']);
		expect(index.warnings().map((w) => [w.path, w.kind])).toEqual([['Daily/broken.md', 'frontmatter-invalid']]);
	});

	it('groups clients once, and groups again after a change that moves a note', () => {
		const index = indexOf([note('Sessions/a.md', { client: 'Ana', date: '2026-10-01' }), note('Sessions/b.md', { client: 'Ben', date: '2026-10-02' })]);
		const first = index.clients();
		expect(index.clients()).toBe(first);
		// Same client, same date: the entry is kept and the reading swapped in place.
		const edited = index.read(note('Sessions/a.md', { client: 'Ana', date: '2026-10-01' }, '- [ ] Call the bank\n'));
		index.put(edited);
		expect(index.clients()).toBe(first);
		expect(index.findClient('ana')?.sessions).toEqual([edited]);
		// Now Ben's: grouped again.
		index.put(index.read(note('Sessions/a.md', { client: 'Ben', date: '2026-10-01' })));
		expect(index.findClient('ana')).toBeUndefined();
		expect(index.findClient('ben')?.sessions.map((s) => s.path)).toEqual(['Sessions/a.md', 'Sessions/b.md']);
	});

	it('never keeps a grouping made while a build runs once more notes come in', () => {
		const index = new VaultIndex(settings);
		index.startBuild();
		index.put(index.read(note('Sessions/a.md', { client: 'Ana', date: '2026-10-01' })));
		expect(index.complete).toBe(false);
		expect(index.findClient('ana')?.sessions).toHaveLength(1);
		index.put(index.read(note('Sessions/b.md', { client: 'Ana', date: '2026-10-02' })));
		index.finishBuild();
		expect(index.complete).toBe(true);
		expect(index.findClient('ana')?.sessions).toHaveLength(2);
	});

	it('removes and renames, and names the clients a change touches (an alias leads to the profile)', () => {
		const index = indexOf([
			note('Clients/Susan Lee.md', { type: 'client', aliases: 'Sue' }),
			note('Sessions/a.md', { client: 'Sue', date: '2026-10-01' }),
			note('Sessions/b.md', { client: 'Ben', date: '2026-10-02' }),
		]);
		const change = index.remove('Sessions/a.md');
		expect(change.before?.path).toBe('Sessions/a.md');
		expect([...index.affectedKeys(change)].sort()).toEqual(['sue', 'susan lee']);
		expect(index.remove('Sessions/a.md')).toEqual({ before: undefined, after: undefined });
		// Moved into Ana's client folder: now Ana's.
		const moved = index.rename('Sessions/b.md', index.read(note('Clients/Ana/b.md', { date: '2026-10-02' })));
		expect(moved.before?.clients).toEqual(['Ben']);
		expect(moved.after?.clients).toEqual(['Ana']);
		expect(index.clients().map((c) => c.name).sort()).toEqual(['Ana', 'Susan Lee']);
	});

	it('makes a note that could not be read a warning, and reads it again when it can', () => {
		const index = indexOf([note('Sessions/a.md', { client: 'Ana', date: '2026-10-01' })]);
		index.fail('Sessions/b.md', 'ENOENT');
		expect(index.warnings()).toEqual([{ path: 'Sessions/b.md', line: 1, kind: 'unreadable', message: 'The note could not be read (ENOENT); it is left out.' }]);
		index.put(index.read(note('Sessions/b.md', { client: 'Ana', date: '2026-10-02' })));
		expect(index.warnings()).toEqual([]);
		expect(index.findClient('ana')?.sessions).toHaveLength(2);
	});

	it('finds a client by a typed name, and gives what a review needs (settings, progress phrases, the kept step words)', () => {
		const index = indexOf([note('Sessions/a.md', { client: 'Zoë Martin', date: '2026-10-01' })]);
		const match = index.matchClient('zoe');
		expect(match.kind === 'found' ? match.client.name : null).toBe('Zoë Martin');
		const options = index.reviewOptions('2026-11-22');
		expect(options.today).toBe('2026-11-22');
		expect(options.settings).toBe(settings);
		expect(options.cache).toBe(index.stepWords);
		expect(options.progress).not.toBeNull();
	});

	it('drops every reading when the settings change, and reads by the new ones', () => {
		const index = indexOf([note('Notes/a.md', { coachee: 'Ana', date: '2026-10-01' })]);
		expect(index.size).toBe(1);
		index.setSettings({ ...settings, clientKeys: ['client'] });
		expect(index.size).toBe(0);
		expect(index.complete).toBe(false);
		expect(index.wants('Notes/a.md', { frontmatter: { coachee: 'Ana' }, hasFrontmatter: true })).toBe(false);
	});
});

describe('notes its frontmatter leaves out (admit)', () => {
	const noHead = { frontmatter: null, hasFrontmatter: false };

	it('reads any note in the session folders unless its frontmatter marks it a daily, journal, book or template note', () => {
		expect(mayHoldSession('Notion/Session 3f2a.md', settings, noHead)).toBe(true);
		expect(mayHoldSession('Granola/Call.md', settings, { frontmatter: { title: 'Call' }, hasFrontmatter: true })).toBe(true);
		expect(mayHoldSession('Daily/2026-10-14.md', settings, { frontmatter: { tags: ['daily'] }, hasFrontmatter: true })).toBe(false);
		expect(mayHoldSession('Reading/Atomic Habits.md', settings, { frontmatter: { type: 'book' }, hasFrontmatter: true })).toBe(false);
		expect(mayHoldSession('Templates/Session.md', settings, noHead)).toBe(false);
		expect(mayHoldSession('Elsewhere/a.md', { ...settings, sessionFolders: ['Sessions'] }, noHead)).toBe(false);
	});

	it('keeps a note that names its client only in property lines atop its body', () => {
		const index = new VaultIndex(settings);
		const page = parseNote('Notion/Session 3f2a.md', '# Session\nClient: Ana Silva\nDate: March 3, 2026\n\n## Action steps\n- [ ] Call the bank\n', null);
		expect(index.admit(page, noHead).after?.clients).toEqual(['Ana Silva']);
		index.finishBuild();
		expect(index.clients().map((c) => c.name)).toEqual(['Ana Silva']);
	});

	it('remembers a note laid out like a session that names no one, and forgets it when it is removed or names a client', () => {
		const index = new VaultIndex(settings);
		const body = '## Action steps\n- [ ] Call the bank\n## Wins\n- Paid the rent\n';
		expect(index.admit(parseNote('Calls/2026-03-10 call.md', body, null), noHead).after).toBeUndefined();
		index.finishBuild();
		const unnamed = () => index.warnings().filter((w) => w.kind === UNNAMED_SESSIONS);
		expect(unnamed().map((w) => w.path)).toEqual(['Calls/2026-03-10 call.md']);
		index.admit(parseNote('Calls/2026-03-10 call.md', `Client: Ana Silva\n\n${body}`, null), noHead);
		expect(unnamed()).toEqual([]);
		index.admit(parseNote('Calls/2026-03-10 call.md', body, null), noHead);
		index.remove('Calls/2026-03-10 call.md');
		expect(unnamed()).toEqual([]);
	});
});
