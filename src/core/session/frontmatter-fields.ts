/** Reading typed values out of frontmatter that may come from Obsidian's cache, the `yaml` package or a salvage. */

export type Frontmatter = Record<string, unknown>;

/** Finds a key case-insensitively, as Obsidian's properties do. */
export function getField(frontmatter: Frontmatter | null, key: string): unknown {
	if (!frontmatter) return undefined;
	// One lookup: no parser gives a key whose value is undefined.
	const value = frontmatter[key];
	if (value !== undefined) return value;
	// Most lookups are for keys a note does not have: compare lengths before making lower-case copies.
	let lower: string | null = null;
	for (const k in frontmatter) {
		if (k.length !== key.length || !Object.prototype.hasOwnProperty.call(frontmatter, k)) continue;
		lower ??= key.toLowerCase();
		if (k.toLowerCase() === lower) return frontmatter[k];
	}
	return undefined;
}

/** The last path segment of a link target, without `.md`, heading or block. */
export function linkTargetName(target: string): string {
	const hash = target.indexOf('#');
	const end = hash < 0 ? target.length : hash;
	const start = end === 0 ? 0 : target.lastIndexOf('/', end - 1) + 1;
	const name = target.slice(start, end);
	return (name.length >= 3 && name.charCodeAt(name.length - 3) === 46 ? name.replace(/\.md$/i, '') : name).trim();
}

/** `Susan`, `[[Susan]]`, `[[Clients/Susan|Sue]]` or a list of those: the names they give. */
export function readNames(value: unknown): string[] {
	return readNamesChecked(value).names;
}

/**
 * The names a value gives, from strings only, and how many values in it gave none (a number, a property list, a
 * list in a list that is not a link): `client: [[Ann,[Bob,{x:1}]]]` gives Ann and Bob, and one value left out.
 */
export function readNamesChecked(value: unknown): { names: string[]; ignored: number } {
	// Most notes name one client: a list of exactly one (a list grown by pushing keeps room for seventeen).
	if (!Array.isArray(value)) {
		const name = nameOf(value);
		return { names: name === null ? [] : [name], ignored: name === null && value !== null && value !== '' && typeof value !== 'string' ? 1 : 0 };
	}
	const names: string[] = [];
	let ignored = 0;
	const add = (name: string | null) => {
		if (name === null) ignored++;
		else if (!names.includes(name)) names.push(name);
	};
	for (const item of value) {
		if (!Array.isArray(item)) {
			if (item !== null && item !== '') add(nameOf(item));
			continue;
		}
		// YAML reads an unquoted `[[Susan]]` as a list in a list: each string in it is a link's target.
		for (const inner of (item as unknown[]).flat(8)) add(typeof inner === 'string' && inner.trim() !== '' ? nameOf(`[[${inner.trim()}]]`) ?? nameOf(inner) : null);
	}
	return { names, ignored };
}

/** The name one value gives, or null. */
function nameOf(item: unknown): string | null {
	if (typeof item !== 'string') return null;
	const text = item.trim();
	if (text === '') return null;
	const target = linkTarget(text);
	const name = target !== null ? linkTargetName(target) : text;
	return name === '' ? null : name;
}

/** The target of a text that is one wiki link, `[[target]]` or `[[target|alias]]`, else null. */
function linkTarget(text: string): string | null {
	if (!text.startsWith('[[') || !text.endsWith(']]') || text.length < 5) return null;
	const end = text.length - 2;
	const bar = text.indexOf('|', 2);
	const targetEnd = bar >= 0 && bar < end ? bar : end;
	// No `]` inside, and no `|` in the target; an alias may hold `|` but no `]`.
	const close = text.indexOf(']', 2);
	if (close < end || targetEnd === 2) return null;
	return text.slice(2, targetEnd);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31));
}

const DAY = /(\d{4})-(\d{2})-(\d{2})/;

/**
 * A calendar day `YYYY-MM-DD` from a frontmatter value. A plain date is that day in every time zone;
 * a date-time keeps the day written in it. A `Date` (from a YAML 1.1 parser) is read in UTC, where
 * such parsers put a plain date.
 */
export function readDay(value: unknown): string | null {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		return value.toISOString().slice(0, 10);
	}
	if (typeof value !== 'string') return null;
	// The common case, `2026-10-14` alone or before `T` or a space, read by character; the rare rest (whitespace
	// before it, other whitespace after) by the pattern.
	const after = value.charCodeAt(10);
	if (isDayAt(value, 0) && (value.length === 10 || after === 84 || after === 32)) {
		const year = digits(value, 0, 4);
		if (!isCalendarDay(year, digits(value, 5, 7), digits(value, 8, 10))) return null;
		return value.length === 10 ? value : value.slice(0, 10);
	}
	const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]|\s)/.exec(value);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return isCalendarDay(year, month, day) ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** The number the digits `[from, to)` of `text` write. */
function digits(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
	return n;
}

/** `YYYY-MM-DD` at `at`: digits and dashes in their places. */
function isDayAt(text: string, at: number): boolean {
	for (let i = 0; i < 10; i++) {
		const code = text.charCodeAt(at + i);
		if (i === 4 || i === 7 ? code !== 45 : !(code >= 48 && code <= 57)) return false;
	}
	return true;
}

/** A date inside a file name: `2026-10-14 Susan.md`, `Susan 2026-10-14.md`. */
export function dayFromFileName(path: string): string | null {
	const name = path.split('/').pop() ?? path;
	const match = DAY.exec(name);
	if (!match) return null;
	return isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) ? (match[0] ?? null) : null;
}

/** A number from a frontmatter value (`7` or `"7"`), else null. */
export function readNumber(value: unknown): number | null {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
	return null;
}

export function readStringList(value: unknown): string[] {
	const values = Array.isArray(value) ? value : [value];
	return values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String).map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * Reads what it can from YAML that would not parse: top-level `key: value` lines and `- item` lists under them.
 * Used only after a parser failed, so the client and date of a note with one bad line still count.
 */
export function salvageFrontmatter(raw: string): Frontmatter {
	const data: Frontmatter = {};
	let listKey: string | null = null;
	for (const line of raw.split(/\r?\n/)) {
		const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
		if (item && listKey !== null) {
			const list = data[listKey];
			if (Array.isArray(list)) list.push(scalar(item[1] ?? ''));
			continue;
		}
		const pair = readPair(line);
		if (!pair) {
			listKey = null;
			continue;
		}
		const { key, value } = pair;
		if (key in data) continue;
		if (value === '') {
			data[key] = [];
			listKey = key;
		} else {
			listKey = null;
			data[key] = value.startsWith('[') && value.endsWith(']') && !value.startsWith('[[')
				? value.slice(1, -1).split(',').map((v) => scalar(v.trim())).filter((v) => v !== '')
				: scalar(value);
		}
	}
	for (const [key, value] of Object.entries(data)) if (Array.isArray(value) && value.length === 0) data[key] = null;
	return data;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;

/**
 * A `key: value` line as `/^([^\s:#][^:]*?)[ \t]*:(?:[ \t]+(.*))?$/` read it, found without the pattern, whose
 * lazy key tried every blank run to its end: a long line of spaces took seconds.
 */
function readPair(line: string): { key: string; value: string } | null {
	const colon = line.indexOf(':');
	if (colon < 1 || SPACE.test(line[0] ?? '') || line[0] === '#') return null;
	const after = line.charCodeAt(colon + 1);
	if (colon + 1 < line.length && after !== 32 && after !== 9) return null;
	const value = line.slice(colon + 1);
	if (LINE_TERMINATOR.test(value)) return null;
	return { key: line.slice(0, colon).trim(), value: value.trim() };
}

/** `text` up to a ` # comment`: the white space before the first `#` that has white space before it. */
function withoutComment(text: string): string {
	for (let hash = text.indexOf('#', 1); hash > 0; hash = text.indexOf('#', hash + 1)) {
		if (!SPACE.test(text[hash - 1] ?? '')) continue;
		let start = hash - 1;
		while (start > 0 && SPACE.test(text[start - 1] ?? '')) start--;
		return text.slice(0, start);
	}
	return text;
}

function scalar(text: string): string | number | boolean | null {
	let value = withoutComment(text).trim();
	const quote = value[0];
	if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) return value.slice(1, -1);
	if (quote === '"' || quote === "'") value = value.slice(1);
	if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
	if (value === 'true' || value === 'false') return value === 'true';
	if (value === '' || value === 'null' || value === '~') return null;
	return value;
}
