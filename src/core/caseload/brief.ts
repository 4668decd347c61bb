import type { ClientReview, ReviewThread } from '../review/review';

/** A line of a note the brief quotes, with where it is. */
export interface BriefItem {
	text: string;
	path: string;
	line: number;
}

export interface BriefStep extends BriefItem {
	status: ReviewThread['status'];
	timesRaised: number;
	firstRaised: string | null;
	due: string | null;
	recurring: boolean;
}

export interface BriefPromise extends BriefItem {
	since: string | null;
	daysOpen: number | null;
	due: string | null;
}

/** One page before a session. Field order is the JSON's and the page's. */
export interface SessionBrief {
	client: string;
	today: string;
	lastSession: { date: string | null; path: string; number: number | null } | null;
	/** What progress means to them: their goals, in their words. */
	progressMeans: BriefItem[];
	/** Their words in the last session that holds any. */
	lastWords: BriefItem[];
	/** Their steps still open, recurring first. */
	openSteps: BriefStep[];
	/** What you promised and have not yet delivered. */
	openPromises: BriefPromise[];
	/** Questions you noted for next time, in the latest session that has any. */
	questions: BriefItem[];
}

const isOpen = (t: ReviewThread) => t.status === 'open' || t.status === 'in-progress';

function latestMention(thread: ReviewThread): { path: string; line: number } {
	const m = thread.mentions[thread.mentions.length - 1];
	return { path: m?.path ?? '', line: m?.line ?? 0 };
}

export function buildBrief(review: ClientReview): SessionBrief {
	const last = review.sessions[review.sessions.length - 1];
	let lastWords: BriefItem[] = [];
	for (let i = review.sessions.length - 1; i >= 0 && lastWords.length === 0; i--) {
		const s = review.sessions[i];
		if (s) lastWords = s.clientWords.map((w) => ({ text: w.text, path: s.path, line: w.line }));
	}
	let questions: BriefItem[] = [];
	for (let i = review.sessions.length - 1; i >= 0 && questions.length === 0; i--) {
		const s = review.sessions[i];
		if (s) questions = s.questions.map((q) => ({ text: q.text, path: s.path, line: q.line }));
	}
	return {
		client: review.client,
		today: review.today,
		lastSession: last ? { date: last.date, path: last.path, number: last.number } : null,
		progressMeans: review.goals.map((g) => ({ text: g.text, path: g.path, line: g.line })),
		lastWords,
		openSteps: review.actionSteps
			.filter((t) => t.owner === 'client' && isOpen(t))
			.map((t) => ({ text: t.text, ...latestMention(t), status: t.status, timesRaised: t.timesRaised, firstRaised: t.firstRaised, due: t.due, recurring: t.recurring })),
		openPromises: review.actionSteps
			.filter((t) => t.owner === 'coach' && isOpen(t))
			.map((t) => ({ text: t.text, ...latestMention(t), since: t.firstRaised, daysOpen: t.daysOpen, due: t.due })),
		questions,
	};
}
