import { describe, expect, it } from 'vitest';
import { isDay } from '../../../src/core/review/days';
import { read, session } from '../../helpers';

const PATH = 'Sessions/2026-10-14 Ana.md';

// Issue 15, item 6: every argument and field is checked.
describe('input checks', () => {
	it('takes only days the calendar has', () => {
		for (const day of ['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31']) expect(isDay(day)).toBe(true);
		for (const day of ['2026-02-30', '2026-13-45', '2026-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-1-10']) expect(isDay(day)).toBe(false);
		expect(read(session('- [ ] Send it 📅 2026-02-30'), PATH).actionSteps[0]?.due).toBeNull();
		expect(read(session('- [ ] Send it 📅 2026-02-28'), PATH).actionSteps[0]?.due).toBe('2026-02-28');
	});

	it('leaves out a rating too large to be a number, naming it as written', () => {
		const reading = read('---\nclient: Ana\ndate: 2026-10-14\nclient_rating: 1e309\ncoach_rating: -1e309\n---\n', PATH);
		expect(reading.ratings).toEqual({ client: null, coach: null });
		expect(reading.warnings.map((w) => [w.line, w.message])).toEqual([
			[4, 'The "client_rating" field (Infinity) is not a rating from 0 to 10, so it is left out.'],
			[5, 'The "coach_rating" field (-Infinity) is not a rating from 0 to 10, so it is left out.'],
		]);
	});

	it('reads names from strings only, and says what it left out', () => {
		const reading = read('---\nclient: [[Ann,[Bob,{x: 1}]]]\ndate: 2026-10-14\n---\n', PATH);
		expect(reading.clients).toEqual(['Ann', 'Bob']);
		expect(reading.warnings).toEqual([{ path: PATH, line: 2, kind: 'no-client', message: expect.stringMatching(/"client" field holds a value that is not a name/) as unknown }]);
		// An unquoted wiki link is a list in a list to YAML: still the link's name.
		expect(read('---\nclient: [[Clients/Ann Lee|Annie]]\ndate: 2026-10-14\n---\n', PATH).clients).toEqual(['Ann Lee']);
		expect(read('---\nclient: [Ann, 42, {x: 1}]\ndate: 2026-10-14\n---\n', PATH).clients).toEqual(['Ann']);
		expect(read('---\nclient: {x: 1}\ndate: 2026-10-14\n---\n', PATH).warnings[0]?.message).toMatch(/names no client/);
	});
});
