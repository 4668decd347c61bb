import type { ClientEntry } from '../review/clients';
import { daysBetween } from '../review/days';
import { clientKey } from '../names';
import type { ClientReview, ReviewThread } from '../review/review';

/** What the caseload knows of a client beyond their review: whether they are archived, and their tags. */
export interface CaseloadClient {
	review: ClientReview;
	/** `status: archived` on the profile, or named in the settings' archived clients. */
	archived: boolean;
	/** Tags of the profile and the sessions, without `#`, lower case. */
	tags: readonly string[];
}

/**
 * What the caseload knows of a client, from their entry in the index and their review. `archivedClients`: names (or
 * aliases) the settings archive, matched as client names are (ignoring case and accents).
 */
export function caseloadClient(entry: ClientEntry, review: ClientReview, archivedClients: readonly string[]): CaseloadClient {
	const archivedBySetting = archivedClients.some((name) => name.trim() !== '' && entry.keys.includes(clientKey(name)));
	const tags = new Set<string>(entry.profile?.tags ?? []);
	for (const session of entry.sessions) for (const tag of session.tags) tags.add(tag);
	return { review, archived: archivedBySetting || entry.profile?.archived === true, tags: [...tags] };
}




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

const isOpen = (t: ReviewThread) => t.status === 'open' || t.status === 'in-progress';

/** The first day of the calendar quarter `day` is in. */
export function quarterStart(day: string): string {
	const month = Number(day.slice(5, 7));
	const first = Math.floor((month - 1) / 3) * 3 + 1;
	return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** Text on one line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function latestWords(review: ClientReview): CaseloadRow['latestWordsAt'] & { text: string } | null {
	for (let i = review.sessions.length - 1; i >= 0; i--) {
		const session = review.sessions[i];
		// A review holds only this client's words of a joint session (the others' are context, `othersWords`).
		const words = session?.clientWords[0];
		if (session && words) return { text: oneLine(words.text), path: session.path, line: words.line, date: session.date };
	}
	return null;
}

export function caseloadRow(client: CaseloadClient, today: string): CaseloadRow {
	const { review } = client;
	const clientSteps = review.actionSteps.filter((t) => t.owner === 'client' && isOpen(t));
	const promises = review.actionSteps.filter((t) => t.owner === 'coach' && isOpen(t));
	let oldest: number | null = null;
	for (const p of promises) if (p.daysOpen !== null && (oldest === null || p.daysOpen > oldest)) oldest = p.daysOpen;
	const quarter = quarterStart(today);
	const words = latestWords(review);
	return {
		name: review.client,
		lastSession: review.lastSession,
		daysSince: review.lastSession ? daysBetween(review.lastSession, today) : null,
		sessions: review.sessionCount,
		openSteps: clientSteps.length,
		recurringSteps: clientSteps.filter((t) => t.recurring).length,
		openPromises: promises.length,
		oldestPromiseDays: oldest,
		latestWords: words?.text ?? null,
		cadenceDays: review.cadenceDays,
		sessionsThisQuarter: review.sessions.filter((s) => s.date !== null && s.date >= quarter && s.date <= today).length,
		latestWordsAt: words ? { path: words.path, line: words.line, date: words.date } : null,
		archived: client.archived,
		profilePath: review.profilePath,
	};
}

function normaliseFolder(folder: string): string {
	return folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
}

function inFolder(client: CaseloadClient, folder: string): boolean {
	const prefix = normaliseFolder(folder);
	if (prefix === '') return true;
	const paths = [client.review.profilePath, ...client.review.sessions.map((s) => s.path)];
	return paths.some((p) => p !== null && (p === prefix || p.startsWith(`${prefix}/`)));
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
