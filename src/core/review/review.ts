import { ProgressDetections, type ProgressMatcher, progressPattern, progressReason, reviewWords } from './progress';
import type { ClientWords, Owner, SessionReading, StepStatus, Warning } from '../session/types';
import type { CoachingSettings } from '../settings';
import type { ClientEntry } from './clients';
import { daysBetween } from './days';
import { type MemberView, memberView, type MemberViews, type OthersWords } from './members';
import type { StepWordsCache } from './step-cache';
import { linkThreads, type StepThread, type ThreadCheckpoints } from './threads';

/** The review of one client: plain data, rendered as JSON, Markdown or the dashboard. Lines are 1-based. */
export interface ClientReview {
	client: string;
	today: string;
	profilePath: string | null;
	sessionCount: number;
	firstSession: string | null;
	lastSession: string | null;
	/** Median days between sessions, or null with fewer than two dated sessions. */
	cadenceDays: number | null;
	sessions: ReviewSession[];
	goals: { text: string; path: string; line: number; rule: string }[];
	/** The client's own statements of progress, newest first. */
	progress: { text: string; path: string; line: number; date: string | null; reason: string }[];
	ratings: { path: string; date: string | null; client: number | null; coach: number | null }[];
	actionSteps: ReviewThread[];
	followThrough: { done: number; dropped: number; inProgress: number; open: number; total: number };
	coachPromises: { delivered: number; open: number; dropped: number; total: number };
	warnings: Warning[];
}

export interface ReviewSession {
	path: string;
	date: string | null;
	number: number | null;
	clients: readonly string[];
	/** As the reading has them; the review's `progress` says which count as progress (`reviewJson` says it per word). */
	clientWords: readonly ClientWords[];
	coachNotes: readonly { text: string; line: number; rule: string }[];
	/** The coach's questions for next time, also among `coachNotes`. */
	questions: readonly { text: string; line: number; rule: string }[];
	ratings: { client: number | null; coach: number | null };
	/**
	 * In a group session, what the note gives other members to say: context, marked with who said it, never the
	 * client's words. Absent when there is none.
	 */
	othersWords?: readonly OthersWords[];
}

export interface ReviewThread {
	text: string;
	owner: Owner;
	status: StepStatus;
	id: string | null;
	timesRaised: number;
	firstRaised: string | null;
	lastRaised: string | null;
	due: string | null;
	overdue: boolean;
	recurring: boolean;
	/** Days since first raised, while neither done nor dropped. */
	daysOpen: number | null;
	doneDate: string | null;
	mentions: { path: string; line: number; date: string | null; status: StepStatus; text: string; rule: string }[];
}

export interface ReviewOptions {
	today: string;
	settings: CoachingSettings;
	/** Keeps each step's words between builds (the plugin's index holds one). */
	cache?: StepWordsCache;
	/** The settings' progress phrases, compiled once (`progressPattern`); compiled for this build when absent. */
	progress?: ProgressMatcher | null;
	/** Keeps the progress detector's reason for each statement between builds (the plugin's index holds one). */
	detections?: ProgressDetections;
	/** Keeps each client's threads up to their last session but one, so an edit to the latest links it alone. */
	threads?: ThreadCheckpoints;
	/** Keeps each group session's view by each of its clients, so the checkpoints above hold for them too. */
	views?: MemberViews;
}

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = values.slice().sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

function summariseThread(thread: StepThread, options: ReviewOptions): ReviewThread {
	const latest = thread.mentions[thread.mentions.length - 1];
	const status = latest?.status ?? 'open';
	const closed = status === 'done' || status === 'dropped';
	let due: string | null = null;
	let doneDate: string | null = null;
	let firstRaised: string | null = null;
	let lastRaised: string | null = null;
	for (const step of thread.steps) {
		due = step.due ?? due;
		doneDate = step.doneDate ?? doneDate;
	}
	for (const m of thread.mentions) {
		if (m.date === null) continue;
		if (firstRaised === null || m.date < firstRaised) firstRaised = m.date;
		if (lastRaised === null || m.date > lastRaised) lastRaised = m.date;
	}
	const timesRaised = thread.sessionCount;
	return {
		text: latest?.text ?? '',
		owner: thread.owner,
		status,
		id: thread.id,
		timesRaised,
		firstRaised,
		lastRaised,
		due,
		overdue: !closed && due !== null && due < options.today,
		recurring: !closed && timesRaised >= options.settings.recurringThreshold,
		daysOpen: !closed && firstRaised ? Math.max(0, daysBetween(firstRaised, options.today)) : null,
		doneDate: status === 'done' ? doneDate : null,
		// The thread's own mentions, already in the review's shape: a rebuild copies none of them.
		mentions: thread.mentions,
	};
}

const STATUS_ORDER: Record<StepStatus, number> = { open: 0, 'in-progress': 1, done: 2, dropped: 2 };

/** Recurring first (most raised, then oldest), then open by age, then in progress, then done and dropped. */
export function compareThreads(a: ReviewThread, b: ReviewThread): number {
	if (a.recurring !== b.recurring) return a.recurring ? -1 : 1;
	if (a.recurring && a.timesRaised !== b.timesRaised) return b.timesRaised - a.timesRaised;
	if (STATUS_ORDER[a.status] !== STATUS_ORDER[b.status]) return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
	const closed = a.status === 'done' || a.status === 'dropped';
	const aDate = (closed ? a.lastRaised : a.firstRaised) ?? '9999';
	const bDate = (closed ? b.lastRaised : b.firstRaised) ?? '9999';
	if (aDate !== bDate) return closed ? (aDate < bDate ? 1 : -1) : aDate < bDate ? -1 : 1;
	return a.text.localeCompare(b.text);
}

/** A session as the review shows it; the reading's own lists are shared, not copied. */
function sessionOf(reading: SessionReading, othersWords: readonly OthersWords[]): ReviewSession {
	const session: ReviewSession = {
		path: reading.path,
		date: reading.date,
		number: reading.number,
		clients: reading.clients,
		clientWords: reading.clientWords,
		coachNotes: reading.coachNotes,
		questions: reading.questions,
		ratings: reading.ratings,
	};
	if (othersWords.length > 0) session.othersWords = othersWords;
	return session;
}

/** Each session as the client sees it: a group session shows them what is theirs or the group's. */
function viewsOf(entry: ClientEntry, options: ReviewOptions): MemberView[] {
	const { views: kept } = options;
	return entry.sessions.map((reading) => (kept ? kept.view(reading, entry.keys) : memberView(reading, entry.keys)));
}

/** The readings a review of `entry` links into threads: what threads handed to `buildReview` are linked from. */
export function reviewReadings(entry: ClientEntry, options: ReviewOptions): SessionReading[] {
	return viewsOf(entry, options).map((view) => view.reading);
}

/**
 * Builds one client's review from their (date-ordered) sessions and profile. `linked`: the client's threads, linked
 * already from `reviewReadings(entry, options)` (a `ThreadLinker` run a session at a time), so none are linked here.
 */
export function buildReview(entry: ClientEntry, options: ReviewOptions, linked?: readonly StepThread[]): ClientReview {
	// A group session shows the client what is theirs or the group's; the other members' words are context only.
	const views = viewsOf(entry, options);
	const sessions = views.map((view) => view.reading);
	const dated = sessions.map((s) => s.date).filter((d): d is string => d !== null);
	const gaps: number[] = [];
	for (let i = 1; i < dated.length; i++) gaps.push(daysBetween(dated[i - 1] ?? '', dated[i] ?? ''));

	const goals: ClientReview['goals'] = [];
	for (const source of entry.profile ? [entry.profile, ...sessions] : sessions) {
		for (const goal of source.goals) goals.push({ ...goal, path: source.path });
	}

	const matcher = options.progress !== undefined ? options.progress : progressPattern(options.settings);
	const detections = options.detections ?? new ProgressDetections();
	const progress: ClientReview['progress'] = [];
	for (const session of sessions) {
		for (const words of session.clientWords) {
			const reason = progressReason(words, matcher, detections);
			if (reason !== null) progress.push({ text: words.text, path: session.path, line: words.line, date: session.date, reason });
		}
	}
	progress.reverse();

	const checkpoints = options.threads ? { store: options.threads, key: entry.key } : undefined;
	const threads = (linked ?? linkThreads(sessions, undefined, options.cache, checkpoints)).map((t) => summariseThread(t, options)).sort(compareThreads);
	const clientThreads = threads.filter((t) => t.owner === 'client');
	const coachThreads = threads.filter((t) => t.owner === 'coach');
	const count = (list: ReviewThread[], status: StepStatus) => list.filter((t) => t.status === status).length;

	const warnings: Warning[] = [...entry.warnings];
	for (const note of entry.profile ? [entry.profile, ...sessions] : sessions) warnings.push(...note.warnings);

	return {
		client: entry.name,
		today: options.today,
		profilePath: entry.profile?.path ?? null,
		sessionCount: sessions.length,
		firstSession: entry.firstDate,
		lastSession: entry.lastDate,
		cadenceDays: median(gaps),
		sessions: views.map((view) => sessionOf(view.reading, view.othersWords)),
		goals,
		progress,
		ratings: sessions
			.filter((s) => s.ratings.client !== null || s.ratings.coach !== null)
			.map((s) => ({ path: s.path, date: s.date, client: s.ratings.client, coach: s.ratings.coach })),
		actionSteps: threads,
		followThrough: {
			done: count(clientThreads, 'done'),
			dropped: count(clientThreads, 'dropped'),
			inProgress: count(clientThreads, 'in-progress'),
			open: count(clientThreads, 'open'),
			total: clientThreads.length,
		},
		coachPromises: {
			delivered: count(coachThreads, 'done'),
			open: count(coachThreads, 'open') + count(coachThreads, 'in-progress'),
			dropped: count(coachThreads, 'dropped'),
			total: coachThreads.length,
		},
		warnings,
	};
}

/**
 * The review as its JSON output shows it (README, "The review as JSON"): each session's words say whether they count
 * as progress and why. `progress`: the settings' progress phrases, as the review was built with; `detections`: the
 * detector's reasons, as the build kept them (the build's `options.detections`), so no statement is read twice.
 */
export function reviewJson(review: ClientReview, progress: ProgressMatcher | null, detections?: ProgressDetections): unknown {
	return { ...review, sessions: review.sessions.map((s) => ({ ...s, clientWords: reviewWords(s.clientWords, progress, detections) })) };
}
