import { describe, expect, it } from 'vitest';
import { readDay } from '../../../src/core/session/frontmatter-fields';
import { read, session } from '../../helpers';

// The suite runs under TZ=Pacific/Auckland and TZ=America/Los_Angeles (see package.json): a calendar day
// must come out the same under both.
describe(`calendar days under TZ=${process.env.TZ ?? '(unset)'}`, () => {
	it('runs under a named time zone', () => {
		expect(['Pacific/Auckland', 'America/Los_Angeles']).toContain(process.env.TZ);
	});

	it('reads date: 2026-10-14 as 14 October', () => {
		expect(read(session('', 'client: Susan\ndate: 2026-10-14')).date).toBe('2026-10-14');
	});

	it('reads date: 2026-10-14T09:30 as 14 October', () => {
		expect(read(session('', 'client: Susan\ndate: 2026-10-14T09:30')).date).toBe('2026-10-14');
		expect(read(session('', 'client: Susan\ndate: 2026-10-14 23:59')).date).toBe('2026-10-14');
	});

	it('gives a note named "2026-10-14 Susan.md" with no date that date', () => {
		expect(read(session('', 'client: Susan'), 'Sessions/2026-10-14 Susan.md')).toMatchObject({ date: '2026-10-14', dateSource: 'file name' });
	});

	it('knows the length of every month, leap years included', () => {
		const days = ['2024-02-29', '2026-02-29', '2000-02-29', '1900-02-29', '2026-04-31', '2026-12-31', '2026-13-01', '2026-00-10', '2026-01-00'];
		expect(days.map(readDay)).toEqual(['2024-02-29', null, '2000-02-29', null, null, '2026-12-31', null, null, null]);
	});

	it('reads a day the same way whether it takes the quick path or the pattern', () => {
		// The pattern the quick path stands in for, as the reference.
		const reference = (value: string) => {
			const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]|\s)/.exec(value);
			if (!match) return null;
			const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
			const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
			return m >= 1 && m <= 12 && d >= 1 && d <= days ? `${match[1]}-${match[2]}-${match[3]}` : null;
		};
		const pieces = ['2026-10-14', '2026-10914', '2026a10-14', '2024-02-29', '2026-02-29', '2026-13-01', '0000-01-01', '2026-1-14', ' ', 'T', 'T09:30', '\t', '\u00a0', 'x', '-', '9', '\u2003'];
		const disagreements: string[] = [];
		const visit = (text: string, depth: number) => {
			if (readDay(text) !== reference(text)) disagreements.push(JSON.stringify(text));
			if (depth < 3) for (const piece of pieces) visit(text + piece, depth + 1);
		};
		visit('', 0);
		expect(disagreements).toEqual([]);
	});

	it('reads a Date that a YAML 1.1 parser made from a plain date as the same calendar day', () => {
		expect(readDay(new Date(Date.UTC(2026, 9, 14)))).toBe('2026-10-14');
	});
});
