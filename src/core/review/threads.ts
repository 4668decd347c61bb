import type { ActionStep, Owner, SessionReading, StepStatus } from '../session/types';
import { joinReports } from './report-joins';
import { similarityWith, StepWordsCache } from './step-cache';
import { stepSimilarity, SAME_STEP_THRESHOLD } from './step-similarity';
import type { Building } from './thread-candidates';
import { type LinkState, newState, type ThreadCheckpoints } from './thread-checkpoints';

export { ThreadCheckpoints } from './thread-checkpoints';

/** One step in one session, as the review shows it. */
export interface Mention {
	path: string;
	line: number;
	date: string | null;
	status: StepStatus;
	text: string;
	rule: string;
}

export interface StepThread {
	owner: Owner;
	/** The explicit id that links its mentions, if any mention had one. */
	id: string | null;
	mentions: Mention[];
	/** The step behind each mention, in the same order. */
	steps: ActionStep[];
	/** Distinct sessions that mention it. */
	sessionCount: number;
}

/** Each thread is compared through its latest few wordings. */
const WORDINGS_KEPT = 2;

/** A thread with an id other than the step's cannot take it. */
function conflicts(building: Building, id: string | null): boolean {
	return id !== null && building.thread.id !== null && building.thread.id.toLowerCase() !== id;
}

/**
 * Joins one client's steps across sessions into threads: by explicit id first, then by the same words, else by
 * similar wording, within one owner. Candidates come from an index of words, so a step is compared only with the
 * few threads that share most words with it, never with every other step. `stats` counts the comparisons made,
 * for tests and benchmarks; `cache` keeps each step's words between builds; `checkpoints` (with the client's key)
 * keeps the threads up to the last session, so a rebuild after it changed links it alone.
 */
export function linkThreads(
	sessions: SessionReading[],
	stats?: { comparisons: number },
	cache: StepWordsCache = new StepWordsCache(),
	checkpoints?: { store: ThreadCheckpoints; key: string },
): StepThread[] {
	const linker = new ThreadLinker(sessions, cache, checkpoints, stats);
	while (linker.step());
	return linker.result();
}

/**
 * `linkThreads` a session at a time, to be stopped between any two (a slice of background work ends there): `step()`
 * links the next session and says whether any is left, `result()` gives the threads (linking what is left first).
 * The same threads as `linkThreads` with the same arguments, and the same checkpoint kept or resumed from.
 */
export class ThreadLinker {
	private readonly state: LinkState;
	private next: number;
	/** Linking on from a checkpoint: nothing to keep. */
	private readonly resumed: boolean;

	constructor(
		private readonly sessions: readonly SessionReading[],
		private readonly cache: StepWordsCache = new StepWordsCache(),
		private readonly checkpoints?: { store: ThreadCheckpoints; key: string },
		private readonly stats?: { comparisons: number },
	) {
		const last = sessions.length - 1;
		const state = checkpoints && last >= 0 ? checkpoints.store.resume(checkpoints.key, sessions) : null;
		this.resumed = state !== null;
		this.state = state ?? newState();
		this.next = state ? last : 0;
	}

	/** Sessions still to link. */
	get remaining(): number {
		return this.sessions.length - this.next;
	}

	/** Links the next session; true while another is left. */
	step(): boolean {
		const last = this.sessions.length - 1;
		if (this.next > last) return false;
		if (this.next === last && this.checkpoints && !this.resumed) this.checkpoints.store.keep(this.checkpoints.key, this.sessions.slice(0, last), this.state);
		linkSession(this.state, this.sessions[this.next] as SessionReading, this.cache, this.stats);
		this.next++;
		return this.next <= last;
	}

	/** The threads of every session. */
	result(): StepThread[] {
		while (this.step());
		return this.state.threads.map((b) => b.thread);
	}
}

/** Links one session's steps into the threads so far. */
function linkSession(state: LinkState, session: SessionReading, cache: StepWordsCache, stats?: { comparisons: number }): void {
	const { threads, owners } = state;
	// Reports first: they tell of steps raised before this session, not of its own.
	if (session.statusReports && session.statusReports.length > 0) joinReports(session.statusReports, session, threads);
	for (const step of session.actionSteps) {
		const cached = cache.get(step);
		const words = cached.words;
		const own = owners[step.owner];
		const id = step.id ? step.id.toLowerCase() : null;

		let target = id ? own.byId.get(id) : undefined;
		let sameWords = false;
		if (!target && words.tokens.length > 0) {
			const same = own.bySignature.get(cached.signature);
			if (same && !conflicts(same, id)) {
				target = same;
				sameWords = true;
			}
		}
		if (!target) {
			// The best candidate: one from an earlier session before one from this session, then the highest score.
			let bestScore = 0;
			let bestSameSession = false;
			const count = own.candidates(cached);
			for (let k = 0; k < count; k++) {
				const candidate = own.best[k] as Building;
				if (conflicts(candidate, id)) continue;
				let score = 0;
				for (const wording of candidate.wordings) score = Math.max(score, similarityWith(cached, wording, stepSimilarity, stats));
				if (score < SAME_STEP_THRESHOLD) continue;
				const sameSession = candidate.lastSession === session.path;
				if (!target || (bestSameSession && !sameSession) || (bestSameSession === sameSession && score > bestScore)) {
					target = candidate;
					bestScore = score;
					bestSameSession = sameSession;
				}
			}
		}
		if (!target) {
			target = { thread: { owner: step.owner, id: null, mentions: [], steps: [], sessionCount: 0 }, wordings: [], lastSession: '', indexed: [], shared: 0, round: 0 };
			threads.push(target);
		}
		target.thread.mentions.push({ path: session.path, line: step.line, date: session.date, status: step.status, text: step.text, rule: step.rule });
		target.thread.steps.push(step);
		if (target.lastSession !== session.path) {
			target.lastSession = session.path;
			target.thread.sessionCount++;
		}
		if (id !== null) {
			if (!target.thread.id && step.id) target.thread.id = step.id;
			own.byId.set(id, target);
		}
		// The same words again: nothing new to compare with or to index.
		if (sameWords) continue;
		target.wordings.push(words);
		if (target.wordings.length > WORDINGS_KEPT) target.wordings.shift();
		if (words.tokens.length > 0) own.bySignature.set(cached.signature, target);
		own.addToIndex(target, cached);
	}
}
