import type { ActionStep } from '../session/types';
import { type StepWords, stepWords } from './step-words';

export interface CachedWords {
	words: StepWords;
	/** The step's words sorted: steps with the same signature are the same commitment. */
	signature: string;
	/** Keys to find similar steps by: each word, and the first letters of long ones (typos rarely start there). */
	keys: string[];
	/**
	 * Similarities already worked out with other steps' words, kept for the next build: the words compared with and
	 * the score at the same index. A step meets only a few wordings, so two short arrays cost less than a map.
	 */
	scoredWith?: StepWords[];
	scores?: number[];
}

/**
 * The similarity of a step's words with `other`, worked out once and remembered on the step's entry; `stats`
 * counts the comparisons made afresh.
 */
export function similarityWith(cached: CachedWords, other: StepWords, measure: (a: StepWords, b: StepWords) => number, stats?: { comparisons: number }): number {
	const known = cached.scoredWith?.indexOf(other) ?? -1;
	if (known >= 0) return cached.scores?.[known] ?? 0;
	const score = measure(cached.words, other);
	(cached.scoredWith ??= []).push(other);
	(cached.scores ??= []).push(score);
	if (stats) stats.comparisons++;
	return score;
}

/**
 * The words in code-unit order, as `sort()` gives them: a step has a handful, and the built-in sort sets up more
 * than a handful needs (most of what making signatures allocated).
 */
function sortedCopy(words: readonly string[]): string[] {
	const out = words.slice();
	for (let i = 1; i < out.length; i++) {
		const word = out[i] ?? '';
		let j = i - 1;
		for (; j >= 0 && (out[j] ?? '') > word; j--) out[j + 1] = out[j] ?? '';
		out[j + 1] = word;
	}
	return out;
}

/** Made as a list, not a set: a step has a handful of keys, and its tokens are already distinct. */
function indexKeys(words: StepWords): string[] {
	const keys: string[] = [];
	for (const token of words.tokens) {
		keys.push(token);
		if (token.length < 5 || /\d/.test(token)) continue;
		// No token starts with `~`: a prefix key can only repeat another prefix key.
		const prefix = `~${token.slice(0, 3)}`;
		if (!keys.includes(prefix)) keys.push(prefix);
	}
	return keys;
}

/**
 * Remembers the words of each step text between review builds. The plugin keeps one for the life of its index,
 * so after a note changes only that note's new step texts are read. Looked up by text, not by step: the same text
 * recurs across sessions, and a weak map from every step made each build's garbage collection slower (it grows
 * with the vault's heap). Capped, so a long-lived cache cannot grow without end.
 */
export class StepWordsCache {
	private readonly byText = new Map<string, CachedWords>();
	private readonly stems = new Map<string, string>();

	get(step: ActionStep): CachedWords {
		let cached = this.byText.get(step.text);
		if (!cached) {
			if (this.stems.size > 50_000) this.stems.clear();
			const words = stepWords(step.text, this.stems);
			const { tokens } = words;
			cached = { words, signature: tokens.length < 2 ? (tokens[0] ?? '') : sortedCopy(tokens).join(' '), keys: indexKeys(words) };
			if (this.byText.size > 50_000) this.byText.clear();
			this.byText.set(step.text, cached);
		}
		return cached;
	}
}
