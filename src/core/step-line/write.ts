import { readTrailingBlockId } from './block-id';
import { openCommentStart } from './comments';
import { parseCheckboxLine } from './parse-line';
import { STATUS_CHAR } from './status';
import { scanTasksEmoji } from './tasks-emoji';
import type { StepStatus } from './types';

/** The line with its checkbox set to `status`, every other character kept; null when it holds no step checkbox. */
export function withStatus(line: string, status: StepStatus): string | null {
	const box = parseCheckboxLine(line);
	if (!box) return null;
	return `${line.slice(0, box.statusAt)}${STATUS_CHAR[status]}${line.slice(box.statusAt + box.statusChar.length)}`;
}

const DONE_SIGN = 0x2705;

/** Whether the line holds a Tasks done date (`✅ 2026-11-30`). */
export function hasDoneDate(line: string): boolean {
	return doneDateSpan(line) !== null;
}

function doneDateSpan(line: string): readonly [number, number] | null {
	if (!line.includes('✅')) return null;
	let found: [number, number] | null = null;
	scanTasksEmoji(line, (start, end) => {
		if (found === null && line.codePointAt(start) === DONE_SIGN) found = [start, end];
	});
	return found;
}

/**
 * Adds `✅ day` where Tasks writes it: after the text and the other signifiers, before a trailing `^block-id`, and
 * never inside a comment left open on the line (`%% …`): before it.
 */
export function addDoneDate(line: string, day: string): string {
	const comment = openCommentStart(line);
	const head = comment >= 0 ? line.slice(0, comment) : line;
	const block = readTrailingBlockId(head);
	const beforeBlock = block ? block.rest : head;
	const cut = beforeBlock.trimEnd().length;
	return `${line.slice(0, cut)} ✅ ${day}${line.slice(cut)}`;
}

/** Takes the first Tasks done date (and one space before it) out of the line. */
export function removeDoneDate(line: string): string {
	const span = doneDateSpan(line);
	if (!span) return line;
	const start = span[0] > 0 && line.charCodeAt(span[0] - 1) === 32 ? span[0] - 1 : span[0];
	const end = start === span[0] && line.charCodeAt(span[1]) === 32 ? span[1] + 1 : span[1];
	return line.slice(0, start) + line.slice(end);
}

/** How a written step carries its due date and id: Tasks emoji (`📅 🆔`) or Dataview fields (`[due:: ] [id:: ]`). */
export type StepIdStyle = 'tasks' | 'dataview' | 'none';

export interface StepToWrite {
	status: StepStatus;
	text: string;
	/** An owner marker to add (`@coach`), or empty. */
	marker?: string;
	due?: string | null;
	id?: string | null;
	/** `dataview` writes fields; otherwise Tasks emoji. */
	style?: StepIdStyle;
	/** Facts for a reader, in brackets after the text: "since 3 Oct, due 1 Dec". */
	note?: string;
}

/** A checkbox list line for a step: `- [ ] text @coach 📅 2026-12-01 🆔 abc (note)`. */
export function formatStepLine(step: StepToWrite): string {
	const parts = [`- [${STATUS_CHAR[step.status]}] ${step.text}`];
	if (step.marker) parts.push(step.marker);
	const dataview = step.style === 'dataview';
	if (step.due) parts.push(dataview ? `[due:: ${step.due}]` : `📅 ${step.due}`);
	if (step.id) parts.push(dataview ? `[id:: ${step.id}]` : `🆔 ${step.id}`);
	if (step.note) parts.push(`(${step.note})`);
	return parts.join(' ');
}
