import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { detectProgress } from '../../../src/core/review/progress-detector';
import { gatedPartsFile, askEverySource, partsInRecipeOrder, REGENERATE } from '../../../src/core/review/progress-detector/gated-parts-writer';
import { PART_RECIPES } from '../../../src/core/review/progress-detector/gated-parts.generated';
import { compiledPattern, partsFromRecipe, recipeKey, wordsOfSource } from '../../../src/core/review/progress-detector/gated-parts';
import { gatedPatterns } from '../../../src/core/review/progress-detector/gates';
import { alternativesOf, quickAlternativesOf } from '../../../src/core/review/progress-detector/pattern-source';
import { sharedStarts } from '../../../src/core/review/progress-detector/shared-starts';
import { ALL_STATEMENTS } from './progress-corpus';

/**
 * The detector splits its patterns into gated parts by recipes worked out when it is built
 * (`gated-parts.generated.ts`). These tests fail when a pattern changed and the recipes were not regenerated, and
 * when a recipe makes other parts than `gates.ts` would.
 */

/** Every source the detector asks `gatedParts` for, recorded on the way through. */
const asked = vi.hoisted(() => new Set<string>());
vi.mock('../../../src/core/review/progress-detector/gated-parts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../../src/core/review/progress-detector/gated-parts')>();
	return {
		...real,
		gatedParts: (source: string) => {
			asked.add(source);
			return real.gatedParts(source);
		},
	};
});

const GENERATED = new URL('../../../src/core/review/progress-detector/gated-parts.generated.ts', import.meta.url);
const CORPUS = ALL_STATEMENTS;

/** The sources asked for while the detector reads the whole corpus, after `askEverySource`. */
let recorded: string[] | null = null;
function askedSources(): string[] {
	if (recorded === null) {
		askEverySource();
		for (const statement of CORPUS) detectProgress(statement);
		recorded = [...asked];
	}
	return recorded;
}

const shown = (parts: ReturnType<typeof gatedPatterns>): unknown => parts.map(({ gate, pattern }) => ({ gate, source: pattern.source }));

describe('the gated parts recipes', () => {
	it('have a recipe for every pattern the detector splits', () => {
		const sources = askedSources();
		expect(sources.length).toBeGreaterThan(40);
		const missing = sources.filter((source) => PART_RECIPES[recipeKey(source)] === undefined);
		expect(missing.map((source) => source.slice(0, 60)), `patterns changed since the recipes were written: run \`${REGENERATE}\``).toEqual([]);
	});

	it('make exactly the parts gates.ts makes of each pattern: the same patterns and gates, in the same order', () => {
		for (const source of askedSources()) {
			const recipe = PART_RECIPES[recipeKey(source)] ?? '';
			const made = partsFromRecipe(source, recipe, wordsOfSource(source));
			expect(made, `${source.slice(0, 60)}…: run \`${REGENERATE}\``).toEqual(partsInRecipeOrder(source));
			// The same gate words as gates.ts's, in the order of the source.
			const sorted = (parts: unknown): unknown => JSON.parse(JSON.stringify(parts), (key, value: unknown) => (Array.isArray(value) && (key === 'words' || key === 'prefixes') ? [...(value as string[])].sort() : value));
			expect(sorted(made)).toEqual(sorted(shown(gatedPatterns(source))));
		}
	});

	it('are the file the generator writes now, with no recipe left over', () => {
		expect(readFileSync(GENERATED, 'utf8') === gatedPartsFile(askedSources()), `gated-parts.generated.ts is out of date: run \`${REGENERATE}\``).toBe(true);
	});

	it('are not followed where they do not fit the source', () => {
		// An alternative, or an alternative of a group, the source does not have; a word the source does not have.
		expect(partsFromRecipe(String.raw`\b(?:a|b)\b`, ':0 2', wordsOfSource(String.raw`\b(?:a|b)\b`))).toBeNull();
		expect(partsFromRecipe(String.raw`\b(?:a|b)\b`, ':0.5', wordsOfSource(String.raw`\b(?:a|b)\b`))).toBeNull();
		expect(partsFromRecipe(String.raw`\bsmok\w*|\bquit\b`, 'zzz:0 1', wordsOfSource(String.raw`\bsmok\w*|\bquit\b`))).toBeNull();
		expect(partsFromRecipe(String.raw`\b(?:stop|quit)\b|\bgave up\b`, `0:0.1;:0-;1:1`, ['quit', 'gave'])).toEqual([
			{ gate: { words: ['quit'], prefixes: [] }, source: String.raw`\bquit\b` },
			{ gate: null, source: String.raw`\b(?:stop)\b` },
			{ gate: { words: ['gave'], prefixes: [] }, source: String.raw`\bgave up\b` },
		]);
	});

	it('leave out a piece that follows the previous part\'s first', () => {
		const source = String.raw`\b(?:a|b)\b|\bc\b`;
		const words = wordsOfSource(source);
		expect(partsFromRecipe(source, '0:0.0;1;2:1', words)).not.toBeNull();
		expect(partsFromRecipe(source, '0:0.0;1;2:1', words)).toEqual(partsFromRecipe(source, '0:0.0;1:0.1;2:1', words));
		expect(partsFromRecipe(source, '', words)).toEqual(partsFromRecipe(source, ':0', words));
		expect(partsFromRecipe(source, '2:1;0', words)).toBeNull();
		expect(partsFromRecipe(source, ':0-;0', words)).toBeNull();
	});

	it('name a gate word by its number among the source\'s words, escapes left out, or spelt out after "="', () => {
		const source = String.raw`\b(?:rows?|i(?:'ve| have) quit)\b|\bsmok\w*`;
		expect(wordsOfSource(source)).toEqual(['rows', 'i', "'ve", 'have', 'quit', 'smok']);
		expect(partsFromRecipe(source, '4,=row:0;/5:1', wordsOfSource(source))).toEqual([
			{ gate: { words: ['quit', 'row'], prefixes: [] }, source: String.raw`\b(?:rows?|i(?:'ve| have) quit)\b` },
			{ gate: { words: [], prefixes: ['smok'] }, source: String.raw`\bsmok\w*` },
		]);
	});
});

describe('quickAlternativesOf', () => {
	it('splits as alternativesOf does every pattern the detector splits, and each of their parts', () => {
		const sources = askedSources().flatMap((source) => [source, ...gatedPatterns(source).map(({ pattern }) => pattern.source)]);
		for (const source of sources) expect(quickAlternativesOf(source), source.slice(0, 60)).toEqual(alternativesOf(source));
	});

	it('keeps escapes, classes and groups whole, and gives up on groups that do not close', () => {
		expect(quickAlternativesOf(String.raw`a(?:b|c)|d\|e|[|(]f|`)).toEqual(['a(?:b|c)', String.raw`d\|e`, '[|(]f', '']);
		expect(quickAlternativesOf('a(b|c')).toBeNull();
		expect(quickAlternativesOf('a)|b')).toBeNull();
		// Deeper than the pattern follows: the caller reads it the slow way.
		expect(quickAlternativesOf(`${'('.repeat(12)}x${')'.repeat(12)}|y`)).toBeNull();
	});
});

describe('compiledPattern', () => {
	it('matches where new RegExp would, ready to search from the start of the next text', () => {
		const everywhere = compiledPattern(String.raw`\b(?:gave up|quit|gave in|got) (\w+)`, 'g');
		expect(everywhere.flags).toBe('g');
		expect(everywhere.lastIndex).toBe(0);
		expect([...'i gave up sugar and quit vaping'.matchAll(everywhere)].map((m) => m.index)).toEqual([2, 20]);
		// A pattern that matches the long subject it is first run on still starts the next search at the start.
		const anything = compiledPattern(String.raw`[^a-z]+`, 'g');
		expect(anything.lastIndex).toBe(0);
		expect(anything.exec('12 ab')?.index).toBe(0);
	});
});

describe('sharedStarts', () => {
	it('joins the alternatives of a long alternation that start alike, behind what they share', () => {
		expect(sharedStarts(String.raw`\b(?:great|good|glowing|excellent)\b`)).toBe(String.raw`\b(?:excellent|g(?:lowing|ood|reat))\b`);
		expect(sharedStarts(String.raw`\bsaid no\b|\bsaid yes|\bsome|\bsaid`)).toBe(String.raw`\bs(?:aid(?:| (?:no\b|yes))|ome)`);
		// Inside groups and lookaheads too; a short alternation stays as it is.
		expect(sharedStarts(String.raw`(?!(?:fed|fell|felt|few)\b)\w+|a|b`)).toBe(String.raw`(?!(?:fe(?:d|l(?:l|t)|w))\b)\w+|a|b`);
	});

	it('shares no character under a quantifier, no class, group or escape of more than one character', () => {
		expect(sharedStarts(String.raw`beers?|beer|be\w*|bel`)).toBe(String.raw`be(?:\w*|er(?:|s?)|l)`);
		expect(sharedStarts(String.raw`[ab]x|[ab]y|(?:a)x|(?:a)y`)).toBe(String.raw`(?:a)x|(?:a)y|[ab]x|[ab]y`);
		expect(sharedStarts(String.raw`\x41a|\x41b|\d+|\d+k`)).toBe(String.raw`\d+|\d+k|\x41a|\x41b`);
	});

	it('matches at the same places as the pattern itself', () => {
		const source = String.raw`\b(?:four|fourteen|fo|fox|for|(?:a|an) (?:hour|day)|\d+(?:k|m)?|half(?:[ -]marathon)?)\b`;
		const text = 'for four fourteen days, fox half-marathon half marathon an hour 10k 5 forty fo';
		const places = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index);
		expect(places(new RegExp(sharedStarts(source), 'g'))).toEqual(places(new RegExp(source, 'g')));
	});
});
