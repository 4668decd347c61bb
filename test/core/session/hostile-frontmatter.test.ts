import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSession } from '../../../src/core/session/read-session';
import { defaultSettings } from '../../../src/core/settings';
import { read } from '../../helpers';

const PATH = 'Sessions/2026-10-14 Ana.md';
const settings = defaultSettings();

// Issue 15, item 2: a property that holds itself made every command exit 1 ("Converting circular structure to JSON").
describe('frontmatter no reader can walk', () => {
	it.each([
		['session', 'session: &s [*s]'],
		['client_rating', 'client_rating: &r [*r]'],
		['date', 'date: &d {day: *d}'],
	])('leaves out a "%s" that refers to itself, with a warning on its line', (key, line) => {
		const reading = read(`---\nclient: Ana\ntitle: x\n${line}\n---\n- [ ] Send it\n`, PATH);
		const warning = reading.warnings.find((w) => w.message.includes(`"${key}"`));
		expect(warning).toMatchObject({ path: PATH, line: 4 });
		expect(warning?.message).toMatch(/refers to itself.*left out/);
		expect(reading.clients).toEqual(['Ana']);
		expect(reading.actionSteps.map((s) => s.text)).toEqual(['Send it']);
		expect(() => JSON.stringify(reading)).not.toThrow();
	});

	it('names no client from a client that refers to itself, and says so', () => {
		const reading = read('---\nclient: &c [*c]\ndate: 2026-10-14\n---\nText\n', PATH);
		expect(reading.clients).toEqual([]);
		expect(reading.warnings.map((w) => [w.line, w.message])).toContainEqual([2, expect.stringMatching(/"client" field refers to itself/)]);
	});

	it('does the same for properties handed over as objects (the plugin gives the metadata cache)', () => {
		const data = YAML.parse('client: Ana\nsession: &s [*s]\ntags: &t {a: [*t]}\n') as Record<string, unknown>;
		const reading = readSession(PATH, '---\nclient: Ana\nsession: &s [*s]\ntags: &t {a: [*t]}\n---\n', data, settings);
		expect(reading.warnings.map((w) => w.line)).toEqual([3, 4]);
		expect(reading.number).toBeNull();
		// The caller's object is left as it was.
		expect(Object.keys(data)).toEqual(['client', 'session', 'tags']);
	});

	it('leaves out a property nested deeper than any a coach writes, and keeps a shared anchor', () => {
		let deep: unknown = 'x';
		for (let i = 0; i < 500; i++) deep = [deep];
		const reading = readSession(PATH, '---\nclient: Ana\n---\n', { client: 'Ana', deep, goals: ['a'], also: ['a'] }, settings);
		expect(reading.warnings).toEqual([expect.objectContaining({ message: expect.stringMatching(/"deep" field nests too deep/) as unknown })]);
		const shared = ['Ana'];
		expect(readSession(PATH, '', { client: shared, coachee: shared, date: '2026-10-14' }, settings).warnings).toEqual([]);
	});

	it('cuts a long value short in a warning', () => {
		const reading = read(`---\nclient: Ana\ndate: 2026-10-14\nsession: "${'x'.repeat(10_000)}"\n---\n`, PATH);
		const message = reading.warnings.find((w) => w.message.includes('"session"'))?.message ?? '';
		expect(message.length).toBeLessThan(200);
		expect(message).toContain('…');
	});
});

describe('frontmatter too big to read quickly', () => {
	it('reads 10,000 keys and still finds the client (the duplicate-key check no longer compares every pair)', () => {
		const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}: v`).join('\n');
		const reading = read(`---\nclient: Ana\ndate: 2026-10-14\n${keys}\n---\n- [ ] Send it\n`, PATH);
		expect(reading.clients).toEqual(['Ana']);
		expect(reading.date).toBe('2026-10-14');
		expect(reading.warnings).toEqual([]);
	});

	it('salvages 40,000 keys, too many to parse, finding the client and date', () => {
		const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: v`).join('\n');
		const reading = read(`---\nclient: Ana\ndate: 2026-10-14\n${keys}\n---\n- [ ] Send it\n`, PATH);
		expect([reading.clients, reading.date, reading.actionSteps.length]).toEqual([['Ana'], '2026-10-14', 1]);
		expect(reading.warnings.map((w) => [w.line, w.message])).toEqual([[2, expect.stringMatching(/too large to parse \(\d+ KB; the limit is 128 KB\)/)]]);
	});

	it('still refuses a duplicate key, on its line, anywhere in the tree', () => {
		const top = read('---\nclient: Ana\ndate: 2026-10-14\nclient: Bo\n---\n', PATH);
		expect(top.warnings[0]).toMatchObject({ line: 4, message: expect.stringContaining('Map keys must be unique') as unknown });
		const nested = read('---\nclient: Ana\nmeta:\n  a: 1\n  b: 2\n  a: 3\n---\n', PATH);
		expect(nested.warnings[0]).toMatchObject({ line: 6 });
		expect(read('---\nclient: Ana\nx: {1: a, "1": b}\n---\n', PATH).warnings).toEqual([]);
	});

	it('salvages the fields of a frontmatter block too large to parse, with a warning', () => {
		const filler = Array.from({ length: 10_000 }, (_, i) => `note${i}: ${'word '.repeat(3)}`).join('\n');
		const reading = read(`---\nclient: Ana\ndate: 2026-10-14\n${filler}\n---\n- [ ] Send it\n`, PATH);
		expect(reading.warnings[0]?.message).toMatch(/too large to parse/);
		expect(reading.clients).toEqual(['Ana']);
		expect(reading.date).toBe('2026-10-14');
		expect(reading.actionSteps).toHaveLength(1);
	});

	it('salvages a long line of spaces in broken YAML in one pass', () => {
		const reading = read(`---\nclient: Ana\ndate: 2026-10-14\na${' '.repeat(200_000)}x\n---\n`, PATH);
		expect(reading.clients).toEqual(['Ana']);
		expect(reading.warnings[0]?.message).toMatch(/not valid YAML/);
	});
});
