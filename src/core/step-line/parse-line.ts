import { isStepStatusChar } from './status';

/** A checkbox list line taken apart: `lead` + `[` + `statusChar` + `]` + `rest`. */
export interface CheckboxLine {
	/** Indentation, quote markers and the list marker with the space after it. */
	lead: string;
	/** The character between the brackets (one code point). */
	statusChar: string;
	/** Where the status character stands in the line. */
	statusAt: number;
	/** The text after the checkbox, its leading spaces kept. */
	rest: string;
	/** Where `rest` starts in the line. */
	restAt: number;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/**
 * A line holding a list item with a checkbox whose character is a step status (`- [x] text`, `> 1. [/] text`), or
 * null. One look at each character: indentation and `>` first, then a bullet or 1–9 digits with `.` or `)`.
 */
export function parseCheckboxLine(line: string): CheckboxLine | null {
	let i = 0;
	while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9 || line.charCodeAt(i) === 62) i++;
	const marker = line.charCodeAt(i);
	if (marker === 45 || marker === 42 || marker === 43) i++;
	else {
		const digitsFrom = i;
		while (isDigit(line.charCodeAt(i)) && i - digitsFrom < 10) i++;
		const count = i - digitsFrom;
		if (count === 0 || count > 9 || (line.charCodeAt(i) !== 46 && line.charCodeAt(i) !== 41)) return null;
		i++;
	}
	const spacesFrom = i;
	while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
	if (i === spacesFrom || line.charCodeAt(i) !== 91) return null;
	const statusAt = i + 1;
	const code = line.codePointAt(statusAt);
	if (code === undefined) return null;
	const statusChar = String.fromCodePoint(code);
	const close = statusAt + statusChar.length;
	if (line.charCodeAt(close) !== 93 || !isStepStatusChar(statusChar)) return null;
	const after = line.charCodeAt(close + 1);
	if (!(Number.isNaN(after) || after === 32 || after === 9)) return null;
	return { lead: line.slice(0, i), statusChar, statusAt, rest: line.slice(close + 1), restAt: close + 1 };
}
