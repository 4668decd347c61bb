import { ItemView, Menu, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { localToday } from '../core/review';
import { buildReview } from '../core/review';
import type { CoachingSettings } from '../core/settings';
import { DASHBOARD_ACTIONS, MORE_ACTION, renderDashboard } from '../ui/dashboard';
import { mountLazy } from './mount-ui';
import { KeptPlace } from './redraw';
import type { ReviewActions } from './review-actions';
import { runAsked } from './report';
import { showMenuAt, showStatusMenu, type StatusChoice } from './status-menu';
import type { SessionIndex } from './session-index';
import { openSourceLink } from './source-link';

export const DASHBOARD_VIEW = 'coaching-review-dashboard';

/**
 * What is below the first screenful is drawn after it, a frame at a time: at most this many children (a thread, a
 * session, a section) a frame, and no more once a frame's drawing took this long (its layout comes on top).
 */
export const DRAWN_PER_FRAME = 40;
export const FRAME_BUDGET_MS = 8;

export interface DashboardDeps {
	index: SessionIndex;
	getSettings(): CoachingSettings;
	actions: ReviewActions;
	/** Opens a note at a 1-based line. */
	openSource(path: string, line: number): void;
}

const STATUS_CHOICES: readonly StatusChoice[] = [
	{ status: 'open', title: 'Open', icon: 'circle' },
	{ status: 'in-progress', title: 'In progress', icon: 'circle-dot' },
	{ status: 'done', title: 'Done', icon: 'circle-check' },
	{ status: 'dropped', title: 'Dropped', icon: 'circle-slash' },
];

/** What the notice says when a dashboard button's action fails. */
const ACTION_FAILURES: Record<string, string> = {
	'new-session': 'The session note could not be created',
	'export-review': 'The review could not be exported',
	'export-summary': 'The client summary could not be exported',
	'copy-review': 'The review could not be copied',
	'copy-summary': 'The client summary could not be copied',
};

interface DashboardState {
	client?: string;
}

/** The node an event happened on; listeners here sit on the view's own elements, so it is one of them. */
function targetNode(event: Event): Node | null {
	return event.target as Node | null;
}

/** One client's review. The client's key lives in the view state, so the view survives a restart. */
export class DashboardView extends ItemView {
	private clientKey: string | null = null;
	private clientName = 'Client review';
	/** What is drawn, so a redraw replaces only what changed and the coach's place is kept. */
	private readonly place = new KeptPlace(DRAWN_PER_FRAME, FRAME_BUDGET_MS);
	/** The client drawn last: another client's review starts at the top. */
	private drawnKey: string | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: DashboardDeps,
	) {
		super(leaf);
	}

	getViewType(): string {
		return DASHBOARD_VIEW;
	}

	getDisplayText(): string {
		return this.clientName;
	}

	override getIcon(): string {
		return 'user-check';
	}

	override getState(): Record<string, unknown> {
		return { client: this.clientKey ?? undefined };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const client = (state as DashboardState | null)?.client;
		this.clientKey = typeof client === 'string' ? client : null;
		this.render();
		await super.setState(state, result);
	}

	protected override async onOpen(): Promise<void> {
		this.contentEl.addClass('coaching-review-view');
		this.registerEvent(
			this.deps.index.onUpdated((keys) => {
				if (keys === null || this.clientKey === null || keys.has(this.clientKey)) this.render();
			}),
		);
		this.registerEvent(this.deps.index.onProgress((text) => this.showProgress(text)));
		this.registerDomEvent(this.contentEl, 'click', (event) => this.openClicked(event));
		// `toggle` does not bubble: listen in the capture phase to draw a folded session when it opens.
		// instanceOf, not instanceof: in a pop-out window the elements are that window's, not the main window's.
		this.registerDomEvent(
			this.contentEl,
			'toggle',
			(event) => {
				const target = targetNode(event);
				if (target?.instanceOf(HTMLDetailsElement) && target.open) mountLazy(target, this.place.folds);
			},
			{ capture: true },
		);
		this.registerDomEvent(this.contentEl, 'keydown', (event) => {
			if (event.key === 'Enter') this.openClicked(event);
		});
		this.render();
		return Promise.resolve();
	}

	private openClicked(event: MouseEvent | KeyboardEvent): void {
		const target = targetNode(event);
		if (!target?.instanceOf(Element)) return;
		const mark = target.closest('.cr-mark-control');
		if (mark) {
			event.preventDefault();
			const path = mark.getAttribute('data-mark-path');
			const line = Number(mark.getAttribute('data-mark-line'));
			const value = mark.getAttribute('data-mark');
			if (path && line) runAsked(() => this.deps.actions.setProgressMark(path, line, value === 'yes' || value === 'no' ? value : null), 'The statement could not be marked');
			return;
		}
		const control = target.closest('.cr-status-control');
		if (control) {
			event.preventDefault();
			showStatusMenu(control, event, STATUS_CHOICES, (path, line, status) => this.deps.actions.setStatus(path, line, status), 'The step could not be changed');
			return;
		}
		const action = target.closest('[data-action]')?.getAttribute('data-action');
		if (action === MORE_ACTION) {
			event.preventDefault();
			this.showMoreMenu(target.closest('[data-action]') ?? target, event);
			return;
		}
		if (action) {
			event.preventDefault();
			runAsked(() => this.runAction(action), ACTION_FAILURES[action] ?? 'That did not work');
			return;
		}
		openSourceLink(target, event, (path, line) => this.deps.openSource(path, line));
	}


	/** A narrow pane's one menu for every action after the first. */
	private showMoreMenu(button: Element, event: MouseEvent | KeyboardEvent): void {
		const menu = new Menu();
		for (const { action, label } of DASHBOARD_ACTIONS.slice(1)) {
			menu.addItem((item) => item.setTitle(label).onClick(() => runAsked(() => this.runAction(action), ACTION_FAILURES[action] ?? 'That did not work')));
		}
		showMenuAt(menu, button, event);
	}


	private async runAction(action: string): Promise<void> {
		const { index } = this.deps;
		const entry = this.clientKey === null || !index.ready ? undefined : index.findClient(this.clientKey);
		if (!entry) return;
		const { actions } = this.deps;
		if (action === 'new-session') {
			const path = await actions.newSessionNote(entry);
			if (path !== null) this.deps.openSource(path, 1);
		} else if (action === 'export-review') await actions.exportReview(entry, 'review');
		else if (action === 'export-summary') await actions.exportReview(entry, 'client-summary');
		else if (action === 'copy-review') await actions.copy(entry, 'review');
		else if (action === 'copy-summary') await actions.copy(entry, 'client-summary');
	}

	/** Settles once everything the last draw left for the frames after its first is drawn. */
	whenDrawn(): Promise<void> {
		return this.place.whenDrawn();
	}

	/** A message in place of a review: what was drawn is forgotten, so the next review starts afresh. */
	private message(text: string, detail?: string): void {
		const { contentEl } = this;
		this.place.reset();
		contentEl.empty();
		contentEl.createEl('p', { cls: 'cr-empty', text });
		if (detail) contentEl.createEl('p', { cls: 'cr-index-progress', text: detail });
	}

	/**
	 * Draws the dashboard again from the index, in place: only what changed is drawn anew, so the sessions the coach
	 * unfolded, the scroll position and the focus stay (after an edit and after a settings change alike).
	 */
	render(): void {
		const { contentEl } = this;
		const { index } = this.deps;
		if (this.clientKey === null) {
			this.message('Pick a client from the ribbon or the command palette.');
			return;
		}
		// Until every note is read a client's sessions are partial: none are shown rather than some (a dashboard
		// Obsidian restores at startup draws again when the index is ready). The progress shows here too: a phone
		// has no status bar.
		if (!index.ready) {
			this.message('Reading your session notes…', index.progress || undefined);
			return;
		}
		const entry = index.findClient(this.clientKey);
		if (!entry) {
			this.message('No notes of this client are left in the vault.');
			return;
		}
		const settings = this.deps.getSettings();
		// In privacy mode the tab's title names no one either.
		this.clientName = settings.privacyMode ? 'Client review' : entry.name;
		const review = buildReview(entry, index.reviewOptions(localToday()));
		if (this.drawnKey !== this.clientKey) {
			this.place.reset();
			contentEl.scrollTop = 0;
		}
		this.drawnKey = this.clientKey;
		this.place.draw(contentEl, renderDashboard(review, { privacy: settings.privacyMode, interactive: true, names: settings.privacyMode ? index.allClients().map((c) => c.name) : undefined }));
		(this.leaf as WorkspaceLeaf & { updateHeader?: () => void }).updateHeader?.();
	}

	/** Indexing progress while the notes are read: only the line that shows it changes. */
	private showProgress(text: string): void {
		if (this.deps.index.ready) return;
		const line = this.contentEl.querySelector('.cr-index-progress');
		if (line) line.setText(text);
		else if (text) this.contentEl.createEl('p', { cls: 'cr-index-progress', text });
	}
}
