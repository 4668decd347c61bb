/** One row of a table of steps: the step's text, who owns it (as written) and its status as a checkbox character. */
export interface StepRow {
	text: string;
	owner: string;
	statusChar: string | null;
}

export interface StepTable {
	/** The header row as written, for the rule text. */
	header: string;
	/** The row as a step, or null for the delimiter row or a row with no step text. */
	row(line: string): StepRow | null;
}

const ACTION_COLUMN = /^(?:actions?|action items?|action steps?|steps?|next steps?|tasks?|commitments?|what|to ?dos?|items?|homework)$/i;
const OWNER_COLUMN = /^(?:owner|who|by whom|assignee|assigned to|responsible)$/i;
const STATUS_COLUMN = /^(?:status|state|done|progress)$/i;
const DELIMITER = /^[\s|:-]+$/;

/** The cells of a table row, without the outer pipes; `\|` stays inside its cell. */
function cells(line: string): string[] {
	// An escaped pipe is set aside first (no lookbehind: iOS Safari before 16.4 lacks it).
	const parts = line.trim().replace(/\\\|/g, '\uE000').replace(/^\|/, '').replace(/\|$/, '').split('|');
	return parts.map((p) => p.replace(/\uE000/g, '|').replace(/[*_]{2}/g, '').trim());
}

/** A status cell as a checkbox character: done, dropped, in progress, else open. */
function statusChar(cell: string): string {
	if (/^(?:✅|☑|✔|\[x\])|\b(?:done|complete|completed|finished|yes|sent)\b/i.test(cell)) return 'x';
	if (/\b(?:dropped|cancell?ed|abandoned|won't do)\b/i.test(cell)) return '-';
	if (/\b(?:in progress|started|ongoing|doing|underway|partly)\b/i.test(cell)) return '/';
	return ' ';
}

/**
 * A table's header row read as a table of steps, or null when it is not one. It is one under a steps heading
 * (`underSteps`), or when its header has an owner or a status column beside an action column
 * (`| Action | Owner | Status |`, `| Action | By when | Status |`).
 */
export function readStepTable(headerLine: string, underSteps: boolean): StepTable | null {
	const header = cells(headerLine);
	let action = header.findIndex((c) => ACTION_COLUMN.test(c));
	const owner = header.findIndex((c) => OWNER_COLUMN.test(c));
	const status = header.findIndex((c) => STATUS_COLUMN.test(c));
	if (!underSteps && (action < 0 || (owner < 0 && status < 0))) return null;
	if (action < 0) action = 0;
	return {
		header: header.join(' | '),
		row(line: string): StepRow | null {
			if (DELIMITER.test(line)) return null;
			const row = cells(line);
			const text = row[action] ?? '';
			if (text === '') return null;
			return { text, owner: owner >= 0 ? (row[owner] ?? '') : '', statusChar: status >= 0 ? statusChar(row[status] ?? '') : null };
		},
	};
}
