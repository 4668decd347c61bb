import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticVault } from '../../../bench/synthetic-vault';
import { parseFrontmatter } from '../../../src/cli/frontmatter';
import { listNotes } from '../../../src/cli/vault';
import { readMarkdown } from '../../../src/core/markdown/document';
import { findFrontmatter } from '../../../src/core/markdown/frontmatter';
import { parseNote } from '../../../src/core/session/parse-note';
import { readSession } from '../../../src/core/session/read-session';
import { compileRules } from '../../../src/core/session/rules';
import { defaultSettings } from '../../../src/core/settings';
import { loadRecordedNotes } from '../../conformance';
import { EXAMPLE_VAULT } from '../../vault';

/*
 * A note's text reaches the classifier one way: the block parser, whose fast paths settle the commonest lines
 * without its general algorithm. These tests read notes with the fast paths and without them and compare every
 * reading, so a fast path can only ever make the reader quicker, never say something else.
 */

const settings = defaultSettings();
const rules = compileRules(settings);
const PATH = 'Clients/Ana/2026-10-14.md';

/** The session read by the one reader, and read with every line through the block parser's general algorithm. */
function bothWays(text: string, notePath = PATH): { fast: string; general: string } {
	const note = parseNote(notePath, text, parseFrontmatter);
	const fast = JSON.stringify(readSession(note, rules));
	const general = JSON.stringify(readSession(note, rules, readMarkdown(text, { fastPaths: false }, findFrontmatter(text))));
	return { fast, general };
}

function random(seed: number) {
	let state = seed >>> 0;
	const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	return { int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

// What session notes hold and the sorting rules' triggers: lines the fast paths take.
const PLAIN_LINES = [
	'## Action steps', '## In their words', '## Coach notes', '## Wins', '## Goals', '## I will', '# Session 4', '### Other', '## Closing ##', '#tag line', '####### seven', '#',
	'- Email the list', '* Book the room', '+ Call Jo', '- [ ] Send the page', '- [x] Done it', '- [>] Carried', '- [/] Half', '- [-] Dropped', '- []] odd box', '- [ ] Ask @coach', '- [ ] Pay 📅 2026-10-14',
	'- [ ] Write [id:: s1]', '- [ ] Plan ^blk1', '- [ ] Note %% hidden %% here', '- [ ] Open %% comment', '- [ ] owner:: coach', '- Plain point', '> quote', '> I finally did it.', '> [!quote] In their words',
	'> [!coach] Private', '> [!note]', '> [!quote]- Folded', '>', '> ', '>text', '> Client: in a quote', '> win:: shipped', 'Plain prose', 'More prose that continues', 'Client: I sent it.',
	'**Client:** I said no.', 'Coach: Noted.', 'quote:: I did it', 'win:: Shipped', 'goal:: Run a 10k', 'Text with [[Wiki|alias]] link', 'Ends with a block ^abc123', 'Opens %% a comment', 'closes it %% here',
	'Has <!-- html --> comment', 'Opens <!-- html', 'ends -->', '`inline` code first', '```', '```js', '~~~', '[[Link]] said hi', '*emphasis* first', '_under_ first', '2026 was a year', 'é prose',
	'I managed to do it', '', '', '', '   ', '\t',
];

// Near misses of every line the fast paths take: they must leave them to the general algorithm, or read them as it does.
const OTHER_LINES = [
	'- [ ]  two spaces', '- [ ]', '- [ab] x', '- [\t] tab', '- [é] accent', '- ', '-', '- - nested', '- > quoted', '- # heading', '- 1. nested', '- [[Link]] first', '- **bold**', '- é accent', '-  two',
	'- ---', '* * *', '---', '***', '___', '  - indented', '    code?', '\t- tab item', '1. one', '2) two', '>> nested', '>\ttab', '> - item', '> # heading', '> é', '````', '``` a ` b', '[^1]: footnote',
	'[^1]', '**', '$$', '$x$ math', '%%', '<div>', '<b>bold</b>', '| a | b |', '| - | - |', 'a | b', '--- | ---', '===', '= x', ':colon', '+1 idea', '\u3000%% hidden %%', '\u00a0text',
];

describe('the one reader: fast paths inside the block parser never change a reading', () => {
	it('for every recorded Obsidian note, every example note and synthetic notes, as a session and as a profile', async () => {
		const notes = loadRecordedNotes().map((n) => ({ path: PATH, text: n.fileContents }));
		for (const file of await listNotes(EXAMPLE_VAULT)) notes.push({ path: file, text: readFileSync(path.join(EXAMPLE_VAULT, file), 'utf8') });
		notes.push(...syntheticVault(400, 5));
		const differ: string[] = [];
		for (const note of notes) {
			for (const notePath of [note.path, 'Clients/Ana.md']) {
				const read = bothWays(note.text, notePath);
				if (read.fast !== read.general) differ.push(note.text);
			}
		}
		expect(differ.slice(0, 3)).toEqual([]);
		expect(notes.length).toBeGreaterThan(480);
	});

	it('for 20,000 seeded notes made of session lines and near misses, in any order, with LF and CRLF line ends', () => {
		const differ: string[] = [];
		for (let seed = 1; seed <= 20_000; seed++) {
			const r = random(seed);
			const lines = Array.from({ length: 2 + r.int(10) }, () => r.pick(r.int(8) === 0 ? OTHER_LINES : PLAIN_LINES));
			const head = seed % 3 === 0 ? '---\nclient: Ana\n---\n' : '';
			const text = head + lines.join(seed % 5 === 0 ? '\r\n' : '\n') + (seed % 2 ? '\n' : '');
			const read = bothWays(text, seed % 7 === 0 ? 'Clients/Ana.md' : PATH);
			if (read.fast !== read.general) differ.push(text);
		}
		expect(differ.slice(0, 5)).toEqual([]);
	});
});

describe('the one reader: regressions', () => {
	const read = (text: string) => readSession(parseNote(PATH, text, parseFrontmatter), rules);

	it('reads a CRLF note, with or without a byte-order mark, as the same note with LF line ends', () => {
		for (const note of syntheticVault(50, 9)) {
			const lf = read(note.text);
			expect(read(note.text.replace(/\n/g, '\r\n'))).toEqual(lf);
			expect(read(`\uFEFF${note.text.replace(/\n/g, '\r\n')}`)).toEqual(lf);
		}
	});

	it('reads a plain bullet nested under a step as the coach\'s note it is, and reports an unclosed fence with its line', () => {
		const reading = read('---\nclient: Ana\n---\n## Action steps\n- Email\n  - nested detail\n\n```\nunclosed');
		expect(reading.actionSteps.map((s) => s.text)).toEqual(['Email']);
		expect(reading.coachNotes.map((n) => [n.text, n.line])).toEqual([['nested detail', 6]]);
		expect(reading.warnings).toEqual([{ path: PATH, line: 9, kind: 'block-unclosed', message: expect.stringContaining('never closed') as unknown }]);
	});

	it('reads a lazy line after a callout as part of it, and a note with an empty frontmatter block', () => {
		const lazy = read('---\nclient: Ana\n---\n> [!quote]\n> I finally did it\nlazy line\n');
		expect(lazy.clientWords.map((w) => w.text)).toEqual(['I finally did it lazy line']);
		const empty = read('---\n---\n- [ ] Step in a note with an empty block\n');
		expect(empty.actionSteps.map((s) => [s.text, s.line])).toEqual([['Step in a note with an empty block', 3]]);
	});

	it('reads tables, HTML blocks and nested lists in a note as the block parser places them', () => {
		const reading = read(
			'---\nclient: Ana\n---\n## In her words\n| when | what |\n| --- | --- |\n| Monday | I finally called |\n\n<div>\nnot read\n</div>\n\n## Action steps\n- [ ] Call\n  - [ ] Nested step\n',
		);
		expect(reading.clientWords.map((w) => w.line)).toEqual([5]);
		expect(reading.clientWords[0]?.text).toContain('I finally called');
		expect(reading.actionSteps.map((s) => [s.text, s.line])).toEqual([['Call', 14], ['Nested step', 15]]);
		expect(JSON.stringify(reading)).not.toContain('not read');
	});
});
