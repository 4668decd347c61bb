import { describe, expect, it } from 'vitest';
import { readWrittenDate, writtenDateFromFileName, writtenDateFromValue } from '../../../src/core/session/note-dates';
import { defaultSettings } from '../../../src/core/settings';
import { read, session } from '../../helpers';

const day = (text: string) => {
	const found = readWrittenDate(text);
	return found?.kind === 'day' ? found.day : found;
};

// Runs under two time zones (package.json): every day below must come out the same in both.
describe(`dates as people write them (TZ=${process.env.TZ ?? '(unset)'})`, () => {
	it('reads month-name dates in either order, with weekdays, ordinals and short months', () => {
		expect(day('March 3, 2026')).toBe('2026-03-03');
		expect(day('Mar 3rd 2026')).toBe('2026-03-03');
		expect(day('3 March 2026')).toBe('2026-03-03');
		expect(day('Thursday 4 June 2026')).toBe('2026-06-04');
		expect(day('14 Jul 2026')).toBe('2026-07-14');
		expect(day('3rd of March, 2026')).toBe('2026-03-03');
		expect(day('Sept 30, 2026')).toBe('2026-09-30');
		expect(day('April 2, 2026 2:00 PM (GMT+1)')).toBe('2026-04-02');
	});

	it('reads an ISO date-time as the calendar day written, whatever its offset', () => {
		expect(day('2026-09-02T10:00:00Z')).toBe('2026-09-02');
		expect(day('2026-09-02T23:30:00-08:00')).toBe('2026-09-02');
		expect(day('2026-09-02T00:10:00+13:00')).toBe('2026-09-02');
		expect(writtenDateFromValue('2026-03-31T10:00:00+01:00')).toEqual({ kind: 'day', day: '2026-03-31' });
	});

	it('reads an unambiguous day/month date and warns about an ambiguous one instead of guessing', () => {
		expect(day('14/07/2026')).toBe('2026-07-14');
		expect(day('7/14/2026')).toBe('2026-07-14');
		expect(day('30.06.2026')).toBe('2026-06-30');
		expect(day('05/05/2026')).toBe('2026-05-05');
		expect(readWrittenDate('03/04/2026')).toEqual({ kind: 'ambiguous', text: '03/04/2026' });
		expect(readWrittenDate('31/02/2026')).toBeNull();
	});

	it('refuses days that are not on the calendar', () => {
		expect(day('February 30, 2026')).toBeNull();
		expect(day('29 Feb 2028')).toBe('2028-02-29');
		expect(day('29 Feb 2026')).toBeNull();
		expect(day('no date here')).toBeNull();
	});

	it('finds dates in file names, compact ones included', () => {
		expect(writtenDateFromFileName('Fathom/20260902-coaching-call.md')).toEqual({ kind: 'day', day: '2026-09-02' });
		expect(writtenDateFromFileName('Logs/Grace Liu - 7 Oct 2026.md')).toEqual({ kind: 'day', day: '2026-10-07' });
		expect(writtenDateFromFileName('Session 3 - 30 June 2026.md')).toEqual({ kind: 'day', day: '2026-06-30' });
		expect(writtenDateFromFileName('Notes/Owen Price 14 07 3b5d7f9a1c2e4b6d8f0a2c4e6b8d1f3a.md')).toBeNull();
		expect(writtenDateFromFileName('Phone 12345678901.md')).toBeNull();
	});

	it('gives sessions these dates, with where they came from', () => {
		expect(read(session('', 'client: Ann\ndate: March 3, 2026'))).toMatchObject({ date: '2026-03-03', dateSource: 'frontmatter' });
		expect(read(session('', 'client: Ann\ncreated_at: 2026-09-08T10:02:33.000Z'), 'Granola/x.md')).toMatchObject({ date: '2026-09-08', dateSource: 'frontmatter' });
		expect(read(session('', 'client: Ann'), 'Fathom/20260902-ann.md')).toMatchObject({ date: '2026-09-02', dateSource: 'file name' });
		expect(read('# Session\n\nClient: Ann\nDate: 14 Jul 2026\n\nText.\n', 'x/y.md')).toMatchObject({ date: '2026-07-14', dateSource: 'note text' });
	});

	it('warns about an ambiguous date, naming it, and gives the session no date', () => {
		const reading = read('Client: Ann\nDate: 03/04/2026\n\nNotes.\n', 'x/y.md');
		expect(reading.date).toBeNull();
		expect(reading.warnings.map((w) => w.line)).toEqual([2]);
		expect(reading.warnings[0]?.message).toContain('"03/04/2026", which could be either day/month or month/day');
		const fm = read(session('', 'client: Ann\ndate: "03/04/2026"'), 'x/y.md');
		expect(fm.date).toBeNull();
		expect(fm.warnings.map((w) => w.message).join()).toContain('03/04/2026');
	});

	it('reads the other date keys only after the date key', () => {
		const settings = defaultSettings();
		expect(read(session('', 'client: Ann\ndate: 2026-01-02\ncreated_at: 2026-01-01T09:00:00Z'), 'x/y.md', settings).date).toBe('2026-01-02');
		settings.otherDateKeys = [];
		expect(read(session('', 'client: Ann\ncreated_at: 2026-01-01T09:00:00Z'), 'x/y.md', settings).date).toBeNull();
	});
});
