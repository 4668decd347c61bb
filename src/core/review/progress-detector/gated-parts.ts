import { PART_RECIPES } from './gated-parts.generated';
import { alternativesOf, isWrapped, quickAlternativesOf, raw } from './pattern-source';
import { sharedStarts } from './shared-starts';

/**
 * A pattern's gated parts (`gates.ts`), made from the recipe worked out when the detector was built: the analysis
 * that finds the gates is slow in a new process, the recipe is quick to follow. A recipe says which of the source's
 * top-level alternatives (or which alternatives of its group, where the split spelt one out) go into which part, and
 * each part's gate; the parts are cut from the source itself, so no pattern is stored twice.
 */

export type Gate = { words: string[]; prefixes: string[] };

/** One part of a pattern: its source, and the words a statement must have one of for it to be tried. */
export interface GatedSource {
	/** Words the statement must have one of (a whole word, or a word beginning with a `prefixes` entry); null: none. */
	gate: Gate | null;
	source: string;
}

/**
 * The gated parts of a pattern's source, as `gatedPatterns` splits it. A source without a recipe (a pattern changed
 * and the recipes not regenerated: a test fails on it) is one ungated part: slower, but every answer the same.
 */
export function gatedParts(source: string): GatedSource[] {
	const recipe = PART_RECIPES[recipeKey(source)];
	return (recipe === undefined ? null : partsFromRecipe(source, recipe, wordsOfSource(source))) ?? [{ gate: null, source }];
}

const ESCAPE = /\\./g;
const WORD = /[a-z0-9']+/g;

/**
 * The distinct runs of letters, digits and apostrophes of a source, in order, not counting escapes ("\b", "\w"): a
 * recipe names a gate word by its number here, so the words are read from the pattern rather than stored again.
 */
export function wordsOfSource(source: string): string[] {
	// Escapes blanked, then one native match: a loop over the matches costs milliseconds in a new process.
	return [...new Set(source.replace(ESCAPE, ' ').match(WORD) ?? [])];
}

/** A part: its pieces as one alternation, in the source's `\b(?:…)\b` when the source had one. */
export function gatedSource(gate: Gate | null, wrapped: boolean, pieces: readonly string[]): GatedSource {
	const body = pieces.join('|');
	return { gate, source: wrapped ? raw`\b(?:${body})\b` : body };
}

/**
 * A part's pattern (or another pattern only asked whether and where it matches), made the first time it is asked for:
 * most parts run late in a session or never (their words are rare), and making all of them at the first detection
 * would cost it milliseconds.
 */
export function patternWhenUsed(source: string, flags?: string): () => RegExp {
	let pattern: RegExp | null = null;
	return () => (pattern ??= compiledPattern(source, flags));
}

/** A subject long enough that V8 compiles a pattern to machine code on its first run (see `compiledPattern`). */
const LONG_SUBJECT = '\u0000'.repeat(1000);

/**
 * A pattern that matches where `source` does, its long alternations joined (`sharedStarts`), compiled to machine code
 * now. V8 runs a new pattern in its bytecode interpreter first, and compiles it
 * again to machine code on its second run, unless the subject is at least 1,000 characters long. For the detector's
 * long alternations the bytecode costs about four times the machine code (the bench's first review in a new process),
 * so each is run once on such a subject, of a character no part matches. Other engines pay a scan of nothing.
 *
 * Every compile counts: once a process has made 1 MB of pattern code (bytecode too, freed code too) and holds 16 MB of
 * executable memory, V8 compiles each new pattern without optimising it (`TooMuchRegExpCode`), and a detection with
 * such patterns costs about 2.4 times the instructions (`node --no-regexp-optimization`). The parts make about 10 MB.
 */
export function compiledPattern(source: string, flags?: string): RegExp {
	const pattern = new RegExp(sharedStarts(source), flags);
	pattern.test(LONG_SUBJECT);
	pattern.lastIndex = 0;
	return pattern;
}

/**
 * The same text, held by V8 one byte a character when its characters allow. V8 compiles a pattern once for each way
 * a string is held (one byte a character, or two), and a statement cut from a note with any character past Latin-1
 * (a curly quote, an emoji) is held in two bytes however plain it reads: each part would be compiled again, beside
 * the one-byte code `compiledPattern` makes (twice the time in a new process, twice the pattern code). A JSON round
 * trip gives back the same string, made anew.
 */
export function oneByteText(text: string): string {
	// A text with nothing to escape is read as a JSON string as it stands: half the cost of writing it as JSON first. A
	// control character, which JSON holds only escaped, throws: that rare text is written first.
	if (!text.includes('"') && !text.includes('\\')) {
		try {
			return JSON.parse(`"${text}"`) as string;
		} catch {
			// Escaped below.
		}
	}
	return JSON.parse(JSON.stringify(text)) as string;
}

const UTF8 = new TextEncoder();

/**
 * The key of a source's recipe: a hash of it and its length, in base 36 after a letter (a name the bundle writes without
 * quotes). The hash takes four bytes a step: a loop over every character costs milliseconds in a new process, before
 * the engine compiles it.
 */
export function recipeKey(source: string): string {
	const encoded = UTF8.encode(source);
	// A view of four bytes a number must start at a multiple of four (a fresh encoding does).
	const bytes = encoded.byteOffset % 4 === 0 ? encoded : encoded.slice();
	// Four bytes as one number, in the machine's order (the same wherever the recipes are made and read in practice;
	// elsewhere every key misses, which costs speed, not answers).
	const quads = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
	let hash = source.length;
	for (let i = 0; i < quads.length; i++) hash = (Math.imul(hash, 31) + (quads[i] ?? 0)) | 0;
	for (let i = quads.length * 4; i < bytes.length; i++) hash = (Math.imul(hash, 31) + (bytes[i] ?? 0)) | 0;
	// Its top 20 bits: a shorter key in the bundle (the generator checks that no two sources share one).
	return `k${(hash >>> 12).toString(36)}`;
}

/**
 * The parts a recipe makes of a source, or null when the recipe does not fit it. A recipe is its parts, split by ";",
 * each `gate:pieces`. The gate is the numbers of its words, then "/" and the numbers of its prefixes ("" for none).
 * The pieces, split by " ", are "3" (the source's fourth top-level alternative), "3.7" (that alternative's group with
 * only its eighth alternative: `\b(?:a|b)\b` gives `\bb\b`) or "3-" (the group with the alternatives no "3.j" takes).
 * A part that is only its gate has one piece, the one after the previous part's first (`pieceAfter`): "0;1" is "0:0;1:1".
 */
export function partsFromRecipe(source: string, recipe: string, words: readonly string[]): GatedSource[] | null {
	const { wrapped, alternatives } = topLevelOf(source);
	let next = '0';
	const parts = recipe.split(';').map((part) => {
		const colon = part.indexOf(':');
		const pieces = colon < 0 ? [next] : part.slice(colon + 1).split(' ');
		next = pieceAfter(pieces[0] ?? '');
		return { gate: colon < 0 ? part : part.slice(0, colon), pieces };
	});
	// Only a recipe with a "rest of the group" piece needs to know which alternatives were taken one by one.
	const taken = recipe.includes('-') ? takenFromGroups(parts.flatMap((part) => part.pieces)) : NONE_TAKEN;
	const groups = new Map<number, SpeltGroup | null>();
	const groupAt = (at: number): SpeltGroup | null => {
		if (!groups.has(at)) groups.set(at, speltGroupOf(alternatives[at] ?? ''));
		return groups.get(at) ?? null;
	};
	const made: GatedSource[] = [];
	for (const part of parts) {
		const gate = part.gate === '' ? null : gateOf(part.gate, words);
		const pieces = part.pieces.map((piece) => pieceOf(piece, alternatives, groupAt, taken));
		if (gate === undefined || pieces.includes(null)) return null;
		made.push(gatedSource(gate, wrapped, pieces as string[]));
	}
	return made;
}

/**
 * The piece a recipe names by leaving it out, after `piece`: "4" after "3", "3.8" after "3.7" (most parts take the
 * alternatives in order, so a third of the recipes' bytes went on naming them). None after a "3-".
 */
export function pieceAfter(piece: string): string {
	const dot = piece.indexOf('.') + 1;
	return piece.endsWith('-') ? '' : piece.slice(0, dot) + (Number(piece.slice(dot)) + 1);
}

const NONE_TAKEN: ReadonlyMap<number, ReadonlySet<number>> = new Map();

/** For each top-level alternative a recipe spells out, the alternatives of its group taken one by one. */
function takenFromGroups(pieces: readonly string[]): Map<number, Set<number>> {
	const taken = new Map<number, Set<number>>();
	for (const piece of pieces) {
		const dot = piece.indexOf('.');
		if (dot < 0) continue;
		const at = Number(piece.slice(0, dot));
		taken.set(at, (taken.get(at) ?? new Set()).add(Number(piece.slice(dot + 1))));
	}
	return taken;
}

/** An alternative that is one group (`\b(?:…)\b` or `(?:…)`, as `spread.ts` spells out): what stands around it, its alternatives. */
interface SpeltGroup {
	before: string;
	after: string;
	alternatives: string[];
}

function speltGroupOf(alternative: string): SpeltGroup | null {
	const before = alternative.startsWith('\\b(?:') ? '\\b' : '';
	const after = alternative.endsWith(')\\b') ? '\\b' : '';
	if (!alternative.startsWith('(?:', before.length) || !alternative.endsWith(')', alternative.length - after.length)) return null;
	// A body that splits has its groups closed: the group's "(" and ")" are one pair.
	const alternatives = quickAlternativesOf(alternative.slice(before.length + 3, alternative.length - after.length - 1));
	return alternatives === null ? null : { before, after, alternatives };
}

/** One piece's source: a top-level alternative, or its group narrowed to one or the rest. Null: no such piece. */
function pieceOf(piece: string, alternatives: readonly string[], groupAt: (at: number) => SpeltGroup | null, taken: ReadonlyMap<number, ReadonlySet<number>>): string | null {
	if (piece === '') return null;
	const dot = piece.indexOf('.');
	const rest = piece.endsWith('-');
	const at = Number(dot >= 0 ? piece.slice(0, dot) : rest ? piece.slice(0, -1) : piece);
	if (dot < 0 && !rest) return alternatives[at] ?? null;
	const group = groupAt(at);
	if (group === null) return null;
	if (rest) {
		const left = group.alternatives.filter((_, j) => taken.get(at)?.has(j) !== true);
		return left.length === 0 ? null : `${group.before}(?:${left.join('|')})${group.after}`;
	}
	const one = group.alternatives[Number(piece.slice(dot + 1))];
	return one === undefined ? null : `${group.before}${one}${group.after}`;
}

/**
 * A gate from its words ("a,1f/3": numbers in `wordsOfSource`, "c-g" for the words c to g, or "=word" where the source
 * does not spell it); undefined when one names no word.
 */
function gateOf(text: string, words: readonly string[]): Gate | undefined {
	const slash = text.indexOf('/');
	const wordsOf = (list: string): string[] | undefined => {
		if (list === '') return [];
		const found = list.split(',').flatMap((item) => {
			if (item.startsWith('=')) return [item.slice(1)];
			const [from = NaN, to = from] = item.split('-').map((number) => parseInt(number, 36));
			return to >= from && to < words.length ? words.slice(from, to + 1) : [undefined];
		});
		return found.includes(undefined) ? undefined : (found as string[]);
	};
	const gateWords = wordsOf(slash < 0 ? text : text.slice(0, slash));
	const prefixes = wordsOf(slash < 0 ? '' : text.slice(slash + 1));
	return gateWords === undefined || prefixes === undefined ? undefined : { words: gateWords, prefixes };
}

/**
 * Whether the source is `\b(?:…)\b` around the whole of it (`isWrapped`), and its top-level alternatives inside that:
 * found the quick way (`quickAlternativesOf`) when it can follow the groups' nesting.
 */
function topLevelOf(source: string): { wrapped: boolean; alternatives: string[] } {
	if (source.startsWith('\\b(?:') && source.endsWith(')\\b')) {
		// An inside that splits has all its groups closed: the "(" after the "\b" pairs with the last ")".
		const inside = quickAlternativesOf(source.slice(5, -3));
		if (inside !== null) return { wrapped: true, alternatives: inside };
	}
	const wrapped = isWrapped(source);
	const inside = wrapped ? source.slice(5, -3) : source;
	return { wrapped, alternatives: quickAlternativesOf(inside) ?? alternativesOf(inside) };
}
