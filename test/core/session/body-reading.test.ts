import { describe, expect, it } from 'vitest';
import { linkThreads } from '../../../src/core/review/threads';
import { parseNote } from '../../../src/core/session/parse-note';
import { readSession } from '../../../src/core/session/read-session';
import { compileRules } from '../../../src/core/session/rules';
import { defaultSettings } from '../../../src/core/settings';

const settings = { ...defaultSettings(), coachNames: ['Sam Rivera'] };
const rules = compileRules(settings);
const read = (body: string, date = '2026-04-07', path = `S/${date}.md`) => readSession(parseNote(path, `---\nclient: Jo Banks\ndate: ${date}\n---\n${body}`), rules);
const words = (body: string) => read(body).clientWords.map((w) => w.text);
const notes = (body: string) => read(body).coachNotes.map((w) => w.text);

describe('issue 16: sections without headings (item 3)', () => {
	it('a bold label opens a section like a heading of that name', () => {
		const steps = read('**Homework**\n- Walk daily\n\n**Coach reflections**\n- she lit up\n').actionSteps.map((s) => s.text);
		expect(steps).toEqual(['Walk daily']);
	});
	it('a plain label counts only when it names a known section, by its first name', () => {
		expect(read('Homework or between-session practice:\n- Journal nightly\n').actionSteps.map((s) => s.text)).toEqual(['Journal nightly']);
		expect(read('Things we discussed:\n- pricing\n').actionSteps).toEqual([]);
	});
	it("GROW's lettered heading gives its role", () => {
		expect(read('## W — Way forward\n1. Email five art directors\n').actionSteps.map((s) => s.text)).toEqual(['Email five art directors']);
	});
});

describe('issue 16: speakers (item 4)', () => {
	it('client, coach and unknown speakers, with timestamps', () => {
		const body = 'Jo Banks  12:04\nI booked the stand.\n\nSam Rivera  12:05\nWhat changed?\n\n**Them** *(10:02:19)*: I stopped asking friends.\n\n**Me** *(10:02:40)*: Why?\n\nSpeaker 2: I am someone else.\n';
		expect(words(body)).toEqual(['I booked the stand.', 'I stopped asking friends.']);
		expect(notes(body)).toEqual(['What changed?', 'Why?', 'I am someone else.']);
	});
	it('inside a coach scope a client speaker stays the coach', () => {
		expect(words('## Private notes\nJo: I hate this job\n')).toEqual([]);
	});
});

describe('issue 16: quotes in the coach prose (item 5)', () => {
	it('the quote alone is the client words; scare quotes and titles are not', () => {
		const body = 'Client stated, "I finally said no to the extra shift." We talked.\n\nShe says "we" for wins and reads "The Lean Startup".\n';
		expect(words(body)).toEqual(['I finally said no to the extra shift.']);
		expect(notes(body).join(' | ')).not.toContain('extra shift');
	});
});

describe('issue 16: steps (item 6)', () => {
	it('owner names, tables and strikethrough', () => {
		const steps = read('## Next steps\n- Jo: book two interviews\n- Sam to send the worksheet\n- Draft intro (me)\n- ~~Gym daily~~\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| Call Ravi | Sam | done |\n| Pick a template | Jo | open |\n').actionSteps;
		expect(steps.map((s) => [s.text, s.owner, s.status])).toEqual([
			['book two interviews', 'client', 'open'],
			['Sam to send the worksheet', 'coach', 'open'],
			['Draft intro', 'coach', 'open'],
			['Gym daily', 'client', 'dropped'],
			['Call Ravi', 'coach', 'done'],
			['Pick a template', 'client', 'open'],
		]);
	});
});

describe('issue 16: status told later (item 7)', () => {
	it('a later review line updates the earlier step, with its line as evidence', () => {
		const first = read('## Next steps\n- Email five art directors\n- Ask about a four-day week\n', '2026-04-07');
		const later = read('**Since last time**\n✅ Art director emails: sent all five\nFour-day week: not asked\n', '2026-04-21');
		const threads = linkThreads([first, later]);
		const status = threads.map((t) => [t.mentions[0]?.text, t.mentions[t.mentions.length - 1]?.status, t.sessionCount]);
		expect(status).toEqual([
			['Email five art directors', 'done', 1],
			['Ask about a four-day week', 'open', 1],
		]);
		expect(threads[0]?.mentions[1]?.rule).toContain('✅ Art director emails');
	});
});
