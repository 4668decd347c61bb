/** What the Tasks plugin's emoji say about a step. */
export interface TasksValues {
	due?: string;
	done?: string;
	cancelled?: string;
	scheduled?: string;
	start?: string;
	created?: string;
	id?: string;
}

type DateKey = 'due' | 'done' | 'cancelled' | 'scheduled' | 'start' | 'created';

/**
 * Every signifier the Tasks plugin reads (its DefaultTaskSerializer): a date after due `📅 📆 🗓`, done `✅`,
 * scheduled `⏳ ⌛`, start `🛫`, created `➕`, cancelled `❌`; an id after `🆔`; text after recurrence `🔁`, depends-on
 * `⛔` and on-completion `🏁`; priority `🔺 ⏫ 🔼 🔽 ⏬` alone.
 */
const DATE_SIGNS = new Map<number, DateKey>([
	[0x1f4c5, 'due'],
	[0x1f4c6, 'due'],
	[0x1f5d3, 'due'],
	[0x2705, 'done'],
	[0x274c, 'cancelled'],
	[0x23f3, 'scheduled'],
	[0x231b, 'scheduled'],
	[0x1f6eb, 'start'],
	[0x2795, 'created'],
]);
const ID_SIGN = 0x1f194;
const TEXT_SIGNS = new Set([0x1f501, 0x26d4, 0x1f3c1]);
const PRIORITY_SIGNS = new Set([0x1f53a, 0x23eb, 0x1f53c, 0x1f53d, 0x23ec]);
const VARIATION_SELECTOR = 0xfe0f;

/** Whether the code point is one of Tasks' signifiers. */
export function isTasksSign(code: number): boolean {
	return DATE_SIGNS.has(code) || code === ID_SIGN || TEXT_SIGNS.has(code) || PRIORITY_SIGNS.has(code);
}

/** Where a signifier's text value (after `🔁`, `⛔`, `🏁`) ends: at the next signifier, tag or block id. */
function isTextValueEnd(code: number): boolean {
	return code === 35 || code === 94 || isTasksSign(code);
}

export interface TasksScan {
	values: TasksValues;
	/** How many signifiers the text holds. */
	count: number;
}

/** Told each signifier with its value, `[start, end)`, in order. */
export type SignVisitor = (start: number, end: number) => void;

function width(code: number): number {
	return code > 0xffff ? 2 : 1;
}

function skipSpaces(text: string, at: number): number {
	let i = at;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
	return i;
}

function isDigitRun(text: string, at: number, length: number): boolean {
	for (let i = at; i < at + length; i++) {
		const c = text.charCodeAt(i);
		if (!(c >= 48 && c <= 57)) return false;
	}
	return true;
}

/** Whether a `YYYY-MM-DD` stands at `at`. */
function isDateAt(text: string, at: number): boolean {
	return isDigitRun(text, at, 4) && text.charCodeAt(at + 4) === 45 && isDigitRun(text, at + 5, 2) && text.charCodeAt(at + 7) === 45 && isDigitRun(text, at + 8, 2);
}

function isIdChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/**
 * The Tasks signifiers in a step's text, wherever they stand, read in one pass: each character is looked at a
 * bounded number of times, whatever the line holds. A date or id sign without its value is no signifier.
 */
export function scanTasksEmoji(text: string, visit?: SignVisitor): TasksScan {
	let count = 0;
	// Where the last value of each kind starts (the last written wins); cut out once, at the end.
	const lastDate: Partial<Record<DateKey, number>> = {};
	let idFrom = -1;
	let idTo = -1;
	let i = 0;
	while (i < text.length) {
		const code = text.codePointAt(i) ?? 0;
		if (code < 0x2300) {
			i++;
			continue;
		}
		const start = i;
		let after = i + width(code);
		if (text.charCodeAt(after) === VARIATION_SELECTOR) after++;
		const dateKey = DATE_SIGNS.get(code);
		let end = -1;
		if (dateKey !== undefined) {
			const at = skipSpaces(text, after);
			if (isDateAt(text, at)) {
				lastDate[dateKey] = at;
				end = at + 10;
			}
		} else if (code === ID_SIGN) {
			const at = skipSpaces(text, after);
			let stop = at;
			while (stop < text.length && isIdChar(text.charCodeAt(stop))) stop++;
			if (stop > at) {
				idFrom = at;
				idTo = stop;
				end = stop;
			}
		} else if (TEXT_SIGNS.has(code)) {
			end = after;
			while (end < text.length) {
				const next = text.codePointAt(end) ?? 0;
				if (isTextValueEnd(next)) break;
				end += width(next);
			}
		} else if (PRIORITY_SIGNS.has(code)) end = after;
		if (end < 0) i += width(code);
		else {
			count++;
			visit?.(start, end);
			i = end;
		}
	}
	const values: TasksValues = {};
	for (const [key, at] of Object.entries(lastDate) as [DateKey, number][]) values[key] = text.slice(at, at + 10);
	if (idFrom >= 0) values.id = text.slice(idFrom, idTo);
	return { values, count };
}

/** Whether the text holds any Tasks signifier at all (a note that does gets a `✅` date when a step is marked done). */
export function hasTasksEmoji(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0x2300) continue;
		const code = text.codePointAt(i) ?? 0;
		if (isTasksSign(code)) return true;
		if (code > 0xffff) i++;
	}
	return false;
}
