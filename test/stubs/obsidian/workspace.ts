import { Component, Events, type TFile } from './core';
import { Editor } from './editor';
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
		this.containerEl = document.createElement('div');
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
	/** Stub record of files opened in this leaf, with the state they were opened with. */
	opened: { path: string; eState?: Record<string, unknown> }[] = [];

	constructor(
		readonly app: App,
		private readonly workspace: Workspace,
	) {
		super();
	}

	async setViewState(state: ViewState): Promise<void> {
		if (this.view?.getViewType() !== state.type) {
			await this.view?.close();
			const factory = this.workspace.viewFactories.get(state.type);
			if (!factory) throw new Error(`No view registered for ${state.type}`);
			this.view = factory(this);
			await this.view.open();
		}
		await this.view.setState(state.state ?? {}, { history: false });
	}

	getViewState(): ViewState {
		return { type: this.view?.getViewType() ?? 'empty', state: this.view?.getState() ?? {} };
	}

	async openFile(file: TFile, openState: { eState?: Record<string, unknown> } = {}): Promise<void> {
		this.opened.push({ path: file.path, ...(openState.eState ? { eState: openState.eState } : {}) });
		return Promise.resolve();
	}

	async detach(): Promise<void> {
		await this.view?.close();
		this.view = null;
		this.workspace.leaves = this.workspace.leaves.filter((l) => l !== this);
	}
}

export class Workspace extends Events {
	layoutReady = false;
	private readonly readyCallbacks: (() => unknown)[] = [];
	activeFile: TFile | null = null;
	leaves: WorkspaceLeaf[] = [];
	readonly viewFactories = new Map<string, (leaf: WorkspaceLeaf) => View>();

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

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view?.getViewType() === type);
	}

	getLeaf(_newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, this);
		this.leaves.push(leaf);
		return leaf;
	}

	revealLeaf(_leaf: WorkspaceLeaf): Promise<void> {
		return Promise.resolve();
	}

	/** What Obsidian does when a plugin that registered a view type unloads. */
	async unregisterView(type: string): Promise<void> {
		this.viewFactories.delete(type);
		for (const leaf of this.getLeavesOfType(type)) await leaf.detach();
	}
}
