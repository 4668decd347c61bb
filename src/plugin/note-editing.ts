import { MarkdownView, type Workspace } from 'obsidian';

/** A position in an editor: 0-based line and character. */
export interface LinePosition {
	line: number;
	ch: number;
}

/** What a status change needs of an open editor (Obsidian's `Editor`): its text, and one range replaced. */
export interface LineEditor {
	getValue(): string;
	getLine(line: number): string;
	replaceRange(replacement: string, from: LinePosition, to: LinePosition, origin?: string): void;
}

/** The editor showing the note at `path`, if it is open in a Markdown view; a change there keeps unsaved typing and undo. */
export function openEditorFor(workspace: Pick<Workspace, 'getLeavesOfType'>, path: string): LineEditor | null {
	for (const leaf of workspace.getLeavesOfType('markdown')) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === path) return view.editor;
	}
	return null;
}

/** The Tasks plugin's toggle: a task line done or undone, as Tasks writes it (done date, next occurrence). */
export type TasksToggleCommand = (line: string, path: string) => string;

function field(value: unknown, key: string): unknown {
	return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The Tasks plugin's `apiV1.executeToggleTaskDoneCommand`, when that plugin is enabled (`app.plugins` is not part of
 * Obsidian's typed API, so each step is checked), else null.
 */
export function tasksToggleCommand(app: unknown): TasksToggleCommand | null {
	const api = field(field(field(field(app, 'plugins'), 'plugins'), 'obsidian-tasks-plugin'), 'apiV1');
	const toggle = field(api, 'executeToggleTaskDoneCommand');
	if (typeof toggle !== 'function') return null;
	return (line, path) => {
		const result: unknown = toggle.call(api, line, path);
		if (typeof result !== 'string') throw new Error('the Tasks plugin gave back no text');
		return result;
	};
}
