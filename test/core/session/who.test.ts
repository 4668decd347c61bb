import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../src/core/session/rules';
import { coachLinePrefixesFor, coachOwnerMarkersFor, readBodyProperties } from '../../../src/core/session/who';
import { type CoachingSettings, defaultSettings } from '../../../src/core/settings';
import { read, session, texts } from '../../helpers';

function withCoach(...names: string[]): CoachingSettings {
	return { ...defaultSettings(), coachNames: names };
}

describe('who a note is about (issue 16, item 1)', () => {
	it('reads the client from person, participants, attendees, with and people by default', () => {
		for (const key of ['person', 'participants', 'attendees', 'with', 'people']) {
			expect(read(session('', `${key}: Nina Patel\ndate: 2026-02-03`), 'x/y.md').clients, key).toEqual(['Nina Patel']);
		}
	});

	it('reads property lines at the top of a note with no frontmatter, Markdown links and bold keys included', () => {
		const notion = '# Owen 14/07\n\nClient: [Owen Price](../Clients%209a7c/Owen%20Price%207f1e3d5c9b2a4e6f8d0c1b3a5e7f9d2c.md)\nDate: March 3, 2026\nCoach: Tess\n\n## Check-in\nText.\n';
		expect(read(notion, 'Sessions 8e3f/Owen 3b5d7f9a1c2e4b6d8f0a2c4e6b8d1f3a.md')).toMatchObject({ role: 'session', clients: ['Owen Price'], date: '2026-03-03' });
		const bold = '**Client:** Grace Liu\n**Session date:** 7 October 2026\n\n**What the client said:**\n- x\n';
		expect(read(bold, 'Logs/a.md')).toMatchObject({ clients: ['Grace Liu'], date: '2026-10-07' });
		const dap = 'Client Name/ID: Ruth Adeyemi\nDate of Service: 30/06/2026\n\nD - Data:\nText.\n';
		expect(read(dap, 'Counselling/b.md')).toMatchObject({ clients: ['Ruth Adeyemi'], date: '2026-06-30' });
	});

	it('does not take a label further down the note, or a lone label, for a property', () => {
		expect(readBodyProperties('Some prose first.\n\nClient: Ann\n')).toEqual([]);
		expect(readBodyProperties('**Wins:**\n- x\n')).toEqual([]);
		expect(read('# Daily\n\nWent running.\n\nClient: Ann\n', 'Daily/2026-01-01.md').role).toBe('none');
	});

	it('does not take a line of speech at the top of a note for a client name', () => {
		expect(read('Client: I finally sent the email.\nDate: 3 March 2026\n\nMore.\n', 'x/a.md').clients).toEqual([]);
		expect(read('Client: I was scared: it went fine\n\nMore.\n', 'x/b.md').clients).toEqual([]);
		expect(read('Client: J. R. Okafor\nDate: 3 March 2026\n\nMore.\n', 'x/c.md').clients).toEqual(['J. R. Okafor']);
	});

	it('skips template placeholders and warns about an empty client line', () => {
		expect(read(session('', 'person: "{{person}}"\ndate: 2026-01-01'), 'x/t.md').clients).toEqual([]);
		expect(read('**Coachee**: [Name]\n**Date**: YYYY-MM-DD\n', 'x/t.md').clients).toEqual([]);
		const empty = read('Client Name/ID:\nDate of Service: 12 June 2026\n\nD - Data:\nx\n', 'x/i.md');
		expect(empty.clients).toEqual([]);
		expect(empty.warnings).toEqual([expect.objectContaining({ line: 1, message: 'The "Client Name/ID" field names no client.' })]);
	});
});

describe('who the coach is (issue 16, item 2)', () => {
	it('skips the coach and Me in participant lists, whatever the spelling or link', () => {
		const settings = withCoach('Marco Bellini', 'Marco');
		expect(read(session('', 'participants: [Marco Bellini, Aisha Rahman]\ndate: 2026-03-03'), 'f/a.md', settings).clients).toEqual(['Aisha Rahman']);
		expect(read(session('', 'people:\n  - "[[marco bellini]]"\n  - "[[Hana Sato]]"\ndate: 2026-03-03'), 'f/a.md', settings).clients).toEqual(['Hana Sato']);
		expect(read(session('', 'attendees: [Me, Leo Grant]\ndate: 2026-03-03'), 'f/a.md').clients).toEqual(['Leo Grant']);
		expect(read(session('', 'attendees: [Dana Whitfield (me), Leo Grant]\ndate: 2026-03-03'), 'f/a.md').clients).toEqual(['Leo Grant']);
	});

	it('never makes the coach a client: a note naming only the coach names no client', () => {
		const settings = withCoach('Marco Bellini');
		const alone = read(session('', 'participants: [Marco Bellini]\ndate: 2026-03-26'), 'f/c.md', settings);
		expect(alone).toMatchObject({ role: 'none', clients: [] });
		expect(read(session('', 'client: "[[Marco Bellini]]"\ndate: 2026-03-26'), 'f/c.md', settings).clients).toEqual([]);
		// A later key can still name the client.
		expect(read(session('', 'client: Marco Bellini\nwith: Ann\ndate: 2026-03-26'), 'f/c.md', settings).clients).toEqual(['Ann']);
	});

	it('adds the coach names to the coach line prefixes and owner markers', () => {
		const settings = withCoach('Sam Rivera', 'Sam');
		expect(coachLinePrefixesFor(settings)).toEqual(['Sam Rivera', 'Sam', 'Coach', 'Me']);
		expect(coachOwnerMarkersFor(settings)).toEqual(expect.arrayContaining(['@Sam Rivera', '@SamRivera', '@Sam', '(me)', '@coach']));
		const rules = compileRules(settings);
		expect(rules.coachPrefix?.test('Sam: try a shorter list')).toBe(true);
		expect(rules.coachPrefix?.test('**Sam Rivera**: what would help?')).toBe(true);
		expect(rules.coachPrefix?.test('Samantha: no')).toBe(false);
	});

	it('reads a step marked with the coach name or (me) as the coach promise, and Sam: lines as the coach words', () => {
		const settings = withCoach('Sam Rivera', 'Sam');
		const note = read(session('## Action items\n- [ ] Send the worksheet (@Sam Rivera)\n- [ ] Book the room (me)\n- [ ] Call the bank (@Jo)\n\n## Notes\nSam: what would a good week look like?\n'), undefined, settings);
		expect(note.actionSteps.map((s) => [s.owner, s.text])).toEqual([
			['coach', expect.stringContaining('Send the worksheet')],
			['coach', expect.stringContaining('Book the room')],
			['client', expect.stringContaining('Call the bank')],
		]);
		expect(texts(note.clientWords)).not.toContain('what would a good week look like?');
		expect(texts(note.coachNotes).join('\n')).toContain('what would a good week look like?');
	});
});

describe('property lines atop an exported page are its fields, never anyone’s words', () => {
	it('keeps `**Client:** Grace Liu` and `Date:` out of the client’s words, and reads the speech below as before', () => {
		const text = '# Coaching session\n**Client:** Grace Liu\n**Date:** March 3, 2026\n\n## Notes\nClient: I finally sent the proposal.\n';
		const reading = read(text, 'Notion/Coaching session 3f2ac1d0e9b84c7a9d1e2f3a4b5c6d7e.md');
		expect(reading.clients).toEqual(['Grace Liu']);
		expect(reading.date).toBe('2026-03-03');
		expect(reading.clientWords.map((w) => w.text)).toEqual(['I finally sent the proposal.']);
	});

	it('leaves a lone `Client:` line of speech at the top of a note the client’s words', () => {
		const reading = read('---\nclient: Grace Liu\ndate: 2026-03-03\n---\nClient: I finally sent the proposal.\n', 'Sessions/2026-03-03 Grace.md');
		expect(reading.clientWords.map((w) => w.text)).toEqual(['I finally sent the proposal.']);
	});
});
