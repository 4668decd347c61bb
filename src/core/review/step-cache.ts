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

/** The similarity of a step's words with `other`, worked out once and remembered on the step's entry. */
export function similarityWith(cached: CachedWords, other: StepWords, measure: (a: StepWords, b: StepWords) => number): { score: number; fresh: boolean } {
	const known = cached.scoredWith?.indexOf(other) ?? -1;
	if (known >= 0) return { score: cached.scores?.[known] ?? 0, fresh: false };
	const score = measure(cached.words, other);
	(cached.scoredWith ??= []).push(other);
	(cached.scores ??= []).push(score);
	return { score, fresh: true };
}

function indexKeys(words: StepWords): string[] {
	const keys = new Set<string>();
	for (const token of words.tokens) {
		keys.add(token);
		if (token.length >= 5 && !/\d/.test(token)) keys.add(`~${token.slice(0, 3)}`);
	}
	return [...keys];
}

/**
 * Remembers the words of each step between review builds. The plugin keeps one for the life of its index,
 * so after a note changes only that note's steps are read again. Held weakly: dropped notes are forgotten.
 */
export class StepWordsCache {
	private readonly byStep = new WeakMap<ActionStep, CachedWords>();
	private readonly byText = new Map<string, CachedWords>();

	get(step: ActionStep): CachedWords {
		let cached = this.byStep.get(step);
		if (!cached) {
			cached = this.byText.get(step.text);
			if (!cached) {
				const words = stepWords(step.text);
				cached = { words, signature: [...words.tokens].sort().join(' '), keys: indexKeys(words) };
				// The text map only helps within one build; cap it so a long-lived cache cannot grow without end.
				if (this.byText.size > 50_000) this.byText.clear();
				this.byText.set(step.text, cached);
			}
			this.byStep.set(step, cached);
		}
		return cached;
	}
}
