import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault, readClientInFull } from '../../src/cli/load-vault';
import { parseNoteText } from '../../src/cli/read-note';
import { walkVault } from '../../src/cli/walk';
import { findClient, mayBeFoundBy } from '../../src/core/review';
import type { SessionReading } from '../../src/core/session';
import { defaultSettings } from '../../src/core/settings';
import { VaultIndex } from '../../src/core/vault-index';
import { tempVault } from '../helpers';

const BODY = '# Session\n\n## Next steps\n- [ ] Send the notes\n\nClient: I finally did it.\n\n---\n\nMore after a rule.\n';

/** Notes of every shape whose head alone may or may not settle who and when. */
const NOTES: Record<string, string> = {
	'Sessions/plain.md': `---\nclient: Ana\ndate: 2026-10-14\n---\n${BODY}`,
	'Sessions/crlf.md': `---\r\nclient: "[[Ana]]"\r\ndate: 2026-10-21\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}`,
	'Sessions/lone-cr.md': `---\rclient: Ana\rdate: 2026-10-28\r---\r${BODY.replace(/\n/g, '\r')}`,
	'Sessions/bom.md': `\uFEFF---\nclient: Ben\ndate: 2026-10-14\n---\n${BODY}`,
	'Sessions/bad-bytes-head.md': `---\nclient: Ben\ndate: 2026-10-2\u0000\n---\n${BODY}`,
	'Sessions/accents.md': `---\nclient: Zoë Martin\ndate: 2026-11-02\ntags: [café, "a, b"]\n---\n${BODY}é\n`,
	'Sessions/rating.md': `---\nclient: Ana\ndate: 2026-11-09\nclient_rating: 11\nsession: x\n---\n${BODY}`,
	'Sessions/no-client.md': `---\ndate: 2026-10-14\ntags: [coaching]\n---\n${BODY}`,
	'Sessions/empty-client.md': `---\nclient:\ndate: 2026-10-14\n---\n${BODY}`,
	'Sessions/comments-only.md': `---\n# nothing\n---\n${BODY}`,
	'Sessions/broken-yaml.md': `---\nclient: "Ana\ndate: 2026-10-14\n---\n${BODY}`,
	'Sessions/unclosed.md': `---\nclient: Ana\ndate: 2026-10-14\n${BODY.replace('---', '***')}`,
	'Sessions/no-frontmatter.md': `**Client:** Ana\n**Date:** 2026-12-01\n\n${BODY}`,
	'Sessions/rule-in-properties.md': `**Client:** Ana\n---\n**Date:** 2026-12-01\n\n${BODY}`,
	'Sessions/unnamed-after-rule.md': `Notes\n---\nClient: I did it.\n\n${BODY}`,
	'Sessions/rule-only.md': `Just a note.\n${BODY}`,
	'Sessions/fence-last.md': `---\nclient: Ana\ndate: 2026-12-08\n---\n`,
	'Sessions/fence-no-newline.md': `---\nclient: Ana\ndate: 2026-12-15\n---`,
	'Clients/Ana/Ana.md': `---\ntype: profile\naliases: [Annie]\ngoals: [Run a 10k]\n---\n# Ana\n`,
	'Sessions/alias.md': `---\nclient: Annie\ndate: 2026-12-22\n---\n${BODY}`,
	'Sessions/export.md': `---\nclient: Ana\ncoaching-review-export: true\n---\n${BODY}`,
};

// Issue 13: `clients` and `review` read who and when from a session's frontmatter lines alone; the answer must be the
// one the whole note gives, for every shape of note.
describe('loading a vault for who and when', () => {
	it('gives the readings, clients and warnings that reading every whole note gives', async () => {
		const vault = tempVault(NOTES);
		const settings = defaultSettings();
		const loaded = await loadVault(vault, settings);
		const whole = new VaultIndex(settings);
		for (const file of walkVault(vault).notes.filter((p) => whole.wants(p))) {
			const note = parseNoteText(file, readFileSync(path.join(vault, file), 'utf8'));
			whole.admit(note, { frontmatter: note.frontmatter, hasFrontmatter: note.fences !== null || note.unclosed }, 'who-and-when');
		}
		whole.finishBuild();
		expect(loaded.readings).toEqual(whole.readings());
		expect(loaded.index.warnings()).toEqual(whole.warnings());
		expect(loaded.clients).toEqual(whole.clients());
		// The shapes above reach both ways of settling a note: by its frontmatter alone and from its whole text.
		expect(loaded.readings.length).toBeGreaterThan(10);
		expect(loaded.warnings.some((w) => w.path === 'Sessions/bad-bytes-head.md' && w.kind === 'bad-bytes')).toBe(true);
		// A note that names no one is read whole: it is counted among the notes laid out like sessions.
		expect(loaded.warnings.some((w) => w.kind === 'unnamed-sessions')).toBe(true);
	});
});

const ALIASED: Record<string, string> = {
	'Clients/Ana Silva/Ana Silva.md': '---\ntype: profile\naliases: [Annie]\n---\n# Ana Silva\n',
	'Sessions/a.md': `---\nclient: Ana Silva\ndate: 2026-10-14\n---\n${BODY}`,
	'Sessions/b.md': `---\nclient: Annie\ndate: 2026-10-21\n---\n${BODY.replace('Send the notes', 'Book the venue')}`,
	'Sessions/c.md': `---\nclient: Ben\ndate: 2026-10-21\n---\n${BODY}`,
};

/** One client's notes, each read whole from disk as it is now: what `readClientInFull` must give. */
function wholeReadingsOf(vault: string, paths: string[]) {
	const index = new VaultIndex(defaultSettings());
	return paths.map((p) => index.read(parseNoteText(p, readFileSync(path.join(vault, p), 'utf8'))));
}

// Issue 13: `review` kept the bytes of every note in the vault (fresh memory for each, a third of its run); it keeps
// those of the notes naming a client its query may find, and reads any other of the client's notes again.
describe("reading the client's notes in full for a review", () => {
	async function loadFor(vault: string, query: string) {
		const loaded = await loadVault(vault, defaultSettings(), 'who-and-when', mayBeFoundBy(query));
		const found = findClient(loaded.clients, query);
		if (found.kind !== 'found') throw new Error(`no client ${query}`);
		return { loaded, client: found.client };
	}

	it("keeps the bytes of the notes the query may find only, and reads a session named by another alias again", async () => {
		const vault = tempVault(ALIASED);
		const { loaded, client } = await loadFor(vault, 'ana');
		expect(['Clients/Ana Silva/Ana Silva.md', 'Sessions/a.md', 'Sessions/b.md', 'Sessions/c.md'].map((p) => loaded.notes.keptBytes(p) !== undefined)).toEqual([true, true, false, false]);
		const full = readClientInFull(loaded, client);
		expect(full.profile).toEqual(wholeReadingsOf(vault, ['Clients/Ana Silva/Ana Silva.md'])[0]);
		expect(full.sessions).toEqual(wholeReadingsOf(vault, ['Sessions/a.md', 'Sessions/b.md']));
		expect(full.sessions[1]?.actionSteps.map((s) => s.text)).toEqual(['Book the venue']);
		expect(full.warnings).toEqual([]);
	});

	it('keeps the notes an alias in the query finds, with the profile that gives it', async () => {
		const vault = tempVault(ALIASED);
		const { loaded, client } = await loadFor(vault, 'annie');
		expect(['Clients/Ana Silva/Ana Silva.md', 'Sessions/a.md', 'Sessions/b.md'].map((p) => loaded.notes.keptBytes(p) !== undefined)).toEqual([true, false, true]);
		expect(readClientInFull(loaded, client).sessions.map((s) => s.path)).toEqual(['Sessions/a.md', 'Sessions/b.md']);
	});

	it('leaves out, with a warning, a note read again that now names someone else, or is gone', async () => {
		const vault = tempVault(ALIASED);
		const { loaded, client } = await loadFor(vault, 'ana');
		// Changed between the listing and the review: its words are now another client's, and must not reach Ana's.
		writeFileSync(path.join(vault, 'Sessions', 'b.md'), `---\nclient: Ben\ndate: 2026-10-21\n---\nClient: Ben's private words.\n`);
		const changed = readClientInFull(loaded, client);
		expect(changed.sessions.map((s) => s.path)).toEqual(['Sessions/a.md']);
		expect(JSON.stringify(changed)).not.toContain('private words');
		expect(changed.warnings).toEqual([{ path: 'Sessions/b.md', line: 1, kind: 'unreadable', message: expect.stringMatching(/changed while the review was being made/) as unknown }]);
		rmSync(path.join(vault, 'Sessions', 'b.md'));
		const gone = readClientInFull(loaded, client);
		expect(gone.sessions.map((s) => s.path)).toEqual(['Sessions/a.md']);
		expect(gone.warnings).toEqual([expect.objectContaining({ path: 'Sessions/b.md', kind: 'unreadable', message: expect.stringMatching(/cannot be read \(ENOENT\)/) as unknown })]);
	});
});

describe('the notes a query may find', () => {
	const reading = (clients: string[], aliases: string[] = []) => ({ clients, aliases }) as unknown as SessionReading;

	it('finds a name, a prefix of it or of any word, ignoring case and accents, and a profile by its aliases', () => {
		const zoe = mayBeFoundBy('zoe');
		expect([zoe(reading(['Zoë Martin'])), zoe(reading(['Martin, Zoë'])), zoe(reading(['Zoey'])), zoe(reading(['Ana'])), zoe(reading(['Ana', 'Zoë']))]).toEqual([true, true, true, false, true]);
		expect(mayBeFoundBy('ann')(reading(['Ana Silva'], ['Annie']))).toBe(true);
		expect(mayBeFoundBy('silva')(reading(['Ana Silva']))).toBe(true);
		expect(mayBeFoundBy('  ')(reading(['Ana']))).toBe(false);
	});
});
