import type { ActionStep, Owner, SessionReading, StepStatus } from '../session/types';
import { stepSimilarity, SAME_STEP_THRESHOLD } from './step-similarity';
import { type StepWords, stepWords } from './step-words';

export interface Mention {
	path: string;
	line: number;
	date: string | null;
	status: StepStatus;
	text: string;
	step: ActionStep;
}

export interface StepThread {
	owner: Owner;
	/** The explicit id that links its mentions, if any mention had one. */
	id: string | null;
	mentions: Mention[];
}

/** A token shared by more threads than this is too common to find candidates with (email, call). */
const COMMON_TOKEN_LIMIT = 64;
/** Each thread is compared through its latest few wordings. */
const WORDINGS_KEPT = 3;

interface Building {
	thread: StepThread;
	wordings: StepWords[];
	sessions: Set<string>;
	/** Index keys this thread is already listed under. */
	indexed: Set<string>;
}

/**
 * Joins one client's steps across sessions into threads: by explicit id first, else by wording, within one
 * owner. Candidates come from an index of words, so a step is compared only with threads that share a
 * word with it, never with every other step. `stats` counts the comparisons made, for tests and benchmarks.
 */
export function linkThreads(sessions: SessionReading[], stats?: { comparisons: number }): StepThread[] {
	const threads: Building[] = [];
	const byId = new Map<string, Building>();
	const index = new Map<string, Building[]>();
	const indexKeys = (owner: Owner, words: StepWords) => {
		const keys = new Set<string>();
		for (const token of words.tokens) {
			keys.add(`${owner}|${token}`);
			// Typos keep their first letters more often than not; numbers and short words must match exactly.
			if (token.length >= 5 && !/\d/.test(token)) keys.add(`${owner}|~${token.slice(0, 3)}`);
		}
		return keys;
	};

	for (const session of sessions) {
		for (const step of session.actionSteps) {
			const words = stepWords(step.text);
			const idKey = step.id ? `${step.owner}|${step.id.toLowerCase()}` : null;
			let target = idKey ? byId.get(idKey) : undefined;
			if (!target) {
				let best: { building: Building; score: number; sameSession: boolean } | null = null;
				const seen = new Set<Building>();
				const keys = [...indexKeys(step.owner, words)];
				const postings = keys.map((k) => index.get(k) ?? []);
				const narrow = postings.filter((p) => p.length <= COMMON_TOKEN_LIMIT);
				for (const posting of narrow.length > 0 ? narrow : postings) {
					for (const candidate of posting) {
						if (seen.has(candidate)) continue;
						seen.add(candidate);
						if (idKey && candidate.thread.id && `${step.owner}|${candidate.thread.id.toLowerCase()}` !== idKey) continue;
						let score = 0;
						for (const wording of candidate.wordings) score = Math.max(score, stepSimilarity(words, wording));
						if (stats) stats.comparisons += candidate.wordings.length;
						if (score < SAME_STEP_THRESHOLD) continue;
						const sameSession = candidate.sessions.has(session.path);
						if (!best || (best.sameSession && !sameSession) || (best.sameSession === sameSession && score > best.score)) {
							best = { building: candidate, score, sameSession };
						}
					}
				}
				target = best?.building;
			}
			if (!target) {
				target = { thread: { owner: step.owner, id: null, mentions: [] }, wordings: [], sessions: new Set(), indexed: new Set() };
				threads.push(target);
			}
			target.thread.mentions.push({ path: session.path, line: step.line, date: session.date, status: step.status, text: step.text, step });
			target.sessions.add(session.path);
			target.wordings.push(words);
			if (target.wordings.length > WORDINGS_KEPT) target.wordings.shift();
			if (idKey && !target.thread.id && step.id) target.thread.id = step.id;
			if (idKey) byId.set(idKey, target);
			for (const key of indexKeys(step.owner, words)) {
				if (target.indexed.has(key)) continue;
				target.indexed.add(key);
				const posting = index.get(key);
				if (posting) posting.push(target);
				else index.set(key, [target]);
			}
		}
	}
	return threads.map((b) => b.thread);
}
