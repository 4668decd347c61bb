import { normalizePath, Notice, TFile, type Vault } from 'obsidian';
import { chooseExportPath, type ExportKind, exportFileName, exportNoteText } from '../core/export/export-note';
import { buildNewSessionNote, DEFAULT_SESSION_TEMPLATE, newSessionPath } from '../core/export/new-session';
import { setProgressMark } from '../core/edit/set-progress-mark';
import { setStepStatus } from '../core/edit/set-step-status';
import type { ClientEntry } from '../core/review/clients';
import { localToday } from '../core/review/days';
import { renderClientSummary } from '../core/review/render-client-summary';
import { renderMarkdown } from '../core/review/render-markdown';
import { buildReview } from '../core/review/review';
import type { StepStatus } from '../core/session/types';
import type { CoachingSettings } from '../core/settings';
import type { SessionIndex } from './session-index';

/** What the actions need: the vault's file calls, the index, the settings, and a clipboard. */
export interface ActionDeps {
	vault: Pick<Vault, 'getAbstractFileByPath' | 'read' | 'process' | 'create' | 'modify' | 'createFolder'>;
	index: SessionIndex;
	getSettings(): CoachingSettings;
	writeClipboard(text: string): Promise<void>;
	today?: () => string;
}

/**
 * Everything the coach can do from the dashboard that touches the vault. Each write changes exactly what
 * was asked, or refuses with a notice and changes nothing.
 */
export class ReviewActions {
	constructor(private readonly deps: ActionDeps) {}

	private today(): string {
		return this.deps.today?.() ?? localToday();
	}

	private file(path: string): TFile | null {
		const file = this.deps.vault.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	/** Sets one checkbox's status. Returns whether the note was changed. */
	async setStatus(path: string, line: number, status: StepStatus): Promise<boolean> {
		const { vault, index } = this.deps;
		const settings = this.deps.getSettings();
		const file = this.file(path);
		const step = index.readingOf(path)?.actionSteps.find((s) => s.line === line);
		if (!file || !step) {
			new Notice('That step is no longer in the index. The dashboard will catch up in a moment.');
			return false;
		}
		const expected = { line, text: step.text, statusChar: step.statusChar };
		const change = { status, today: this.today(), tasksDoneDates: settings.tasksDoneDates };
		// Check before writing, so a refused change never touches the file; check again inside the write.
		const check = setStepStatus(path, await vault.read(file), expected, change, settings);
		let refusal = check.ok ? null : check.reason;
		if (check.ok && check.changed) {
			await vault.process(file, (data) => {
				const result = setStepStatus(path, data, expected, change, settings);
				if (!result.ok) {
					refusal = result.reason;
					return data;
				}
				return result.text;
			});
		}
		await index.refresh(file);
		if (refusal !== null) {
			new Notice(refusal);
			return false;
		}
		return check.ok && check.changed;
	}

	/** Marks one client statement progress (`yes`), not progress (`no`), or unmarks it. Returns whether the note changed. */
	async setProgressMark(path: string, line: number, mark: 'yes' | 'no' | null): Promise<boolean> {
		const { vault, index } = this.deps;
		const settings = this.deps.getSettings();
		const file = this.file(path);
		const words = index.readingOf(path)?.clientWords.find((w) => w.line === line);
		if (!file || !words) {
			new Notice('That statement is no longer in the index. The dashboard will catch up in a moment.');
			return false;
		}
		const expected = { line, text: words.text };
		// As for a status: checked before writing, so a refused change never touches the file, and again inside the write.
		const check = setProgressMark(path, await vault.read(file), expected, mark, settings);
		let refusal = check.ok ? null : check.reason;
		if (check.ok && check.changed) {
			await vault.process(file, (data) => {
				const result = setProgressMark(path, data, expected, mark, settings);
				if (!result.ok) {
					refusal = result.reason;
					return data;
				}
				return result.text;
			});
		}
		await index.refresh(file);
		if (refusal !== null) {
			new Notice(refusal);
			return false;
		}
		return check.ok && check.changed;
	}

	private async ensureFolder(path: string): Promise<void> {
		const folder = path.split('/').slice(0, -1).join('/');
		if (folder !== '' && !this.deps.vault.getAbstractFileByPath(folder)) await this.deps.vault.createFolder(folder);
	}

	private async readText(path: string): Promise<string | null> {
		const file = this.file(path);
		return file ? this.deps.vault.read(file) : null;
	}

	/** Writes the review, or the client's summary, to a note; returns its path. */
	async exportReview(client: ClientEntry, kind: ExportKind): Promise<string> {
		const settings = this.deps.getSettings();
		const today = this.today();
		const review = buildReview(client, { today, settings });
		const body = kind === 'review' ? renderMarkdown(review) : renderClientSummary(review);
		const text = exportNoteText(kind, client.name, today, body);
		// Read every candidate first: the choice needs them all, and the vault reads are async.
		const folder = normalizePath(settings.reviewFolder || 'Reviews');
		const existing = new Map<string, string | null>();
		const name = exportFileName(kind, client.name, today);
		for (let n = 1; n < 100; n++) {
			const path = `${folder}/${n === 1 ? name : name.replace(/\.md$/, ` (${n}).md`)}`;
			const current = await this.readText(path);
			existing.set(path, current);
			if (current === null) break;
		}
		const target = chooseExportPath(folder, name, (path) => existing.get(path) ?? null);
		const file = this.file(target.path);
		if (file && target.replaces) await this.deps.vault.modify(file, text);
		else {
			await this.ensureFolder(target.path);
			await this.deps.vault.create(target.path, text);
		}
		new Notice(`${kind === 'review' ? 'Review' : 'Client summary'} written to ${target.path}`);
		return target.path;
	}

	async copy(client: ClientEntry, kind: ExportKind): Promise<void> {
		const review = buildReview(client, { today: this.today(), settings: this.deps.getSettings() });
		await this.deps.writeClipboard(kind === 'review' ? renderMarkdown(review) : renderClientSummary(review));
		new Notice(kind === 'review' ? 'Review copied.' : 'Client summary copied.');
	}

	/** Creates the next session note in the client's folder; returns its path. Never overwrites a note. */
	async newSessionNote(client: ClientEntry): Promise<string> {
		const settings = this.deps.getSettings();
		const today = this.today();
		let template = DEFAULT_SESSION_TEMPLATE;
		if (settings.sessionTemplatePath.trim() !== '') {
			const templatePath = normalizePath(settings.sessionTemplatePath.replace(/(\.md)?$/, '.md'));
			const text = await this.readText(templatePath);
			if (text === null) new Notice(`Template ${templatePath} not found; using the built-in one.`);
			else template = text;
		}
		const review = buildReview(client, { today, settings });
		const note = buildNewSessionNote(review, { today, template, settings, makeId: () => Math.random().toString(36).slice(2, 8) });
		const path = newSessionPath(settings, client.name, today, (p) => this.deps.vault.getAbstractFileByPath(p) !== null);
		await this.ensureFolder(path);
		await this.deps.vault.create(path, note.text);
		new Notice(`Session ${note.number} started with ${note.carried} open ${note.carried === 1 ? 'item' : 'items'} carried forward.`);
		return path;
	}
}
