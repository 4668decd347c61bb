import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { buildCaseload, type CaseloadClient, collectPromises } from '../core/caseload';
import type { ClientEntry } from '../core/review';
import { localToday } from '../core/review';
import { clientKey } from '../core/review';
import type { StepStatus } from '../core/session';
import type { CoachingSettings } from '../core/settings';
import { type CaseloadControls, renderCaseloadPage } from '../ui/caseload';
import { mountLazy } from './mount-ui';
import { KeptPlace } from './redraw';
import type { CaseloadFacts } from './caseload-facts';
import { showStatusMenu, type StatusChoice } from './status-menu';
import type { SessionIndex } from './session-index';
import { openSourceLink } from './source-link';

export const CASELOAD_VIEW = 'coaching-review-caseload';

export interface CaseloadDeps {
	index: Pick<SessionIndex, 'ready' | 'findClient'>;
	/** Every client's facts, worked out in the background: the view only draws them. */
	facts: Pick<CaseloadFacts, 'clients' | 'onUpdated'>;
	getSettings(): CoachingSettings;
	/** The dashboard's write-back: one checkbox changed, nothing else. */
	setStatus(path: string, line: number, status: StepStatus): Promise<boolean>;
	openClient(client: ClientEntry): void;
	openSource(path: string, line: number): void;
	today?: () => string;
}

/** What the coach can mark a promise as from the caseload. */
const PROMISE_CHOICES: readonly StatusChoice[] = [
	{ status: 'done', title: 'Delivered', icon: 'circle-check' },
	{ status: 'dropped', title: 'Dropped', icon: 'circle-slash' },
	{ status: 'in-progress', title: 'In progress', icon: 'circle-dot' },
	{ status: 'open', title: 'Open', icon: 'circle' },
];

interface CaseloadState {
	folder: string;
	tag: string;
	includeArchived: boolean;
}

/**
 * The fewest pixels a row takes (a line of small text and its padding): the window's height over it is at least a
 * screenful of rows, drawn at once; the rest follow in the frames after.
 */
const ROW_PX_AT_LEAST = 28;

/** Rows drawn after each frame once the first screenful is shown. */
const ROWS_AFTER_EACH_FRAME = 50;

/** Every folder a client's notes are in, and those above it. */
function foldersOf(clients: readonly CaseloadClient[]): string[] {
	return [...new Set(clients.flatMap((c) => c.folders))].sort((a, b) => a.localeCompare(b));
}

/**
 * Every client on one page, and every open promise. The facts behind the rows are worked out in the background
 * (`CaseloadFacts`) and kept current as notes change; the view draws them again each time they are.
 */
export class CaseloadView extends ItemView {
	private state: CaseloadState = { folder: '', tag: '', includeArchived: false };
	private drawn = false;
	/**
	 * Redraws change only what changed, keeping the scroll and an opened list of promises; that list, when folded,
	 * waits to be drawn until it is opened (drawing thousands would hold up the rows).
	 */
	private readonly place = new KeptPlace(ROWS_AFTER_EACH_FRAME);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: CaseloadDeps,
	) {
		super(leaf);
	}

	getViewType(): string {
		return CASELOAD_VIEW;
	}

	getDisplayText(): string {
		return 'Caseload';
	}

	override getIcon(): string {
		return 'users';
	}

	override getState(): Record<string, unknown> {
		return { ...this.state };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const given = (state ?? {}) as Partial<Record<keyof CaseloadState, unknown>>;
		const next: CaseloadState = {
			folder: typeof given.folder === 'string' ? given.folder : '',
			tag: typeof given.tag === 'string' ? given.tag : '',
			includeArchived: given.includeArchived === true,
		};
		const changed = next.folder !== this.state.folder || next.tag !== this.state.tag || next.includeArchived !== this.state.includeArchived;
		this.state = next;
		// Opening the view drew it already (`onOpen`): drawn again only for other filters.
		if (changed || !this.drawn) this.render();
		await super.setState(state, result);
	}

	protected override async onOpen(): Promise<void> {
		this.contentEl.addClass('coaching-review-view');
		this.registerEvent(
			this.deps.facts.onUpdated(() => this.render()),
		);
		this.registerDomEvent(this.contentEl, 'click', (event) => this.clicked(event));
		this.registerDomEvent(this.contentEl, 'keydown', (event) => {
			if (event.key === 'Enter') this.clicked(event);
		});
		this.registerDomEvent(this.contentEl, 'change', (event) => this.filterChanged(event));
		// `toggle` does not bubble: listen in the capture phase to draw a folded list of promises when it opens.
		this.registerDomEvent(
			this.contentEl,
			'toggle',
			(event) => {
				const target = event.target as Node | null;
				if (target?.instanceOf(HTMLDetailsElement) && target.open) mountLazy(target, this.place.folds);
			},
			{ capture: true },
		);
		this.render();
		return Promise.resolve();
	}

	/** Settles once every row of the last draw is drawn (the first screenful is at once, the rest in the frames after). */
	whenDrawn(): Promise<void> {
		return this.place.whenDrawn();
	}

	private filterChanged(event: Event): void {
		const target = event.target as Node | null;
		if (!target?.instanceOf(HTMLElement)) return;
		const filter = target.getAttribute('data-filter');
		if (filter === 'archived' && target.instanceOf(HTMLInputElement)) this.state.includeArchived = target.checked;
		else if ((filter === 'folder' || filter === 'tag') && target.instanceOf(HTMLSelectElement)) this.state[filter] = target.value;
		else return;
		this.render();
	}

	private clicked(event: MouseEvent | KeyboardEvent): void {
		const target = event.target as Node | null;
		if (!target?.instanceOf(Element)) return;
		const control = target.closest('.cr-status-control');
		if (control) {
			event.preventDefault();
			showStatusMenu(control, event, PROMISE_CHOICES, (path, line, status) => this.deps.setStatus(path, line, status), 'The promise could not be changed');
			return;
		}
		const client = target.closest('[data-client]')?.getAttribute('data-client');
		if (client) {
			event.preventDefault();
			const entry = this.deps.index.ready ? this.deps.index.findClient(clientKey(client)) : undefined;
			if (entry) this.deps.openClient(entry);
			return;
		}
		openSourceLink(target, event, (path, line) => this.deps.openSource(path, line));
	}


	/** Draws the page from the clients' facts: rows counted for today, nothing read or built. */
	render(): void {
		const { contentEl } = this;
		this.drawn = true;
		const clients = this.deps.index.ready ? this.deps.facts.clients() : null;
		if (!clients) {
			this.place.reset();
			contentEl.empty();
			contentEl.createEl('p', { cls: 'cr-empty', text: this.deps.index.ready ? 'Preparing the caseload…' : 'Reading your session notes…' });
			return;
		}
		const today = this.deps.today?.() ?? localToday();
		const { folder, tag, includeArchived } = this.state;
		const filters = { today, folder: folder || undefined, tag: tag || undefined };
		const caseload = buildCaseload(clients, { ...filters, includeArchived });
		// A promise to an archived client is still owed: the promises follow the folder and tag, not the archive.
		const shown = buildCaseload(clients, { ...filters, includeArchived: true });
		const names = new Set(shown.clients.map((c) => c.name));
		const ledger = collectPromises(
			clients.filter((c) => names.has(c.name)),
			{ today },
		);
		const tags = [...new Set(clients.flatMap((c) => c.tags))].sort((a, b) => a.localeCompare(b));
		const controls: CaseloadControls = { folders: foldersOf(clients), tags, folder, tag, includeArchived };
		const firstRows = Math.ceil(contentEl.win.innerHeight / ROW_PX_AT_LEAST);
		this.place.draw(contentEl, renderCaseloadPage(caseload, ledger, { interactive: true, controls, firstRows }));
	}
}
