import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proposeSectionRole } from '../../../src/core/detect/roles';
import { type NoteToScan, scanNoteStyle } from '../../../src/core/detect/scan';
import { settingsFromProposals, settingsFromScan } from '../../../src/core/detect/to-settings';
import { defaultSettings } from '../../../src/core/settings';
import { noteText } from '../../notes';

const STYLES = fileURLToPath(new URL('../../fixtures/styles/', import.meta.url));

function notesOf(vault: string, rel = ''): NoteToScan[] {
	const notes: NoteToScan[] = [];
	for (const name of readdirSync(path.join(vault, rel))) {
		const child = rel ? `${rel}/${name}` : name;
		if (statSync(path.join(vault, child)).isDirectory()) notes.push(...notesOf(vault, child));
		else if (name.endsWith('.md')) {
			const text = readFileSync(path.join(vault, child), 'utf8');
			notes.push(noteText(child, text));
		}
	}
	return notes;
}

const roleOf = (scan: ReturnType<typeof scanNoteStyle>, kind: string, name: string) => scan.found.find((d) => d.kind === kind && d.name === name)?.role;

describe('detect my note style (issue 16, item 9)', () => {
	it('proposes roles for the labels and headings of a bold-label vault, and the coach from "For <coach>"', () => {
		const scan = scanNoteStyle(notesOf(path.join(STYLES, 'bold-label', 'vault')), defaultSettings(), { coachNames: ['Rachel Kim'] });
		expect(scan.sessionNotes).toBeGreaterThanOrEqual(6);
		expect(roleOf(scan, 'heading', 'Commitments Made by Coach')).toBe('coach-promises');
		expect(roleOf(scan, 'heading', 'Commitments Made by Coachee')).toBe('action-steps');
		expect(roleOf(scan, 'heading', 'Coaching Notes (Private)')).toBe('private');
		expect(roleOf(scan, 'label', "Coach's observations")).toBe('coach-notes');
		expect(roleOf(scan, 'label', 'What the client said')).toBe('client-words');
		expect(roleOf(scan, 'coach name', 'Rachel')).toBe('coach-name');
		const settings = settingsFromScan(scan, defaultSettings());
		expect(settings.coachNames).toEqual(['Rachel Kim', 'Rachel']);
		// Already a default name (issue 16, item 3), in its own spelling.
		expect(settings.coachPromiseHeadings.map((h) => h.toLowerCase())).toContain('commitments made by coach');
		expect(settings.privateHeadings).toContain('Coaching Notes (Private)');
	});

	it('finds the coach of a meeting-tool vault from the participants, and the numeric date order of a Notion export', () => {
		const granola = scanNoteStyle(notesOf(path.join(STYLES, 'granola', 'vault')), defaultSettings());
		expect(granola.found.filter((d) => d.kind === 'coach name').map((d) => d.name)).toEqual(['Claire Dubois']);
		expect(roleOf(granola, 'frontmatter key', 'people')).toBe('client-key');
		expect(roleOf(granola, 'frontmatter key', 'created_at')).toBe('date-key');
		expect(roleOf(granola, 'frontmatter key', 'updated_at')).toBe('none');
		const notion = scanNoteStyle(notesOf(path.join(STYLES, 'notion', 'vault')), defaultSettings(), { coachNames: ['Tess Lindqvist'] });
		expect(notion.numericDateOrder).toBe('day-month');
		expect(settingsFromScan(notion, defaultSettings()).numericDateOrder).toBe('day-month');
	});

	it('keeps the role of a name the settings already know, so detect on the example vault changes no review', () => {
		const example = fileURLToPath(new URL('../../../examples/vault/', import.meta.url));
		const scan = scanNoteStyle(notesOf(example), defaultSettings());
		expect(roleOf(scan, 'heading', 'Client reflections')).toBe('client-words');
		expect(roleOf(scan, 'heading', 'Client says')).toBe('client-words');
		expect(scan.found.filter((d) => d.kind === 'property line')).toEqual([]);
		const settings = settingsFromScan(scan, defaultSettings());
		const defaults = defaultSettings();
		for (const list of ['clientWordsHeadings', 'winsHeadings', 'goalsHeadings', 'coachNotesHeadings', 'actionStepHeadings', 'coachPromiseHeadings'] as const) {
			expect(settings[list], list).toEqual(expect.arrayContaining(defaults[list]));
		}
	});

	it('keeps a name the coach moved to another role out of its old lists', () => {
		const settings = settingsFromProposals([{ kind: 'heading', name: 'wins', notes: 3, role: 'coach-notes', reason: '' }], defaultSettings());
		expect(settings.clientWordsHeadings).not.toContain('Wins');
		expect(settings.winsHeadings).not.toContain('Wins');
		expect(settings.coachNotesHeadings).toContain('wins');
	});

	it('proposes private before anything else, and nothing for a name it does not know', () => {
		expect(proposeSectionRole('🔒 Private Notes')).toBe('private');
		expect(proposeSectionRole("Coach's post-session reflection (private)")).toBe('private');
		expect(proposeSectionRole('Support from me')).toBe('coach-promises');
		expect(proposeSectionRole('Homework or between-session practice')).toBe('action-steps');
		expect(proposeSectionRole('W — Way forward')).toBe('action-steps');
		// A review of the last session's steps: its lines tell how they went (issue 16, item 7).
		expect(proposeSectionRole('Progress on previous commitments')).toBe('progress-review');
		expect(proposeSectionRole('Since last time')).toBe('progress-review');
		expect(proposeSectionRole('R — Reality')).toBe('none');
	});
});
