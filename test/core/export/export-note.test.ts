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
