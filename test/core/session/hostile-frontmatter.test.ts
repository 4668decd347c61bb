import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/session/parse-note';
import { compileRules } from '../../../src/core/session/rules';
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
		const reading = readSession(parseNote(PATH, '---\nclient: Ana\nsession: &s [*s]\ntags: &t {a: [*t]}\n---\n', data), compileRules(settings));
		expect(reading.warnings.map((w) => w.line)).toEqual([3, 4]);
		expect(reading.number).toBeNull();
		// The caller's object is left as it was.
		expect(Object.keys(data)).toEqual(['client', 'session', 'tags']);
	});

	it('leaves out a property nested deeper than any a coach writes, and keeps a shared anchor', () => {
		let deep: unknown = 'x';
		for (let i = 0; i < 500; i++) deep = [deep];
		const reading = readSession(parseNote(PATH, '---\nclient: Ana\n---\n', { client: 'Ana', deep, goals: ['a'], also: ['a'] }), compileRules(settings));
		expect(reading.warnings).toEqual([expect.objectContaining({ message: expect.stringMatching(/"deep" field nests too deep/) as unknown })]);
		const shared = ['Ana'];
		expect(readSession(parseNote(PATH, '', { client: shared, coachee: shared, date: '2026-10-14' }), compileRules(settings)).warnings).toEqual([]);
	});

	it('cuts a long value short in a warning', () => {
		const reading = read(`---\nclient: Ana\ndate: 2026-10-14\nsession: "${'x'.repeat(10_000)}"\n---\n`, PATH);
		const message = reading.warnings.find((w) => w.message.includes('"session"'))?.message ?? '';
		expect(message.length).toBeLessThan(200);
		expect(message).toContain('…');
	});
});

