import type { Gate } from './gated-parts';
import { alternativesOf, classEnd, closingParen, optional } from './pattern-source';

/**
 * A pattern's alternative with its groups spelt out, so each piece can have a gate of its own (`gates.ts`):
 * `\b(?:can't|unable|froze)\b` is `\bcan't\b`, `\bunable\b` and `\bfroze\b`. An alternative gated on a long list of
 * words (or on none) runs whole on every statement with one of them; spelt out, a statement runs only the pieces its
 * own words open, each a short pattern. A statement matches `a(?:b|c)d` exactly when it matches `abd` or `acd`, so the
 * answers are the same; pieces with the same gate are joined again into one pattern.
 */

/** Most alternatives a group may have to be spelt out, and most pieces one alternative may become. */
const MAX_GROUP = 120;
const MAX_PIECES = 240;
const MAX_DEPTH = 1;
/** Only a list of words is spelt out: `\\b(?:…)\\b`, the group the whole of the alternative. */
const WORD_LIST_ENDS = new Set(['\\b', '']);

const gateSize = (gate: Gate | null): number => (gate === null ? Number.POSITIVE_INFINITY : gate.words.length + gate.prefixes.length);

/** The groups `(?:…)` at the top of a sequence that are neither repeated nor optional. */
function plainGroups(sequence: string): { open: number; close: number }[] {
	const groups: { open: number; close: number }[] = [];
	for (let i = 0; i < sequence.length; i++) {
		const c = sequence[i];
		if (c === '\\') i++;
		else if (c === '[') i = classEnd(sequence, i);
		else if (c === '(') {
			const close = closingParen(sequence, i);
			if (close < 0) return [];
			if (sequence.startsWith('(?:', i) && !optional(sequence, close + 1)) groups.push({ open: i, close });
			i = close;
		}
	}
	return groups;
}

/**
 * The pieces of an alternative: itself when it has a gate of one word; else, for the first of its groups that helps,
 * one piece for each of the group's alternatives that gets a smaller gate alone (spelt out further in turn), and one
 * for the rest of them together. Not spelt out when that would make too many.
 */
export function spreadAlternative(sequence: string, gateOf: (sequence: string) => Gate | null, depth = MAX_DEPTH): string[] {
	const size = gateSize(gateOf(sequence));
	if (depth === 0 || size <= 1) return [sequence];
	for (const group of plainGroups(sequence)) {
		const alternatives = alternativesOf(sequence.slice(group.open + 3, group.close));
		if (alternatives.length < 2 || alternatives.length > MAX_GROUP) continue;
		const before = sequence.slice(0, group.open);
		const after = sequence.slice(group.close + 1);
		if (!WORD_LIST_ENDS.has(before) || !WORD_LIST_ENDS.has(after)) continue;
		const better: string[] = [];
		const rest: string[] = [];
		for (const alternative of alternatives) {
			const piece = `${before}${alternative}${after}`;
			if (gateSize(gateOf(piece)) < size) better.push(piece);
			else rest.push(alternative);
		}
		if (better.length === 0) continue;
		const pieces = better.flatMap((piece) => spreadAlternative(piece, gateOf, depth - 1));
		if (rest.length > 0) pieces.push(`${before}(?:${rest.join('|')})${after}`);
		return pieces.length > MAX_PIECES ? [sequence] : pieces;
	}
	return [sequence];
}
