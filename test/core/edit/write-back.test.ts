import { describe, expect, it } from 'vitest';
import { type IndexedStep, indexedStep, setStepStatus, type StatusChange } from '../../../src/core/edit/set-step-status';
import { readSession } from '../../../src/core/session/read-session';
import { defaultSettings } from '../../../src/core/settings';

const settings = defaultSettings();
const TODAY = '2026-11-22';
const DONE: StatusChange = { status: 'done', today: TODAY, tasksDoneDates: true };
const OPEN: StatusChange = { status: 'open', today: TODAY, tasksDoneDates: true };

function stepAt(text: string, line: number): IndexedStep {
	const step = indexedStep(readSession('x.md', text, {}, settings).actionSteps, line);
	if (!step) throw new Error(`No step on line ${line}`);
	return step;
}

describe('a status change finds its line by everything the reading knew', () => {
	it("refuses to mark the coach's promise when the client's identical step above it was deleted before the index caught up", () => {
		const indexed = '- [ ] Send the notes 📅 2026-12-02\n- [ ] Send the notes @coach\n';
		const clientStep = stepAt(indexed, 1);
		expect(clientStep).toMatchObject({ text: 'Send the notes', owner: 'client', due: '2026-12-02' });
		// Deleted outside Obsidian (or by Sync): line 1 now holds the coach's promise, with the same text and checkbox.
		const now = '- [ ] Send the notes @coach\n';
		const result = setStepStatus('x.md', now, clientStep, DONE, settings);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/has changed since it was read: line 1 no longer holds "Send the notes" \(it is now the coach's promise\)/) as string });
	});

	it('refuses when only the due date or the id differs', () => {
		const indexed = '- [ ] Call Sam 📅 2026-12-02 🆔 a1\n';
		const step = stepAt(indexed, 1);
		expect(setStepStatus('x.md', '- [ ] Call Sam 📅 2026-12-09 🆔 a1\n', step, DONE, settings)).toMatchObject({ ok: false, reason: expect.stringMatching(/due date changed/) as string });
		expect(setStepStatus('x.md', '- [ ] Call Sam 📅 2026-12-02 🆔 b2\n', step, DONE, settings)).toMatchObject({ ok: false, reason: expect.stringMatching(/id changed/) as string });
		expect(setStepStatus('x.md', indexed, step, DONE, settings)).toMatchObject({ ok: true, changed: true });
	});

	it('tells identical lines apart by their place among them, and refuses when one of them went', () => {
		const indexed = '- [ ] Walk daily\n- [ ] Walk daily\n';
		const second = stepAt(indexed, 2);
		expect(second).toMatchObject({ occurrence: 1, identical: 2 });
		const result = setStepStatus('x.md', indexed, second, DONE, settings);
		expect(result.ok && result.text).toBe('- [ ] Walk daily\n- [x] Walk daily\n');
		// The first was deleted: line 1 holds an identical step, but not the one the coach clicked.
		const first = stepAt(indexed, 1);
		expect(setStepStatus('x.md', '- [ ] Walk daily\n', first, DONE, settings)).toMatchObject({ ok: false, reason: expect.stringMatching(/identical step was added or removed/) as string });
	});

	it('gives the changed line as it was and as it is, for an editor to replace just that line', () => {
		const note = '# S\n\n- [ ] Book the venue\n';
		expect(setStepStatus('x.md', note, stepAt(note, 3), DONE, settings)).toEqual({
			ok: true,
			changed: true,
			text: '# S\n\n- [x] Book the venue\n',
			line: 3,
			before: '- [ ] Book the venue',
			after: '- [x] Book the venue',
		});
	});
});

describe('a done date is never written inside a comment', () => {
	it('goes before a %% comment left open on the line, and is taken out again when reopened', () => {
		const note = '- [ ] Send invoice 📅 2026-11-01 %% ask Ana first\n';
		const done = setStepStatus('x.md', note, stepAt(note, 1), DONE, settings);
		expect(done.ok && done.text).toBe('- [x] Send invoice 📅 2026-11-01 ✅ 2026-11-22 %% ask Ana first\n');
		if (!done.ok) return;
		const reopened = setStepStatus('x.md', done.text, stepAt(done.text, 1), OPEN, settings);
		expect(reopened.ok && reopened.text).toBe(note);
	});

	it('goes before an open <!-- comment too, and after a comment closed on the line', () => {
		const html = '- [ ] Send invoice 📅 2026-11-01 <!-- private\n-->\n';
		expect(setStepStatus('x.md', html, stepAt(html, 1), DONE, settings)).toMatchObject({ ok: true, after: '- [x] Send invoice 📅 2026-11-01 ✅ 2026-11-22 <!-- private' });
		const closed = '- [ ] Send invoice 📅 2026-11-01 %% ok %%\n';
		expect(setStepStatus('x.md', closed, stepAt(closed, 1), DONE, settings)).toMatchObject({ ok: true, after: '- [x] Send invoice 📅 2026-11-01 %% ok %% ✅ 2026-11-22' });
	});
});

describe('a ✅ date where the note uses any Tasks emoji', () => {
	it('counts 🏁, 📆 and 🗓 as Tasks emoji', () => {
		for (const sign of ['🏁 delete', '📆 2026-12-01', '🗓 2026-12-01', '⛔ abc', '🔁 every week']) {
			const note = `- [ ] Plan the launch ${sign}\n`;
			const result = setStepStatus('x.md', note, stepAt(note, 1), DONE, settings);
			expect(result.ok && result.after, sign).toBe(`- [x] Plan the launch ${sign} ✅ ${TODAY}`);
		}
	});
});

describe('done and undone through the Tasks plugin', () => {
	/** A stand-in for Tasks' toggle, as its API answers: the done line after the next occurrence for a recurring task. */
	function fakeTasks(calls: string[]) {
		return (line: string): string => {
			calls.push(line);
			if (line.includes('[x]')) return line.replace('[x]', '[ ]').replace(/ ✅ \d{4}-\d{2}-\d{2}/u, '');
			const done = `${line.replace('[ ]', '[x]')} ✅ ${TODAY}`;
			return line.includes('🔁') ? `${line.replace('2026-11-20', '2026-11-27')}\n${done}` : done;
		};
	}

	it('writes what Tasks gives back, the next occurrence of a recurring task included, with the note’s line ends', () => {
		const calls: string[] = [];
		const note = '# S\r\n- [ ] Stretch 🔁 every week 📅 2026-11-20\r\nend\r\n';
		const result = setStepStatus('x.md', note, stepAt(note, 2), DONE, settings, fakeTasks(calls));
		expect(calls).toEqual(['- [ ] Stretch 🔁 every week 📅 2026-11-20']);
		expect(result.ok && result.text).toBe(`# S\r\n- [ ] Stretch 🔁 every week 📅 2026-11-27\r\n- [x] Stretch 🔁 every week 📅 2026-11-20 ✅ ${TODAY}\r\nend\r\n`);
	});

	it('keeps an open comment out of Tasks’ sight and puts it back on the done line', () => {
		const calls: string[] = [];
		const note = '- [ ] Call Ana %% about fees\n';
		const result = setStepStatus('x.md', note, stepAt(note, 1), DONE, settings, fakeTasks(calls));
		expect(calls).toEqual(['- [ ] Call Ana']);
		expect(result.ok && result.text).toBe(`- [x] Call Ana ✅ ${TODAY} %% about fees\n`);
	});

	it('uses Tasks only for done and undone; in progress and dropped are written here', () => {
		const calls: string[] = [];
		const note = '- [ ] Call Ana 📅 2026-12-01\n';
		const result = setStepStatus('x.md', note, stepAt(note, 1), { ...DONE, status: 'in-progress' }, settings, fakeTasks(calls));
		expect(calls).toEqual([]);
		expect(result.ok && result.text).toBe('- [/] Call Ana 📅 2026-12-01\n');
	});

	it('refuses when Tasks gives back a line that is not done, and makes the change itself when Tasks leaves the line alone', () => {
		const note = '- [ ] Call Ana\n';
		expect(setStepStatus('x.md', note, stepAt(note, 1), DONE, settings, () => '- [?] Call Ana')).toMatchObject({ ok: false, reason: expect.stringMatching(/did not mark this step done/) as string });
		// Not a task to Tasks (its global filter, say): the line comes back as it was.
		expect(setStepStatus('x.md', note, stepAt(note, 1), DONE, settings, (line) => line)).toMatchObject({ ok: true, text: '- [x] Call Ana\n' });
	});
});
