import { type Gate, gatedSource } from './gated-parts';
import { alternativesOf, classEnd, closingParen, isWrapped, optional } from './pattern-source';
import { spreadAlternative } from './spread';

/**
 * Cheap gates for the cues' patterns. A cue's pattern is an alternation of many phrasings; run whole over every
 * statement, the patterns cost the detector most of its time. `gatedPatterns` splits a pattern into its top-level
 * alternatives and finds for each the words it cannot match without: one word ("wagon" in "fell off the wagon"), or
 * one of a list ("(?:quit|stopped) smoking" needs "quit" or "stopped", or a word starting "smok"). Alternatives needing
 * the same words become one smaller pattern, run only on a statement that has one of them; alternatives with no such
 * words stay in a pattern that always runs. The split changes no answer: a statement matches an alternation exactly
 * when it matches one of its alternatives, and a gate only names words every match contains.
 *
 * The analysis is slow in a new process (a tenth of a second for all the cues), so it runs when the detector is built:
 * `scripts/generate-detector-parts.mjs` writes each split as a recipe (`gated-parts.generated.ts`) that the detector
 * follows at run time without it (`gated-parts.ts`). This file is the source of truth the recipes are checked against.
 */
export type { Gate } from './gated-parts';

export interface GatedPattern {
	/** Words the statement must have one of (a whole word, or a word beginning with a `prefixes` entry); null: none. */
	gate: Gate | null;
	pattern: RegExp;
}

/**
 * Words many statements have, the most common first: a gate on them saves little, so a gate without them is taken
 * when there is one, and among them the rarer.
 */
const COMMON_WORDS = ['i', 'a', 'the', 'and', 'to', 'my', 'it', 'was', 'of', 'in', 'i\'m', 'i\'ve', 'but', 'me', 'on', 'for', 'so', 'have', 'that', 'is', 'been', 'had', 'we', 'with', 'this', 'just', 'at', 'up', 'all', 'now', 'got', 'as', 'out', 'about', 'they', 'he', 'she', 'an', 'be', 'more', 'said', 'time', 'week', 'after', 'from', 'by', 'less', 'back', 'than', 'still', 'then', 'really', 'am', 'do', 'are', 'were', 'get', 'go', 'went', 'did', 'has', 'no', 'not'];
const COMMON = new Map(COMMON_WORDS.map((word, rank) => [word, 100 - rank]));

/** The most words a gate may name. */
const MAX_GATE_WORDS = 80;

/** How a source splits: its top-level alternatives, each spelt out into pieces (`spread.ts`), and the pieces of each part. */
export interface PatternSplit {
	wrapped: boolean;
	/** For each top-level alternative, its pieces: the alternative itself, or pieces of its group. */
	pieces: string[][];
	/** Each part's gate and its pieces, numbered in the order of `pieces` flattened. */
	parts: { gate: Gate | null; pieces: number[] }[];
}

export function splitPattern(source: string): PatternSplit {
	const wrapped = isWrapped(source);
	const inner = wrapped ? source.slice(5, -3) : source;
	const gateOf = (sequence: string): Gate | null => sequenceGate(sequence, wrapped, wrapped);
	const pieces = alternativesOf(inner).map((sequence) => spreadAlternative(sequence, gateOf));
	const parts = new Map<string, { gate: Gate | null; pieces: number[] }>();
	pieces.flat().forEach((piece, number) => {
		const gate = gateOf(piece);
		const key = gate === null ? '' : `${gate.words.join(' ')}|${gate.prefixes.join(' ')}`;
		const part = parts.get(key) ?? { gate, pieces: [] };
		part.pieces.push(number);
		parts.set(key, part);
	});
	return { wrapped, pieces, parts: [...parts.values()] };
}

export function gatedPatterns(source: string): GatedPattern[] {
	const { wrapped, pieces, parts } = splitPattern(source);
	const flat = pieces.flat();
	return parts.map(({ gate, pieces: numbers }) => {
		const part = gatedSource(gate, wrapped, numbers.map((number) => flat[number] ?? ''));
		return { gate, pattern: new RegExp(part.source) };
	});
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === "'");

/** The gate of an alternation: every alternative must have one, and any of theirs will do. */
function alternationGate(source: string, leftClean: boolean, rightClean: boolean): Gate | null {
	const key = `${leftClean ? 1 : 0}${rightClean ? 1 : 0}${source}`;
	const known = ALTERNATION_GATES.get(key);
	if (known !== undefined) return known;
	const gate = alternationGateOf(source, leftClean, rightClean);
	ALTERNATION_GATES.set(key, gate);
	return gate;
}

/**
 * The gates of alternations already worked out: the same word lists (`HABIT`, `NUMBER`) stand in many patterns. A
 * cache of a pure function's answers, filled as the cues are built at load.
 */
const ALTERNATION_GATES = new Map<string, Gate | null>();

function alternationGateOf(source: string, leftClean: boolean, rightClean: boolean): Gate | null {
	const words = new Set<string>();
	const prefixes = new Set<string>();
	for (const alternative of alternativesOf(source)) {
		const gate = sequenceGate(alternative, leftClean, rightClean);
		if (gate === null) return null;
		for (const w of gate.words) words.add(w);
		for (const p of gate.prefixes) prefixes.add(p);
		// A gate of that many words opens for too many statements to save anything.
		if (words.size + prefixes.size > MAX_GATE_WORDS) return null;
	}
	return { words: [...words].sort(), prefixes: [...prefixes].sort() };
}

/**
 * The best gate of one alternative: of its literal words and its groups that every match must go through, the one
 * with the fewest and least common words. A literal word counts only when the statement's own word is exactly it (a
 * word boundary, a space or a punctuation mark on each side, nothing optional about it), or begins with it (`smok\w*`).
 */
function sequenceGate(sequence: string, leftClean: boolean, rightClean: boolean): Gate | null {
	const cost = (gate: Gate): number => gate.words.reduce((sum, w) => sum + (COMMON.get(w) ?? 1), 0) + gate.prefixes.length * 2;
	const words = literalGates(sequence, leftClean, rightClean);
	const best = words.length === 0 ? null : words.reduce((a, b) => (cost(b) < cost(a) ? b : a));
	// One word that is not a common one: no group can do better.
	if (best !== null && cost(best) === 1) return best;
	const candidates: Gate[] = best === null ? [] : [best];
	for (let i = 0; i < sequence.length; i++) {
		const c = sequence[i];
		if (c === '\\') {
			i++;
			continue;
		}
		if (c === '[') {
			i = classEnd(sequence, i);
			continue;
		}
		if (c === '(') {
			const close = closingParen(sequence, i);
			if (close < 0) return null;
			const lookaround = sequence.startsWith('(?=', i) || sequence.startsWith('(?!', i) || sequence.startsWith('(?<', i);
			if (!lookaround && !optional(sequence, close + 1)) {
				const body = sequence.startsWith('(?:', i) ? sequence.slice(i + 3, close) : sequence.slice(i + 1, close);
				const left = cleanBefore(sequence, i, leftClean);
				const right = cleanAfter(sequence, close + 1, rightClean);
				const gate = alternationGate(body, left, right);
				if (gate !== null) candidates.push(gate);
			}
			i = close;
			continue;
		}
		if (isWordChar(c)) {
			let end = i;
			while (isWordChar(sequence[end])) end++;
			i = end - 1;
		}
	}
	if (candidates.length === 0) return null;
	return candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
}

/** The gates the literal words of a sequence (outside its groups) give. */
function literalGates(sequence: string, leftClean: boolean, rightClean: boolean): Gate[] {
	const candidates: Gate[] = [];
	let depth = 0;
	for (let i = 0; i < sequence.length; i++) {
		const c = sequence[i];
		if (c === '\\') {
			i++;
			continue;
		}
		if (c === '[') {
			i = classEnd(sequence, i);
			continue;
		}
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (isWordChar(c)) {
			let end = i;
			while (isWordChar(sequence[end])) end++;
			const word = sequence.slice(i, end);
			const usable = depth === 0 && cleanBefore(sequence, i, leftClean) && !word.startsWith("'") && !word.endsWith("'") && /[a-z]/.test(word);
			if (usable && cleanAfter(sequence, end, rightClean)) candidates.push({ words: [word], prefixes: [] });
			// "days?": the word with its last letter or without.
			else if (usable && word.length >= 3 && sequence[end] === '?' && /[a-z]/.test(word.slice(-1)) && cleanAfter(sequence, end + 1, rightClean)) candidates.push({ words: [word, word.slice(0, -1)], prefixes: [] });
			// "smok\w*", or a word the pattern lets run on: the statement's word begins with it.
			else if (usable && (sequence[end] === '?' ? word.slice(0, -1) : word).length >= 3) candidates.push({ words: [], prefixes: [sequence[end] === '?' ? word.slice(0, -1) : word] });
			i = end - 1;
		}
	}
	return candidates;
}



/** Where the group closing at `close` opens. */
function openingParen(text: string, close: number): number {
	let depth = 0;
	for (let i = close; i >= 0; i--) {
		if (text[i - 1] === '\\') continue;
		if (text[i] === ')') depth++;
		else if (text[i] === '(' && --depth === 0) return i;
	}
	return -1;
}

/** Whether an alternative ends at a word boundary however it matches: a space, the start, punctuation and spaces. */
function endsAtBoundary(alternative: string): boolean {
	if (alternative === '^' || alternative.endsWith(' ') || alternative.endsWith('\\s') || alternative.endsWith('\\s+') || alternative.endsWith('\\b')) return true;
	// "[.!?;:,]\s*": a class of punctuation only, then any spaces.
	const punctuation = /\[([^\]\\a-z0-9]|\\[.?!])+\](?:\\s\*)?$/.exec(alternative);
	return punctuation !== null && !punctuation[0].startsWith('[^');
}

/** Whether every alternative of a group's body ends with a space: an optional one then leaves a word boundary. */
const endsEachWithSpace = (body: string): boolean => alternativesOf(body).every((alternative) => alternative.endsWith(' ') || alternative.endsWith('\\s') || alternative.endsWith('\\s+'));

/** Whether a word starting at `at` has a word boundary before it in every match. */
function cleanBefore(text: string, at: number, leftClean: boolean): boolean {
	if (at === 0) return leftClean;
	const c = text[at - 1] ?? '';
	const escaped = text[at - 2] === '\\';
	if (escaped) return c === 'b' || c === 's' || c === '.' || c === '?' || c === '!';
	if (c === '+' && text[at - 2] === 's' && text[at - 3] === '\\') return true;
	if (c === ')') {
		// A lookbehind takes no characters: what stands before it counts.
		const open = openingParen(text, at - 1);
		if (open >= 0 && text.startsWith('(?<', open) && (text[open + 3] === '!' || text[open + 3] === '=')) return cleanBefore(text, open, leftClean);
		// A group that ends, in each of its ways, at a word boundary ("(?:^|[.!?]\s*|\band\s+)").
		if (open >= 0 && isPlainGroup(text, open)) return alternativesOf(groupBody(text, open, at - 1)).every((alternative) => endsAtBoundary(alternative));
		return false;
	}
	const quantifier = groupQuantifier(text, at);
	if (quantifier !== null) {
		// "(?:only )?lasted", "(?:\w+\s+){0,4}?smok…": after the group a space stands before the word; when the group
		// may be absent, what stands before it counts too.
		const open = openingParen(text, quantifier.close);
		if (open < 0 || !isPlainGroup(text, open)) return false;
		return endsEachWithSpace(groupBody(text, open, quantifier.close)) && (!quantifier.mayBeAbsent || cleanBefore(text, open, leftClean));
	}
	return c === '^' || c === ' ' || c === ',' || c === '-' || c === ':' || c === ';' || c === '!';
}

const isPlainGroup = (text: string, open: number): boolean => text.startsWith('(?:', open) || text[open + 1] !== '?';
const groupBody = (text: string, open: number, close: number): string => (text.startsWith('(?:', open) ? text.slice(open + 3, close) : text.slice(open + 1, close));

/** The group a quantifier ending at `at` applies to (`(…)?`, `(…)*?`, `(…){0,4}`), and whether it may match nothing. */
function groupQuantifier(text: string, at: number): { close: number; mayBeAbsent: boolean } | null {
	let j = at - 1;
	// A lazy quantifier ends with "?" after another quantifier.
	if (text[j] === '?' && (text[j - 1] === '?' || text[j - 1] === '*' || text[j - 1] === '+' || text[j - 1] === '}') && text[j - 2] !== '\\') j--;
	let mayBeAbsent: boolean;
	if (text[j] === '?' || text[j] === '*') mayBeAbsent = true;
	else if (text[j] === '+') mayBeAbsent = false;
	else if (text[j] === '}') {
		const brace = text.lastIndexOf('{', j);
		if (brace < 0) return null;
		mayBeAbsent = text[brace + 1] === '0';
		j = brace;
	} else return null;
	const close = j - 1;
	return text[close] === ')' && text[close - 1] !== '\\' ? { close, mayBeAbsent } : null;
}

/** Whether a word ending at `at` has a word boundary after it in every match. */
function cleanAfter(text: string, at: number, rightClean: boolean): boolean {
	if (at === text.length) return rightClean;
	if (optional(text, at)) return false;
	if (text.startsWith('(?=', at) || text.startsWith('(?!', at)) {
		// A lookahead takes no characters: what stands after it counts.
		const close = closingParen(text, at);
		return close >= 0 && cleanAfter(text, close + 1, rightClean);
	}
	const c = text[at] ?? '';
	if (c === '\\') {
		const next = text[at + 1];
		if (next === 's') return !optional(text, at + 2);
		return next === 'b' || next === '.' || next === '?' || next === '!';
	}
	if (c === '$') return true;
	// A space or a punctuation mark, itself not optional ("word ?" would let the word run on).
	return (c === ' ' || c === ',' || c === '-' || c === '!' || c === ':' || c === ';') && !optional(text, at + 1);
}
