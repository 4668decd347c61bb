/*
 * A fast path for the frontmatter shapes session notes use: `key: value` lines of plain or quoted scalars, and
 * flow (`[a, b]`, `[[Susan]]`) or block (`- a`) lists of them. It gives exactly the objects the `yaml` package gives
 * under its core schema (dates stay strings), and says "not mine" (undefined) for anything else, which `yaml` then
 * reads, with its message and line for broken YAML. test/cli/simple-yaml.test.ts compares the two.
 */

type Value = string | number | boolean | null | Value[];

/** Thrown inside to give up; caught at the top: anything unusual is `yaml`'s. */
class NotMine extends Error {}
const NOT_MINE = new NotMine('not a simple frontmatter');

// The rest of the core schema's numbers (octal, hex, exponents, `.5`, `+1`, `007`, `.inf`): left to `yaml`.
const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+)$/;

function giveUp(): never {
	throw NOT_MINE;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Where a run of digits from `at` ends. */
function digitsEnd(text: string, at: number): number {
	while (isDigit(text.charCodeAt(at))) at++;
	return at;
}

/**
 * `-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?`, the whole text: a number JavaScript holds exactly as `yaml` reads it.
 * Checked by hand: a note's few values each went through half a dozen regular expressions.
 */
function isSafeNumber(text: string): boolean {
	const start = text.charCodeAt(0) === 45 ? 1 : 0;
	const intEnd = digitsEnd(text, start);
	const digits = intEnd - start;
	if (digits === 0 || digits > 15 || (digits > 1 && text.charCodeAt(start) === 48)) return false;
	if (intEnd === text.length) return true;
	if (text.charCodeAt(intEnd) !== 46) return false;
	const fractionEnd = digitsEnd(text, intEnd + 1);
	return fractionEnd === text.length && fractionEnd - intEnd - 1 >= 1 && fractionEnd - intEnd - 1 <= 15;
}

/** A plain scalar as the core schema resolves it. */
function resolvePlain(text: string): Value {
	// Most values are words: only these first characters can start a null, a boolean or a number.
	const first = text.charCodeAt(0);
	const maybeNumber = isDigit(first) || first === 45 || first === 43 || first === 46;
	if (!maybeNumber && first !== 126 && first !== 110 && first !== 78 && first !== 116 && first !== 84 && first !== 102 && first !== 70) return text;
	switch (text) {
		case '~':
		case 'null':
		case 'Null':
		case 'NULL':
			return null;
		case 'true':
		case 'True':
		case 'TRUE':
			return true;
		case 'false':
		case 'False':
		case 'FALSE':
			return false;
	}
	if (!maybeNumber) return text;
	if (isSafeNumber(text)) return Number(text);
	// After leading digits, a number goes on only with `.`, an exponent, or `0o`/`0x`: a date (`2026-10-14`) is text.
	if (isDigit(first)) {
		const end = digitsEnd(text, 0);
		const next = text.charCodeAt(end);
		if (end < text.length && next !== 46 && next !== 101 && next !== 69 && next !== 111 && next !== 120) return text;
	}
	if (OTHER_NUMBER.test(text)) giveUp();
	return text;
}

/** A quoted scalar that ends the value: no escapes, nothing after the closing quote. */
function readQuoted(text: string, start: number): [string, number] {
	const quote = text[start];
	if (quote === '"') {
		const end = text.indexOf('"', start + 1);
		if (end < 0) giveUp();
		const content = text.slice(start + 1, end);
		if (content.includes('\\')) giveUp();
		return [content, end + 1];
	}
	let content = '';
	let at = start + 1;
	for (;;) {
		const end = text.indexOf("'", at);
		if (end < 0) giveUp();
		content += text.slice(at, end);
		if (text[end + 1] !== "'") return [content, end + 1];
		content += "'";
		at = end + 2;
	}
}

/** A flow list from `[` at `start`: its items and where it ends. */
function readFlow(text: string, start: number): [Value[], number] {
	const items: Value[] = [];
	let at = start + 1;
	const skipSpaces = () => {
		while (text[at] === ' ') at++;
	};
	skipSpaces();
	if (text[at] === ']') return [items, at + 1];
	for (;;) {
		skipSpaces();
		const c = text[at];
		if (c === '[') {
			const [list, end] = readFlow(text, at);
			items.push(list);
			at = end;
		} else if (c === '"' || c === "'") {
			const [content, end] = readQuoted(text, at);
			items.push(content);
			at = end;
		} else {
			let end = at;
			while (end < text.length && !',[]{}'.includes(text[end] ?? '')) end++;
			const plain = text.slice(at, end).trim();
			if (plain === '' || !isPlainSafe(plain) || '{}'.includes(text[end] ?? '') || text[end] === '[') giveUp();
			items.push(resolvePlain(plain));
			at = end;
		}
		skipSpaces();
		if (text[at] === ',') {
			at++;
			continue;
		}
		if (text[at] === ']') return [items, at + 1];
		giveUp();
	}
}

/** Whether a plain scalar holds nothing that makes YAML read it otherwise: an indicator first, a comment, a `: `. */
function isPlainSafe(text: string): boolean {
	if ('-?:,[]{}#&*!|>\'"%@`'.includes(text[0] ?? '')) {
		// `-5` and `-x` are plain; `- x`, `-` and the other indicators are not.
		if (!(text[0] === '-' && text.length > 1 && text[1] !== ' ')) return false;
	}
	return !text.includes(' #') && !text.includes(': ') && !text.endsWith(':');
}

/** One value after `key: ` or `- `. */
function readValue(text: string): Value {
	const c = text[0];
	if (c === '"' || c === "'") {
		const [content, end] = readQuoted(text, 0);
		if (end !== text.length) giveUp();
		return content;
	}
	if (c === '[') {
		const [list, end] = readFlow(text, 0);
		if (end !== text.length) giveUp();
		return list;
	}
	if (!isPlainSafe(text)) giveUp();
	return resolvePlain(text);
}

/** `[\w-]`: a character of a key. */
function isKeyChar(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/**
 * A `key: value` line, as `^([A-Za-z_][\w-]*(?: [\w-]+)*):(?: +(.*))?$` reads it (words joined by single spaces,
 * then `:`, then nothing or spaces and the value), by hand: the regular expression's match made most of the garbage.
 * The value is '' when there is none; null for any other line.
 */
function keyLine(line: string): [key: string, value: string] | null {
	const first = line.charCodeAt(0);
	if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95)) return null;
	let at = 1;
	for (;;) {
		const c = line.charCodeAt(at);
		if (isKeyChar(c)) at++;
		else if (c === 32 && isKeyChar(line.charCodeAt(at + 1))) at += 2;
		else break;
	}
	if (line.charCodeAt(at) !== 58) return null;
	const key = line.slice(0, at);
	if (at + 1 === line.length) return [key, ''];
	if (line.charCodeAt(at + 1) !== 32) return null;
	let start = at + 2;
	while (line.charCodeAt(start) === 32) start++;
	const value = line.slice(start);
	// `.` stops at the line separators: such a line was never the expression's.
	return value.includes('\u2028') || value.includes('\u2029') ? null : [key, value];
}

/** Whether a line says nothing: blank, or a comment. */
function isQuiet(line: string): boolean {
	// Most lines start with a key: a printable ASCII character that is not `#` is never trimmed away.
	const first = line.charCodeAt(0);
	if (first > 32 && first < 127 && first !== 35) return false;
	const trimmed = line.trimStart();
	return trimmed === '' || trimmed.startsWith('#');
}

/** The properties of a simple frontmatter block, or undefined when it is not simple (then `yaml` reads it). */
export function parseSimpleYaml(raw: string): Record<string, unknown> | undefined {
	if (raw.includes('\t') || raw.includes('\r')) return undefined;
	const lines = raw.split('\n');
	const data: Record<string, unknown> = {};
	try {
		let keys = 0;
		for (let i = 0; i < lines.length; i++) {
			const line = lines[i] ?? '';
			if (isQuiet(line)) continue;
			const pair = keyLine(line);
			if (!pair) return undefined;
			const key = pair[0];
			if (key === '__proto__' || Object.prototype.hasOwnProperty.call(data, key) || typeof resolvePlain(key) !== 'string') return undefined;
			const rest = pair[1].trimEnd();
			keys++;
			if (rest !== '') {
				data[key] = readValue(rest);
				continue;
			}
			// A block list under the key, at one indent (none or some), or nothing: null.
			const items: Value[] = [];
			let indent = -1;
			while (i + 1 < lines.length) {
				const next = lines[i + 1] ?? '';
				if (isQuiet(next)) {
					i++;
					continue;
				}
				const item = /^( *)-(?: +(.*))?$/.exec(next);
				if (!item) {
					if (next.startsWith(' ')) return undefined;
					break;
				}
				const at = (item[1] ?? '').length;
				if (indent >= 0 && at !== indent) return undefined;
				indent = at;
				const text = (item[2] ?? '').trimEnd();
				items.push(text === '' ? null : readValue(text));
				i++;
			}
			data[key] = indent < 0 ? null : items;
		}
		return keys > 0 ? data : undefined;
	} catch (error) {
		if (error === NOT_MINE) return undefined;
		throw error;
	}
}
