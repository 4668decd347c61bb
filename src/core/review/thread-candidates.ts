import type { CachedWords } from './step-cache';
import type { StepWords } from './step-words';
import type { StepThread } from './threads';

/** A word shared by more threads than this is too common to find candidates with (email, call). */
const COMMON_TOKEN_LIMIT = 64;
/** Threads sharing the most words with a step are the only ones compared with it. */
const CANDIDATES_COMPARED = 4;

/** A thread being linked: its latest wordings, the session it was last met in, and its place in the word index. */
export interface Building {
	thread: StepThread;
	wordings: StepWords[];
	lastSession: string;
	/** Index keys this thread is already listed under: a few, so a list costs less than a set. */
	indexed: string[];
	/** Keys shared with the step being placed, counted when `round` is the owner's current round. */
	shared: number;
	round: number;
}

/** One owner's threads: a client's steps never join the coach's promises. */
export class OwnerThreads {
	readonly byId = new Map<string, Building>();
	readonly bySignature = new Map<string, Building>();
	readonly index = new Map<string, Building[]>();

	/** Counting rounds: one per step placed, so a thread's count needs no resetting (and no map). */
	private round = 0;
	/**
	 * The threads counted in this round, in the order first met, and the best of them: lists kept from call to call
	 * with a count of their own (emptying an array lets V8 drop its storage, so every step would grow it again).
	 */
	private readonly touched: Building[] = [];
	readonly best: Building[] = [];

	/**
	 * Puts the threads that share the most index keys with a step in `best`, best first (first met first among
	 * equals), and says how many there are: read them before asking again.
	 */
	candidates(cached: CachedWords): number {
		const { index, touched, best } = this;
		const round = ++this.round;
		let touchedCount = 0;
		// Words shared by many threads are left out when there are rarer ones (a word no thread has is one).
		let anyNarrow = false;
		for (const key of cached.keys) if ((index.get(key)?.length ?? 0) <= COMMON_TOKEN_LIMIT) anyNarrow = true;
		for (const key of cached.keys) {
			const posting = index.get(key);
			if (!posting || (anyNarrow && posting.length > COMMON_TOKEN_LIMIT)) continue;
			for (const candidate of posting) {
				if (candidate.round !== round) {
					candidate.round = round;
					candidate.shared = 0;
					touched[touchedCount++] = candidate;
				}
				candidate.shared++;
			}
		}
		const needed = Math.min(2, cached.words.tokens.length);
		// The few best, kept in order as they come: what a stable sort by count would put first.
		let bestCount = 0;
		for (let t = 0; t < touchedCount; t++) {
			const candidate = touched[t] as Building;
			if (candidate.shared < needed) continue;
			let at = bestCount;
			while (at > 0 && (best[at - 1] as Building).shared < candidate.shared) at--;
			if (at >= CANDIDATES_COMPARED) continue;
			// In at `at`; the rest move down one, the last falling off a full list.
			for (let k = Math.min(bestCount, CANDIDATES_COMPARED - 1); k > at; k--) best[k] = best[k - 1] as Building;
			best[at] = candidate;
			if (bestCount < CANDIDATES_COMPARED) bestCount++;
		}
		return bestCount;
	}

	/** A copy whose threads are `copies`' (each original's copy), for linking on from a checkpoint. */
	copy(copies: Map<Building, Building>): OwnerThreads {
		const copy = new OwnerThreads();
		const to = (b: Building) => copies.get(b) as Building;
		for (const [id, b] of this.byId) copy.byId.set(id, to(b));
		for (const [signature, b] of this.bySignature) copy.bySignature.set(signature, to(b));
		for (const [key, posting] of this.index) copy.index.set(key, posting.map(to));
		return copy;
	}

	addToIndex(building: Building, cached: CachedWords): void {
		for (const key of cached.keys) {
			if (building.indexed.includes(key)) continue;
			building.indexed.push(key);
			const posting = this.index.get(key);
			if (posting) posting.push(building);
			else this.index.set(key, [building]);
		}
	}
}
