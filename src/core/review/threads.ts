import type { ActionStep, Owner, SessionReading, StatusReport, StepStatus } from '../session/types';
import { type CachedWords, similarityWith, StepWordsCache } from './step-cache';
import { stepSimilarity, SAME_STEP_THRESHOLD, wordsMatch } from './step-similarity';
import { type StepWords, stepWords } from './step-words';

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

/** A word shared by more threads than this is too common to find candidates with (email, call). */
const COMMON_TOKEN_LIMIT = 64;
/** Each thread is compared through its latest few wordings. */
const WORDINGS_KEPT = 2;
/** Threads sharing the most words with a step are the only ones compared with it. */
const CANDIDATES_COMPARED = 4;

interface Building {
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
class OwnerThreads {
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

/** A thread with an id other than the step's cannot take it. */
function conflicts(building: Building, id: string | null): boolean {
	return id !== null && building.thread.id !== null && building.thread.id.toLowerCase() !== id;
}

/** The threads of some sessions, and each owner's lookups: what linking one more session goes on from. */
interface LinkState {
	threads: Building[];
	owners: Record<Owner, OwnerThreads>;
}

function newState(): LinkState {
	return { threads: [], owners: { client: new OwnerThreads(), coach: new OwnerThreads() } };
}

/** A copy of a state that linking on from leaves the original as it was (mentions themselves are never changed). */
function copyState(state: LinkState): LinkState {
	const copies = new Map<Building, Building>();
	const threads = state.threads.map((b) => {
		const { thread } = b;
		const copy: Building = {
			thread: { owner: thread.owner, id: thread.id, mentions: thread.mentions.slice(), steps: thread.steps.slice(), sessionCount: thread.sessionCount },
			wordings: b.wordings.slice(),
			lastSession: b.lastSession,
			indexed: b.indexed.slice(),
			shared: 0,
			round: 0,
		};
		copies.set(b, copy);
		return copy;
	});
	return { threads, owners: { client: state.owners.client.copy(copies), coach: state.owners.coach.copy(copies) } };
}

/**
 * Each client's threads as linked up to their last session but one, by client key: a review rebuilt after an edit to
 * the latest session (what a coach typing changes) links that session alone, on from a copy. Linking is cumulative, so
 * a checkpoint holds only while every earlier session is the very reading it was made from. A few clients are kept.
 */
export class ThreadCheckpoints {
	private readonly byClient = new Map<string, { sessions: SessionReading[]; state: LinkState }>();

	/** The state after `sessions` but the last, when the checkpoint for `key` was made from exactly those readings. */
	resume(key: string, sessions: readonly SessionReading[]): LinkState | null {
		const checkpoint = this.byClient.get(key);
		if (!checkpoint || checkpoint.sessions.length !== sessions.length - 1) return null;
		for (let i = 0; i < checkpoint.sessions.length; i++) if (checkpoint.sessions[i] !== sessions[i]) return null;
		return copyState(checkpoint.state);
	}

	keep(key: string, sessions: SessionReading[], state: LinkState): void {
		this.byClient.delete(key);
		if (this.byClient.size >= 16) this.byClient.delete(this.byClient.keys().next().value as string);
		this.byClient.set(key, { sessions, state: copyState(state) });
	}
}

/** A status report names a step when this share of its subject's words are the step's words (typos and plurals allowed). */
const REPORT_COVERAGE = 0.6;

/** A sentence telling an outcome (`Received the question bank from Claire`) is about a step when it holds this share of its words. */
const SENTENCE_COVERAGE = 0.5;

/** How many of `a`'s words `b` holds. */
function sharedWords(a: StepWords, b: StepWords): number {
	let hits = 0;
	for (const token of a.tokens) if (b.tokens.some((word) => wordsMatch(token, word))) hits++;
	return hits;
}

/** The share of `part`'s words that `whole` holds (typos and plurals allowed). */
function coverageOf(part: StepWords, whole: StepWords): number {
	if (part.tokens.length === 0) return 0;
	let hits = 0;
	for (const token of part.tokens) if (whole.tokens.some((word) => wordsMatch(token, word))) hits++;
	return hits / part.tokens.length;
}

/**
 * Joins a later note's status reports (`✅ Website copy: done`) to the threads raised before it: the thread whose
 * wording holds most of the report's subject; among equals, the one the subject describes most fully ("Job
 * description" is more of "Write the job description" than of "Share two example job descriptions from founders"),
 * then the client's (a report marked `(me)` is only the coach's), then the latest. The report becomes that thread's
 * latest mention, with its line as the evidence and its rule; it raises nothing (the session count stays).
 */
function joinReports(reports: readonly StatusReport[], session: SessionReading, threads: Building[]): void {
	for (const report of reports) {
		const subject = stepWords(report.subject);
		let best: Building | null = null;
		let bestCoverage = 0;
		let bestSpecificity = 0;
		for (const building of threads) {
			if (building.lastSession === session.path) continue;
			if (report.owner !== undefined && building.thread.owner !== report.owner) continue;
			let coverage = 0;
			let specificity = 0;
			for (const wording of building.wordings) {
				// A sentence holds more than the step: it is about the step most of whose words it holds (two at least).
				const held = report.sentence === true ? (sharedWords(wording, subject) >= 2 ? coverageOf(wording, subject) : 0) : coverageOf(subject, wording);
				coverage = Math.max(coverage, held);
				specificity = Math.max(specificity, report.sentence === true ? held : coverageOf(wording, subject));
			}
			if (coverage < (report.sentence === true ? SENTENCE_COVERAGE : REPORT_COVERAGE) || coverage < bestCoverage) continue;
			if (best !== null && coverage === bestCoverage) {
				if (specificity < bestSpecificity) continue;
				// A client's step wins a tie with a coach's promise: a report says how the client's steps went.
				if (specificity === bestSpecificity && building.thread.owner === 'coach' && best.thread.owner === 'client') continue;
			}
			best = building;
			bestCoverage = coverage;
			bestSpecificity = specificity;
		}
		if (!best) continue;
		const latest = best.thread.steps[best.thread.steps.length - 1];
		const step: ActionStep = {
			text: latest?.text ?? report.subject,
			line: report.line,
			owner: best.thread.owner,
			status: report.status,
			statusChar: null,
			carried: false,
			due: null,
			doneDate: null,
			id: null,
			usesTasksSignifiers: false,
			rule: `${report.rule}: "${report.text}"`,
			toldLater: true,
		};
		best.thread.mentions.push({ path: session.path, line: report.line, date: session.date, status: report.status, text: report.text, rule: step.rule });
		best.thread.steps.push(step);
	}
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
