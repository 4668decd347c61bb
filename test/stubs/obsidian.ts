/**
 * A small stand-in for the `obsidian` module, following obsidian.d.ts for the parts the plugin uses.
 * Files live in memory; the metadata cache is filled by whoever builds the app (see fake-app.ts).
 */

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

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		void this.onload();
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

	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const text = fn(await this.read(file));
		this.modifyQuietly(file.path, text);
		this.trigger('modify', file);
		return text;
	}

	async create(path: string, text: string): Promise<TFile> {
		if (this.files.has(path)) throw new Error('File already exists.');
		const file = this.seed(path, text);
		this.trigger('create', file);
		return Promise.resolve(file);
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
}

export class MetadataCache extends Events {
	private readonly caches = new Map<string, CachedMetadata>();

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	/** Test helper: what Obsidian would have cached for a note. */
	setCache(path: string, cache: CachedMetadata): void {
		this.caches.set(path, cache);
	}

	deleteCache(path: string): void {
		this.caches.delete(path);
	}
}

export class Workspace extends Events {
	layoutReady = false;
	private readonly readyCallbacks: (() => unknown)[] = [];
	activeFile: TFile | null = null;

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test helper: what Obsidian does once the layout is restored. */
	finishLayout(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}

	getActiveFile(): TFile | null {
		return this.activeFile;
	}
}

export class App {
	vault = new Vault();
	metadataCache = new MetadataCache();
	workspace = new Workspace();
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description: string;
	author: string;
	isDesktopOnly?: boolean;
	dir?: string;
}

export interface Command {
	id: string;
	name: string;
	icon?: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	hotkeys?: unknown[];
}

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Test helper: what the plugin registered, keyed by the id Obsidian would prefix with the plugin id. */
	readonly commands = new Map<string, Command>();
	private data: unknown = null;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	addCommand(command: Command): Command {
		this.commands.set(command.id, command);
		return command;
	}

	loadData(): Promise<unknown> {
		return Promise.resolve(structuredClone(this.data));
	}

	saveData(data: unknown): Promise<void> {
		this.data = structuredClone(data);
		return Promise.resolve();
	}
}

/** A DOM-free element with Obsidian's helpers, enough to read what a modal shows. */
export class FakeElement {
	readonly children: FakeElement[] = [];
	readonly classes = new Set<string>();
	text = '';

	constructor(readonly tag: string) {}

	createEl(tag: string, options: { text?: string; cls?: string } = {}): FakeElement {
		const child = new FakeElement(tag);
		if (options.text !== undefined) child.text = options.text;
		if (options.cls) child.classes.add(options.cls);
		this.children.push(child);
		return child;
	}

	createDiv(options: { text?: string; cls?: string } = {}): FakeElement {
		return this.createEl('div', options);
	}

	createSpan(options: { text?: string; cls?: string } = {}): FakeElement {
		return this.createEl('span', options);
	}

	addClass(cls: string): void {
		this.classes.add(cls);
	}

	empty(): void {
		this.children.length = 0;
	}

	setText(text: string): void {
		this.text = text;
	}

	get textContent(): string {
		return this.text + this.children.map((c) => c.textContent).join('');
	}
}

export class Modal {
	app: App;
	contentEl = new FakeElement('div');
	titleText = '';
	static opened: Modal[] = [];

	constructor(app: App) {
		this.app = app;
	}

	setTitle(title: string): this {
		this.titleText = title;
		return this;
	}

	open(): void {
		Modal.opened.push(this);
		this.onOpen();
	}

	close(): void {
		Modal.opened = Modal.opened.filter((m) => m !== this);
		this.onClose();
	}

	onOpen(): void {}

	onClose(): void {}
}

export class Notice {
	static shown: string[] = [];
	constructor(message: string) {
		Notice.shown.push(message);
	}
}

export function normalizePath(path: string): string {
	return path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
}
