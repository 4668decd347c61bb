import { MarkdownView, Notice, Plugin, TFile, type WorkspaceLeaf } from 'obsidian';
import type { ClientEntry } from './core/review/clients';
import { clientKey } from './core/review/names';
import { type CoachingSettings, defaultSettings } from './core/settings';
import { ClientPicker } from './plugin/client-picker';
import { DASHBOARD_VIEW, DashboardView } from './plugin/dashboard-view';
import { readFileSession } from './plugin/read-file';
import { ReadingModal } from './plugin/reading-modal';
import { progressPattern } from './core/session/progress';
import { ReviewActions } from './plugin/review-actions';
import { SessionIndex } from './plugin/session-index';
import { migrateSettings, toStored } from './plugin/settings-store';
import { CoachingSettingTab } from './plugin/settings-tab';
import { scanNoteStyle } from './core/detect/scan';
import { DetectModal, notesToScan } from './plugin/detect-modal';

/** Wiring only: each piece gets the parts of the app it uses. */
export default class CoachingReviewPlugin extends Plugin {
	private settings: CoachingSettings = defaultSettings();
	private index!: SessionIndex;
	private reindexTimer: number | null = null;

	override async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		const { vault, metadataCache, workspace } = this.app;
		const status = this.addStatusBarItem();
		this.index = new SessionIndex(
			{
				listMarkdownFiles: () => vault.getMarkdownFiles(),
				read: (file) => vault.cachedRead(file),
				metadata: (file) => metadataCache.getFileCache(file),
			},
			{ getSettings: () => this.settings, showStatus: (text) => status.setText(text) },
		);
		this.register(() => this.index.dispose());

		const actions = new ReviewActions({
			vault,
			index: this.index,
			getSettings: () => this.settings,
			writeClipboard: (text) => navigator.clipboard.writeText(text),
		});
		this.registerView(
			DASHBOARD_VIEW,
			(leaf) =>
				new DashboardView(leaf, {
					index: this.index,
					getSettings: () => this.settings,
					actions,
					openSource: (path, line) => void this.openSource(path, line),
				}),
		);

		this.addCommand({ id: 'review-client', name: 'Review client', callback: () => this.pickClient((client) => void this.openClient(client)) });
		this.addCommand({
			id: 'new-session-note',
			name: 'Start a new session note',
			callback: () =>
				this.pickClient((client) => {
					void actions.newSessionNote(client).then((path) => this.openSource(path, 1));
				}),
		});
		this.addCommand({
			id: 'review-note-client',
			name: "Review this note's client",
			checkCallback: (checking) => {
				const file = workspace.getActiveFile();
				const reading = file ? this.index.readingOf(file.path) : undefined;
				const name = reading && reading.role !== 'none' ? reading.clients[0] : undefined;
				if (!name) return false;
				if (!checking) void this.openClientNamed(name);
				return true;
			},
		});
		this.addCommand({
			id: 'show-note-reading',
			name: 'Show how this note is read',
			checkCallback: (checking) => {
				const file = workspace.getActiveFile();
				if (!file || file.extension !== 'md') return false;
				if (!checking) void readFileSession(file, vault, metadataCache, this.settings).then((reading) => new ReadingModal(this.app, reading, progressPattern(this.settings)).open());
				return true;
			},
		});
		this.addRibbonIcon('user-check', 'Open client review', () => this.pickClient((client) => void this.openClient(client)));
		this.addSettingTab(
			new CoachingSettingTab(this.app, this, {
				get: () => this.settings,
				update: (patch) => this.saveSettings({ ...this.settings, ...patch }),
				reset: () => this.saveSettings(defaultSettings()),
				detectStyle: async (onSaved) => {
					const scan = scanNoteStyle(await notesToScan(vault, metadataCache), this.settings);
					new DetectModal(this.app, scan, this.settings, async (patch) => {
						await this.saveSettings({ ...this.settings, ...patch });
						onSaved();
					}).open();
				},
			}),
		);

		// Reading the vault waits until Obsidian has restored its layout, so startup stays fast.
		workspace.onLayoutReady(() => {
			void this.index.build();
			this.registerEvent(metadataCache.on('changed', (file) => this.index.scheduleRefresh(file)));
			this.registerEvent(vault.on('delete', (file) => this.index.remove(file.path)));
			this.registerEvent(
				vault.on('rename', (file, oldPath) => {
					if (file instanceof TFile) void this.index.rename(file, oldPath);
				}),
			);
		});
	}

	override onunload(): void {
		if (this.reindexTimer !== null) window.clearTimeout(this.reindexTimer);
	}

	private async saveSettings(next: CoachingSettings): Promise<void> {
		this.settings = next;
		await this.saveData(toStored(next));
		// A changed heading or key can change how every note reads: read them again once typing stops.
		if (this.reindexTimer !== null) window.clearTimeout(this.reindexTimer);
		this.reindexTimer = window.setTimeout(() => {
			this.reindexTimer = null;
			void this.index.build();
		}, 600);
	}

	private pickClient(choose: (client: ClientEntry) => void): void {
		if (!this.index.ready && this.index.size === 0) {
			new Notice('Coaching review is still reading your notes. Try again in a moment.');
			return;
		}
		new ClientPicker(this.app, this.index.allClients(), choose).open();
	}

	private async openClientNamed(name: string): Promise<void> {
		const key = clientKey(name);
		const entry = this.index.allClients().find((c) => c.keys.includes(key));
		if (entry) await this.openClient(entry);
	}

	/** Opens the dashboard for a client, reusing the dashboard tab if one is open. */
	async openClient(client: ClientEntry): Promise<void> {
		const { workspace } = this.app;
		const leaf: WorkspaceLeaf = workspace.getLeavesOfType(DASHBOARD_VIEW)[0] ?? workspace.getLeaf('tab');
		await leaf.setViewState({ type: DASHBOARD_VIEW, active: true, state: { client: client.key } });
		await workspace.revealLeaf(leaf);
	}

	private async openSource(path: string, line: number): Promise<void> {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) {
			new Notice(`${path} is no longer in the vault.`);
			return;
		}
		const leaf = this.app.workspace.getLeaf(false);
		await leaf.openFile(file, { active: true, eState: { line: Math.max(0, line - 1) } });
		const view = leaf.view;
		if (view instanceof MarkdownView) view.editor.setCursor({ line: Math.max(0, line - 1), ch: 0 });
	}
}
