import { Component, Events, type TFile } from './core';
import { Editor } from './editor';
import { openPopoutWindow } from './dom';
import type { App } from './plugin';

export interface ViewStateResult {
	history: boolean;
}

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
}

export abstract class View extends Component {
	app: App;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	navigation = false;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		// Inside the leaf, so in a pop-out window it is that window's element.
		this.containerEl = leaf.containerEl.createDiv({ cls: 'view-container' });
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getIcon(): string {
		return '';
	}

	getState(): Record<string, unknown> {
		return {};
	}

	setState(_state: unknown, _result: ViewStateResult): Promise<void> {
		return Promise.resolve();
	}

	protected onOpen(): Promise<void> {
		return Promise.resolve();
	}

	protected onClose(): Promise<void> {
		return Promise.resolve();
	}

	/** Stub helpers: what Obsidian does when a view is opened in a leaf and when it is closed. */
	async open(): Promise<void> {
		this.load();
		await this.onOpen();
	}

	async close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.remove();
	}
}

/**
 * What a leaf holds instead of its view while it is in the background (Obsidian 1.7.2 and later), or while the
 * plugin that owns its type is not loaded: the view state, kept until the leaf is shown or the type comes back.
 */
export class DeferredView extends View {
	constructor(
		leaf: WorkspaceLeaf,
		readonly state: ViewState,
	) {
		super(leaf);
	}
	getViewType(): string {
		return 'deferred';
	}
	getDisplayText(): string {
		return '';
	}
	override getState(): Record<string, unknown> {
		return this.state.state ?? {};
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
	}
}

export class MarkdownView extends View {
	editor = new Editor();
	/** The note shown, or null before one is opened. */
	file: TFile | null = null;
	getViewType(): string {
		return 'markdown';
	}
	getDisplayText(): string {
		return '';
	}
}

export class WorkspaceLeaf extends Events {
	view: View | null = null;
	/** In a pop-out window, an element of that window's document. */
	readonly containerEl: HTMLElement;
	/** Stub record of files opened in this leaf, with the state they were opened with. */
	opened: { path: string; eState?: Record<string, unknown> }[] = [];

	constructor(
		readonly app: App,
		private readonly workspace: Workspace,
		doc: Document = document,
	) {
		super();
		this.containerEl = doc.body.createDiv({ cls: 'workspace-leaf' });
	}

	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}

	/** Loads the view a deferred leaf stands for, as Obsidian does when the tab is shown. */
	async loadIfDeferred(): Promise<void> {
		if (!(this.view instanceof DeferredView)) return;
		const { state } = this.view;
		if (!this.workspace.viewFactories.has(state.type)) return;
		this.view.containerEl.remove();
		this.view = null;
		await this.setViewState(state);
	}

	async setViewState(state: ViewState): Promise<void> {
		if (this.view instanceof DeferredView || this.view?.getViewType() !== state.type) {
			const factory = this.workspace.viewFactories.get(state.type);
			if (!factory) throw new Error(`No view registered for ${state.type}`);
			await this.view?.close();
			this.view = factory(this);
			await this.view.open();
		}
		await this.view.setState(state.state ?? {}, { history: false });
	}

	getViewState(): ViewState {
		if (this.view instanceof DeferredView) return this.view.state;
		return { type: this.view?.getViewType() ?? 'empty', state: this.view?.getState() ?? {} };
	}

	/** Whether the leaf waits for its plugin to load again (it was unloaded), rather than to be shown. */
	keptOnUnload = false;

	/** Stub helper: Obsidian restores this leaf in the background, holding `state` until it is shown. */
	defer(state: ViewState): void {
		this.view = new DeferredView(this, state);
		this.keptOnUnload = false;
	}

	async openFile(file: TFile, openState: { eState?: Record<string, unknown> } = {}): Promise<void> {
		this.opened.push({ path: file.path, ...(openState.eState ? { eState: openState.eState } : {}) });
		// As Obsidian: the workspace tells that a file opened.
		this.workspace.trigger('file-open', file);
		return Promise.resolve();
	}

	async detach(): Promise<void> {
		await this.view?.close();
		this.view = null;
		this.containerEl.remove();
		this.workspace.leaves = this.workspace.leaves.filter((l) => l !== this);
	}
}

export class Workspace extends Events {
	layoutReady = false;
	private readonly readyCallbacks: (() => unknown)[] = [];
	activeFile: TFile | null = null;
	leaves: WorkspaceLeaf[] = [];
	readonly viewFactories = new Map<string, (leaf: WorkspaceLeaf) => View>();
	/** Stub record of the pop-out windows opened. */
	readonly popouts: { win: Window; doc: Document }[] = [];
	/** Views the workspace closes or loads again by itself, as a plugin that registered them unloads or loads. */
	private readonly pending: Promise<void>[] = [];

	constructor(private readonly app: App) {
		super();
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Stub helper: what Obsidian does once the layout is restored. */
	finishLayout(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}

	getActiveFile(): TFile | null {
		return this.activeFile;
	}

	/** As in Obsidian, by the leaf's view state: a deferred leaf of the type is one of them, though its view is not. */
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.getViewState().type === type);
	}

	/** `'window'` opens a pop-out window, with its own document, and a leaf in it. */
	getLeaf(newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
		let doc = document;
		if (newLeaf === 'window') {
			const popout = openPopoutWindow();
			this.popouts.push(popout);
			doc = popout.doc;
		}
		const leaf = new WorkspaceLeaf(this.app, this, doc);
		this.leaves.push(leaf);
		return leaf;
	}

	/** Shows the leaf, loading it first if it is deferred. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
	}

	/** Stub helper for `Plugin.registerView`: a type (back again after the plugin reloads) loads the leaves kept for it. */
	registerViewType(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
		this.viewFactories.set(type, factory);
		for (const leaf of this.getLeavesOfType(type)) if (leaf.isDeferred && leaf.keptOnUnload) this.pending.push(leaf.loadIfDeferred());
	}

	/**
	 * What Obsidian does when a plugin that registered a view type unloads: each view closes, but the leaf stays where
	 * the coach put it, holding its state, and shows the view again when the plugin loads again (an update, a re-enable).
	 */
	unregisterView(type: string): Promise<void> {
		this.viewFactories.delete(type);
		const closed = (async () => {
			for (const leaf of this.getLeavesOfType(type)) {
				const state = leaf.getViewState();
				await leaf.view?.close();
				leaf.defer(state);
				leaf.keptOnUnload = true;
			}
		})();
		this.pending.push(closed);
		return closed;
	}

	/** Stub helper: settles once every view closed or loaded again for a plugin unloading or loading is done. */
	async whenViewsSettled(): Promise<void> {
		await Promise.all(this.pending);
	}
}
