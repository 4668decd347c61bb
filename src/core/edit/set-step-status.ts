import { parseNote } from '../session/parse-note';
import { readSession } from '../session/read-session';
import { compileRules } from '../session/rules';
import type { StepStatus } from '../session/types';
import type { CoachingSettings } from '../settings';

/** The checkbox character each status is written as. */
export const STATUS_CHAR: Record<StepStatus, string> = { open: ' ', done: 'x', dropped: '-', 'in-progress': '/' };

/** The step as the index saw it: the edit goes ahead only if the note still holds exactly this. */
export interface IndexedStep {
	/** 1-based line. */
	line: number;
	text: string;
	statusChar: string | null;
}

export interface StatusChange {
	status: StepStatus;
	/** The day a ✅ date records, `YYYY-MM-DD`. */
	today: string;
	/** Add or remove a Tasks `✅ date`, where the note already uses Tasks signifiers. */
	tasksDoneDates: boolean;
}

export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

const DONE_DATE = / ?✅\uFE0F? ?\d{4}-\d{2}-\d{2}/u;
const TASKS_SIGNIFIER = /(?:📅|🗓|✅|❌|⏳|⌛|🛫|➕|🆔|🔁|⛔|🔺|⏫|🔼|🔽|⏬)/u;

/** Start and end (before its line break) of each line, so the edit keeps every byte around it. */
function lineBounds(text: string, line: number): { start: number; end: number } | null {
	let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (let current = 1; current < line; current++) {
		const lf = text.indexOf('\n', start);
		const cr = text.indexOf('\r', start);
		const next = cr >= 0 && (lf < 0 || cr < lf) ? (text[cr + 1] === '\n' ? cr + 2 : cr + 1) : lf >= 0 ? lf + 1 : -1;
		if (next < 0) return null;
		start = next;
	}
	let end = start;
	while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
	return { start, end };
}

/**
 * Changes one checkbox's status in a note's text and nothing else: the one character between the brackets,
 * plus a `✅ date` added or removed where the note already uses Tasks signifiers. Refuses, changing nothing,
 * when the line no longer holds the step as it was indexed.
 */
export function setStepStatus(path: string, text: string, expected: IndexedStep, change: StatusChange, settings: CoachingSettings): EditResult {
	if (expected.statusChar === null) {
		return { ok: false, reason: 'This step is a plain list item without a checkbox, so it has no status to change. Add "[ ]" to track it.' };
	}
	const reading = readSession(parseNote(path, text, {}), compileRules(settings));
	const now = reading.actionSteps.find((s) => s.line === expected.line);
	if (!now || now.text !== expected.text || now.statusChar !== expected.statusChar) {
		return { ok: false, reason: `${path} has changed since it was read: line ${expected.line} no longer holds "${expected.text}". Nothing was written; try again.` };
	}
	const bounds = lineBounds(text, expected.line);
	if (!bounds) return { ok: false, reason: `${path} has no line ${expected.line}.` };
	const line = text.slice(bounds.start, bounds.end);
	const box = /^([ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[)(.)(\])/u.exec(line);
	if (!box || box[2] !== expected.statusChar) return { ok: false, reason: `Line ${expected.line} of ${path} has no checkbox where one was read. Nothing was written.` };

	const char = STATUS_CHAR[change.status];
	let updated = `${box[1] ?? ''}${char}${line.slice((box[1] ?? '').length + (box[2] ?? '').length)}`;
	if (change.tasksDoneDates && TASKS_SIGNIFIER.test(text)) {
		const hasDate = DONE_DATE.test(updated);
		if (change.status === 'done' && !hasDate) updated = addDoneDate(updated, change.today);
		if (change.status !== 'done' && hasDate) updated = updated.replace(DONE_DATE, '');
	}
	if (updated === line) return { ok: true, text, changed: false };
	return { ok: true, text: text.slice(0, bounds.start) + updated + text.slice(bounds.end), changed: true };
}

/** Tasks writes `✅ date` after the other signifiers, before a block id and trailing spaces. */
function addDoneDate(line: string, today: string): string {
	const tail = /(\s+\^[A-Za-z0-9-]+)?(\s*)$/.exec(line);
	const cut = tail ? tail.index : line.length;
	return `${line.slice(0, cut)} ✅ ${today}${line.slice(cut)}`;
}
