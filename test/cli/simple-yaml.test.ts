import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { YAML_OPTIONS } from '../../src/cli/frontmatter';
import { parseSimpleYaml } from '../../src/cli/simple-yaml';
import { listNotes } from '../../src/cli/vault';
import { findFrontmatter } from '../../src/core/markdown/frontmatter';
import { loadRecordedNotes } from '../conformance';
import { EXAMPLE_VAULT } from '../vault';

/** What `yaml` makes of a block, or 'error' when it throws. */
function reference(raw: string): unknown {
	try {
		return YAML.parse(raw, YAML_OPTIONS) as unknown;
	} catch {
		return 'error';
	}
}

/** The fast path either leaves a block to `yaml` or gives exactly `yaml`'s object; counts the blocks it took. */
function agrees(raws: string[]): number {
	let taken = 0;
	for (const raw of raws) {
		const fast = parseSimpleYaml(raw);
		if (fast === undefined) continue;
		taken++;
		expect(fast, raw).toStrictEqual(reference(raw));
	}
	return taken;
}

function blockOf(text: string): string | null {
	const scan = findFrontmatter(text);
	return scan.hasContent && scan.block ? scan.block.raw : null;
}

describe('the fast YAML path gives exactly what yaml gives, or leaves the block to it', () => {
	it('for every recorded Obsidian note and every example-vault note, taking the simple ones', async () => {
		const recorded = loadRecordedNotes().map((n) => blockOf(n.fileContents)).filter((raw): raw is string => raw !== null);
		const examples: string[] = [];
		for (const file of await listNotes(EXAMPLE_VAULT)) {
			const raw = blockOf(readFileSync(path.join(EXAMPLE_VAULT, file), 'utf8'));
			if (raw !== null) examples.push(raw);
		}
		expect(agrees(recorded)).toBeGreaterThan(recorded.length / 2);
		// Every example note but the one with a broken quote is simple.
		expect(agrees(examples)).toBe(examples.length - 1);
	});

	it('keeps dates as strings, reads numbers, booleans, nulls, quotes and lists as the core schema does', () => {
		const raw = 'date: 2026-10-14\nsession: 7\nrating: 7.5\ndone: true\nnone:\ntilde: ~\nclient: "[[Susan Lee]]"\nbare: [[Susan Lee]]\nq: \'it\'\'s\'\ntags: [a, "b c", 3]\nlist:\n  - one\n  - [[Tom]]\n  -\nempty: []';
		expect(parseSimpleYaml(raw)).toStrictEqual(reference(raw));
		expect(parseSimpleYaml(raw)?.date).toBe('2026-10-14');
	});

	it('leaves to yaml what it does not take: broken YAML, escapes, comments after values, nesting, odd numbers', () => {
		const others = [
			'title: "unclosed', 'a: 1\na: 2', 'tags:\n\t- one', 'a: "x\\ny"', 'a: b # comment', 'a:\n  b: c', 'a: 0x1F', 'a: 007', 'a: .5', 'a: 1e3',
			'a: +1', 'a: b: c', 'a: &x 1', 'a: *x', 'a: |\n  text', 'a: {b: 1}', 'a: [b, {c: 1}]', 'a: [b', 'a: value\n  continued', 'list:\n  - a\n    - b',
			'list:\n  - a\n - b', '"quoted key": 1', 'a: - b', 'null: x', '? complex', 'a: 12345678901234567890',
		];
		for (const raw of others) expect(parseSimpleYaml(raw), raw).toBeUndefined();
	});

	it('reads every scalar near a number, a null or a boolean as yaml does, taking the plain ones', () => {
		const values = [
			'0', '-0', '00', '007', '1', '-1', '1.', '1.5', '-1.50', '0.5', '00.5', '1.5.2', '123456789012345', '1234567890123456', '1.123456789012345',
			'1.1234567890123456', '-123456789012345.5', '2026-10-14', '2026-10-14T10:00', '12:30', '10 minutes', '1e3', '1E3', '1e', '0x1F', '0X1F', '0o7',
			'0b1', '5%', '-', '--', '-x', '- x', '-.5', '+1', '+x', '.5', '.', '.inf', '-.inf', '.nan', '~', '~x', 'null', 'Null', 'NULL', 'nULL', 'nil',
			'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'n', 'T', 'f', 'Fa',
		];
		const taken = agrees(values.map((v) => `a: ${v}\nb: [${v}]`));
		// Dates, times, words and plain numbers are all the fast path's; only the odd numbers and indicators are yaml's.
		expect(taken).toBeGreaterThan(values.length / 2);
		for (const v of ['0', '-1', '1.5', '2026-10-14', '12:30', 'null', 'True', 'FALSE', '1e', 'tRUE', '~x']) expect(parseSimpleYaml(`a: ${v}`), v).toBeDefined();
	});

	it('reads a key line as yaml does: words joined by single spaces, a colon, then nothing or spaces and a value', () => {
		const lines = [
			'a: x', 'a:', 'a:   ', 'a:    x  ', 'a b: x', 'a b c: x', 'a  b: x', 'a :x', 'a : x', 'a:x', 'a-b_c9: x', '_a: x', '-a: x', '1a: x', 'a- -b: x',
			'a b-: x', 'a\u2028: x', 'a: x\u2028y', 'a: x\u2029', 'é: x', 'aé: x', 'a\u00a0b: x', ' a: x', 'a: x: y',
		];
		const taken = agrees(lines);
		expect(taken).toBeGreaterThan(lines.length / 3);
		for (const line of ['a: x', 'a:', 'a b c: x', 'a-b_c9: x', '_a: x', 'a- -b: x', 'a:    x  ']) expect(parseSimpleYaml(line), line).toBeDefined();
		for (const line of ['a  b: x', 'a :x', 'a:x', '1a: x', 'a: x\u2028y', 'é: x']) expect(parseSimpleYaml(line), line).toBeUndefined();
	});

	it('for 20,000 seeded blocks of simple and near-simple lines', () => {
		const LINES = [
			'client: Ana', 'client: "[[Ana Silva]]"', "client: '[[Ana]]'", 'client: [[Ana]]', 'date: 2026-10-14', 'date: 2026-10-14T10:00', 'session: 3', 'session: -3', 'rating: 7.50',
			'done: false', 'done: yes', 'x: null', 'x:', 'tags: [coaching, "a, b", 2]', 'tags: []', 'tags:', '  - one', '- two', '  - "[[Tom]]"', '  -', '# comment', '', 'url: http://x.y/z',
			"quote: 'it''s'", 'a: "\\t"', 'a: b #c', 'a: b#c', 'a: :x', 'a: -', 'a: [a,,b]', 'a: [ ]', 'a: ["x" , y ]', 'a: é ü', 'a:b', 'key with space: v', 'a: 1.', 'a: 0', 'a: -0',
		];
		let state = 11;
		const next = (n: number) => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n);
		const raws: string[] = [];
		for (let seed = 0; seed < 20_000; seed++) raws.push(Array.from({ length: 1 + next(6) }, () => LINES[next(LINES.length)] ?? '').join('\n'));
		expect(agrees(raws)).toBeGreaterThan(2_000);
	});
});
