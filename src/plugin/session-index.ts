import { type CachedMetadata, type EventRef, Events, type TFile } from 'obsidian';
import { type ClientEntry, groupClients } from '../core/review/clients';
import { clientKey } from '../core/review/names';
import { getField } from '../core/session/frontmatter-fields';
import { compactReading } from '../core/session/compact';
import { isWide } from '../core/text';
import { clientFromFolder, profileNameFromPath } from '../core/session/note-path';
import { readSession } from '../core/session/read-session';
import type { ProgressMatcher } from '../core/session/progress';
import { compileRules, type ReadingRules } from '../core/session/rules';
import type { SessionReading } from '../core/session/types';
import { StepWordsCache } from '../core/review/step-cache';
import type { CoachingSettings } from '../core/settings';

/** What the index needs from Obsidian: reading notes and their cached metadata, nothing more. */
export interface IndexSources {
	listMarkdownFiles(): TFile[];
	read(file: TFile): Promise<string>;
	metadata(file: TFile): CachedMetadata | null;
}

export interface IndexOptions {
	getSettings(): CoachingSettings;
	/** Shows progress while the first index runs; an empty string clears it. */
	showStatus(text: string): void;
	/** Milliseconds of work before yielding to Obsidian during the first index. */
	sliceMs?: number;
	/** Wait after a note changes before reading it again, so typing costs one read, not one per keystroke. */
	refreshDelayMs?: number;
}

/** Fired with the keys of the clients whose notes changed (all of them after a full index). */
export const INDEX_UPDATED = 'updated';

/**
 * The session notes of the vault, read once and kept current note by note. Never edits a note.
 * Events are wired by the plugin, which owns their cleanup; this class only reacts.
 */
export class SessionIndex extends Events {
	private readonly readings = new Map<string, SessionReading>();
	private clients: ClientEntry[] | null = null;
	private readonly pending = new Map<string, number>();
	private generation = 0;
	private rules: ReadingRules | null = null;
	/** Each step's words, kept between review builds: after an edit only that note's steps are read again. */
	readonly stepWords = new StepWordsCache();
	ready = false;

	constructor(
		private readonly sources: IndexSources,
		private readonly options: IndexOptions,
	) {
		super();
	}

	/** Called with the keys of the clients whose notes changed, or null after a full index. */
	onUpdated(callback: (keys: Set<string> | null) => void): EventRef {
		return this.on(INDEX_UPDATED, (keys: unknown) => callback(keys instanceof Set ? (keys as Set<string>) : null));
	}

	/** Whether a note may be a session or profile, judged from its cached metadata without reading it. */
	isCandidate(file: TFile): boolean {
		if (file.extension !== 'md') return false;
		const settings = this.options.getSettings();
		const folders = settings.sessionFolders.map((f) => f.replace(/^\/+|\/+$/g, '')).filter(Boolean);
		const inClientFolder = clientFromFolder(file.path, settings.clientFolder) !== null || profileNameFromPath(file.path, settings.clientFolder) !== null;
		if (inClientFolder) return true;
		if (folders.length > 0 && !folders.some((f) => file.path.startsWith(`${f}/`))) return false;
		const cache = this.sources.metadata(file);
		const frontmatter = cache?.frontmatter;
		// Broken YAML gives a position but no frontmatter: read it, to warn and to salvage the client.
		if (!frontmatter) return Boolean(cache?.frontmatterPosition);
		if (settings.clientKeys.some((key) => getField(frontmatter, key) !== undefined)) return true;
		const type = getField(frontmatter, settings.typeKey);
		return typeof type === 'string' && type.toLowerCase() === settings.profileTypeValue.toLowerCase();
	}

	/** The settings compiled once; compiled again when the settings object changes. */
	private rulesFor(settings: CoachingSettings): ReadingRules {
		if (this.rules?.settings !== settings) this.rules = compileRules(settings);
		return this.rules;
	}

	/** The settings' progress phrases compiled once, for reviews built from this index. */
	progressFor(settings: CoachingSettings): ProgressMatcher | null {
		return this.rulesFor(settings).progress;
	}

	private async readFile(file: TFile): Promise<SessionReading | null> {
		const text = await this.sources.read(file);
		const settings = this.options.getSettings();
		const reading = readSession(file.path, text, this.sources.metadata(file)?.frontmatter ?? null, settings, { rules: this.rulesFor(settings) });
		return reading.role === 'none' && reading.warnings.length === 0 ? null : compactReading(reading, isWide(text));
	}

	/** Reads every candidate note in slices, yielding between them so Obsidian stays responsive. */
	async build(): Promise<void> {
		const generation = ++this.generation;
		const sliceMs = this.options.sliceMs ?? 20;
		const files = this.sources.listMarkdownFiles().filter((f) => this.isCandidate(f));
		this.readings.clear();
		this.clients = null;
		this.ready = false;
		let sliceStart = performance.now();
		for (let i = 0; i < files.length; i++) {
			if (generation !== this.generation) return;
			const file = files[i];
			if (!file) continue;
			const reading = await this.readFile(file);
			if (reading) this.readings.set(file.path, reading);
			if (performance.now() - sliceStart >= sliceMs) {
				this.options.showStatus(`Coaching review: reading notes ${i + 1}/${files.length}`);
				await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
				sliceStart = performance.now();
			}
		}
		if (generation !== this.generation) return;
		this.ready = true;
		this.options.showStatus('');
		this.trigger(INDEX_UPDATED, null);
	}

	/** A note changed: read it again after a short wait, once, however often it changes meanwhile. */
	scheduleRefresh(file: TFile): void {
		if (this.pending.has(file.path)) return;
		const timer = window.setTimeout(() => {
			this.pending.delete(file.path);
			void this.refresh(file);
		}, this.options.refreshDelayMs ?? 250);
		this.pending.set(file.path, timer);
	}

	async refresh(file: TFile): Promise<void> {
		const before = this.readings.get(file.path);
		const reading = this.isCandidate(file) ? await this.readFile(file) : null;
		if (reading) this.readings.set(file.path, reading);
		else this.readings.delete(file.path);
		if (!before && !reading) return;
		this.changed([before, reading]);
	}

	remove(path: string): void {
		const before = this.readings.get(path);
		if (!before) return;
		this.readings.delete(path);
		this.changed([before]);
	}

	async rename(file: TFile, oldPath: string): Promise<void> {
		const before = this.readings.get(oldPath);
		this.readings.delete(oldPath);
		const reading = this.isCandidate(file) ? await this.readFile(file) : null;
		if (reading) this.readings.set(file.path, reading);
		if (before || reading) this.changed([before, reading]);
	}

	/** Whether a re-read note sits in the same places as before: same clients, role, date and number. */
	private static sameGrouping(before: SessionReading, after: SessionReading): boolean {
		return (
			before.path === after.path &&
			before.role === after.role &&
			before.date === after.date &&
			before.number === after.number &&
			before.clients.join('\n') === after.clients.join('\n') &&
			before.aliases.join('\n') === after.aliases.join('\n')
		);
	}

	private changed(readings: (SessionReading | null | undefined)[]): void {
		const [before, after] = readings;
		if (this.clients && before && after && readings.length === 2 && SessionIndex.sameGrouping(before, after)) {
			// The usual edit: the note stays where it was, so swap it in place instead of grouping the vault again.
			for (const entry of this.clients) {
				const at = entry.sessions.indexOf(before);
				if (at >= 0) entry.sessions[at] = after;
				if (entry.profile === before) entry.profile = after;
			}
		} else this.clients = null;
		const keys = new Set<string>();
		for (const reading of readings) for (const name of reading?.clients ?? []) keys.add(clientKey(name));
		// An alias may lead elsewhere: name the client entries the new grouping puts these notes in.
		for (const entry of this.allClients()) if (entry.keys.some((k) => keys.has(k))) keys.add(entry.key);
		this.trigger(INDEX_UPDATED, keys);
	}

	allClients(): ClientEntry[] {
		this.clients ??= groupClients([...this.readings.values()]);
		return this.clients;
	}

	findClient(key: string): ClientEntry | undefined {
		return this.allClients().find((c) => c.key === key || c.keys.includes(key));
	}

	readingOf(path: string): SessionReading | undefined {
		return this.readings.get(path);
	}

	get size(): number {
		return this.readings.size;
	}

	/** Stops pending re-reads; the plugin calls it on unload. */
	dispose(): void {
		this.generation++;
		for (const timer of this.pending.values()) window.clearTimeout(timer);
		this.pending.clear();
	}
}
