import { describe, expect, it } from 'vitest';
import { escapeTablePipes, inertMarkdown, wikiLink } from '../../../src/core/markdown/inert-markdown';

/** Whether a written text could still open a construct: an unescaped character that starts one. */
function openers(written: string): string[] {
	const found: string[] = [];
	for (let i = 0; i < written.length; i++) {
		const ch = written[i] ?? '';
		if (ch === '\\') {
			i++;
			continue;
		}
		if ('[]|`$<\n\r'.includes(ch)) found.push(ch);
		if (ch === '%' && written[i + 1] === '%') found.push('%%');
	}
	return found;
}

describe('inertMarkdown: note text written so it shows and never acts', () => {
	const forms: [string, string][] = [
		['an embed', '![[Coach notes on Bob]]'],
		['a nested embed', '![[![[Coach notes on Bob]]]]'],
		['an embed split over two lines', '![[Coach notes\non Bob]]'],
		['an embed split by a Windows line break', '![\r\n[Coach notes on Bob]]'],
		['a wiki-link with a label', '[[Private/Bob|see here]]'],
		['a Markdown link', '[click](https://example.com/x)'],
		['a remote image', '![](https://tracker.example/pixel.png)'],
		['a javascript: link', '[run](javascript:alert(1))'],
		['an autolink', '<https://example.com>'],
		['raw HTML', '<img src=x onerror=alert(1)> and <script>alert(1)</script>'],
		['a table pipe', 'left | right'],
		['a Dataview inline query', '`$= dv.pages().length`'],
		['inline maths', '$\\href{javascript:alert(1)}{x}$'],
		['an Obsidian comment', 'shown %% hidden from here on'],
		['a reference link', '[x][1]'],
		['a footnote', 'text[^1]'],
	];

	it.each(forms)('%s: no character left that opens a construct, on one line', (_name, text) => {
		const written = inertMarkdown(text);
		expect(openers(written)).toEqual([]);
		expect(written).not.toMatch(/[\r\n]/);
	});

	it('writes each form so it reads as the words it is', () => {
		expect(inertMarkdown('![[Coach notes on Bob]]')).toBe('!\\[\\[Coach notes on Bob\\]\\]');
		expect(inertMarkdown('![[Coach notes\non Bob]]')).toBe('!\\[\\[Coach notes on Bob\\]\\]');
		expect(inertMarkdown('<img src=x>')).toBe('&lt;img src=x>');
		expect(inertMarkdown('a | b')).toBe('a \\| b');
		expect(inertMarkdown('`code`')).toBe('\\`code\\`');
		expect(inertMarkdown('50% done, %%hidden%%')).toBe('50% done, \\%\\%hidden\\%\\%');
		expect(inertMarkdown('I paid $500')).toBe('I paid \\$500');
	});

	it('leaves plain words as they are', () => {
		const plain = "I finally called the bank! It's done: 3 of 4 (mostly) - yes.";
		expect(inertMarkdown(plain)).toBe(plain);
	});

	it('keeps an escape already written, so writing twice changes nothing', () => {
		for (const [, text] of forms) expect(inertMarkdown(inertMarkdown(text))).toBe(inertMarkdown(text));
		expect(inertMarkdown('already \\[\\[escaped\\]\\]')).toBe('already \\[\\[escaped\\]\\]');
		expect(inertMarkdown('C:\\Users\\ann')).toBe('C:\\Users\\ann');
	});

	it('never lets an escaped backslash free the bracket after it', () => {
		// `\\[[x]]`: a literal backslash, then a live wiki-link in the note; written, the link must stay text.
		expect(openers(inertMarkdown('\\\\[[x]]'))).toEqual([]);
		// A backslash at the end cannot escape what the product writes after it.
		expect(inertMarkdown('ends with \\')).toBe('ends with \\\\');
	});

	it('drops control characters', () => {
		expect(inertMarkdown(`red${String.fromCharCode(27)}[31m text${String.fromCharCode(7)}`)).toBe('red\\[31m text');
	});
});

describe('wikiLink: the product’s own links to notes', () => {
	it('links a plain path with a clean label', () => {
		expect(wikiLink('Clients/Ann/2026-10-14', '14 Oct 2026')).toBe('[[Clients/Ann/2026-10-14|14 Oct 2026]]');
		expect(wikiLink('Clients/Ann/x', 'a|b]]c')).toBe('[[Clients/Ann/x|a b c]]');
	});

	it('writes the label alone, inert, when the path would end the link early or add one', () => {
		expect(wikiLink('Clients/Ann/x]] ![[Private', 'x]] ![[Private')).toBe('x\\]\\] !\\[\\[Private');
		expect(wikiLink('Clients/Ann/a|b', 'a|b')).toBe('a\\|b');
	});
});

describe('escapeTablePipes: text for a table cell', () => {
	it('escapes each pipe once, side by side too, and leaves an escaped one as it is', () => {
		expect(escapeTablePipes('a|b')).toBe('a\\|b');
		expect(escapeTablePipes('||')).toBe('\\|\\|');
		expect(escapeTablePipes('|start and end|')).toBe('\\|start and end\\|');
		expect(escapeTablePipes('already \\| escaped')).toBe('already \\| escaped');
		expect(escapeTablePipes('[[Clients/Ana|14 Oct]]')).toBe('[[Clients/Ana\\|14 Oct]]');
	});
});
