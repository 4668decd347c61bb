import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseFrontmatter, YAML_OPTIONS } from '../../src/cli/frontmatter';
import { listNotes } from '../../src/cli/vault';
import { readMarkdown } from '../../src/core/markdown/document';
import { loadRecordedNotes } from '../conformance';

const EXAMPLE_VAULT = path.resolve(__dirname, '../../examples/vault');

/** gray-matter as the conventions allow it on the Node side: with options, and the `yaml` engine. */
function grayMatterData(raw: string): unknown {
	const options = { language: 'yaml', engines: { yaml: { parse: (source: string) => YAML.parse(source, YAML_OPTIONS) as object } } };
	return matter(`---\n${raw}\n---\n`, options).data;
}

/** Blocks at the edges of YAML, beside the recorded and example notes. */
const EDGE_BLOCKS = [
	'client: Susan Lee\ndate: 2026-10-14',
	'client: "[[Susan Lee]]"\nrating: 7\ntags: [coaching, "a, b"]',
	'aliases:\n  - Sue\n  - S. Lee\nnested:\n  key: value',
	'date: 2026-10-14T09:30:00\nnumber: 0x1F\nempty:\nquoted: "2026-10-14"',
	'text: |\n  two\n  lines\nfolded: >\n  one\n  line',
	'# a comment\nclient: Marcus # trailing comment',
	'client: Zoë Martin\nemoji: "🎉"\nkey with spaces: yes',
	'client: "Susan\ndate: 2026-10-14',
	'client: Susan\n\tdate: 2026-10-14',
];

describe('the command line parses frontmatter with yaml directly', () => {
	const blocks: { name: string; raw: string }[] = EDGE_BLOCKS.map((raw, k) => ({ name: `edge ${k}`, raw }));
	for (const note of loadRecordedNotes()) {
		const block = readMarkdown(note.fileContents).frontmatter;
		if (block) blocks.push({ name: note.name, raw: block.raw });
	}

	it('gives the same properties as gray-matter with the yaml engine, for every recorded and edge block', async () => {
		for (const file of await listNotes(EXAMPLE_VAULT)) {
			const block = readMarkdown(readFileSync(path.join(EXAMPLE_VAULT, file), 'utf8')).frontmatter;
			if (block) blocks.push({ name: file, raw: block.raw });
		}
		expect(blocks.length).toBeGreaterThan(60);
		let parsed = 0;
		let broken = 0;
		for (const { name, raw } of blocks) {
			let reference: unknown;
			try {
				reference = grayMatterData(raw);
			} catch (error) {
				// Broken YAML: both fail, on the same line of the note.
				const ours = parseFrontmatter(readMarkdown(`---\n${raw}\n---\n`).frontmatter).error;
				expect(ours, name).toBeDefined();
				if (error instanceof YAML.YAMLParseError) expect(ours?.line, name).toBe(error.linePos?.[0]?.line);
				broken++;
				continue;
			}
			expect(parseFrontmatter(readMarkdown(`---\n${raw}\n---\n`).frontmatter).data, name).toStrictEqual(reference);
			parsed++;
		}
		expect(parsed).toBeGreaterThan(50);
		expect(broken).toBeGreaterThanOrEqual(2);
	});
});

describe("the command line's frontmatter agrees with Obsidian's on the recorded notes", () => {
	it('deep-equals frontmatter including nested lists, nulls and numbers', () => {
		const note = loadRecordedNotes().find((n) => n.name === 'yaml_complex_example');
		expect(note).toBeDefined();
		if (!note) return;
		expect(parseFrontmatter(readMarkdown(note.fileContents).frontmatter).data).toStrictEqual(note.cachedMetadata.frontmatter);
	});

	it('for every recorded note, also with CRLF line endings and a BOM', () => {
		const notes = loadRecordedNotes();
		expect(notes.length).toBe(89);
		for (const note of notes) {
			const expected = note.cachedMetadata.frontmatter ?? null;
			for (const text of [note.fileContents, '\uFEFF' + note.fileContents.replace(/\n/g, '\r\n')]) {
				expect(parseFrontmatter(readMarkdown(text).frontmatter).data, note.name).toEqual(expected);
			}
		}
	});
});
