import type { Owner, SessionReading } from '../session/types';
import { type Building, OwnerThreads } from './thread-candidates';

/** The threads of some sessions, and each owner's lookups: what linking one more session goes on from. */
export interface LinkState {
	threads: Building[];
	owners: Record<Owner, OwnerThreads>;
}

/** The state before any session. */
export function newState(): LinkState {
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
