import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportNoteText, isUntouchedExport } from '../../../src/core/export/export-note';
import { buildNewSessionNote, DEFAULT_SESSION_TEMPLATE } from '../../../src/core/export/new-session';
import { fillFrontmatter, readFrontmatter, splitFrontmatter } from '../../../src/core/export/yaml-frontmatter';
import type { ClientReview } from '../../../src/core/review/review';
import { defaultSettings } from '../../../src/core/settings';

/** A client name holding a quote, `]]`, and a line break followed by a property of its own. */
const HOSTILE = 'Ann "the boss]]\npublish: true\ncssclasses: [x]';

function frontmatterOf(text: string): Record<string, unknown> {
	const { yaml } = splitFrontmatter(text);
	if (yaml === null) throw new Error('no frontmatter');
	return parse(yaml) as Record<string, unknown>;
}

function review(client: string): ClientReview {
	return {
		client,
		today: '2026-11-22',
		profilePath: null,
		sessionCount: 0,
		firstSession: null,
		lastSession: null,
		cadenceDays: null,
		sessions: [],
		goals: [],
		progress: [],
		ratings: [],
		actionSteps: [],
		followThrough: { done: 0, dropped: 0, inProgress: 0, open: 0, total: 0 },
		coachPromises: { delivered: 0, open: 0, dropped: 0, total: 0 },
		warnings: [],
	};
}

describe('frontmatter the product writes', () => {
	it('an export: a hostile client name stays one value and adds no property', () => {
		const note = exportNoteText('client-summary', HOSTILE, '2026-11-22', 'Body.\n');
		const fields = frontmatterOf(note);
		expect(Object.keys(fields).sort()).toEqual(['coaching-review', 'coaching-review-hash', 'generated', 'review-of']);
		expect(fields['review-of']).toBe(HOSTILE);
		expect(fields.publish).toBeUndefined();
		expect(isUntouchedExport(note)).toBe(true);
		expect(isUntouchedExport(note, HOSTILE)).toBe(true);
	});

	it('an export: a hash that looks like a number is still read back as the hash', () => {
		// Whatever the hash, the note written is recognised as untouched (YAML quotes one that reads as a number).
		for (const body of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) expect(isUntouchedExport(exportNoteText('review', 'Ann', '2026-11-22', body))).toBe(true);
	});

	it('a new session note: a hostile client name stays one value and adds no property', () => {
		const note = buildNewSessionNote(review(HOSTILE), { today: '2026-11-22', template: DEFAULT_SESSION_TEMPLATE, settings: defaultSettings(), makeId: () => 'x' });
		const fields = frontmatterOf(note.text);
		expect(Object.keys(fields)).toEqual(['client', 'date', 'session', 'client_rating', 'coach_rating']);
		expect(fields.client).toBe(`[[${HOSTILE}]]`);
		expect(fields.session).toBe(1);
		expect(fields.date).toBe('2026-11-22');
		expect(fields.publish).toBeUndefined();
		// In the body the name is inert text on its heading's line.
		expect(splitFrontmatter(note.text).body).toContain('# Session 1 with Ann "the boss\\]\\] publish: true cssclasses: \\[x\\]\n');
	});

	it("fills a coach's own template: plain and quoted placeholders, comments and other fields kept", () => {
		const filled = fillFrontmatter('# my template\nclient: {{client}}\ntitle: "Session {{session}} with {{client}}"\nsession: {{session}}\ntags: [coaching]\nunknown: "{{nothing}}"', {
			client: 'Bob: the "builder"\nevil: 1',
			session: 4,
		});
		expect(filled).not.toBeNull();
		const fields = parse((filled ?? '').replace(/^---\n|---$/g, '')) as Record<string, unknown>;
		expect(fields).toEqual({ client: 'Bob: the "builder"\nevil: 1', title: 'Session 4 with Bob: the "builder"\nevil: 1', session: 4, tags: ['coaching'], unknown: '{{nothing}}' });
		expect(filled).toContain('# my template');
	});

	it("falls back to the built-in frontmatter, with a notice, when the template's is not YAML", () => {
		const note = buildNewSessionNote(review('Ann'), { today: '2026-11-22', template: '---\nclient: [{{client}}\n---\nBody\n', settings: defaultSettings(), makeId: () => 'x' });
		expect(note.notice).toMatch(/not valid YAML/);
		expect(frontmatterOf(note.text)).toMatchObject({ client: '[[Ann]]', session: 1 });
	});

	it('reads frontmatter back as data, and none from a note without it', () => {
		expect(readFrontmatter('---\na: 1\n---\nx')).toEqual({ a: 1 });
		expect(readFrontmatter('no frontmatter')).toBeNull();
		expect(readFrontmatter('---\n[broken\n---\n')).toBeNull();
	});
});

describe('splitting frontmatter', () => {
	it('ends the block only at a line that is --- alone', () => {
		expect(splitFrontmatter('---\ntitle: a---\nb: 1\n---\nBody')).toEqual({ yaml: 'title: a---\nb: 1', body: 'Body' });
		expect(splitFrontmatter('---\n---\nBody')).toEqual({ yaml: '', body: 'Body' });
		expect(splitFrontmatter('---\r\na: 1\r\n---\r\nBody')).toEqual({ yaml: 'a: 1', body: 'Body' });
		expect(splitFrontmatter('No frontmatter\n---\n')).toEqual({ yaml: null, body: 'No frontmatter\n---\n' });
	});
});
