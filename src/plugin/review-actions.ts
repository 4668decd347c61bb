import { normalizePath, Notice, TFile, type Vault } from 'obsidian';
import { chooseExportPath, type ExportKind, exportFileName, exportNoteText } from '../core/export';
import { safeFolder } from '../core/export';
import { buildNewSessionNote, DEFAULT_SESSION_TEMPLATE, newSessionPath } from '../core/export';
import { setProgressMark } from '../core/edit';
import { type EditResult, indexedStep, setStepStatus, type StatusChange } from '../core/edit';
import type { ClientEntry } from '../core/review';
import { localToday } from '../core/review';
import { renderClientSummary } from '../core/summary';
import { clientSummary } from '../core/summary';
import { renderMarkdown } from '../core/review';
import { buildReview, type ClientReview } from '../core/review';
import { buildBrief, renderBriefMarkdown } from '../core/caseload';
import type { SessionReading, StepStatus } from '../core/session';
import type { CoachingSettings } from '../core/settings';
import type { LineEditor, TasksToggleCommand } from './note-editing';

const EXPORT_TITLES: Record<ExportKind, string> = { review: 'Review', 'client-summary': 'Client summary', brief: 'Brief' };

/** The Markdown an export or a copy writes. */
function exportBody(review: ClientReview, kind: ExportKind): string {
	if (kind === 'review') return renderMarkdown(review);
	return kind === 'brief' ? renderBriefMarkdown(buildBrief(review)) : renderClientSummary(clientSummary(review));
}

/** What a status change needs of the index: the note as it was read, and a fresh read once it changed. */
export interface StepIndex {
	readingOf(path: string): Pick<SessionReading, 'actionSteps' | 'clientWords'> | undefined;
	refresh(file: TFile): Promise<void>;
}

/** What the actions need: the vault's file calls, the index, the settings, open editors, Tasks, and a clipboard. */
export interface ActionDeps {
	vault: Pick<Vault, 'getAbstractFileByPath' | 'read' | 'process' | 'create' | 'modify' | 'createFolder'>;
	index: StepIndex;
	/** The editor the note at `path` is open in, if any: a change goes there, keeping unsaved typing and undo. */
	editorFor?(path: string): LineEditor | null;
	/** The Tasks plugin's toggle while that plugin is enabled, else null: done and undone then go through Tasks. */
	tasksToggle?(): TasksToggleCommand | null;
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

	/**
	 * Sets one checkbox's status: in the editor when the note is open in one, else through `Vault.process`; done and
	 * undone through Tasks when it is enabled. Returns whether the note was changed; a refusal is a notice.
	 */
	async setStatus(path: string, line: number, status: StepStatus): Promise<boolean> {
		const { index } = this.deps;
		const settings = this.deps.getSettings();
		const file = this.file(path);
		const reading = index.readingOf(path);
		const expected = reading ? indexedStep(reading.actionSteps, line) : null;
		if (!file || !expected) {
			new Notice('That step is no longer in the index. The dashboard will catch up in a moment.');
			return false;
		}
		const change: StatusChange = { status, today: this.today(), tasksDoneDates: settings.tasksDoneDates };
		const toggle = this.deps.tasksToggle?.() ?? null;
		const tasks = toggle ? (text: string) => toggle(text, path) : undefined;
		const edit = (text: string): EditResult => setStepStatus(path, text, expected, change, settings, tasks);
		const editor = this.deps.editorFor?.(path) ?? null;
		let refusal: string | null = null;
		let changed = false;
		try {
			if (editor) {
				const result = edit(editor.getValue());
				if (!result.ok) refusal = result.reason;
				else if (result.changed) {
					// One line replaced: the rest of the editor, its unsaved typing and its undo history are left alone.
					const at = result.line - 1;
					editor.replaceRange(result.after, { line: at, ch: 0 }, { line: at, ch: editor.getLine(at).length }, 'coaching-review');
					changed = true;
				}
			} else {
				// Check before writing, so a refused change never touches the file; check again inside the write.
				const check = edit(await this.deps.vault.read(file));
				if (!check.ok) refusal = check.reason;
				else if (check.changed) {
					await this.deps.vault.process(file, (data) => {
						const result = edit(data);
						if (!result.ok) {
							refusal = result.reason;
							return data;
						}
						changed = result.changed;
						return result.text;
					});
				}
			}
		} catch (error) {
			refusal = `Could not change the step in ${path}: ${error instanceof Error ? error.message : String(error)}`;
		}
		await index.refresh(file);
		if (refusal !== null) {
			new Notice(refusal);
			return false;
		}
		return changed;
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

	/** Writes the review, or the client's summary, to a note; returns its path, or null when refused with a notice. */
	async exportReview(client: ClientEntry, kind: ExportKind): Promise<string | null> {
		const settings = this.deps.getSettings();
		const folderSetting = safeFolder(settings.reviewFolder || 'Reviews', 'review folder');
		if (!folderSetting.ok) {
			new Notice(folderSetting.reason);
			return null;
		}
		const today = this.today();
		const review = buildReview(client, { today, settings });
		const body = exportBody(review, kind);
		const text = exportNoteText(kind, client.name, today, body);
		// Read every candidate first: the choice needs them all, and the vault reads are async.
		const folder = normalizePath(folderSetting.folder || 'Reviews');
		const existing = new Map<string, string | null>();
		const file = exportFileName(kind, client.name, today);
		for (let n = 1; n < 100; n++) {
			const path = `${folder}/${n === 1 ? file.name : file.name.replace(/\.md$/, ` (${n}).md`)}`;
			const current = await this.readText(path);
			existing.set(path, current);
			if (current === null) break;
		}
		const target = chooseExportPath(folder, file.name, (path) => existing.get(path) ?? null, client.name);
		const current = this.file(target.path);
		if (current && target.replaces) await this.deps.vault.modify(current, text);
		else {
			await this.ensureFolder(target.path);
			await this.deps.vault.create(target.path, text);
		}
		if (file.notice) new Notice(file.notice);
		new Notice(`${EXPORT_TITLES[kind]} written to ${target.path}`);
		return target.path;
	}

	async copy(client: ClientEntry, kind: ExportKind): Promise<void> {
		const review = buildReview(client, { today: this.today(), settings: this.deps.getSettings() });
		await this.deps.writeClipboard(exportBody(review, kind));
		new Notice(`${EXPORT_TITLES[kind]} copied.`);
	}

	/** Creates the next session note in the client's folder; returns its path, or null when refused with a notice. Never overwrites a note. */
	async newSessionNote(client: ClientEntry): Promise<string | null> {
		const settings = this.deps.getSettings();
		const today = this.today();
		const place = newSessionPath(settings, client.name, today, (p) => this.deps.vault.getAbstractFileByPath(p) !== null);
		if (!place.ok) {
			new Notice(place.reason);
			return null;
		}
		let template = DEFAULT_SESSION_TEMPLATE;
		if (settings.sessionTemplatePath.trim() !== '') {
			const templatePath = normalizePath(settings.sessionTemplatePath.replace(/(\.md)?$/, '.md'));
			const text = await this.readText(templatePath);
			if (text === null) new Notice(`Template ${templatePath} not found; using the built-in one.`);
			else template = text;
		}
		const review = buildReview(client, { today, settings });
		const note = buildNewSessionNote(review, { today, template, settings, makeId: () => Math.random().toString(36).slice(2, 8) });
		await this.ensureFolder(place.path);
		await this.deps.vault.create(place.path, note.text);
		if (place.notice) new Notice(place.notice);
		if (note.notice) new Notice(note.notice);
		new Notice(`Session ${note.number} started with ${note.carried} open ${note.carried === 1 ? 'item' : 'items'} carried forward.`);
		return place.path;
	}
}
