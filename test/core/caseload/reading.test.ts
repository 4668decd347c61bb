import { describe, expect, it } from 'vitest';
import { NONE } from '../../../src/core/session/none';
import { compactReading } from '../../../src/core/session/compact';
import { defaultSettings } from '../../../src/core/settings';
import { read, session } from '../../helpers';

describe('questions for next time', () => {
	it('reads lines under each default heading as the coach’s questions, kept among the coach’s notes', () => {
		for (const heading of ['Next time', 'Follow-up questions', 'Questions for next time', 'For next session']) {
			const reading = read(session(`## In her words\nI got there.\n\n## ${heading}\n- Ask about the launch date\n- What would make Thursday easier?\n`));
			expect(reading.questions.map((q) => q.text)).toEqual(['Ask about the launch date', 'What would make Thursday easier?']);
			expect(reading.questions[0]?.rule).toBe(`the heading '${heading}'`);
			expect(reading.coachNotes.map((n) => n.text)).toEqual(reading.questions.map((q) => q.text));
			// The coach's: never the client's words.
			expect(reading.clientWords.map((w) => w.text)).toEqual(['I got there.']);
		}
	});

	it('keeps a question that runs over two lines as one, and reads a heading named in the settings', () => {
		const settings = { ...defaultSettings(), nextTimeHeadings: ['Open threads'] };
		const reading = read(session('### 🔜 Open threads:\nWhat changed since\nthe promotion?\n\n## Next time\nNot a question here.\n'), undefined, settings);
		expect(reading.questions.map((q) => q.text)).toEqual(['What changed since the promotion?']);
		expect(reading.coachNotes.map((n) => n.text)).toContain('Not a question here.');
	});

	it('shares the empty list when a note has none, also once compacted', () => {
		const reading = read(session('## Coach notes\nCalm today.\n'));
		expect(reading.questions).toBe(NONE);
		expect(compactReading(read(session('## Next time\n- One\n'))).questions).toHaveLength(1);
		expect(compactReading(reading).questions).toBe(NONE);
	});
});

describe('tags and archived profiles', () => {
	it('reads frontmatter tags as a list or one text, without # and in lower case', () => {
		expect(read(session('', 'client: Ana\ndate: 2026-10-14\ntags: [Executive, "#team/Ops"]')).tags).toEqual(['executive', 'team/ops']);
		expect(read(session('', 'client: Ana\ndate: 2026-10-14\ntags: "#pro bono, health"')).tags).toEqual(['pro', 'bono', 'health']);
		expect(read(session('', 'client: Ana\ndate: 2026-10-14')).tags).toBe(NONE);
	});

	it('archives a client whose profile says status: archived, in any case; a session saying so archives nothing', () => {
		expect(read('---\ntype: client\nstatus: Archived\n---\n# Helen\n', 'People/Helen Frost.md').archived).toBe(true);
		expect(read('---\ntype: client\nstatus: active\n---\n', 'People/Helen Frost.md').archived).toBe(false);
		expect(read(session('', 'client: Helen\ndate: 2026-10-14\nstatus: archived')).archived).toBe(false);
		const settings = { ...defaultSettings(), archivedKey: 'stage', archivedValue: 'finished' };
		expect(read('---\ntype: client\nstage: finished\n---\n', 'People/Helen Frost.md', settings).archived).toBe(true);
	});
});
