import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticVault } from '../../../bench/synthetic-vault';
import { readMarkdown } from '../../../src/core/markdown/document';
import { plainBodyStart } from '../../../src/core/markdown/frontmatter';
import { classifyBody } from '../../../src/core/session/classify-body';
import { readPlainBody } from '../../../src/core/session/plain-body';
import { readSession } from '../../../src/core/session/read-session';
import { compileRules } from '../../../src/core/session/rules';
import { defaultSettings } from '../../../src/core/settings';
import { loadRecordedNotes } from '../../conformance';
import { listMarkdownFiles, noteText } from '../../notes';
import { EXAMPLE_VAULT } from '../../vault';

const settings = defaultSettings();
const rules = compileRules(settings);

/** The body read by the plain reader (null when it gives up) and by the general parser, as JSON to compare. */
function bothWays(text: string, isProfile = false): { plain: string | null; general: string } {
	const doc = readMarkdown(text);
	const general = JSON.stringify(classifyBody(doc, rules, isProfile));
	// Only a note whose body start is plain to see is given to the plain reader, as `readSession` does.
	const start = plainBodyStart(text);
	if (!start) return { plain: null, general };
	expect(start.line).toBe(doc.frontmatter ? doc.frontmatter.position.end.line + 1 : 0);
	expect(start.offset).toBe(doc.lineStarts[start.line] ?? text.length);
	const plain = readPlainBody(text, start.offset, start.line, rules, isProfile);
	return { plain: plain && JSON.stringify(plain), general };
}

function random(seed: number) {
	let state = seed >>> 0;
	const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	return { int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

// What session notes hold and the sorting rules' triggers: lines the plain reader takes.
const PLAIN_LINES = [
	'## Action steps', '## In their words', '## Coach notes', '## Wins', '## Goals', '## I will', '# Session 4', '### Other', '## Closing ##', '#tag line', '####### seven', '#',
	'- Email the list', '* Book the room', '+ Call Jo', '- [ ] Send the page', '- [x] Done it', '- [>] Carried', '- [/] Half', '- [-] Dropped', '- []] odd box', '- [ ] Ask @coach', '- [ ] Pay 📅 2026-10-14',
	'- [ ] Write [id:: s1]', '- [ ] Plan ^blk1', '- [ ] Note %% hidden %% here', '- [ ] Open %% comment', '- [ ] owner:: coach', '- Plain point', '> quote', '> I finally did it.', '> [!quote] In their words',
	'> [!coach] Private', '> [!note]', '> [!quote]- Folded', '>', '> ', '>text', '> Client: in a quote', '> win:: shipped', 'Plain prose', 'More prose that continues', 'Client: I sent it.',
	'**Client:** I said no.', 'Coach: Noted.', 'quote:: I did it', 'win:: Shipped', 'goal:: Run a 10k', 'Text with [[Wiki|alias]] link', 'Ends with a block ^abc123', 'Opens %% a comment', 'closes it %% here',
	'Has <!-- html --> comment', 'Opens <!-- html', 'ends -->', '`inline` code first', '```', '```js', '~~~', '[[Link]] said hi', '*emphasis* first', '_under_ first', '2026 was a year', 'é prose',
	'I managed to do it', '', '', '', '   ', '\t',
];

// Near misses of every line the plain reader takes: it must give up on them, or read them as the parser does.
const OTHER_LINES = [
	'- [ ]  two spaces', '- [ ]', '- [ab] x', '- [\t] tab', '- [é] accent', '- ', '-', '- - nested', '- > quoted', '- # heading', '- 1. nested', '- [[Link]] first', '- **bold**', '- é accent', '-  two',
	'- ---', '* * *', '---', '***', '___', '  - indented', '    code?', '\t- tab item', '1. one', '2) two', '>> nested', '>\ttab', '> - item', '> # heading', '> é', '````', '``` a ` b', '[^1]: footnote',
	'[^1]', '**', '$$', '$x$ math', '%%', '<div>', '<b>bold</b>', '| a | b |', '| - | - |', 'a | b', '--- | ---', '===', '= x', ':colon', '+1 idea', '\u3000%% hidden %%', '\u00a0text',
];

describe('the plain reader reads a note as the general parser does', () => {
	it('for every recorded Obsidian note, every example note and synthetic notes, and reads the plain ones itself', async () => {
		const texts = loadRecordedNotes().map((n) => n.fileContents);
		for (const file of listMarkdownFiles(EXAMPLE_VAULT)) texts.push(readFileSync(path.join(EXAMPLE_VAULT, file), 'utf8'));
		const synthetic = syntheticVault(400, 5).map((n) => n.text);
		let plain = 0;
		const differ: string[] = [];
		for (const text of [...texts, ...synthetic]) {
			for (const isProfile of [false, true]) {
				const read = bothWays(text, isProfile);
				if (read.plain === null) continue;
				plain++;
				if (read.plain !== read.general) differ.push(text);
			}
		}
		expect(differ.slice(0, 3)).toEqual([]);
		// The bench's notes are all plain, so the figure it prints is this reader's.
		expect(synthetic.every((text) => bothWays(text).plain !== null)).toBe(true);
		expect(plain).toBeGreaterThan(800);
	});

	it('for 40,000 seeded notes made of session lines and near misses, in any order', () => {
		const differ: string[] = [];
		let plain = 0;
		for (let seed = 1; seed <= 40_000; seed++) {
			const r = random(seed);
			// Few lines, so that many notes stay plain and every pair of lines meets.
			const lines = Array.from({ length: 2 + r.int(10) }, () => r.pick(r.int(8) === 0 ? OTHER_LINES : PLAIN_LINES));
			const head = seed % 3 === 0 ? '---\nclient: Ana\n---\n' : '';
			const text = head + lines.join('\n') + (seed % 2 ? '\n' : '');
			const read = bothWays(text, seed % 7 === 0);
			if (read.plain === null) continue;
			plain++;
			if (read.plain !== read.general) differ.push(text);
		}
		expect(differ.slice(0, 5)).toEqual([]);
		expect(plain).toBeGreaterThan(6_000);
	});

	it('through readSession, which falls back to the general parser for what the plain reader does not take', () => {
		const notes = [
			...syntheticVault(100, 11),
			{ path: 'Clients/Ana/2026-10-14.md', text: '---\nclient: Ana\n---\n## Action steps\n- Email\n  - nested detail\n\n```\nunclosed' },
			{ path: 'Clients/Ana/2026-10-15.md', text: '\uFEFF---\nclient: Ana\n---\n## Action steps\r\n- [ ] Email\r\n' },
			{ path: 'Clients/Ana/2026-10-16.md', text: '---\nclient: Ana\n---\n> [!quote]\n> I finally did it\nlazy line\n' },
			{ path: 'Clients/Ana/2026-10-17.md', text: '---\n---\n- [ ] Step in a note with an empty block\n' },
			{ path: 'Clients/Ana/2026-10-18.md', text: '---\nclient: Ana\n---\n## Action steps\n- [ ] Email\n```\nunclosed\n' },
		];
		for (const note of notes) {
			const doc = readMarkdown(note.text);
			const { frontmatter } = noteText(note.path, note.text);
			const general = readSession(note.path, note.text, frontmatter, settings, { rules, document: doc });
			expect(readSession(note.path, note.text, frontmatter, settings, { rules })).toEqual(general);
		}
		// The unclosed fence is still reported, with its line, when the plain reader gave up on the note.
		const broken = notes[100];
		const reading = broken && readSession(broken.path, broken.text, { client: 'Ana' }, settings, { rules });
		expect(reading?.warnings).toEqual([{ path: 'Clients/Ana/2026-10-14.md', line: 9, kind: 'block-unclosed', message: expect.stringContaining('never closed') as unknown }]);
		expect(reading?.actionSteps.map((s) => s.text)).toEqual(['Email']);
		const plainButUnclosed = notes[104];
		expect(plainButUnclosed && readSession(plainButUnclosed.path, plainButUnclosed.text, { client: 'Ana' }, settings, { rules }).warnings).toEqual([
			{ path: 'Clients/Ana/2026-10-18.md', line: 8, kind: 'block-unclosed', message: expect.stringContaining('never closed') as unknown },
		]);
	});
});
