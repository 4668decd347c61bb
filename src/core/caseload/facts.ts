import type { ClientEntry } from '../review/clients';
import { clientKey } from '../names';
import { buildReview, type ClientReview, type ReviewOptions, type ReviewThread, reviewReadings } from '../review/review';
import { StepWordsCache } from '../review/step-cache';
import { type StepThread, ThreadLinker } from '../review/threads';

/** A promise the coach made to the client, as the caseload keeps it: what depends on the day is worked out when drawn. */
export interface PromiseThread {
	text: string;
	status: ReviewThread['status'];
	timesRaised: number;
	firstRaised: string | null;
	due: string | null;
	/** Its latest mention: the line a status change edits. */
	mention: ReviewThread['mentions'][number];
}

/**
 * What the caseload knows of one client: the facts its row and the promises need, nothing that depends on the day,
 * so they are worked out once per change of the client's notes (or of the settings) and a draw only counts days.
 */
export interface CaseloadClient {
	name: string;
	profilePath: string | null;
	/** `status: archived` on the profile, or named in the settings' archived clients. */
	archived: boolean;
	/** Tags of the profile and the sessions, without `#`, lower case. */
	tags: readonly string[];
	/** The profile's and every session's path, for the folder filter. */
	paths: readonly string[];
	/** Every folder those notes are in, and those above them, for the folder filter's choices. */
	folders: readonly string[];
	sessionCount: number;
	lastSession: string | null;
	/** Median days between sessions. */
	cadenceDays: number | null;
	/** The day of each dated session, to count those of a quarter. */
	sessionDays: readonly string[];
	/** The client's steps still open or in progress, and how many of them are recurring. */
	openSteps: number;
	recurringSteps: number;
	/** Every promise to the client, open or not, in the review's order. */
	promises: readonly PromiseThread[];
	/** The client's latest words (their first line of words in their latest session that has any), as said. */
	latestWords: { text: string; path: string; line: number; date: string | null } | null;
}

export const isOpenStatus = (status: ReviewThread['status']): boolean => status === 'open' || status === 'in-progress';

function foldersOf(paths: readonly string[]): string[] {
	const folders = new Set<string>();
	for (const path of paths) {
		const parts = path.split('/').slice(0, -1);
		for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'));
	}
	return [...folders];
}

/**
 * What the caseload knows of a client, from their entry in the index and their review (built by any day: nothing
 * kept depends on it). `archivedClients`: names (or aliases) the settings archive, matched as client names are.
 */
export function caseloadClient(entry: ClientEntry, review: ClientReview, archivedClients: readonly string[]): CaseloadClient {
	const archivedBySetting = archivedClients.some((name) => name.trim() !== '' && entry.keys.includes(clientKey(name)));
	const tags = new Set<string>(entry.profile?.tags ?? []);
	for (const session of entry.sessions) for (const tag of session.tags) tags.add(tag);
	const paths = [...(review.profilePath !== null ? [review.profilePath] : []), ...review.sessions.map((s) => s.path)];
	let openSteps = 0;
	let recurringSteps = 0;
	const promises: PromiseThread[] = [];
	for (const thread of review.actionSteps) {
		if (thread.owner === 'client') {
			if (!isOpenStatus(thread.status)) continue;
			openSteps++;
			if (thread.recurring) recurringSteps++;
			continue;
		}
		const mention = thread.mentions[thread.mentions.length - 1];
		if (mention) promises.push({ text: thread.text, status: thread.status, timesRaised: thread.timesRaised, firstRaised: thread.firstRaised, due: thread.due, mention });
	}
	let latestWords: CaseloadClient['latestWords'] = null;
	for (let i = review.sessions.length - 1; i >= 0 && latestWords === null; i--) {
		const session = review.sessions[i];
		// A review holds only this client's words of a joint session (the others' are context, `othersWords`).
		const words = session?.clientWords[0];
		if (session && words) latestWords = { text: oneLine(words.text), path: session.path, line: words.line, date: session.date };
	}
	return {
		name: review.client,
		profilePath: review.profilePath,
		archived: archivedBySetting || entry.profile?.archived === true,
		tags: [...tags],
		paths,
		folders: foldersOf(paths),
		sessionCount: review.sessionCount,
		lastSession: review.lastSession,
		cadenceDays: review.cadenceDays,
		sessionDays: review.sessions.flatMap((s) => (s.date !== null ? [s.date] : [])),
		openSteps,
		recurringSteps,
		promises,
		latestWords,
	};
}

/**
 * A client's caseload facts from the index's readings. They need the review's threads, cadence and sessions but
 * never which words count as progress, the costly part of a review: the review is built without progress phrases
 * or the detector (`progress: null`), which changes nothing else in it. `linked`: the client's threads, linked
 * already (as `clientFactsInSteps` does, a session at a time).
 */
export function clientFacts(entry: ClientEntry, options: ReviewOptions, linked?: readonly StepThread[]): CaseloadClient {
	return caseloadClient(entry, buildReview(entry, { ...options, progress: null }, linked), options.settings.archivedClients);
}

/** What the next step of `clientFactsInSteps` does: link one session's steps into threads, or build the review. */
export type FactsStep = 'link' | 'build';

/**
 * `clientFacts` in steps, to be stopped between any two (a slice of background work ends there), returning the same
 * facts. Threading the steps is most of a review's cost, so it is done a session a step (`ThreadLinker`: each step's
 * words read and linked; a single step when the client's checkpoint holds every session but the last), then the
 * review is built from those threads, linking nothing again. Each yield says what the next step does, for the
 * caller to judge whether it fits.
 */
export function* clientFactsInSteps(entry: ClientEntry, options: ReviewOptions): Generator<FactsStep, CaseloadClient, void> {
	const cache = options.cache ?? new StepWordsCache();
	const withCache: ReviewOptions = { ...options, cache };
	let linker: ThreadLinker | null = null;
	if (entry.sessions.length > 0) {
		yield 'link';
		const checkpoints = options.threads ? { store: options.threads, key: entry.key } : undefined;
		linker = new ThreadLinker(reviewReadings(entry, withCache), cache, checkpoints);
		while (linker.step()) yield 'link';
	}
	yield 'build';
	return clientFacts(entry, withCache, linker?.result());
}

/** Text on one line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
