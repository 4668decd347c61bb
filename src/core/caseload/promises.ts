import type { StepStatus } from '../session/types';
import { daysBetween } from '../review/days';
import { type CaseloadClient, isOpenStatus, type PromiseThread } from './facts';

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
	mention: PromiseThread['mention'];
}

export interface PromiseLedger {
	today: string;
	promises: PromiseEntry[];
}

/**
 * Every promise to every client: open ones (open or in progress) unless `all`. A promise made in a group session is
 * one entry naming each client. Oldest first, so what has waited longest leads.
 */
export function collectPromises(clients: readonly CaseloadClient[], options: { today: string; all?: boolean }): PromiseLedger {
	const { today } = options;
	const byLine = new Map<string, PromiseEntry>();
	for (const client of clients) {
		for (const thread of client.promises) {
			const open = isOpenStatus(thread.status);
			if (!options.all && !open) continue;
			const latest = thread.mention;
			const key = `${latest.path}\n${latest.line}`;
			const existing = byLine.get(key);
			if (existing) {
				if (!existing.clients.includes(client.name)) existing.clients.push(client.name);
				continue;
			}
			byLine.set(key, {
				clients: [client.name],
				text: thread.text,
				since: thread.firstRaised,
				// As the review counts them, as of `today`: days since first raised and past due, while still open.
				daysOpen: open && thread.firstRaised !== null ? Math.max(0, daysBetween(thread.firstRaised, today)) : null,
				due: thread.due,
				path: latest.path,
				line: latest.line,
				status: thread.status,
				overdue: open && thread.due !== null && thread.due < today,
				timesRaised: thread.timesRaised,
				mention: latest,
			});
		}
	}
	const promises = [...byLine.values()];
	for (const p of promises) p.clients.sort((a, b) => a.localeCompare(b));
	promises.sort(
		(a, b) =>
			Number(isOpenStatus(b.status)) - Number(isOpenStatus(a.status)) ||
			(a.since ?? '9999').localeCompare(b.since ?? '9999') ||
			(a.clients[0] ?? '').localeCompare(b.clients[0] ?? '') ||
			a.path.localeCompare(b.path) ||
			a.line - b.line,
	);
	return { today, promises };
}
