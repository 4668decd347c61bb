import type { StepWords } from './step-words';

/** Rewordings score at or above this; steps that only share a word or two score below. */
export const SAME_STEP_THRESHOLD = 0.7;
/** Two steps led by different specific verbs (record vs edit) need near-identical wording. */
const CONFLICT_THRESHOLD = 0.85;

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) rows.push([i]);
	for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
	for (let i = 1; i <= a.length; i++) {
		const row = rows[i] as number[];
		const prev = rows[i - 1] as number[];
		let best = Number.POSITIVE_INFINITY;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
			row[j] = value;
			if (value < best) best = value;
		}
		if (best > max) return max + 1;
	}
	return (rows[a.length] as number[])[b.length] ?? max + 1;
}

/** Same word, a typo of it, or one a prefix of the other (applicat/appli). */
function hasDigit(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c >= 48 && c <= 57) return true;
	}
	return false;
}

export function wordsMatch(a: string, b: string): boolean {
	if (a === b) return true;
	const shorter = a.length <= b.length ? a : b;
	const longer = shorter === a ? b : a;
	// Only words of five letters or more may differ and still match; numbers never do.
	if (shorter.length < 5 || hasDigit(a) || hasDigit(b)) return false;
	if (shorter.length >= 5 && longer.startsWith(shorter)) return true;
	if (shorter.length >= 8) return editDistance(a, b, 2) <= 2;
	if (shorter.length >= 5) return editDistance(a, b, 1) <= 1;
	return false;
}

interface Alignment {
	matchedA: boolean[];
	matchedB: boolean[];
}

/** Pairs each word with at most one word of the other step; an acronym (VA) may stand for several words. */
function align(a: string[], b: string[]): Alignment {
	const matchedA = a.map(() => false);
	const matchedB = b.map(() => false);
	// Exact matches first: they are most of them, and cheap.
	let unmatchedA = 0;
	for (let i = 0; i < a.length; i++) {
		const j = b.indexOf(a[i] ?? '');
		if (j >= 0 && !matchedB[j]) {
			matchedA[i] = true;
			matchedB[j] = true;
		} else unmatchedA++;
	}
	if (unmatchedA === 0) return { matchedA, matchedB };
	for (let i = 0; i < a.length; i++) {
		if (matchedA[i] || (a[i]?.length ?? 0) < 5) continue;
		for (let j = 0; j < b.length; j++) {
			if (!matchedB[j] && wordsMatch(a[i] ?? '', b[j] ?? '')) {
				matchedA[i] = true;
				matchedB[j] = true;
				break;
			}
		}
	}
	const acronyms = (short: string[], long: string[], shortMatched: boolean[], longMatched: boolean[]) => {
		for (let i = 0; i < short.length; i++) {
			const word = short[i] ?? '';
			if (shortMatched[i] || word.length < 2 || word.length > 4 || hasDigit(word)) continue;
			for (let start = 0; start + word.length <= long.length; start++) {
				const run = long.slice(start, start + word.length);
				if (run.every((w, k) => !longMatched[start + k] && w[0] === word[k])) {
					shortMatched[i] = true;
					for (let k = 0; k < run.length; k++) longMatched[start + k] = true;
					break;
				}
			}
		}
	};
	acronyms(a, b, matchedA, matchedB);
	acronyms(b, a, matchedB, matchedA);
	return { matchedA, matchedB };
}

/**
 * How alike two steps are, from 0 to 1: the share of words on both sides that meet a word on the
 * other side; 1 when all of one step's words (two at least) are in the other ("Book venue" in
 * "Book the venue for the workshop"). Different names, numbers or leading verbs keep steps apart.
 */
export function stepSimilarity(a: StepWords, b: StepWords): number {
	if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
	const { matchedA, matchedB } = align(a.tokens, b.tokens);
	const countA = matchedA.filter(Boolean).length;
	const countB = matchedB.filter(Boolean).length;
	const dice = (countA + countB) / (a.tokens.length + b.tokens.length);
	const unmatchedNames = (words: StepWords, matched: boolean[]) => words.tokens.some((t, i) => !matched[i] && words.names.has(t));
	if (unmatchedNames(a, matchedA) && unmatchedNames(b, matchedB)) return Math.min(dice, 0.5);
	// "Chapter 2" and "chapter 5" differ even when both are a "first draft".
	const ownNumber = (x: StepWords, y: StepWords) => [...x.numbers].some((n) => !y.numbers.has(n));
	if (ownNumber(a, b) && ownNumber(b, a)) return Math.min(dice, 0.5);
	const contained =
		(countA === a.tokens.length && a.tokens.length >= 2) || (countB === b.tokens.length && b.tokens.length >= 2) ? 1 : dice;
	const verbsConflict = a.verb !== null && b.verb !== null && a.verb !== b.verb && !b.tokens.includes(a.verb) && !a.tokens.includes(b.verb);
	if (verbsConflict) return dice >= CONFLICT_THRESHOLD ? dice : Math.min(dice, SAME_STEP_THRESHOLD - 0.01);
	return contained;
}

export function isSameStep(a: StepWords, b: StepWords): boolean {
	return stepSimilarity(a, b) >= SAME_STEP_THRESHOLD;
}
