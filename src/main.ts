import { debounce, MarkdownView, Notice, Plugin, TFile, type WorkspaceLeaf } from 'obsidian';
import type { ClientEntry } from './core/review';
import { clientKey } from './core/review';
import { type CoachingSettings, defaultSettings, settingsChangeEffect } from './core/settings';
import { ClientPicker } from './plugin/client-picker';
import { DASHBOARD_VIEW, DashboardView } from './plugin/dashboard-view';
import { BriefModal } from './plugin/brief-modal';
import { CASELOAD_VIEW, CaseloadView } from './plugin/caseload-view';
import { CaseloadFacts } from './plugin/caseload-facts';
import { readFileSession } from './plugin/read-file';
import { ReadingModal } from './plugin/reading-modal';
import { progressPattern } from './core/review';
import { localToday } from './core/review';
import { runAsked } from './plugin/report';
import { openEditorFor, tasksToggleCommand } from './plugin/note-editing';
import { ReviewActions } from './plugin/review-actions';
import { SessionIndex } from './plugin/session-index';
import { loadSettings, toStored } from './plugin/settings-store';
import { CoachingSettingTab } from './plugin/settings-tab';
import { scanNoteStyle } from './core/detect';
import { DetectModal, notesToScan } from './plugin/detect-modal';

/** Wiring only: each piece gets the parts of the app it uses. */
export default class CoachingReviewPlugin extends Plugin {
	override settings: CoachingSettings = defaultSettings();
	/** What data.json held besides the settings this version uses: written back untouched. */
	private keptSettings: Record<string, unknown> = {};
	private index!: SessionIndex;
	/** Every client's caseload facts, worked out in the background after the index is built. */
	private caseloadFacts!: CaseloadFacts;
	/** Set on unload: what was waiting (the stored settings, the layout) then starts nothing. */
	private unloaded = false;
	/** The vault is read only once Obsidian's layout is ready; a settings change before that changes nothing to redo. */
	private indexing = false;
	/** A changed heading or key can change how every note reads: read them again once the typing stops. */
	private readonly reindex = debounce(() => void this.index.build(), 600, true);

	/** Public for tests and other plugins: settles once every note has been read. */
	whenIndexed(): Promise<void> {
		return this.index.whenReady();
	}

	/** Public for tests and the bench: settles once every client's caseload facts are current. */
	whenCaseloadReady(): Promise<void> {
		return this.caseloadFacts.whenReady();
	}

	/** Public for tests and the bench: settles once the background work is done (caseload facts, progress verdicts). */
	whenBackgroundIdle(): Promise<void> {
		return this.caseloadFacts.whenIdle();
	}

	override async onload(): Promise<void> {
		const stored: unknown = await this.loadData();
		// Unloaded while the settings were loading: register nothing, since nothing would clean it up.
		if (this.unloaded) return;
		({ settings: this.settings, kept: this.keptSettings } = loadSettings(stored));
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
		this.caseloadFacts = new CaseloadFacts(this.index);
		this.register(() => this.caseloadFacts.dispose());
		this.register(() => this.reindex.cancel());

		const actions = new ReviewActions({
			vault,
			index: this.index,
			getSettings: () => this.settings,
			editorFor: (path) => openEditorFor(workspace, path),
			tasksToggle: () => tasksToggleCommand(this.app),
			writeClipboard: (text) => navigator.clipboard.writeText(text),
		});
		this.registerView(
			DASHBOARD_VIEW,
			(leaf) =>
				new DashboardView(leaf, {
					index: this.index,
					getSettings: () => this.settings,
					actions,
					openSource: (path, line) => runAsked(() => this.openSource(path, line), 'The note could not be opened'),
				}),
		);

		this.registerView(
			CASELOAD_VIEW,
			(leaf) =>
				new CaseloadView(leaf, {
					index: this.index,
					facts: this.caseloadFacts,
					getSettings: () => this.settings,
					setStatus: (path, line, status) => actions.setStatus(path, line, status),
					openClient: (client) => runAsked(() => this.openClient(client), 'The review could not be opened'),
					openSource: (path, line) => runAsked(() => this.openSource(path, line), 'The note could not be opened'),
				}),
		);

		this.addCommand({ id: 'review-client', name: 'Review client', callback: () => this.pickClient((client) => runAsked(() => this.openClient(client), 'The review could not be opened')) });
		this.addCommand({
			id: 'new-session-note',
			name: 'Start a new session note',
			callback: () =>
				this.pickClient((client) => {
					runAsked(async () => {
						const path = await actions.newSessionNote(client);
						if (path !== null) await this.openSource(path, 1);
					}, 'The session note could not be created');
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
				if (!checking) runAsked(() => this.openClientNamed(name), 'The review could not be opened');
				return true;
			},
		});
		this.addCommand({
			id: 'show-note-reading',
			name: 'Show how this note is read',
			checkCallback: (checking) => {
				const file = workspace.getActiveFile();
				if (!file || file.extension !== 'md') return false;
				if (!checking) {
					runAsked(async () => {
						const reading = await readFileSession(file, vault, metadataCache, this.index.core);
						new ReadingModal(this.app, reading, progressPattern(this.settings)).open();
					}, 'The note could not be read');
				}
				return true;
			},
		});
		this.addCommand({ id: 'open-caseload', name: 'Open caseload', callback: () => runAsked(() => this.openCaseload(), 'The caseload could not be opened') });
		this.addCommand({
			id: 'prepare-next-session',
			name: 'Prepare for next session',
			callback: () =>
				this.pickClient((client) =>
					new BriefModal(this.app, client, {
						reviewOptions: () => this.index.reviewOptions(localToday()),
						exportBrief: (entry) => actions.exportReview(entry, 'brief'),
						openSource: (path, line) => runAsked(() => this.openSource(path, line), 'The note could not be opened'),
					}).open(),
				),
		});
		this.addRibbonIcon('user-check', 'Open client review', () => this.pickClient((client) => runAsked(() => this.openClient(client), 'The review could not be opened')));
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
			// Obsidian may call this after the plugin was unloaded: then nothing is started.
			if (this.unloaded) return;
			this.indexing = true;
			// Nothing skipped silently: after each full read, notes that look like sessions but name no client are told.
			this.registerEvent(this.index.onUpdated((keys) => keys === null && this.tellLeftOut()));
			void this.index.build();
			// After the build, each client's caseload facts, then the progress verdicts on their words, are worked out in
			// the background, then kept current.
			this.registerEvent(this.caseloadFacts.start());
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
		this.unloaded = true;
		this.reindex.cancel();
	}

	/** data.json changed outside Obsidian (Sync, another device, a hand edit): use what it now says. */
	override async onExternalSettingsChange(): Promise<void> {
		const loaded = loadSettings(await this.loadData());
		this.keptSettings = loaded.kept;
		this.applySettings(loaded.settings);
	}

	private async saveSettings(next: CoachingSettings): Promise<void> {
		this.applySettings(next);
		// The coach changed a setting: if it cannot be stored, they are told (it still applies until Obsidian restarts).
		try {
			await this.saveData(toStored(next, this.keptSettings));
		} catch (error) {
			new Notice(`The settings could not be saved: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	/** Redoes only what the change needs (see SETTING_EFFECTS): read the notes again, or draw the dashboards again. */
	private applySettings(next: CoachingSettings): void {
		const effect = settingsChangeEffect(this.settings, next);
		this.settings = next;
		if (effect === 'display') this.redrawDashboards();
		// The caseload's facts were worked out with the old settings (archived clients, recurring): they are again.
		if (effect === 'display' && this.indexing) this.caseloadFacts.refreshAll();
		if (effect === 'reading' && this.indexing) this.reindex();
	}

	private tellLeftOut(): void {
		const leftOut = this.index.leftOut();
		if (leftOut.length > 0) new Notice(`Coaching review: ${leftOut.map((w) => w.message).join('\n\n')}`, 15000);
	}

	/** Loaded dashboards draw again; a deferred one (a background tab) draws when it is first shown. */
	private redrawDashboards(): void {
		for (const leaf of this.app.workspace.getLeavesOfType(DASHBOARD_VIEW)) {
			if (leaf.view instanceof DashboardView) leaf.view.render();
		}
	}

	private pickClient(choose: (client: ClientEntry) => void): void {
		// Until every note is read the client list is partial: the picker waits rather than show some of it.
		if (!this.index.ready) {
			// On a phone there is no status bar: the notice says how far the reading is.
			const progress = this.index.progress.replace(/^Coaching review: /, '');
			new Notice(`Coaching review is still reading your notes${progress ? ` (${progress})` : ''}. Try again in a moment.`);
			return;
		}
		new ClientPicker(this.app, this.index.allClients(), choose).open();
	}

	private async openClientNamed(name: string): Promise<void> {
		const key = clientKey(name);
		if (!this.index.ready) return;
		const entry = this.index.findClient(key);
		if (entry) await this.openClient(entry);
	}

	/** Opens the caseload, reusing its tab if one is open. */
	private async openCaseload(): Promise<void> {
		const { workspace } = this.app;
		const leaf: WorkspaceLeaf = workspace.getLeavesOfType(CASELOAD_VIEW)[0] ?? workspace.getLeaf('tab');
		if (!(leaf.view instanceof CaseloadView)) await leaf.setViewState({ type: CASELOAD_VIEW, active: true });
		await workspace.revealLeaf(leaf);
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
