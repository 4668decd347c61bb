import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../../src/cli/load-vault';
import { parseNoteText } from '../../src/cli/read-note';
import { walkVault } from '../../src/cli/walk';
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
		const loaded = await loadVault(vault, settings, 'who-and-when', false);
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
