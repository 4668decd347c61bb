import { type ClientEntry, type ClientMatch, findClient, groupClients } from '../review/clients';
import { clientKey } from '../names';
import { ProgressDetections, type ProgressMatcher, progressPattern } from '../review/progress';
import type { ReviewOptions } from '../review/review';
import { StepWordsCache } from '../review/step-cache';
import { ThreadCheckpoints } from '../review/threads';
import { MemberViews } from '../review/members';
import { compactReading } from '../session/compact';
import { type ParsedNote, readSession, readWhoAndWhen } from '../session/read-session';
import { type SessionLikeness, sessionLikeness, unnamedSessionWarnings } from '../session/unnamed-sessions';
import { compileRules, type ReadingRules } from '../session/rules';
import type { SessionReading, Warning } from '../session/types';
import type { CoachingSettings } from '../settings';
import { isWide } from '../text';
import { keepsReading, mayBeSession, mayHoldSession, type NoteHead, reportedWarnings } from './scope';

/** How far a note is read: who and when (enough to list clients), or in full. */
export type ReadDepth = 'who-and-when' | 'full';

export interface IndexOptions {
	/** Keep each reading compact (`compactReading`): for an index that lives long, as the plugin's does. */
	compact?: boolean;
}

/** What one change did: the note's reading before and after (undefined when it was or is not in the index). */
export interface IndexChange {
	before: SessionReading | undefined;
	after: SessionReading | undefined;
}

const NO_CHANGE: IndexChange = Object.freeze({ before: undefined, after: undefined });

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a re-read note sits in the same places as before: same clients, role, date and number. */
export function sameGrouping(before: SessionReading, after: SessionReading): boolean {
	return (
		before.path === after.path &&
		before.role === after.role &&
		before.date === after.date &&
		before.number === after.number &&
		before.clients.join('\n') === after.clients.join('\n') &&
		before.aliases.join('\n') === after.aliases.join('\n')
	);
}

/**
 * The session notes of one vault, as readings: which notes are in scope, the readings kept current note by note,
 * the clients they group into, and what a review of one needs. Pure: the adapters read the files (the plugin from
 * Obsidian, the command line from disk) and hand the text in. Never edits a note.
 */
export class VaultIndex {
	private readonly byPath = new Map<string, SessionReading>();
	/** Notes that could not be read at all, by path: each is a warning, and the rest of the index goes on. */
	private readonly failures = new Map<string, Warning>();
	/** Notes laid out like sessions that name no client, by path: counted in the warnings, never skipped silently. */
	private readonly unnamed = new Map<string, SessionLikeness>();
	/** The grouping of the readings, made when first asked for and kept until a change moves a note. */
	private grouping: ClientEntry[] | null = null;
	private rules: ReadingRules;
	private building = true;
	private progress: { settings: CoachingSettings; matcher: ProgressMatcher | null } | null = null;
	/** Each step's words, kept between review builds: after an edit only that note's steps are read again. */
	readonly stepWords = new StepWordsCache();
	/** The progress detector's reason for each statement, kept between review builds likewise. */
	readonly detections = new ProgressDetections();
	/** Each client's threads up to their last session but one, kept between review builds likewise. */
	readonly threads = new ThreadCheckpoints();
	/** Each group session's view by each of its clients, kept while its reading is (the checkpoints need the same objects). */
	readonly memberViews = new MemberViews();

	constructor(
		settings: CoachingSettings,
		private readonly options: IndexOptions = {},
	) {
		this.rules = compileRules(settings);
	}

	get settings(): CoachingSettings {
		return this.rules.settings;
	}

	/** The settings compiled once, as the index reads notes by them. */
	get readingRules(): ReadingRules {
		return this.rules;
	}

	/** New settings change how every note reads: the readings are dropped, and a new build begins. */
	setSettings(settings: CoachingSettings): void {
		if (settings !== this.rules.settings) this.rules = compileRules(settings);
		this.startBuild();
	}

	/** Begins reading the vault afresh: until `finishBuild`, the index is not complete and its grouping is partial. */
	startBuild(): void {
		this.byPath.clear();
		this.failures.clear();
		this.unnamed.clear();
		this.grouping = null;
		this.building = true;
	}

	finishBuild(): void {
		this.building = false;
	}

	/** Whether every note has been read since the last `startBuild`: only then is a client's list of sessions whole. */
	get complete(): boolean {
		return !this.building;
	}

	/** Whether a note may be a session or profile (the one scope rule, `mayBeSession`), judged without reading it. */
	wants(path: string, head?: NoteHead | null): boolean {
		return mayBeSession(path, this.settings, head);
	}

	/** Whether a note is worth reading at all (`mayHoldSession`): wider than `wants`, since reading decides (`admit`). */
	worthReading(path: string, head?: NoteHead | null): boolean {
		return mayHoldSession(path, this.settings, head);
	}

	/** Reads a parsed note in full (`readSession`), by the index's settings. */
	read(note: ParsedNote): SessionReading {
		return this.kept(readSession(note, this.rules), note.text);
	}

	/** Reads only who and when of a parsed note (`readWhoAndWhen`): enough to list clients. */
	readWhoAndWhen(note: ParsedNote): SessionReading {
		return this.kept(readWhoAndWhen(note, this.rules), note.text);
	}

	/**
	 * Takes in a note read from the vault, the one way both adapters do it. `head` is what its frontmatter said
	 * before the text was read: a note its frontmatter leaves out may still name its client in property lines atop its
	 * body (an exported page), so who and when are read first; a note that names no one but is laid out like a session
	 * is remembered for the warnings. `depth`: read in full, or only who and when (enough to list clients).
	 */
	admit(note: ParsedNote, head: NoteHead, depth: ReadDepth = 'full'): IndexChange {
		const whoAndWhen = readWhoAndWhen(note, this.rules);
		const likeness = whoAndWhen.role === 'none' ? sessionLikeness(note, whoAndWhen, this.rules) : null;
		let change: IndexChange;
		if (whoAndWhen.role === 'none' && !this.wants(note.path, head)) change = this.remove(note.path);
		else change = this.put(this.kept(depth === 'full' ? readSession(note, this.rules) : whoAndWhen, note.text));
		if (likeness) this.unnamed.set(note.path, likeness);
		else this.unnamed.delete(note.path);
		return change;
	}

	private kept(reading: SessionReading, text: string): SessionReading {
		return this.options.compact && keepsReading(reading) ? compactReading(reading, isWide(text)) : reading;
	}

	/** Adds or replaces a note's reading; a reading of no one's note without a frontmatter warning removes it. */
	put(reading: SessionReading): IndexChange {
		const { path } = reading;
		const before = this.byPath.get(path);
		this.failures.delete(path);
		if (!keepsReading(reading)) return before ? this.remove(path) : NO_CHANGE;
		this.byPath.set(path, reading);
		if (this.grouping && before && sameGrouping(before, reading)) {
			// The usual edit: the note stays where it was, so swap it in place instead of grouping the vault again.
			for (const entry of this.grouping) {
				const at = entry.sessions.indexOf(before);
				if (at >= 0) entry.sessions[at] = reading;
				if (entry.profile === before) entry.profile = reading;
			}
		} else this.grouping = null;
		return { before, after: reading };
	}

	/** A note that could not be read (deleted while being read, no permission): a warning, and nothing else changes. */
	fail(path: string, reason: string): IndexChange {
		const change = this.remove(path);
		this.failures.set(path, { path, line: 1, kind: 'unreadable', message: `The note could not be read (${reason}); it is left out.` });
		return change;
	}

	remove(path: string): IndexChange {
		this.failures.delete(path);
		this.unnamed.delete(path);
		const before = this.byPath.get(path);
		if (!before) return NO_CHANGE;
		this.byPath.delete(path);
		this.grouping = null;
		return { before, after: undefined };
	}

	/** A note moved: its old reading goes, its new one (read at the new path, or null when out of scope) comes in. */
	rename(oldPath: string, reading: SessionReading | null): IndexChange {
		const { before } = this.remove(oldPath);
		const after = reading ? this.put(reading).after : undefined;
		return { before, after };
	}

	/** The keys of the clients a change touches, under the current grouping (an alias may lead to another entry). */
	affectedKeys(change: IndexChange): Set<string> {
		const keys = new Set<string>();
		for (const reading of [change.before, change.after]) for (const name of reading?.clients ?? []) keys.add(clientKey(name));
		if (keys.size > 0) for (const entry of this.clients()) if (entry.keys.some((k) => keys.has(k))) keys.add(entry.key);
		return keys;
	}

	/** Every client, most recent session first. While a build runs (`complete` false) the list is partial. */
	clients(): ClientEntry[] {
		this.grouping ??= groupClients([...this.byPath.values()]);
		return this.grouping;
	}

	/** The client a key (`clientKey` of a name or alias) leads to. */
	findClient(key: string): ClientEntry | undefined {
		return this.clients().find((c) => c.key === key || c.keys.includes(key));
	}

	/** The client a name typed by a person leads to: exact, then a unique prefix (`findClient` in review). */
	matchClient(query: string): ClientMatch {
		return findClient(this.clients(), query);
	}

	readingOf(path: string): SessionReading | undefined {
		return this.byPath.get(path);
	}

	/** Every kept reading, in path order. */
	readings(): SessionReading[] {
		return [...this.byPath.values()].sort((a, b) => compareText(a.path, b.path));
	}

	/** Every warning about every note, in path order: the readings' own and the notes that could not be read. */
	warnings(): Warning[] {
		const byPath = new Map<string, readonly Warning[]>();
		for (const reading of this.byPath.values()) {
			const warnings = reportedWarnings(reading);
			if (warnings.length > 0) byPath.set(reading.path, warnings);
		}
		for (const [path, warning] of this.failures) byPath.set(path, [warning]);
		const unnamed = [...this.unnamed.values()].sort((a, b) => compareText(a.path, b.path));
		for (const warning of unnamedSessionWarnings([...this.byPath.values()], unnamed)) {
			byPath.set(warning.path, [...(byPath.get(warning.path) ?? []), warning]);
		}
		const notes = [...byPath.keys()].sort(compareText).flatMap((path) => byPath.get(path) ?? []);
		// A client's own warnings (an alias kept apart) name their profile: listed once, after the notes'.
		for (const client of this.clients()) for (const w of client.warnings) if (!notes.includes(w)) notes.push(w);
		return notes;
	}

	get size(): number {
		return this.byPath.size;
	}

	/** What a review built from this index needs: the settings, their progress phrases, the kept step words. */
	/**
	 * What a review built from this index needs. `settings`: the settings in force, when only how reviews are drawn
	 * changed since the notes were read (a display setting re-reads nothing).
	 */
	reviewOptions(today: string, settings: CoachingSettings = this.settings): ReviewOptions {
		// The progress phrases are compiled once per settings, for every review built from this index.
		if (this.progress?.settings !== settings) this.progress = { settings, matcher: progressPattern(settings) };
		return { today, settings, cache: this.stepWords, progress: this.progress.matcher, detections: this.detections, threads: this.threads, views: this.memberViews };
	}
}
