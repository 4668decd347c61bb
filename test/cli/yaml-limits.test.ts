import { describe, expect, it } from 'vitest';
import { parseNoteText } from '../../src/cli/read-note';
import { readSession } from '../../src/core/session/read-session';
import { compileRules } from '../../src/core/session/rules';
import type { SessionReading } from '../../src/core/session/types';
import { defaultSettings } from '../../src/core/settings';

/** The command line parses frontmatter itself (`yaml`, behind a fast path): its limits are tested here. */
const PATH = 'Sessions/2026-10-14 Ana.md';
const rules = compileRules(defaultSettings());
const read = (text: string, path: string): SessionReading => readSession(parseNoteText(path, text), rules);

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
