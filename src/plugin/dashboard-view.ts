import { ItemView, Menu, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { localToday } from '../core/review/days';
import { buildReview } from '../core/review/review';
import type { CoachingSettings } from '../core/settings';
import { renderDashboard } from '../ui/dashboard';
import { mountLazy, mountView } from './mount-ui';
import type { UiNode } from '../ui/tree';
import type { ReviewActions } from './review-actions';
import type { SessionIndex } from './session-index';
import type { StepStatus } from '../core/session/types';

export const DASHBOARD_VIEW = 'coaching-review-dashboard';

export interface DashboardDeps {
	index: SessionIndex;
	getSettings(): CoachingSettings;
	actions: ReviewActions;
	/** Opens a note at a 1-based line. */
	openSource(path: string, line: number): void;
}

const STATUS_CHOICES: { status: StepStatus; title: string; icon: string }[] = [
	{ status: 'open', title: 'Open', icon: 'circle' },
	{ status: 'in-progress', title: 'In progress', icon: 'circle-dot' },
	{ status: 'done', title: 'Done', icon: 'circle-check' },
	{ status: 'dropped', title: 'Dropped', icon: 'circle-slash' },
];

interface DashboardState {
	client?: string;
}

/** One client's review. The client's key lives in the view state, so the view survives a restart. */
export class DashboardView extends ItemView {
	private clientKey: string | null = null;
	private clientName = 'Client review';
	/** Folded sessions' columns, drawn when first opened. */
	private lazy = new WeakMap<Element, () => UiNode[]>();

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
		this.registerDomEvent(this.contentEl, 'click', (event) => this.openClicked(event));
		// `toggle` does not bubble: listen in the capture phase to draw a folded session when it opens.
		this.registerDomEvent(
			this.contentEl,
			'toggle',
			(event) => {
				if (event.target instanceof HTMLDetailsElement && event.target.open) mountLazy(event.target, this.lazy);
			},
			{ capture: true },
		);
		this.registerDomEvent(this.contentEl, 'keydown', (event) => {
			if (event.key === 'Enter') this.openClicked(event);
		});
		this.render();
		return Promise.resolve();
	}

	private openClicked(event: Event): void {
		const target = event.target;
		if (!(target instanceof Element)) return;
		const mark = target.closest('.cr-mark-control');
		if (mark) {
			event.preventDefault();
			const path = mark.getAttribute('data-mark-path');
			const line = Number(mark.getAttribute('data-mark-line'));
			const value = mark.getAttribute('data-mark');
			if (path && line) void this.deps.actions.setProgressMark(path, line, value === 'yes' || value === 'no' ? value : null);
			return;
		}
		const control = target.closest('.cr-status-control');
		if (control) {
			event.preventDefault();
			this.showStatusMenu(control, event);
			return;
		}
		const action = target.closest('[data-action]')?.getAttribute('data-action');
		if (action) {
			event.preventDefault();
			void this.runAction(action);
			return;
		}
		const link = target.closest('[data-path]');
		const path = link?.getAttribute('data-path');
		if (!link || !path) return;
		event.preventDefault();
		this.deps.openSource(path, Number(link.getAttribute('data-line') ?? '1'));
	}

	/** Open, in progress, done or dropped: the one checkbox in the note changes, nothing else. */
	private showStatusMenu(control: Element, event: Event): void {
		const path = control.getAttribute('data-step-path');
		const line = Number(control.getAttribute('data-step-line'));
		const current = control.getAttribute('data-status');
		if (!path || !line) return;
		const menu = new Menu();
		for (const choice of STATUS_CHOICES) {
			menu.addItem((item) =>
				item
					.setTitle(choice.title)
					.setIcon(choice.icon)
					.setChecked(choice.status === current)
					.onClick(() => void this.deps.actions.setStatus(path, line, choice.status)),
			);
		}
		if (event instanceof MouseEvent) menu.showAtMouseEvent(event);
		else {
			const rect = control.getBoundingClientRect();
			menu.showAtPosition({ x: rect.left, y: rect.bottom });
		}
	}

	private async runAction(action: string): Promise<void> {
		const entry = this.clientKey === null ? undefined : this.deps.index.findClient(this.clientKey);
		if (!entry) return;
		const { actions } = this.deps;
		if (action === 'new-session') {
			const path = await actions.newSessionNote(entry);
			this.deps.openSource(path, 1);
		} else if (action === 'export-review') await actions.exportReview(entry, 'review');
		else if (action === 'export-summary') await actions.exportReview(entry, 'client-summary');
		else if (action === 'copy-review') await actions.copy(entry, 'review');
		else if (action === 'copy-summary') await actions.copy(entry, 'client-summary');
	}

	/** Draws the dashboard again from the index: cheap, and always in step with the notes. */
	render(): void {
		const { contentEl } = this;
		contentEl.empty();
		const { index } = this.deps;
		if (this.clientKey === null) {
			contentEl.createEl('p', { cls: 'cr-empty', text: 'Pick a client from the ribbon or the command palette.' });
			return;
		}
		const entry = index.findClient(this.clientKey);
		if (!entry) {
			contentEl.createEl('p', {
				cls: 'cr-empty',
				text: index.ready ? 'No notes of this client are left in the vault.' : 'Reading your session notes…',
			});
			return;
		}
		this.clientName = entry.name;
		const settings = this.deps.getSettings();
		const review = buildReview(entry, { today: localToday(), settings, cache: index.stepWords, progress: index.progressFor(settings) });
		this.lazy = new WeakMap();
		mountView(contentEl, renderDashboard(review, { privacy: settings.privacyMode, interactive: true }), this.lazy);
		(this.leaf as WorkspaceLeaf & { updateHeader?: () => void }).updateHeader?.();
	}
}
