/** A Dataview inline field in a step's text. */
export interface StepField {
	key: string;
	value: string;
	/** `line` for `key:: value` taking the whole text, `bracket` for `[key:: value]`, `paren` for `(key:: value)`. */
	style: 'line' | 'bracket' | 'paren';
	/** Where the field starts and ends in the text. */
	start: number;
	end: number;
}

/** Dataview's longest key here: a first character and up to 60 more. */
const MAX_KEY = 61;
const KEY_CHAR = /[\p{L}\p{N}_ \-/]/u;
const KEY_FIRST = /[\p{L}\p{N}_]/u;
const LINK_START = /^\s*(?:https?|obsidian|file):/i;

function isKeyChar(code: number, char: string): boolean {
	if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 32 || code === 45 || code === 47;
	return KEY_CHAR.test(char);
}

/**
 * The key of a field whose `::` stands at `colon`, the key written in `[from, colon)`: key characters, then spaces
 * or tabs. Null when that is no key (empty, a tab inside it, longer than Dataview reads, a wrong first character).
 */
function keyBefore(text: string, from: number, colon: number): string | null {
	let keyEnd = colon;
	while (keyEnd > from && (text.charCodeAt(keyEnd - 1) === 32 || text.charCodeAt(keyEnd - 1) === 9)) keyEnd--;
	if (keyEnd === from || keyEnd - from > MAX_KEY * 2) return null;
	const key = text.slice(from, keyEnd);
	if (key.includes('\t') || !KEY_FIRST.test(String.fromCodePoint(key.codePointAt(0) ?? 0))) return null;
	if ([...key].length > MAX_KEY) return null;
	return key.trim();
}

/**
 * Where the run of key characters, spaces and tabs starting at `from` ends. It stops at any other character, so at
 * the next `[` or `(`: each character is looked at from one opener only.
 */
function keyRunEnd(text: string, from: number): number {
	let i = from;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code === 9) {
			i++;
			continue;
		}
		if (code >= 0xd800 && code <= 0xdbff) {
			const pair = text.slice(i, i + 2);
			if (!KEY_CHAR.test(pair)) break;
			i += 2;
			continue;
		}
		if (!isKeyChar(code, text[i] ?? '')) break;
		i++;
	}
	return i;
}

/**
 * `[key:: value]` and `(key:: value)` fields in a step's text, else one `key:: value` taking the whole text. One pass:
 * the value's end (the first `]` or `)`) is looked for from where the last search stopped, never again from each
 * opener, so `[a:: ` forty thousand times reads in time linear in its length.
 */
export function readStepFields(text: string): StepField[] {
	const fields: StepField[] = [];
	forEachStepField(text, (key, value, style, start, end) => fields.push({ key, value, style, start, end }));
	return fields;
}

/** Told each field of `readStepFields`, in order, without an object made for each. */
export type FieldVisitor = (key: string, value: string, style: StepField['style'], start: number, end: number) => void;

/** `readStepFields`, each field told to `visit` as it is found. */
export function forEachStepField(text: string, visit: FieldVisitor): void {
	if (!text.includes('::')) return;
	let found = false;
	// The first `]` or `)` at or after `closerFrom`; -1 for none left.
	let closer = -2;
	const closerAfter = (from: number): number => {
		if (closer === -1 || (closer >= from && closer !== -2)) return closer;
		let i = Math.max(from, closer + 1);
		while (i < text.length && text.charCodeAt(i) !== 93 && text.charCodeAt(i) !== 41) i++;
		closer = i < text.length ? i : -1;
		return closer;
	};
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code !== 91 && code !== 40) {
			i++;
			continue;
		}
		const opener = i;
		const runEnd = keyRunEnd(text, opener + 1);
		const key = text.startsWith('::', runEnd) ? keyBefore(text, opener + 1, runEnd) : null;
		if (key === null) {
			i = Math.max(opener + 1, runEnd);
			continue;
		}
		const valueStart = runEnd + 2;
		const close = closerAfter(valueStart);
		if (close < 0) break;
		// A `[` closed by `)` (or the other way) is no field, but nothing inside it starts one either.
		if ((code === 91) === (text.charCodeAt(close) === 93)) {
			found = true;
			visit(key, text.slice(valueStart, close).trim(), code === 91 ? 'bracket' : 'paren', opener, close + 1);
		}
		i = close + 1;
	}
	if (!found) {
		const whole = wholeLineField(text);
		if (whole) visit(whole.key, whole.value, whole.style, whole.start, whole.end);
	}
}

/** `key:: value` as the whole text (not a link such as `https://`). */
function wholeLineField(text: string): StepField | null {
	let from = 0;
	while (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9) from++;
	const runEnd = keyRunEnd(text, from);
	if (!text.startsWith('::', runEnd) || LINK_START.test(text)) return null;
	const key = keyBefore(text, from, runEnd);
	if (key === null) return null;
	return { key, value: text.slice(runEnd + 2).trim(), style: 'line', start: 0, end: text.length };
}

/** Dataview's key normalisation: case and spaces do not matter (`Due Date` is `due-date`). */
export function normaliseFieldKey(key: string): string {
	const lower = key.trim().toLowerCase();
	for (let i = 0; i < lower.length; i++) {
		const code = lower.charCodeAt(i);
		if (code <= 32 || code > 126) return lower.replace(/\s+/g, '-');
	}
	return lower;
}
