/** Events, components, files, the vault and the metadata cache, following obsidian.d.ts. */

export interface EventRef {
	readonly emitter: Events;
	readonly name: string;
	readonly callback: (...args: unknown[]) => unknown;
}

export class Events {
	private readonly handlers = new Map<string, Set<EventRef>>();

	on(name: string, callback: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { emitter: this, name, callback: callback as (...args: unknown[]) => unknown };
		let set = this.handlers.get(name);
		if (!set) this.handlers.set(name, (set = new Set()));
		set.add(ref);
		return ref;
	}

	off(name: string, callback: (...args: never[]) => unknown): void {
		for (const ref of this.handlers.get(name) ?? []) if (ref.callback === callback) this.handlers.get(name)?.delete(ref);
	}

	offref(ref: EventRef): void {
		this.handlers.get(ref.name)?.delete(ref);
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) ref.callback(...data);
	}

	/** How many handlers are registered: tests check that unloading leaves none. */
	listenerCount(): number {
		let count = 0;
		for (const set of this.handlers.values()) count += set.size;
		return count;
	}
}

export class Component {
	private readonly cleanups: (() => void)[] = [];
	private readonly children: Component[] = [];
	private loaded = false;
	private onloadDone: Promise<void> = Promise.resolve();

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onloadDone = Promise.resolve(this.onload());
	}

	/** Stub helper: settles once the last `onload` has finished (a plugin's is async: it loads its settings first). */
	whenLoaded(): Promise<void> {
		return this.onloadDone;
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loaded) component.load();
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(() => void cb());
	}

	registerEvent(ref: EventRef): void {
		this.cleanups.push(() => ref.emitter.offref(ref));
	}

	registerInterval(id: number): number {
		this.cleanups.push(() => clearInterval(id));
		return id;
	}

	/** DOM listeners registered by any component and not yet removed: tests check unloading leaves none. */
	static liveDomListeners = 0;

	registerDomEvent(el: EventTarget, type: string, callback: (event: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		Component.liveDomListeners++;
		this.cleanups.push(() => {
			el.removeEventListener(type, callback, options);
			Component.liveDomListeners--;
		});
	}
}

export abstract class TAbstractFile {
	vault!: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	constructor(path: string) {
		this.path = path;
		this.name = path.split('/').pop() ?? path;
	}
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		return this.name.replace(/\.[^.]*$/, '');
	}
	get extension(): string {
		return /\.([^.]*)$/.exec(this.name)?.[1] ?? '';
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === '/' || this.path === '';
	}
}

export class Vault extends Events {
	private readonly files = new Map<string, { file: TFile; text: string }>();
	configDir = '.obsidian';

	/** Test helper: put a note in the vault without firing events. */
	seed(path: string, text: string): TFile {
		const file = new TFile(path);
		file.vault = this;
		file.stat.size = text.length;
		this.files.set(path, { file, text });
		return file;
	}

	getMarkdownFiles(): TFile[] {
		return [...this.files.values()].map((f) => f.file).filter((f) => f.extension === 'md');
	}

	getFiles(): TFile[] {
		return [...this.files.values()].map((f) => f.file);
	}

	/** Files and the folders that hold them. */
	getAllLoadedFiles(): TAbstractFile[] {
		const folders = new Map<string, TFolder>();
		for (const { file } of this.files.values()) {
			const parts = file.path.split('/');
			for (let i = 1; i < parts.length; i++) {
				const path = parts.slice(0, i).join('/');
				if (!folders.has(path)) folders.set(path, new TFolder(path));
			}
		}
		return [...folders.values(), ...this.getFiles()];
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(path)?.file ?? null;
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(path)?.file ?? null;
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	read(file: TFile): Promise<string> {
		const entry = this.files.get(file.path);
		if (!entry) return Promise.reject(new Error(`No file ${file.path}`));
		return Promise.resolve(entry.text);
	}

	/** Stub hook: what Obsidian's metadata cache does after a write (the app wires it to a background parse). */
	afterWrite: ((file: TFile, text: string) => void) | null = null;
	/** Stub record of every write, to check that refused edits wrote nothing. */
	readonly writes: string[] = [];

	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const text = fn(await this.read(file));
		this.writes.push(file.path);
		this.modifyQuietly(file.path, text);
		this.trigger('modify', file);
		this.afterWrite?.(file, text);
		return text;
	}

	async modify(file: TFile, text: string): Promise<void> {
		if (!this.files.has(file.path)) throw new Error(`No file ${file.path}`);
		this.writes.push(file.path);
		this.modifyQuietly(file.path, text);
		this.trigger('modify', file);
		this.afterWrite?.(file, text);
		return Promise.resolve();
	}

	async create(path: string, text: string): Promise<TFile> {
		if (this.files.has(path)) throw new Error('File already exists.');
		const file = this.seed(path, text);
		this.writes.push(path);
		this.trigger('create', file);
		this.afterWrite?.(file, text);
		return Promise.resolve(file);
	}

	createFolder(_path: string): Promise<void> {
		return Promise.resolve();
	}

	/** Test helper: change a note's text without events (a test then fires the events Obsidian would). */
	modifyQuietly(path: string, text: string): void {
		const entry = this.files.get(path);
		if (entry) {
			entry.text = text;
			entry.file.stat.size = text.length;
		}
	}

	/** Test helper: rename as Obsidian does, firing `rename` with the old path. */
	renameQuietly(oldPath: string, newPath: string): TFile | null {
		const entry = this.files.get(oldPath);
		if (!entry) return null;
		this.files.delete(oldPath);
		entry.file.path = newPath;
		entry.file.name = newPath.split('/').pop() ?? newPath;
		this.files.set(newPath, entry);
		return entry.file;
	}

	deleteQuietly(path: string): TFile | null {
		const entry = this.files.get(path);
		this.files.delete(path);
		return entry?.file ?? null;
	}
}

export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: { start: { line: number; col: number; offset: number }; end: { line: number; col: number; offset: number } };
}

export class MetadataCache extends Events {
	private readonly caches = new Map<string, CachedMetadata>();
	/** Stub: how a note's text becomes its cache (fake-vault.ts gives the real reader's frontmatter). */
	parser: (text: string) => CachedMetadata = () => ({});
	private parsing = 0;

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	/**
	 * What Obsidian does when a note is written: it parses it in the background, so until then `getFileCache` still
	 * gives the old cache; then `changed` fires, and `resolved` once no parse is left.
	 */
	queueParse(file: TFile, text: string): void {
		this.parsing++;
		setTimeout(() => {
			const cache = this.parser(text);
			this.caches.set(file.path, cache);
			this.trigger('changed', file, text, cache);
			if (--this.parsing === 0) this.trigger('resolved');
		}, 0);
	}

	/** Stub helper: the next `resolved` (every queued parse done), a signal for tests to wait on. */
	nextResolved(): Promise<void> {
		return new Promise((resolve) => {
			const ref = this.on('resolved', () => {
				this.offref(ref);
				resolve();
			});
		});
	}

	/** Test helper: what Obsidian would have cached for a note. */
	setCache(path: string, cache: CachedMetadata): void {
		this.caches.set(path, cache);
	}

	deleteCache(path: string): void {
		this.caches.delete(path);
	}
}
