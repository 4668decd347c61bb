import type { StepWords } from './step-words';

/** Rewordings score at or above this; steps that only share a word or two score below. */
export const SAME_STEP_THRESHOLD = 0.7;
/** Two steps led by different specific verbs (record vs edit) need near-identical wording. */
const CONFLICT_THRESHOLD = 0.85;

/**
 * Whether `a` from `i` and `b` from `j` are within `k` edits of each other (optimal string alignment: insert, delete,
 * replace, swap two neighbours). `k` is at most 2, so trying each edit costs less than a table, and makes no garbage.
 */
function withinEdits(a: string, i: number, b: string, j: number, k: number): boolean {
	// Equal characters are matched: no edit does better there.
	while (i < a.length && j < b.length && a.charCodeAt(i) === b.charCodeAt(j)) {
		i++;
		j++;
	}
	const restA = a.length - i;
	const restB = b.length - j;
	if (restA === 0 || restB === 0) return Math.max(restA, restB) <= k;
	if (k === 0) return false;
	if (restA >= 2 && restB >= 2 && a.charCodeAt(i) === b.charCodeAt(j + 1) && a.charCodeAt(i + 1) === b.charCodeAt(j) && withinEdits(a, i + 2, b, j + 2, k - 1)) return true;
	return withinEdits(a, i + 1, b, j + 1, k - 1) || withinEdits(a, i + 1, b, j, k - 1) || withinEdits(a, i, b, j + 1, k - 1);
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
	if (shorter.length >= 8) return withinEdits(a, 0, b, 0, 2);
	if (shorter.length >= 5) return withinEdits(a, 0, b, 0, 1);
	return false;
}

/**
 * Pairs each word with at most one word of the other step, marking both in `matchedA` and `matchedB` (all false on
 * the way in); an acronym (VA) may stand for several words.
 */
function align(a: string[], b: string[], matchedA: boolean[], matchedB: boolean[]): void {
	// Exact matches first: they are most of them, and cheap.
	let unmatchedA = 0;
	for (let i = 0; i < a.length; i++) {
		const j = b.indexOf(a[i] ?? '');
		if (j >= 0 && !matchedB[j]) {
			matchedA[i] = true;
			matchedB[j] = true;
		} else unmatchedA++;
	}
	if (unmatchedA === 0) return;
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
	matchAcronyms(a, b, matchedA, matchedB);
	matchAcronyms(b, a, matchedB, matchedA);
}

/** A short word of `short` (VA) standing for a run of unmatched words of `long` with those first letters. */
function matchAcronyms(short: string[], long: string[], shortMatched: boolean[], longMatched: boolean[]): void {
	for (let i = 0; i < short.length; i++) {
		const word = short[i] ?? '';
		if (shortMatched[i] || word.length < 2 || word.length > 4 || hasDigit(word)) continue;
		for (let start = 0; start + word.length <= long.length; start++) {
			let fits = true;
			for (let k = 0; k < word.length && fits; k++) fits = !longMatched[start + k] && (long[start + k] ?? '')[0] === word[k];
			if (fits) {
				shortMatched[i] = true;
				for (let k = 0; k < word.length; k++) longMatched[start + k] = true;
				break;
			}
		}
	}
}

function countTrue(flags: boolean[]): number {
	let count = 0;
	for (const flag of flags) if (flag) count++;
	return count;
}

/** Whether a word of `words` left unmatched is a name. */
function hasUnmatchedName(words: StepWords, matched: boolean[]): boolean {
	for (let i = 0; i < words.tokens.length; i++) if (!matched[i] && words.names.has(words.tokens[i] ?? '')) return true;
	return false;
}

/** Whether `x` has a number `y` lacks. */
function hasOwnNumber(x: StepWords, y: StepWords): boolean {
	for (const n of x.numbers) if (!y.numbers.has(n)) return true;
	return false;
}

/**
 * How alike two steps are, from 0 to 1: the share of words on both sides that meet a word on the
 * other side; 1 when all of one step's words (two at least) are in the other ("Book venue" in
 * "Book the venue for the workshop"). Different names, numbers or leading verbs keep steps apart.
 */
export function stepSimilarity(a: StepWords, b: StepWords): number {
	if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
	const matchedA = new Array<boolean>(a.tokens.length).fill(false);
	const matchedB = new Array<boolean>(b.tokens.length).fill(false);
	align(a.tokens, b.tokens, matchedA, matchedB);
	const countA = countTrue(matchedA);
	const countB = countTrue(matchedB);
	const dice = (countA + countB) / (a.tokens.length + b.tokens.length);
	if (hasUnmatchedName(a, matchedA) && hasUnmatchedName(b, matchedB)) return Math.min(dice, 0.5);
	// "Chapter 2" and "chapter 5" differ even when both are a "first draft".
	if (hasOwnNumber(a, b) && hasOwnNumber(b, a)) return Math.min(dice, 0.5);
	const contained =
		(countA === a.tokens.length && a.tokens.length >= 2) || (countB === b.tokens.length && b.tokens.length >= 2) ? 1 : dice;
	const verbsConflict = a.verb !== null && b.verb !== null && a.verb !== b.verb && !b.tokens.includes(a.verb) && !a.tokens.includes(b.verb);
	if (verbsConflict) return dice >= CONFLICT_THRESHOLD ? dice : Math.min(dice, SAME_STEP_THRESHOLD - 0.01);
	return contained;
}

export function isSameStep(a: StepWords, b: StepWords): boolean {
	return stepSimilarity(a, b) >= SAME_STEP_THRESHOLD;
}
