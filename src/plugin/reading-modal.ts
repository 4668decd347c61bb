import { type App, Modal } from 'obsidian';
import { type ProgressMatcher, reviewWords } from '../core/review';
import type { SessionReading } from '../core/session';

/** Shows how one note was read: what a coach checks when an item lands in the wrong place. */
export class ReadingModal extends Modal {
	constructor(
		app: App,
		private readonly reading: SessionReading,
		/** The settings' progress phrases: the client's words show whether a review counts them as progress. */
		private readonly progress: ProgressMatcher | null,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, reading } = this;
		contentEl.addClass('coaching-review-reading');
		this.titleEl.setText('How this note is read');
		contentEl.createEl('p', { text: describe(reading) });
		const section = (title: string, rows: { line: number; text: string; why: string }[]) => {
			if (rows.length === 0) return;
			contentEl.createEl('h3', { text: `${title} (${rows.length})` });
			const list = contentEl.createEl('ul');
			for (const row of rows) {
				const item = list.createEl('li', { text: row.text });
				item.createSpan({ cls: 'coaching-review-why', text: ` line ${row.line}: ${row.why}` });
			}
		};
		section(
			'Action steps',
			reading.actionSteps.map((s) => ({ line: s.line, text: `${s.owner === 'coach' ? "Coach's promise" : "Client's step"} (${s.status}): ${s.text}`, why: s.rule })),
		);
		section("Client's words", reviewWords(reading.clientWords, this.progress).map((w) => ({ line: w.line, text: w.text, why: w.progressReason ? `${w.rule}; progress: ${w.progressReason}` : w.rule })));
		section("Coach's notes", reading.coachNotes.map((n) => ({ line: n.line, text: n.text, why: n.rule })));
		section('Goals', reading.goals.map((g) => ({ line: g.line, text: g.text, why: g.rule })));
		section('Warnings', reading.warnings.map((w) => ({ line: w.line, text: w.message, why: w.path })));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

function describe(reading: SessionReading): string {
	if (reading.role === 'none') return 'Not a session: no client in its frontmatter and not in a client folder.';
	const who = reading.clients.join(', ');
	if (reading.role === 'profile') return `Client profile of ${who}.`;
	const date = reading.date ? `${reading.date} (from the ${reading.dateSource ?? 'note'})` : 'no date';
	return `Session of ${who}, ${date}${reading.number !== null ? `, session ${reading.number}` : ''}.`;
}
