import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/core/markdown/document';
import { syntheticVault } from '../../../bench/synthetic-vault';
import { loadRecordedNotes } from '../../conformance';
import { listMarkdownFiles } from '../../notes';
import { EXAMPLE_VAULT } from '../../vault';

/** Everything the parser says about a note, as plain data. */
function reading(text: string, fastPaths: boolean): string {
	const doc = readMarkdown(text, { fastPaths });
	return JSON.stringify({
		headings: doc.headings,
		listItems: doc.listItems,
		itemContentCol: doc.itemContentCol,
		sections: doc.sections,
		callouts: doc.callouts,
		lineInfo: doc.lineInfo,
		problems: doc.problems,
	});
}

function random(seed: number) {
	let state = seed >>> 0;
	const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	return { int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

// Lines around list items, headings and quotes: every container, leaf and marker they meet, and near misses of the fast paths.
const LINES = [
	'- Email the list', '* Book the room', '+ Call Jo', '- [ ] Send the page', '- [x] Done it', '- [>] Carried', '- [📅] box', '- [\t] tab box',
	'-  two spaces', '-\ttab', '- ', '-', '- - nested', '- > quoted', '- # heading', '- ```', '- 1. nested', '- [[Link]] first', '- %% comment',
	'- é accent', '- [ ]', '- [ ]  two', '- [ ] - nested', '- [x]Done', '- [ ]text', '- [ab] x', '-[ ] x', '- [] x', '- [ ]\tx', '- x', '* [ ] x', '- <b>html</b>', '- ---', '* * *', '- a', '  - indented', '    - code?', '1. one', '2) two',
	'> quote', '> - quoted item', '> [!note] callout', '> [!quote] Their words', '> I finally did it.', '>', '> ', '>> nested', '>text',
	'> # heading', '> | a | b |', '> | - | - |', '>  two spaces', '> > inner', '> 1. one', '> ```', '> é', 'Plain prose', 'more prose', '', '', '# Heading', 'Setext', '===', '---', '```', '~~~',
	'## Sub', '#tag', '####### seven', '#', '# ', '#\tTab', '# Closing ##', '#\u2028x', '%%', '$$', '<div>', '| a | b |', '| - | - |', '[^1]: note', '    indented code', '\t- tab item', 'Client: words', 'text - [ ] inline',
	'\u3000%% hidden %%', '\u2003$$ x', '\u00a0text', '\u2028 line', 'é prose',
];

describe('the fast paths read lines as the general algorithm does', () => {
	it('for every recorded Obsidian note, every example note and synthetic notes', async () => {
		const texts = loadRecordedNotes().map((n) => n.fileContents);
		for (const file of listMarkdownFiles(EXAMPLE_VAULT)) texts.push(readFileSync(path.join(EXAMPLE_VAULT, file), 'utf8'));
		for (const note of syntheticVault(200, 9)) texts.push(note.text);
		expect(texts.length).toBeGreaterThan(300);
		const differ = texts.filter((text) => reading(text, true) !== reading(text, false));
		expect(differ).toEqual([]);
	});

	it('for 5,000 seeded mutations of the recorded and example notes', async () => {
		const originals = loadRecordedNotes().map((n) => n.fileContents);
		for (const file of listMarkdownFiles(EXAMPLE_VAULT)) originals.push(readFileSync(path.join(EXAMPLE_VAULT, file), 'utf8'));
		const pieces = ['\n', '\r\n', '\r', '  ', '\t', '- ', '- [ ] ', '> ', '>', '# ', '## ', '```', '~~~', '%%', '$$', '<!--', '1. ', '* ', '+ ', '---', '|', '[!quote] ', '    ', '[^1]: ', '===', '<div>', 'x'];
		const differ: string[] = [];
		for (let seed = 1; seed <= 5_000; seed++) {
			const r = random(seed);
			let text = originals[seed % originals.length] ?? '';
			for (let k = 0, n = 1 + r.int(10); k < n; k++) {
				const at = r.int(text.length + 1);
				text = text.slice(0, at) + r.pick(pieces) + text.slice(at + r.int(2));
			}
			if (reading(text, true) !== reading(text, false)) differ.push(text);
		}
		expect(differ.slice(0, 3)).toEqual([]);
	});

	it('for 20,000 seeded notes made of lines around list items, headings and quotes', () => {
		const differ: string[] = [];
		for (let seed = 1; seed <= 20_000; seed++) {
			const r = random(seed);
			const text = Array.from({ length: 2 + r.int(10) }, () => r.pick(LINES)).join(r.pick(['\n', '\n', '\r\n']));
			if (reading(text, true) !== reading(text, false)) differ.push(text);
		}
		expect(differ.slice(0, 5)).toEqual([]);
	});
});
