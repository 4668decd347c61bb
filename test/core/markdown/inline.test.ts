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

// Issue 15, item 1: each of these took seconds or minutes when an opener searched to the end of the line for its
// closer. Tests assert what is read; the bench (bench/pathological.ts) shows the time grows linearly.
describe('long hostile lines', () => {
	it('reads 40,000 unclosed "[a:: " and "(a:: b " as no field', () => {
		expect(readInlineFields('x ' + '[a:: '.repeat(40_000))).toEqual([]);
		expect(readInlineFields('(a:: b '.repeat(40_000))).toEqual([]);
	});

	it('still reads the closed field before a long unclosed run', () => {
		const fields = readInlineFields('[due:: 2026-11-01] ' + '[a:: '.repeat(40_000));
		expect(fields.map((f) => [f.key, f.value, f.style, f.start, f.end])).toEqual([['due', '2026-11-01', 'bracket', 0, 18]]);
	});

	it('reads 50,000 unclosed "[[a|" as no link, and the link before them', () => {
		const run = '[[a|'.repeat(50_000);
		expect(readWikiLinks(run)).toEqual([]);
		expect(wikiLinksAsText(run)).toBe(run);
		expect(readWikiLinks('[[Susan|Sue]] ' + run)).toEqual([{ target: 'Susan', display: 'Sue', embed: false }]);
		expect(wikiLinksAsText('![[Susan|Sue]] ' + run)).toBe('Sue ' + run);
	});

	it('takes a key of at most 61 characters, as Dataview does', () => {
		expect(readInlineFields(`${'k'.repeat(61)}:: v`).map((f) => f.key)).toEqual(['k'.repeat(61)]);
		expect(readInlineFields(`${'k'.repeat(62)}:: v`)).toEqual([]);
		expect(readInlineFields(`[${'k'.repeat(30)} ${'k'.repeat(30)}   :: v]`).map((f) => f.value)).toEqual(['v']);
	});
});

describe('a line of many fields', () => {
	it('reads the first 100, leaving the rest as text', () => {
		const fields = readInlineFields('[a:: 1] '.repeat(150));
		expect(fields).toHaveLength(100);
	});
});
