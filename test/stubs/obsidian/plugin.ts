import { Component, MetadataCache, Vault } from './core';
import { type View, Workspace, type WorkspaceLeaf } from './workspace';

export class App {
	vault = new Vault();
	metadataCache = new MetadataCache();
	workspace: Workspace = new Workspace(this);
	/** Stub: the status bar, where plugins add items. */
	statusBar: HTMLElement = document.createElement('div');

	constructor() {
		// As in Obsidian: every write is parsed again in the background, then `changed` fires.
		this.vault.afterWrite = (file, text) => this.metadataCache.queueParse(file, text);
	}
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

	readonly ribbonIcons: { icon: string; title: string; callback: () => unknown; el: HTMLElement }[] = [];
	readonly settingTabs: unknown[] = [];

	addCommand(command: Command): Command {
		this.commands.set(command.id, command);
		return command;
	}

	addRibbonIcon(icon: string, title: string, callback: () => unknown): HTMLElement {
		const el = document.createElement('div');
		el.setAttribute('aria-label', title);
		this.ribbonIcons.push({ icon, title, callback, el });
		this.register(() => el.remove());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBar.createDiv({ cls: 'status-bar-item' });
		this.register(() => el.remove());
		return el;
	}

	addSettingTab(tab: unknown): void {
		this.settingTabs.push(tab);
	}

	registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
		this.app.workspace.registerViewType(type, factory);
		this.register(() => void this.app.workspace.unregisterView(type));
	}

	loadData(): Promise<unknown> {
		return Promise.resolve(structuredClone(this.data));
	}

	saveData(data: unknown): Promise<void> {
		this.data = structuredClone(data);
		return Promise.resolve();
	}

	onExternalSettingsChange?(): unknown;

	/** Stub helper: data.json changes on disk (Sync, another device), and Obsidian tells the plugin. */
	async changeDataExternally(data: unknown): Promise<void> {
		this.data = structuredClone(data);
		await this.onExternalSettingsChange?.();
	}
}

export function normalizePath(path: string): string {
	return path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
}
