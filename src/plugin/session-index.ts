import { type CachedMetadata, debounce, type Debouncer, type EventRef, Events, type TFile } from 'obsidian';
import type { Frontmatter } from '../core/session';
import type { ClientEntry } from '../core/review';
import type { ReviewOptions } from '../core/review';
import { parseNote, UNNAMED_SESSIONS } from '../core/session';
import type { SessionReading, Warning } from '../core/session';
import type { CoachingSettings } from '../core/settings';
import { type IndexChange, VaultIndex } from '../core/vault-index';

/** Of a note's file, the index needs only where it is: Obsidian's `TFile` (tests and the bench pass their own). */
export type NoteFile = Pick<TFile, 'path'>;

/** Of Obsidian's cached metadata, the frontmatter and whether the note has a block for it. */
export type NoteMetadata = Pick<CachedMetadata, 'frontmatterPosition'> & { frontmatter?: Frontmatter };

/** What the index needs from Obsidian: reading notes and their cached metadata, nothing more. */
export interface IndexSources<F extends NoteFile = TFile> {
	listMarkdownFiles(): F[];
	read(file: F): Promise<string>;
	metadata(file: F): NoteMetadata | null;
}

export interface IndexOptions {
	getSettings(): CoachingSettings;
	/** Shows progress while the index is built; an empty string clears it. */
	showStatus(text: string): void;
	/** Milliseconds of work before yielding to Obsidian while the index is built. */
	sliceMs?: number;
	/** Wait after a note changes before reading it again, so typing costs a few reads, not one per keystroke. */
	refreshDelayMs?: number;
}

/** Fired with the keys of the clients whose notes changed, or null once a build completes. */
export const INDEX_UPDATED = 'updated';
/** Fired with the reading progress while the vault is read ("" once done). */
export const INDEX_PROGRESS = 'progress';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The plugin's side of the vault index (`VaultIndex`, in core): it reads notes from Obsidian, in time slices while the
 * vault is first read, and again after each change. Events are wired by the plugin, which owns their cleanup; this class
 * only reacts. No path here rejects: a note that cannot be read becomes a warning, and the index goes on.
 */
export class SessionIndex<F extends NoteFile = TFile> extends Events {
	readonly core: VaultIndex;
	private generation = 0;
	private disposed = false;
	/** One debounced re-read per changed note, by path. */
	private readonly refreshes = new Map<string, Debouncer<[F], void>>();
	private waiting: (() => void)[] = [];
	/** How far the first reading of the vault is, for views to show (a phone has no status bar); "" when done. */
	progress = '';

	constructor(
		private readonly sources: IndexSources<F>,
		private readonly options: IndexOptions,
	) {
		super();
		this.core = new VaultIndex(options.getSettings(), { compact: true });
	}

	/** Whether every note has been read: until then the client list is partial and no dashboard shows it. */
	get ready(): boolean {
		return this.core.complete;
	}

	/** Settles once a build completes (or at once when one has), or when the index is disposed. */
	whenReady(): Promise<void> {
		if (this.ready || this.disposed) return Promise.resolve();
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	/** Called with the keys of the clients whose notes changed, or null after a full index. */
	onUpdated(callback: (keys: Set<string> | null) => void): EventRef {
		return this.on(INDEX_UPDATED, (keys: unknown) => callback(keys instanceof Set ? (keys as Set<string>) : null));
	}

	/** Called with the reading progress while the vault is read, and with "" once it is done. */
	onProgress(callback: (text: string) => void): EventRef {
		return this.on(INDEX_PROGRESS, (text: unknown) => callback(typeof text === 'string' ? text : ''));
	}

	private showProgress(text: string): void {
		this.progress = text;
		this.options.showStatus(text);
		this.trigger(INDEX_PROGRESS, text);
	}

	/**
	 * Whether the note is read at all, judged from its cached metadata: wider than what may be a session, since a note
	 * its frontmatter leaves out may name its client in its body or look like a session that names no one
	 * (`VaultIndex.admit` decides, as for the command line).
	 */
	private wants(file: F): boolean {
		const cache = this.sources.metadata(file);
		// Not parsed by Obsidian yet: only a note its path makes a client's is read now; the parse's 'changed' brings the rest.
		if (!cache) return this.core.wants(file.path, { frontmatter: null, hasFrontmatter: false });
		return this.core.worthReading(file.path, { frontmatter: cache.frontmatter ?? null, hasFrontmatter: Boolean(cache.frontmatterPosition) });
	}

	/** Reads one note into the index; a note that cannot be read is a warning. Never rejects. */
	private async readInto(file: F, generation: number): Promise<IndexChange | null> {
		const path = file.path;
		let text: string;
		try {
			text = await this.sources.read(file);
		} catch (error) {
			return generation === this.generation ? this.core.fail(path, errorText(error)) : null;
		}
		// A build begun meanwhile (new settings) or the plugin unloaded: this text is read by rules no longer in force.
		if (generation !== this.generation || file.path !== path) return null;
		try {
			const cache = this.sources.metadata(file);
			const frontmatter = cache?.frontmatter ?? null;
			return this.core.admit(parseNote(path, text, frontmatter), { frontmatter, hasFrontmatter: Boolean(cache?.frontmatterPosition) });
		} catch (error) {
			// The reader never throws on a note's content; should it all the same, the note is a warning, not a stuck index.
			return this.core.fail(path, errorText(error));
		}
	}

	/**
	 * Reads every candidate note in slices, yielding between them so Obsidian stays responsive. Never rejects. A slice
	 * ends by the time it has taken, not by a count of notes: before the next note would take it past `sliceMs`, as
	 * judged by the longest note lately (notes differ a hundredfold; the first few, read before the JIT compiler has
	 * done its work, most). Which files are candidates is judged note by note within the slices, not all at once
	 * before the first (a tenth of a second on a large vault), so the count shown is of the vault's Markdown files.
	 */
	async build(): Promise<void> {
		if (this.disposed) return;
		const generation = ++this.generation;
		this.core.setSettings(this.options.getSettings());
		const sliceMs = this.options.sliceMs ?? 8;
		let files: F[] = [];
		try {
			files = this.sources.listMarkdownFiles();
		} catch (error) {
			console.error('Coaching review could not list the vault', error);
		}
		let sliceStart = performance.now();
		/** The longest a note took lately: what the next one may take. It decays, so one slow note is soon forgotten. */
		let noteMs = 0;
		for (let i = 0; i < files.length; i++) {
			const file = files[i];
			// Kept for every note (the picker's notice reads it); shown and announced once a slice.
			this.progress = `Coaching review: reading notes ${i + 1}/${files.length}`;
			const noteStart = performance.now();
			if (file && this.wants(file)) await this.readInto(file, generation);
			if (generation !== this.generation) return;
			const now = performance.now();
			noteMs = Math.max(now - noteStart, noteMs * 0.75);
			if (now - sliceStart + noteMs >= sliceMs) {
				this.showProgress(this.progress);
				await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
				if (generation !== this.generation) return;
				sliceStart = performance.now();
			}
		}
		this.core.finishBuild();
		this.showProgress('');
		for (const resolve of this.waiting.splice(0)) resolve();
		this.trigger(INDEX_UPDATED, null);
	}

	/** A note changed: read it again after a short wait, once, however often it changes meanwhile. */
	scheduleRefresh(file: F): void {
		if (this.disposed) return;
		const path = file.path;
		let refresh = this.refreshes.get(path);
		if (!refresh) {
			refresh = debounce(
				(changed: F) => {
					this.refreshes.delete(path);
					void this.refresh(changed);
				},
				this.options.refreshDelayMs ?? 250,
				false,
			);
			this.refreshes.set(path, refresh);
		}
		refresh(file);
	}

	/** Reads a note again now. Never rejects. */
	async refresh(file: F): Promise<void> {
		if (this.disposed) return;
		const change = this.wants(file) ? await this.readInto(file, this.generation) : this.core.remove(file.path);
		if (change) this.changed(change);
	}

	remove(path: string): void {
		this.refreshes.get(path)?.cancel();
		this.refreshes.delete(path);
		this.changed(this.core.remove(path));
	}

	/** A note moved: its reading goes with it, read again at its new path (the path can make it a client's). Never rejects. */
	async rename(file: F, oldPath: string): Promise<void> {
		this.remove(oldPath);
		await this.refresh(file);
	}

	private changed(change: IndexChange | null): void {
		if (this.disposed || !change || (!change.before && !change.after)) return;
		// While the vault is first read no dashboard shows a client: the build's end tells them all.
		if (this.ready) this.trigger(INDEX_UPDATED, this.core.affectedKeys(change));
	}

	allClients(): ClientEntry[] {
		return this.core.clients();
	}

	findClient(key: string): ClientEntry | undefined {
		return this.core.findClient(key);
	}

	readingOf(path: string): SessionReading | undefined {
		return this.core.readingOf(path);
	}

	/** The warnings naming notes laid out like sessions that name no client: left out, so the coach is told. */
	leftOut(): Warning[] {
		return this.core.warnings().filter((w) => w.kind === UNNAMED_SESSIONS);
	}

	get size(): number {
		return this.core.size;
	}

	reviewOptions(today: string): ReviewOptions {
		return this.core.reviewOptions(today, this.options.getSettings());
	}

	/** Stops the build and every pending re-read; the plugin calls it on unload. */
	dispose(): void {
		this.disposed = true;
		this.generation++;
		for (const refresh of this.refreshes.values()) refresh.cancel();
		this.refreshes.clear();
		for (const resolve of this.waiting.splice(0)) resolve();
	}
}
