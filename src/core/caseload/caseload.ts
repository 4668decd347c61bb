import { daysBetween } from '../review/days';
import { type CaseloadClient, isOpenStatus } from './facts';

export interface CaseloadOptions {
	today: string;
	/** Only clients with a session or profile in this folder (or below it). */
	folder?: string;
	/** Only clients whose profile or sessions carry this tag (with or without `#`, any case; nested tags match). */
	tag?: string;
	/** Show archived clients too. */
	includeArchived?: boolean;
}

/** One client's row: facts only, never a score. Field order is the JSON's. */
export interface CaseloadRow {
	name: string;
	lastSession: string | null;
	daysSince: number | null;
	sessions: number;
	openSteps: number;
	recurringSteps: number;
	openPromises: number;
	oldestPromiseDays: number | null;
	latestWords: string | null;
	/** Median days between sessions. */
	cadenceDays: number | null;
	sessionsThisQuarter: number;
	/** Where the latest words were said, to link to them. */
	latestWordsAt: { path: string; line: number; date: string | null } | null;
	archived: boolean;
	profilePath: string | null;
}

export interface Caseload {
	today: string;
	clients: CaseloadRow[];
	/** How many clients the filters and archiving left out. */
	hidden: { archived: number; filtered: number };
}

/** The first day of the calendar quarter `day` is in. */
export function quarterStart(day: string): string {
	const month = Number(day.slice(5, 7));
	const first = Math.floor((month - 1) / 3) * 3 + 1;
	return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** A client's row as of `today`, from their facts. */
export function caseloadRow(client: CaseloadClient, today: string): CaseloadRow {
	let openPromises = 0;
	let oldest: number | null = null;
	for (const p of client.promises) {
		if (!isOpenStatus(p.status)) continue;
		openPromises++;
		// As the review counts a thread's days open: from its first day raised, never below zero.
		const days = p.firstRaised !== null ? Math.max(0, daysBetween(p.firstRaised, today)) : null;
		if (days !== null && (oldest === null || days > oldest)) oldest = days;
	}
	const quarter = quarterStart(today);
	let sessionsThisQuarter = 0;
	for (const day of client.sessionDays) if (day >= quarter && day <= today) sessionsThisQuarter++;
	const words = client.latestWords;
	return {
		name: client.name,
		lastSession: client.lastSession,
		daysSince: client.lastSession ? daysBetween(client.lastSession, today) : null,
		sessions: client.sessionCount,
		openSteps: client.openSteps,
		recurringSteps: client.recurringSteps,
		openPromises,
		oldestPromiseDays: oldest,
		latestWords: words?.text ?? null,
		cadenceDays: client.cadenceDays,
		sessionsThisQuarter,
		latestWordsAt: words ? { path: words.path, line: words.line, date: words.date } : null,
		archived: client.archived,
		profilePath: client.profilePath,
	};
}

function normaliseFolder(folder: string): string {
	return folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
}

function inFolder(client: CaseloadClient, folder: string): boolean {
	const prefix = normaliseFolder(folder);
	if (prefix === '') return true;
	return client.paths.some((p) => p === prefix || p.startsWith(`${prefix}/`));
}

function hasTag(client: CaseloadClient, tag: string): boolean {
	const wanted = tag.replace(/^#/, '').toLowerCase();
	if (wanted === '') return true;
	return client.tags.some((t) => t === wanted || t.startsWith(`${wanted}/`));
}

/** Every client's row, most recent session first (no date last, then by name). */
export function buildCaseload(clients: readonly CaseloadClient[], options: CaseloadOptions): Caseload {
	const hidden = { archived: 0, filtered: 0 };
	const rows: CaseloadRow[] = [];
	for (const client of clients) {
		if ((options.folder !== undefined && !inFolder(client, options.folder)) || (options.tag !== undefined && !hasTag(client, options.tag))) {
			hidden.filtered++;
			continue;
		}
		if (client.archived && !options.includeArchived) {
			hidden.archived++;
			continue;
		}
		rows.push(caseloadRow(client, options.today));
	}
	rows.sort((a, b) => (b.lastSession ?? '').localeCompare(a.lastSession ?? '') || a.name.localeCompare(b.name));
	return { today: options.today, clients: rows, hidden };
}
