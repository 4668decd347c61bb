import { type App, Modal } from 'obsidian';
import { buildBrief } from '../core/caseload';
import type { ClientEntry } from '../core/review';
import { buildReview, type ReviewOptions } from '../core/review';
import { renderBriefPage } from '../ui/brief';
import { mountView } from './mount-ui';
import { runAsked } from './report';

export interface BriefDeps {
	reviewOptions(): ReviewOptions;
	/** Writes the brief as a note, the way a review is exported. */
	exportBrief(client: ClientEntry): Promise<unknown>;
	openSource(path: string, line: number): void;
}

/** While the brief prints, the rest of Obsidian is hidden (styles.css, `@media print`). */
const PRINTING = 'cr-printing-brief';

/** "Prepare for next session": the brief before a session with one client, printable and exportable. */
export class BriefModal extends Modal {
	constructor(
		app: App,
		private readonly client: ClientEntry,
		private readonly deps: BriefDeps,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`Prepare for next session`);
		this.containerEl.addClass('cr-brief-modal');
		const brief = buildBrief(buildReview(this.client, this.deps.reviewOptions()));
		this.contentEl.empty();
		this.contentEl.addClass('coaching-review-view');
		mountView(this.contentEl, renderBriefPage(brief, true));
		this.contentEl.addEventListener('click', (event) => this.clicked(event));
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private clicked(event: MouseEvent): void {
		const target = event.target as Node | null;
		if (!target?.instanceOf(Element)) return;
		const action = target.closest('[data-action]')?.getAttribute('data-action');
		if (action === 'export-brief') {
			event.preventDefault();
			runAsked(() => this.deps.exportBrief(this.client), 'The brief could not be exported');
			return;
		}
		if (action === 'print-brief') {
			event.preventDefault();
			this.print();
			return;
		}
		const link = target.closest('[data-path]');
		const path = link?.getAttribute('data-path');
		if (!link || !path) return;
		event.preventDefault();
		this.close();
		this.deps.openSource(path, Number(link.getAttribute('data-line') ?? '1'));
	}

	/** Prints the brief alone: the rest of the window is hidden while the print dialog is open. */
	private print(): void {
		const body = this.containerEl.doc.body;
		body.addClass(PRINTING);
		try {
			this.containerEl.win.print();
		} finally {
			body.removeClass(PRINTING);
		}
	}
}
