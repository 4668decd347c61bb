import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '../../src/ui/inline-markdown';
import { h, textOf, type UiNode } from '../../src/ui/tree';

/** The pieces as `tag:text`, nested pieces in brackets: what a reader would see formatted. */
function shape(nodes: UiNode[]): string[] {
	return nodes.map((n) => (n.tag === 'span' ? (n.text ?? '') : `${n.tag}:${n.children ? `[${shape(n.children).join('|')}]` : (n.text ?? '')}`));
}

describe('inline Markdown of note text', () => {
	it('shows bold, italic, highlight, strikethrough and code formatted, without their marks', () => {
		expect(shape(inlineMarkdown('Write the **draft** plan'))).toEqual(['Write the ', 'strong:[draft]', ' plan']);
		expect(shape(inlineMarkdown('a *soft* and _quiet_ word'))).toEqual(['a ', 'em:[soft]', ' and ', 'em:[quiet]', ' word']);
		expect(shape(inlineMarkdown('==key== ~~old~~ `npm test`'))).toEqual(['mark:[key]', ' ', 'del:[old]', ' ', 'code:npm test']);
		expect(shape(inlineMarkdown('__strong__ too'))).toEqual(['strong:[strong]', ' too']);
	});

	it('nests: bold around italic, a mark inside a link', () => {
		expect(shape(inlineMarkdown('**very *much* so**'))).toEqual(['strong:[very |em:[much]| so]']);
		expect(shape(inlineMarkdown('see [the **plan**](https://x.test)'))).toEqual(['see ', 'the ', 'strong:[plan]']);
	});

	it('shows links, wiki-links and embeds as their text', () => {
		expect(textOf(h('p', {}, inlineMarkdown('Read [[Books/Atomic Habits|the habits book]] and [[Pricing]] and ![[chart.png]]')))).toBe(
			'Read the habits book and Pricing and chart.png',
		);
		expect(textOf(h('p', {}, inlineMarkdown('Ask [Ana](mailto:a@b.test) today')))).toBe('Ask Ana today');
	});

	it('leaves what is not a pair as written: stray marks, snake_case, spaced stars, escapes', () => {
		expect(shape(inlineMarkdown('2 * 3 * 4'))).toEqual(['2 * 3 * 4']);
		expect(shape(inlineMarkdown('file_name_here'))).toEqual(['file_name_here']);
		expect(shape(inlineMarkdown('**unclosed bold'))).toEqual(['**unclosed bold']);
		expect(shape(inlineMarkdown('\\*not italic\\*'))).toEqual(['*not italic*']);
		expect(shape(inlineMarkdown('a ` lone tick'))).toEqual(['a ` lone tick']);
	});

	it('keeps markup in the text as text, never as elements', () => {
		const nodes = inlineMarkdown('**<img src=x onerror=alert(1)>**');
		expect(shape(nodes)).toEqual(['strong:[<img src=x onerror=alert(1)>]']);
	});

	it('reads a long line of stray marks in one pass', () => {
		const text = '*a '.repeat(20_000);
		expect(textOf(h('p', {}, inlineMarkdown(text)))).toBe(text);
	});
});
