import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { localToday } from '../core/review/days';
import { buildReview } from '../core/review/review';
import type { CoachingSettings } from '../core/settings';
import { renderDashboard } from '../ui/dashboard';
import { mountUi } from './mount-ui';
import type { SessionIndex } from './session-index';

export const DASHBOARD_VIEW = 'coaching-review-dashboard';

export interface DashboardDeps {
	index: SessionIndex;
	getSettings(): CoachingSettings;
	/** Opens a note at a 1-based line. */
	openSource(path: string, line: number): void;
}

interface DashboardState {
	client?: string;
}

/** One client's review. The client's key lives in the view state, so the view survives a restart. */
export class DashboardView extends ItemView {
	private clientKey: string | null = null;
	private clientName = 'Client review';

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
		this.registerDomEvent(this.contentEl, 'keydown', (event) => {
			if (event.key === 'Enter') this.openClicked(event);
		});
		this.render();
		return Promise.resolve();
	}

	private openClicked(event: Event): void {
		const target = event.target;
		if (!(target instanceof Element)) return;
		const link = target.closest('[data-path]');
		const path = link?.getAttribute('data-path');
		if (!link || !path) return;
		event.preventDefault();
		this.deps.openSource(path, Number(link.getAttribute('data-line') ?? '1'));
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
		const review = buildReview(entry, { today: localToday(), settings });
		mountUi(contentEl, renderDashboard(review, { privacy: settings.privacyMode }));
		(this.leaf as WorkspaceLeaf & { updateHeader?: () => void }).updateHeader?.();
	}
}
