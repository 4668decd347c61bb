import { readSession } from '../session/read-session';
import type { ActionStep, Owner, StepStatus } from '../session/types';
import type { CoachingSettings } from '../settings';
import { addDoneDate, hasDoneDate, hasTasksEmoji, openCommentStart, parseCheckboxLine, removeDoneDate, statusFromChar, withStatus } from '../step-line';
import { lineBounds } from './line-bounds';

/** Everything the reading knew of a step: the edit goes ahead only if the note still holds exactly this. */
export interface IndexedStep {
	/** 1-based line. */
	line: number;
	text: string;
	statusChar: string | null;
	owner: Owner;
	id: string | null;
	due: string | null;
	/** Which of the note's identical steps (same text, status, owner, id and due date) it is, from 0. */
	occurrence: number;
	/** How many identical steps the note held. */
	identical: number;
}

function sameStep(a: Omit<IndexedStep, 'line' | 'occurrence' | 'identical'>, b: Omit<IndexedStep, 'line' | 'occurrence' | 'identical'>): boolean {
	return a.text === b.text && a.statusChar === b.statusChar && a.owner === b.owner && a.id === b.id && a.due === b.due;
}

/** The step on `line` of a reading, with its place among the reading's identical steps; null when none is there. */
export function indexedStep(steps: readonly ActionStep[], line: number): IndexedStep | null {
	const step = steps.find((s) => s.line === line);
	if (!step) return null;
	let occurrence = 0;
	let identical = 0;
	for (const other of steps) {
		if (!sameStep(other, step)) continue;
		if (other.line < line) occurrence++;
		identical++;
	}
	return { line, text: step.text, statusChar: step.statusChar, owner: step.owner, id: step.id, due: step.due, occurrence, identical };
}

export interface StatusChange {
	status: StepStatus;
	/** The day a ✅ date records, `YYYY-MM-DD`. */
	today: string;
	/** Add or remove a Tasks `✅ date`, where the note already uses Tasks signifiers. */
	tasksDoneDates: boolean;
}

/**
 * The Tasks plugin's own toggle (`apiV1.executeToggleTaskDoneCommand`): the line done or undone as Tasks does it,
 * with its done date and, for a recurring task, the next occurrence on a line of its own.
 */
export type TasksToggle = (line: string) => string;

/** The changed note, and the one line that changed (1-based) as it was and as it is now (maybe two lines, from Tasks). */
export type EditResult = { ok: true; changed: boolean; text: string; line: number; before: string; after: string } | { ok: false; reason: string };

/** What differs between the step as read and the step now on its line, for the coach to see why nothing was written. */
function whatChanged(expected: IndexedStep, now: ActionStep | undefined): string {
	if (!now) return 'no step is there now';
	if (now.text !== expected.text) return `it now reads "${now.text}"`;
	if (now.owner !== expected.owner) return now.owner === 'coach' ? "it is now the coach's promise" : "it is now the client's step";
	if (now.id !== expected.id) return 'its id changed';
	if (now.due !== expected.due) return 'its due date changed';
	if (now.statusChar !== expected.statusChar) return 'its status changed';
	return 'an identical step was added or removed';
}

/**
 * Changes one checkbox's status in a note's text and nothing else: the one character between the brackets, plus a
 * `✅ date` added or removed where the note already uses Tasks signifiers (never inside a comment left open on the
 * line). With `tasksToggle`, done and undone are Tasks' own. Refuses, changing nothing, unless the line still holds
 * the step as it was read: its text, status, owner, id, due date, and its place among identical steps.
 */
export function setStepStatus(path: string, text: string, expected: IndexedStep, change: StatusChange, settings: CoachingSettings, tasksToggle?: TasksToggle): EditResult {
	if (expected.statusChar === null) {
		return { ok: false, reason: 'This step is a plain list item without a checkbox, so it has no status to change. Add "[ ]" to track it.' };
	}
	const steps = readSession(path, text, {}, settings).actionSteps;
	const now = indexedStep(steps, expected.line);
	if (!now || !sameStep(now, expected) || now.occurrence !== expected.occurrence || now.identical !== expected.identical) {
		const reason = whatChanged(expected, steps.find((s) => s.line === expected.line));
		return { ok: false, reason: `${path} has changed since it was read: line ${expected.line} no longer holds "${expected.text}" (${reason}). Nothing was written; try again.` };
	}
	const bounds = lineBounds(text, expected.line);
	const before = bounds ? text.slice(bounds.start, bounds.end) : '';
	const box = bounds ? parseCheckboxLine(before) : null;
	if (!bounds || !box || box.statusChar !== expected.statusChar) return { ok: false, reason: `Line ${expected.line} of ${path} has no checkbox where one was read. Nothing was written.` };

	const from = statusFromChar(box.statusChar);
	const toggles = (change.status === 'done' && from !== 'done') || (change.status === 'open' && from === 'done');
	const written = toggles && tasksToggle ? throughTasks(before, change.status, tasksToggle) : null;
	if (written && !written.ok) return { ok: false, reason: `${written.reason} Nothing was written to ${path}.` };
	// Tasks may give two lines (a recurring task's next occurrence): they end as the note's lines do.
	const eol = text.startsWith('\r\n', bounds.end) ? '\r\n' : '\n';
	const after = written ? written.line.replace(/\r?\n/g, eol) : ownEdit(before, text, change);
	if (after === before) return { ok: true, changed: false, text, line: expected.line, before, after };
	return { ok: true, changed: true, text: text.slice(0, bounds.start) + after + text.slice(bounds.end), line: expected.line, before, after };
}

/** The status character changed, and a `✅` date added or taken out where the note uses Tasks. */
function ownEdit(line: string, note: string, change: StatusChange): string {
	let updated = withStatus(line, change.status) ?? line;
	if (change.tasksDoneDates && hasTasksEmoji(note)) {
		const dated = hasDoneDate(updated);
		if (change.status === 'done' && !dated) updated = addDoneDate(updated, change.today);
		if (change.status !== 'done' && dated) updated = removeDoneDate(updated);
	}
	return updated;
}

/**
 * The line as Tasks toggles it. A comment left open at the end of the line is kept out of Tasks' sight and put back
 * on the toggled line, so its done date lands before the comment. Null when Tasks left the line as it was (not a task
 * to it, say, under its global filter): the change is then made as without Tasks.
 */
function throughTasks(line: string, status: StepStatus, toggle: TasksToggle): { ok: true; line: string } | { ok: false; reason: string } | null {
	const comment = openCommentStart(line);
	const head = comment >= 0 ? line.slice(0, comment).trimEnd() : line;
	const tail = line.slice(head.length);
	let result: string;
	try {
		result = toggle(head);
	} catch (error) {
		return { ok: false, reason: `The Tasks plugin could not change this step (${error instanceof Error ? error.message : String(error)}).` };
	}
	if (result === head) return null;
	const lines = result.split('\n');
	// The toggled line is the one with the status asked for; a recurring task's next occurrence is another, still open.
	const target = lines.findIndex((l) => {
		const parsed = parseCheckboxLine(l);
		return parsed !== null && statusFromChar(parsed.statusChar) === status;
	});
	if (target < 0) return { ok: false, reason: `The Tasks plugin did not mark this step ${status === 'done' ? 'done' : 'open'}.` };
	lines[target] = `${lines[target] ?? ''}${tail}`;
	return { ok: true, line: lines.join('\n') };
}
