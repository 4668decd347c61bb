import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../src/core/session/rules';
import { readSession } from '../../../src/core/session/read-session';
import { parseNote } from '../../../src/core/session/parse-note';
import { defaultSettings } from '../../../src/core/settings';
import {
	addDoneDate,
	cutSpans,
	formatStepLine,
	hasTasksEmoji,
	isStepStatusChar,
	openCommentStart,
	parseCheckboxLine,
	readStepContent,
	readStepFields,
	readTrailingBlockId,
	removeDoneDate,
	scanTasksEmoji,
	withStatus,
} from '../../../src/core/step-line';

const settings = defaultSettings();
const context = compileRules(settings).steps;
const read = (content: string, box: string | null = ' ') => readStepContent(content, box, context);

describe('the checkbox', () => {
	it('takes only the characters the README lists as steps', () => {
		expect([' ', 'x', 'X', '-', '/', '>'].every(isStepStatusChar)).toBe(true);
		expect(['🙂', '?', '!', '*', 'o'].some(isStepStatusChar)).toBe(false);
		expect(parseCheckboxLine('- [🙂] x')).toBeNull();
		expect(parseCheckboxLine('> 12. [/] Call Ana')).toEqual({ lead: '> 12. ', statusChar: '/', statusAt: 7, rest: ' Call Ana', restAt: 9 });
		expect(parseCheckboxLine('    * [X]')).toMatchObject({ statusChar: 'X', rest: '' });
		expect(parseCheckboxLine('- [x]done')).toBeNull();
		expect(parseCheckboxLine('1234567890. [ ] too long a number')).toBeNull();
		expect(parseCheckboxLine('-[ ] no space')).toBeNull();
	});

	it('writes a status by changing the one character, and nothing for a line that is no step', () => {
		expect(withStatus('  - [ ] Call Ana  ', 'done')).toBe('  - [x] Call Ana  ');
		expect(withStatus('> 1) [x] Call Ana', 'dropped')).toBe('> 1) [-] Call Ana');
		expect(withStatus('- [?] Call Ana', 'done')).toBeNull();
	});
});

describe('Tasks emoji', () => {
	it('reads every variant Tasks accepts, and takes each out of the text', () => {
		const facts = read('Draft page 📅 2026-11-01 ✅ 2026-10-30 ⏳ 2026-10-20 ⌛ 2026-10-21 🛫 2026-10-19 ➕ 2026-10-01 🆔 abc1 ⛔ xyz,q2 🔁 every week 🏁 delete ⏫ 🔺 🔼 🔽 ⏬');
		expect(facts).toMatchObject({ text: 'Draft page', due: '2026-11-01', doneDate: '2026-10-30', id: 'abc1', status: 'done', usesTasksSignifiers: true });
		const scan = scanTasksEmoji('a ❌ 2026-10-31 b');
		expect(scan.values).toEqual({ cancelled: '2026-10-31' });
	});

	it('reads 📆 and 🗓 (with or without a variation selector) as due dates', () => {
		expect(read('Call 📆 2026-12-01').due).toBe('2026-12-01');
		expect(read('Call 🗓 2026-12-02').due).toBe('2026-12-02');
		expect(read('Call 🗓️ 2026-12-03').due).toBe('2026-12-03');
		expect(read('Call 🗓️2026-12-03').text).toBe('Call');
	});

	it('counts a note whose only Tasks emoji is 🏁 (or ⛔, 📆) as using Tasks', () => {
		for (const sign of ['🏁', '⛔', '📆', '🗓', '🔁', '⏬']) expect(hasTasksEmoji(`- [ ] x ${sign} y`), sign).toBe(true);
		expect(hasTasksEmoji('- [ ] x 🚀 🙂 y ✔')).toBe(false);
	});

	it('near miss: a sign without its value, an impossible date and a date in the words are no due dates', () => {
		expect(read('Email the list by 2026-11-01')).toMatchObject({ due: null, usesTasksSignifiers: false });
		expect(read('Book 📅 soon')).toMatchObject({ text: 'Book 📅 soon', due: null, usesTasksSignifiers: false });
		expect(read('Book 📅 2026-02-30').due).toBeNull();
	});
});

describe('Dataview fields, ids and owner markers', () => {
	it('reads [due:: ], (due:: ), [id:: ], [owner:: coach] and leaves other fields in the text', () => {
		expect(read('Call Ana [due:: 2026-12-01] (id:: c1) [mood:: good]')).toMatchObject({ text: 'Call Ana [mood:: good]', due: '2026-12-01', id: 'c1' });
		expect(read('Send notes [owner:: coach]')).toMatchObject({ text: 'Send notes', owner: 'coach', ownerSource: 'the field [owner:: coach]' });
		expect(read('Send notes [Owner:: Ana]')).toMatchObject({ owner: 'client' });
		expect(read('[due:: 2026-12-01) mismatched').due).toBeNull();
		expect(readStepFields('due:: 2026-12-01')).toEqual([{ key: 'due', value: '2026-12-01', style: 'line', start: 0, end: 16 }]);
		expect(readStepFields('https://x.com::y')).toEqual([]);
	});

	it('reads ids from 🆔, [id:: ] and a trailing ^block-id, the first written winning', () => {
		expect(read('a 🆔 x1').id).toBe('x1');
		expect(read('b [id:: x2]').id).toBe('x2');
		expect(read('c ^x3')).toMatchObject({ text: 'c', id: 'x3' });
		expect(read('c^x3').id).toBeNull();
		expect(readTrailingBlockId('^only')).toEqual({ id: 'only', rest: '' });
	});

	it('reads @coach, @me and #coach as words of their own only', () => {
		expect(read('Send the notes @coach')).toMatchObject({ text: 'Send the notes', owner: 'coach', ownerSource: 'the marker @coach' });
		expect(read('#coach book room')).toMatchObject({ text: 'book room', owner: 'coach' });
		expect(read('Mail ana@coach.com about #coaching')).toMatchObject({ owner: null, text: 'Mail ana@coach.com about #coaching' });
	});
});

describe('writing a step line', () => {
	it('writes due and id as Tasks emoji or Dataview fields, and a note in brackets', () => {
		expect(formatStepLine({ status: 'in-progress', text: 'Call Ana', marker: '@coach', due: '2026-12-01', id: 'k1' })).toBe('- [/] Call Ana @coach 📅 2026-12-01 🆔 k1');
		expect(formatStepLine({ status: 'open', text: 'Call Ana', due: '2026-12-01', id: 'k1', style: 'dataview' })).toBe('- [ ] Call Ana [due:: 2026-12-01] [id:: k1]');
		expect(formatStepLine({ status: 'dropped', text: 'Call Ana', note: 'since 3 Oct' })).toBe('- [-] Call Ana (since 3 Oct)');
	});

	it('reads back what it wrote', () => {
		const line = formatStepLine({ status: 'open', text: 'Call Ana', marker: '@coach', due: '2026-12-01', id: 'k1' });
		const box = parseCheckboxLine(line);
		expect(box && read(box.rest, box.statusChar)).toMatchObject({ text: 'Call Ana', owner: 'coach', due: '2026-12-01', id: 'k1', status: 'open' });
	});

	it('puts a done date before a block id and before a comment left open, and takes it out again', () => {
		expect(addDoneDate('- [x] a 📅 2026-11-01 ^b1  ', '2026-11-22')).toBe('- [x] a 📅 2026-11-01 ✅ 2026-11-22 ^b1  ');
		expect(addDoneDate('- [x] a %% x %% b %% open', '2026-11-22')).toBe('- [x] a %% x %% b ✅ 2026-11-22 %% open');
		expect(openCommentStart('a %% b %% c')).toBe(-1);
		expect(openCommentStart('a <!-- b')).toBe(2);
		expect(removeDoneDate('- [ ] a ✅ 2026-11-22 ^b1')).toBe('- [ ] a ^b1');
		expect(removeDoneDate('- [ ] a ✅2026-11-22')).toBe('- [ ] a');
	});

	it('closes up the space a cut leaves, as one space, and none at the ends', () => {
		expect(cutSpans('a  X  b X c', [3, 4, 8, 9])).toBe('a b c');
		expect(cutSpans('X  b', [0, 1])).toBe('b');
		expect(cutSpans('  a X', [4, 5])).toBe('  a');
		expect(cutSpans('X Y', [0, 1, 2, 3])).toBe('');
	});

	it('keeps thousands of pieces between cuts, in order, one space apart', () => {
		const words = Array.from({ length: 5_000 }, (_, i) => `w${i}`);
		const text = words.map((w) => `${w}  X `).join('');
		const spans = words.flatMap((_, i) => {
			const at = text.indexOf('X', i === 0 ? 0 : text.indexOf(`w${i} `));
			return [at, at + 1];
		});
		expect(cutSpans(text, spans)).toBe(words.join(' '));
	});
});

describe('hostile step lines read in one pass (issue 15)', () => {
	// Each of these took seconds to minutes when a pattern rescanned the rest of the line from every opener.
	it('"(a:: b " × 20,000 in a step', () => {
		const content = '(a:: b '.repeat(20_000);
		expect(read(content).text).toBe(content.trim());
		const reading = readSession(parseNote('x.md', `- [ ] ${content}`, {}), compileRules(settings));
		expect(reading.actionSteps.map((s) => s.text.length)).toEqual([content.trim().length]);
	});

	it('"[a:: " × 40,000 in a step line', () => {
		const content = '[a:: '.repeat(40_000);
		expect(readStepFields(content)).toEqual([]);
		expect(read(content).text).toBe(content.trim());
		expect(readSession(parseNote('x.md', `- [ ] ${content}`, {}), compileRules(settings)).actionSteps).toHaveLength(1);
	});

	it('Tasks emoji × 50,000, and 20,000 fields each taken out', () => {
		expect(read(`Stretch ${'🔁'.repeat(50_000)}`)).toMatchObject({ text: 'Stretch', usesTasksSignifiers: true });
		const mixed = read(`Stretch ${'📅✅🆔⏫'.repeat(12_500)}`);
		expect(mixed.text.startsWith('Stretch 📅✅🆔 📅✅🆔')).toBe(true);
		expect(mixed.due).toBeNull();
		expect(read(`Call ${'[due:: 2026-12-01] '.repeat(20_000)}`)).toMatchObject({ text: 'Call', due: '2026-12-01' });
		expect(readSession(parseNote('x.md', `- [ ] x ${'📅 2026-12-01 '.repeat(50_000)}`, {}), compileRules(settings)).actionSteps).toMatchObject([{ text: 'x', due: '2026-12-01' }]);
	});
});
