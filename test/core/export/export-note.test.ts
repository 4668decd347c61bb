import { describe, expect, it } from 'vitest';
import { chooseExportPath, exportFileName, exportNoteText, isUntouchedExport } from '../../../src/core/export/export-note';
import { read } from '../../helpers';

describe('exported notes', () => {
	const note = exportNoteText('review', 'Susan Lee', '2026-11-22', '# Susan Lee: client review\n\nBody.\n');

	it('carry a marker and a hash of what was written', () => {
		expect(note.startsWith('---\ncoaching-review: review\nreview-of: "[[Susan Lee]]"\ngenerated: 2026-11-22\ncoaching-review-hash: ')).toBe(true);
		expect(isUntouchedExport(note)).toBe(true);
		expect(isUntouchedExport(note.replace('Body.', 'Body, with my own edit.'))).toBe(false);
		expect(isUntouchedExport(note.replace(/coaching-review-hash: \w+\n/, ''))).toBe(false);
		expect(isUntouchedExport('# A note of mine\n')).toBe(false);
	});

	it('are never read back as sessions of the client', () => {
		expect(read(note, 'Clients/Susan Lee/Susan Lee review 2026-11-22.md')).toMatchObject({ role: 'none', clients: [] });
	});

	it('replace only their own untouched output, and never an edited note', () => {
		const files = new Map<string, string>();
		const reader = (p: string) => files.get(p) ?? null;
		const { name } = exportFileName('review', 'Susan Lee', '2026-11-22');
		expect(name).toBe('Susan Lee review 2026-11-22.md');
		expect(chooseExportPath('Reviews', name, reader)).toEqual({ path: 'Reviews/Susan Lee review 2026-11-22.md', replaces: false });
		files.set('Reviews/Susan Lee review 2026-11-22.md', note);
		expect(chooseExportPath('Reviews', name, reader)).toEqual({ path: 'Reviews/Susan Lee review 2026-11-22.md', replaces: true });
		files.set('Reviews/Susan Lee review 2026-11-22.md', note + '\nMy thoughts after reading it.\n');
		expect(chooseExportPath('Reviews', name, reader)).toEqual({ path: 'Reviews/Susan Lee review 2026-11-22 (2).md', replaces: false });
		files.set('Reviews/Susan Lee review 2026-11-22 (2).md', note);
		expect(chooseExportPath('Reviews', name, reader)).toEqual({ path: 'Reviews/Susan Lee review 2026-11-22 (2).md', replaces: true });
	});
});

// Issue 15, item 5: the hash covered only the body, so an export whose frontmatter the coach edited was replaced.
describe('an export whose frontmatter the coach edited', () => {
	const note = exportNoteText('client-summary', 'Susan Lee', '2026-11-22', '# Summary\n\nBody.\n');

	it.each([
		['a tag', (t: string) => t.replace('generated: 2026-11-22\n', 'generated: 2026-11-22\ntags: [sent]\n')],
		['sent-to-client', (t: string) => t.replace('---\n# Summary', 'sent-to-client: 2026-11-23\n---\n# Summary')],
		['a changed value', (t: string) => t.replace('generated: 2026-11-22', 'generated: 2026-11-21')],
		['a line before the hash', (t: string) => t.replace('coaching-review: client-summary\n', 'coaching-review: client-summary\nnote: mine\n')],
	])('is never replaced after %s', (_what, edit) => {
		const edited = edit(note);
		expect(edited).not.toBe(note);
		expect(isUntouchedExport(edited)).toBe(false);
		const files = new Map([['Reviews/x.md', edited]]);
		expect(chooseExportPath('Reviews', 'x.md', (p) => files.get(p) ?? null)).toEqual({ path: 'Reviews/x (2).md', replaces: false });
	});

	it('is replaced when untouched, and a hash line in the body is not the one that counts', () => {
		expect(isUntouchedExport(note)).toBe(true);
		const forged = exportNoteText('review', 'Ana', '2026-11-22', 'Body\ncoaching-review-hash: 0\n');
		expect(isUntouchedExport(forged)).toBe(true);
		expect(isUntouchedExport(forged.replace(/^coaching-review-hash: \w+\n/m, ''))).toBe(false);
	});
});
