import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/core/markdown/document';
import { loadRecordedNotes } from '../../conformance';

/**
 * Notes where we knowingly differ from Obsidian, with why. Keyed by note name and field.
 * Empty: every recorded note agrees on every compared field.
 */
const ALLOWED_DIFFERENCES: Record<string, string> = {};

const notes = loadRecordedNotes();

/** JSON with object keys sorted, so key order (which Obsidian does not promise) never counts as a difference. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v,
	);
}

function compare(note: (typeof notes)[number]) {
	const doc = readMarkdown(note.fileContents);
	const cm = note.cachedMetadata;
	const fields = {
		frontmatterPosition: {
			expected: cm.frontmatterPosition ? [cm.frontmatterPosition.start.line, cm.frontmatterPosition.end.line] : null,
			actual: doc.frontmatter ? [doc.frontmatter.position.start.line, doc.frontmatter.position.end.line] : null,
		},
		headings: {
			expected: (cm.headings ?? []).map((h) => [h.heading, h.level, h.position.start.line]),
			actual: doc.headings.map((h) => [h.heading, h.level, h.position.start.line]),
		},
		listItems: {
			expected: (cm.listItems ?? []).map((l) => [l.position.start.line, l.parent, l.task ?? null]),
			actual: doc.listItems.map((l) => [l.position.start.line, l.parent, l.task ?? null]),
		},
		sections: {
			expected: (cm.sections ?? []).map((s) => [s.type, s.position.start.line, s.position.end.line]),
			actual: doc.sections.map((s) => [s.type, s.position.start.line, s.position.end.line]),
		},
	};
	return fields;
}

describe('agreement with Obsidian on the recorded notes', () => {
	it('has the 89 recorded notes to compare with', () => {
		expect(notes.length).toBe(89);
	});

	// The frontmatter's properties are parsed by the adapters (Obsidian, or the command line's `yaml`): the command
	// line's agreement with Obsidian is tested in test/cli/frontmatter.test.ts.
	it('agrees on the frontmatter block, headings, list items and sections for every note', () => {
		const tally: Record<string, { agree: number; differ: number; allowed: number }> = {};
		const failures: string[] = [];
		for (const note of notes) {
			for (const [field, { expected, actual }] of Object.entries(compare(note))) {
				const count = (tally[field] ??= { agree: 0, differ: 0, allowed: 0 });
				if (canonical(expected) === canonical(actual)) {
					count.agree++;
					continue;
				}
				const key = `${note.name}:${field}`;
				if (ALLOWED_DIFFERENCES[key]) {
					count.allowed++;
					continue;
				}
				count.differ++;
				failures.push(`${key}\n  Obsidian: ${JSON.stringify(expected)}\n  ours:     ${JSON.stringify(actual)}`);
			}
		}
		console.log(
			'Agreement with Obsidian (per field: agree / differ / allowed):\n' +
				Object.entries(tally)
					.map(([field, t]) => `  ${field.padEnd(20)} ${t.agree} / ${t.differ} / ${t.allowed}`)
					.join('\n'),
		);
		expect(failures).toEqual([]);
	});

	it('keeps agreeing when the recorded notes use CRLF line endings and a BOM', () => {
		for (const note of notes) {
			const crlf = '\uFEFF' + note.fileContents.replace(/\n/g, '\r\n');
			const a = compare(note);
			const doc = readMarkdown(crlf);
			expect(doc.listItems.map((l) => [l.position.start.line, l.parent, l.task ?? null]), note.name).toEqual(a.listItems.expected);
			expect(doc.sections.map((s) => [s.type, s.position.start.line, s.position.end.line]), note.name).toEqual(a.sections.expected);
			expect(doc.frontmatter ? [doc.frontmatter.position.start.line, doc.frontmatter.position.end.line] : null, note.name).toEqual(a.frontmatterPosition.expected);
		}
	});
});
