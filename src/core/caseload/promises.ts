import type { StepStatus } from '../session/types';
import type { ClientReview } from '../review/review';

/** One promise the coach made, to one client or (in a group session) to several. Field order is the JSON's. */
export interface PromiseEntry {
	clients: string[];
	text: string;
	/** The day it was first raised. */
	since: string | null;
	daysOpen: number | null;
	due: string | null;
	/** Its latest mention: the line a status change edits. */
	path: string;
	line: number;
	status: StepStatus;
	overdue: boolean;
	timesRaised: number;
	/** The latest mention as read, so a status change can check the line is still what it was. */
	mention: ClientReview['actionSteps'][number]['mentions'][number];
}

export interface PromiseLedger {
	today: string;
	promises: PromiseEntry[];
}

const isOpen = (status: StepStatus) => status === 'open' || status === 'in-progress';

/**
 * Every promise to every client: open ones (open or in progress) unless `all`. A promise made in a group session is
 * one entry naming each client. Oldest first, so what has waited longest leads.
 */
export function collectPromises(reviews: readonly ClientReview[], options: { today: string; all?: boolean }): PromiseLedger {
	const byLine = new Map<string, PromiseEntry>();
	for (const review of reviews) {
		for (const thread of review.actionSteps) {
			if (thread.owner !== 'coach' || (!options.all && !isOpen(thread.status))) continue;
			const latest = thread.mentions[thread.mentions.length - 1];
			if (!latest) continue;
			const key = `${latest.path}\n${latest.line}`;
			const existing = byLine.get(key);
			if (existing) {
				if (!existing.clients.includes(review.client)) existing.clients.push(review.client);
				continue;
			}
			byLine.set(key, {
				clients: [review.client],
				text: thread.text,
				since: thread.firstRaised,
				daysOpen: thread.daysOpen,
				due: thread.due,
				path: latest.path,
				line: latest.line,
				status: thread.status,
				overdue: thread.overdue,
				timesRaised: thread.timesRaised,
				mention: latest,
			});
		}
	}
	const promises = [...byLine.values()];
	for (const p of promises) p.clients.sort((a, b) => a.localeCompare(b));
	promises.sort(
		(a, b) =>
			Number(isOpen(b.status)) - Number(isOpen(a.status)) ||
			(a.since ?? '9999').localeCompare(b.since ?? '9999') ||
			(a.clients[0] ?? '').localeCompare(b.clients[0] ?? '') ||
			a.path.localeCompare(b.path) ||
			a.line - b.line,
	);
	return { today: options.today, promises };
}
