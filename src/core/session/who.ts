/**
 * Who a note is about and when it was: client keys (the coach and placeholders skipped), property lines at the top
 * of a note with no frontmatter (exported Notion pages, DAP and bold-label templates), and dates as people write them.
 */
import { clientKey } from '../names';
import type { CoachingSettings } from '../settings';
import { type Frontmatter, getField, readDay, readNames } from './frontmatter-fields';
import { type WrittenDate, writtenDateFromFileName, writtenDateFromValue, readWrittenDate } from './note-dates';

/** A `Key: value` line near the top of a note, as exported pages and templates write their properties. */
export interface BodyProperty {
	key: string;
	value: string;
	/** 1-based line in the note. */
	line: number;
}

/** Latin letters, not `\p{L}`: a Unicode property class costs milliseconds to build, on the first note read. */
const PROPERTY_LINE = /^[ \t]*(?:\*\*|__)?([A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F ./'’()&-]{0,40}?)(?:\*\*|__)?[ \t]*:(?!:)[ \t]*(?:\*\*|__)?[ \t]*(.*?)[ \t]*$/;
const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
/** How far into a note property lines are looked for. */
const PROPERTY_SCAN_LINES = 30;

/**
 * The property lines at the top of a note's body: after any frontmatter, blank lines and a title heading, the run of
 * `Key: value` lines (plain or bold) up to the first blank line or other text.
 */
export function readBodyProperties(text: string): BodyProperty[] {
	const lines = text.slice(0, 6000).split(/\r?\n/, 400);
	let i = 0;
	if (/^---[ \t]*$/.test(lines[0] ?? '')) {
		const close = lines.findIndex((l, n) => n > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l));
		if (close < 0) return [];
		i = close + 1;
	}
	const properties: BodyProperty[] = [];
	const end = Math.min(lines.length, i + PROPERTY_SCAN_LINES);
	for (; i < end; i++) {
		const line = lines[i] ?? '';
		if (line.trim() === '') {
			if (properties.length > 0) break;
			continue;
		}
		if (properties.length === 0 && HEADING_LINE.test(line)) continue;
		const match = PROPERTY_LINE.exec(line);
		if (!match || /^https?$/i.test(match[1] ?? '') || (match[2] ?? '').length > 160) break;
		properties.push({ key: (match[1] ?? '').trim(), value: cleanValue(match[2] ?? ''), line: i + 1 });
	}
	// One `Key:` line alone is a label opening a section, not a block of properties.
	return properties.length >= 2 || properties.some((p) => p.value !== '') ? properties : [];
}

function cleanValue(value: string): string {
	return value.replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '').trim();
}

/** `Client`, `Client name`, `Client Name/ID`, `**Coachee**`: the key a property line names, as keys are compared. */
export function propertyKey(key: string): string {
	return key
		.toLowerCase()
		.replace(/[*_]/g, '')
		.replace(/\s*(?:\/\s*id|name\s*\/\s*id|name|\(s\))\s*$/g, '')
		.replace(/\s*(?:\/\s*id|name)\s*$/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const PLACEHOLDER = /^(?:\[[^\]]*\]|\{\{.*\}\}|<[^>]*>|\$\{.*\}|_+|-+|\?+|tbd|tbc|n\/a|none|name|client|untitled)$/i;
const NOTION_ID = /\s+[0-9a-f]{32}$/i;
const MARKDOWN_LINK = /^\[([^\]]+)\]\([^)]*\)$/;

/** A name as written in a value: a Markdown link's text, a wiki link's target, without an export's 32-hex id. */
function cleanName(name: string): string {
	const link = MARKDOWN_LINK.exec(name.trim());
	const text = link ? (link[1] ?? '') : name;
	return text.replace(NOTION_ID, '').trim();
}

/** Whether a name is the coach: one of `coachNames`, `Me`, or marked `(me)`. Compared ignoring case and accents. */
export function isCoachName(name: string, coachKeys: ReadonlySet<string>): boolean {
	if (/\((?:me|coach|host)\)\s*$/i.test(name)) return true;
	const plain = name.replace(/^@/, '').trim().toLowerCase();
	if (plain === 'me' || plain === 'coach') return true;
	// `clientKey` only when there are coach names: its accent folding is slow to set up, and most vaults name no coach.
	return coachKeys.size > 0 && coachKeys.has(clientKey(plain));
}

export function coachKeySet(settings: Pick<CoachingSettings, 'coachNames'>): Set<string> {
	if (settings.coachNames.length === 0) return new Set();
	return new Set(settings.coachNames.map((n) => clientKey(n)).filter((k) => k !== ''));
}

/** The clients a value names: the coach, `Me` and template placeholders skipped. */
export function clientNamesFrom(value: unknown, coachKeys: ReadonlySet<string>): string[] {
	const names: string[] = [];
	const raw = typeof value === 'string' && MARKDOWN_LINK.test(value.trim()) ? [value] : readNames(value);
	for (const written of raw) {
		const name = cleanName(written);
		if (name === '' || PLACEHOLDER.test(name) || isCoachName(name, coachKeys)) continue;
		if (!names.includes(name)) names.push(name);
	}
	return names;
}

/** Whether a property line's value could be a name (or a link to one), not a sentence. */
function looksLikeName(value: string): boolean {
	if (value === '' || MARKDOWN_LINK.test(value.trim()) || /^\[\[[^\]]+\]\]$/.test(value.trim())) return true;
	return value.length <= 60 && value.split(/\s+/).length <= 6 && !/[!?;:"“”]|[^A-Z]\.\s*$|\.\s+\S/.test(value.replace(/\b[A-Z]\.\s*/g, 'X '));
}

export interface WhoReading {
	clients: string[];
	/** The key that named the clients (or was present and named none), and its line when it is a body property. */
	key: string | null;
	/** Set when a key was present but named no client. */
	emptyKey: string | null;
	bodyLine: number | null;
}

/**
 * The clients of a note: the first client key (in the settings' order) that names one, in the frontmatter, else in
 * the property lines at the top of the body.
 */
export function readClients(data: Frontmatter | null, properties: readonly BodyProperty[], settings: CoachingSettings): WhoReading {
	const coachKeys = coachKeySet(settings);
	let emptyKey: string | null = null;
	for (const key of settings.clientKeys) {
		const value = getField(data, key);
		if (value === undefined) continue;
		const clients = clientNamesFrom(value, coachKeys);
		if (clients.length > 0) return { clients, key, emptyKey: null, bodyLine: null };
		emptyKey ??= key;
	}
	if (emptyKey === null && properties.length > 0) {
		const keys = settings.clientKeys.map((k) => k.toLowerCase());
		for (const property of properties) {
			const key = propertyKey(property.key);
			if (!keys.includes(key)) continue;
			// A line of speech (`Client: I finally did it.`) is no property: a name is short and has no sentence marks.
			if (!looksLikeName(property.value)) continue;
			const clients = clientNamesFrom(property.value, coachKeys);
			if (clients.length > 0) return { clients, key: property.key, emptyKey: null, bodyLine: property.line };
			emptyKey ??= property.key;
		}
	}
	return { clients: [], key: null, emptyKey, bodyLine: null };
}

export interface WhenReading {
	date: string | null;
	source: 'frontmatter' | 'note text' | 'file name' | null;
	/** A date written so that day and month cannot be told apart, with where it was. */
	ambiguous: { text: string; where: 'frontmatter' | 'note text' | 'file name'; line: number | null } | null;
	/** The frontmatter date key held something that is no date. */
	unreadable: boolean;
}

/** Keys of property lines that give a note's date: the date key, the other date keys, or any `… date …` key. */
function isDateProperty(key: string, settings: CoachingSettings): boolean {
	const k = propertyKey(key);
	const named = [settings.dateKey, ...settings.otherDateKeys].map((n) => n.toLowerCase());
	return named.includes(k) || /\bdate\b/.test(k);
}

/**
 * The day of a note: the date key, then the other date keys (`created_at`…), then a date property line, then the file
 * name. A date-time is the calendar day written in it. An ambiguous `03/04/2026` is never read as a day.
 */
export function readNoteDay(path: string, data: Frontmatter | null, properties: readonly BodyProperty[], settings: CoachingSettings): WhenReading {
	let ambiguous: WhenReading['ambiguous'] = null;
	let unreadable = false;
	const take = (found: WrittenDate | null, where: 'frontmatter' | 'note text' | 'file name', line: number | null): string | null => {
		if (!found) return null;
		if (found.kind === 'day') return found.day;
		ambiguous ??= { text: found.text, where, line };
		return null;
	};
	const keys = [settings.dateKey, ...settings.otherDateKeys];
	for (const [i, key] of keys.entries()) {
		const value = getField(data, key);
		if (value === undefined || value === null || value === '') continue;
		const day = readDay(value) ?? take(writtenDateFromValue(value, settings.numericDateOrder), 'frontmatter', null);
		if (day) return { date: day, source: 'frontmatter', ambiguous, unreadable };
		if (i === 0) unreadable = ambiguous === null;
	}
	for (const property of properties) {
		if (!isDateProperty(property.key, settings)) continue;
		const day = take(readWrittenDate(property.value, { order: settings.numericDateOrder }), 'note text', property.line);
		if (day) return { date: day, source: 'note text', ambiguous, unreadable };
	}
	const day = take(writtenDateFromFileName(path, settings.numericDateOrder), 'file name', null);
	if (day) return { date: day, source: 'file name', ambiguous, unreadable };
	return { date: null, source: null, ambiguous, unreadable };
}

/** The names people use for the coach, longest first so `@Sam Rivera` is taken whole before `@Sam`. */
function coachNameList(settings: Pick<CoachingSettings, 'coachNames'>): string[] {
	const names = settings.coachNames.map((n) => n.trim().replace(/^@/, '')).filter((n) => n !== '');
	return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** Line prefixes that mark the coach speaking: the `coachLinePrefixes` setting and each of the coach's names (`Sam:`). */
export function coachLinePrefixesFor(settings: Pick<CoachingSettings, 'coachNames' | 'coachLinePrefixes'>): string[] {
	return [...new Set([...coachNameList(settings), ...settings.coachLinePrefixes])];
}

/**
 * Markers that make a step the coach's: the `coachOwnerMarkers` setting, `(me)`, and `@` before each of the coach's
 * names, written with or without its spaces (`@Sam Rivera`, `@SamRivera`, `@Sam`).
 */
export function coachOwnerMarkersFor(settings: Pick<CoachingSettings, 'coachNames' | 'coachOwnerMarkers'>): string[] {
	const named = coachNameList(settings).flatMap((n) => [`@${n}`, `@${n.replace(/\s+/g, '')}`]);
	return [...new Set([...named, ...settings.coachOwnerMarkers, '(me)'])].sort((a, b) => b.length - a.length);
}
