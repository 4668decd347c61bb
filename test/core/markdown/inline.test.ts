import { describe, expect, it } from 'vitest';
import { stripInlineComments } from '../../../src/core/markdown/comments';
import { readBlockId, readInlineFields, readWikiLinks, wikiLinksAsText } from '../../../src/core/markdown/inline';

describe('Dataview inline fields', () => {
	it('reads a whole-line field, bracketed and parenthesised fields', () => {
		expect(readInlineFields('win:: Booked two calls').map((f) => [f.key, f.value, f.style])).toEqual([['win', 'Booked two calls', 'line']]);
		expect(readInlineFields('Send it [due:: 2026-11-01] (owner:: coach)').map((f) => [f.key, f.value, f.style])).toEqual([
			['due', '2026-11-01', 'bracket'],
			['owner', 'coach', 'paren'],
		]);
	});

	it('does not take a URL or a single colon as a field', () => {
		expect(readInlineFields('See https://example.com')).toEqual([]);
		expect(readInlineFields('Client: hello')).toEqual([]);
		expect(readInlineFields('a [b:: c)')).toEqual([]);
	});
});

describe('block ids and links', () => {
	it('reads ^block-id only at the end of a line', () => {
		expect(readBlockId('Email the list ^launch-1')).toEqual({ id: 'launch-1', rest: 'Email the list' });
		expect(readBlockId('x^2 is not an id')).toBeNull();
		expect(readBlockId('2^10')).toBeNull();
	});

	it('reads wiki-links with aliases and embeds, and shows their text', () => {
		expect(readWikiLinks('see [[Clients/Susan Lee|Susan]] and ![[chart.png]]')).toEqual([
			{ target: 'Clients/Susan Lee', display: 'Susan', embed: false },
			{ target: 'chart.png', display: 'chart.png', embed: true },
		]);
		expect(wikiLinksAsText('Read [[Atomic Habits]] and [[Notes#Part|part two]]')).toBe('Read Atomic Habits and part two');
	});
});

describe('inline comments', () => {
	it('removes %% and HTML comments, also across lines', () => {
		const state = { open: null };
		expect(stripInlineComments('kept %% hidden %% kept', state)).toBe('kept  kept');
		expect(stripInlineComments('a <!-- b', state)).toBe('a ');
		expect(stripInlineComments('still hidden --> c', state)).toBe(' c');
		expect(state.open).toBeNull();
	});
});
