import type { ClientReview, ReviewThread } from '../review/review';
import type { StepStatus } from '../session/types';

/**
 * What a client may see of their review, and nothing else: their words, goals and progress, their steps and what the
 * coach promised them, and dates. No coach notes, ratings, rules, note paths, line numbers or other members' words
 * are in the type, so no renderer of it can show them. Built fresh from the review: no object of the review is shared.
 */
export interface ClientSummary {
	readonly client: string;
	readonly sessionCount: number;
	readonly firstSession: string | null;
	readonly lastSession: string | null;
	/** What progress means to the client, in their words. */
	readonly goals: readonly string[];
	/** Their statements of progress, newest first. */
	readonly progress: readonly SummaryQuote[];
	readonly steps: readonly SummaryStep[];
	/** The coach's promises to the client. */
	readonly promises: readonly SummaryStep[];
	/** Sessions holding their words, newest first. */
	readonly sessions: readonly SummarySession[];
}

export interface SummaryQuote {
	readonly text: string;
	readonly date: string | null;
}

export interface SummaryStep {
	readonly text: string;
	readonly status: StepStatus;
	readonly firstRaised: string | null;
	readonly due: string | null;
	readonly doneDate: string | null;
}

export interface SummarySession {
	readonly date: string | null;
	readonly words: readonly string[];
}

function step(thread: ReviewThread): SummaryStep {
	return { text: thread.text, status: thread.status, firstRaised: thread.firstRaised, due: thread.due, doneDate: thread.doneDate };
}

/** The client's summary of a review: a projection that copies only what the client may see. */
export function clientSummary(review: ClientReview): ClientSummary {
	return {
		client: review.client,
		sessionCount: review.sessionCount,
		firstSession: review.firstSession,
		lastSession: review.lastSession,
		goals: review.goals.map((goal) => goal.text),
		progress: review.progress.map((item) => ({ text: item.text, date: item.date })),
		steps: review.actionSteps.filter((t) => t.owner === 'client').map(step),
		promises: review.actionSteps.filter((t) => t.owner === 'coach').map(step),
		sessions: [...review.sessions]
			.reverse()
			.filter((session) => session.clientWords.length > 0)
			.map((session) => ({ date: session.date, words: session.clientWords.map((words) => words.text) })),
	};
}
