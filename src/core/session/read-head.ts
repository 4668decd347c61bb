import { EXPORT_MARKER } from '../note-kinds';
import type { CoachingSettings } from '../settings';
import { escapeRegExp } from '../text';
import { withoutUnreadableFields } from './frontmatter-shape';
import { readBodyProperties, readClients, readNoteDay, type WhenReading } from './who';
import { NONE } from './none';
import { clientFromFolder, fileBaseName, profileNameFromPath } from './note-path';
import type { ParsedNote } from './parse-note';
import {
	type Frontmatter,
	getField,
	readNamesChecked,
	readNumber,
	salvageFrontmatter,
} from './frontmatter-fields';
import type { StructureProblem } from '../markdown/types';
import type { NoteRole, SessionReading, Warning, WarningKind } from './types';

/** What the parts of a reading share about one note: its warnings, and the lines of its frontmatter. */
export class NoteContext {
	/** Made on the first warning: most notes have none. */
	warnings: Warning[] | null = null;
	private blockLines: string[] | null = null;

	constructor(private readonly note: ParsedNote) {}

	warn(kind: WarningKind, line: number, message: string): void {
		(this.warnings ??= []).push({ path: this.note.path, line, message, kind });
	}

	/** 1-based line of a frontmatter key, or 1 when it cannot be found. */
	keyLine(key: string): number {
		const block = this.note.block;
		if (!block) return 1;
		const lines = (this.blockLines ??= block.raw.split('\n'));
		const pattern = new RegExp(`^${escapeRegExp(key)}\\s*:`, 'i');
		for (let k = 0; k < lines.length; k++) if (pattern.test(lines[k] ?? '')) return block.firstLine + k + 1;
		return 1;
	}
}

/** Who and when a note says, from its frontmatter, path and file name: what both readings start from. */
export interface Head {
	reading: Pick<SessionReading, 'path' | 'role' | 'clients' | 'date' | 'dateSource' | 'number' | 'ratings'>;
	/** The properties read, salvaged when they did not parse. */
	data: Frontmatter | null;
	/** Lines of an unclosed frontmatter salvaged as properties, which the body's reading skips. */
	unclosedEnd: number;
	/** The 0-based lines of the property lines atop the body that said who or when: the page's fields, no one's words. */
	propertyLines: readonly number[];
	note: NoteContext;
}

type FieldReader = (key: string) => unknown;

/**
 * `getField` for one note's properties. A note whose keys are all lower case (most are) needs no search for a
 * lower-case key in another case: a missing key, most lookups, then costs one lookup, not a pass over every key.
 */
function fieldReader(data: Frontmatter | null): FieldReader {
	if (data === null) return () => undefined;
	for (const k in data) if (k !== k.toLowerCase()) return (key) => getField(data, key);
	return (key) => (key === key.toLowerCase() ? data[key] : getField(data, key));
}

/** A 0–10 rating, or null (with a warning for a value that is not one). */
function readRating(field: FieldReader, key: string, note: NoteContext): number | null {
	const value = field(key);
	if (value === undefined || value === null || value === '') return null;
	const rating = readNumber(value);
	if (rating === null || rating < 0 || rating > 10) {
		note.warn('bad-rating', note.keyLine(key), `The "${key}" field (${describe(value)}) is not a rating from 0 to 10, so it is left out.`);
		return null;
	}
	return rating;
}

/**
 * Reads who and when. `problems` are the note's structural problems already found (0-based lines), `checked` the
 * text searched for bad bytes, `lines` the note's lines (asked for only when a frontmatter is never closed).
 */
export function readHead(
	parsed: ParsedNote,
	settings: CoachingSettings,
	problems: readonly StructureProblem[],
	checked: string,
	lines: () => string[],
): Head {
	const { path } = parsed;
	const note = new NoteContext(parsed);
	for (const problem of problems) note.warn(problem.kind, problem.line + 1, problem.message);
	warnBadBytes(checked, note);

	let data: Frontmatter | null = parsed.frontmatter;
	// A property that holds itself (a YAML anchor inside its own value) or nests without end is left out, with a warning.
	if (data) {
		const checked = withoutUnreadableFields(data);
		for (const { key, why } of checked.dropped) {
			note.warn('field-unreadable', note.keyLine(key), `The "${key}" field ${why === 'refers to itself' ? 'refers to itself (a YAML anchor used inside its own value)' : 'nests too deep to read'}, so it is left out.`);
		}
		data = checked.data;
	}
	// An unclosed frontmatter is text to Obsidian; its leading `key: value` lines still say who and when.
	const unclosedEnd = data === null && !parsed.block && opensFrontmatter(parsed.text) ? unclosedFrontmatterEnd(lines()) : 0;
	if (unclosedEnd > 0) data = salvageFrontmatter(lines().slice(1, unclosedEnd).join('\n'));
	// No fields for a note that has a block: its YAML did not parse.
	const block = data === null ? parsed.block : null;
	if (block) {
		const error = parsed.frontmatterError;
		note.warn(
			'frontmatter-invalid',
			error?.line ?? 1,
			`The frontmatter is not valid YAML${error ? ` (${error.message})` : ''}; the fields that could be read are used.`,
		);
		data = salvageFrontmatter(block.raw);
	}

	const field = fieldReader(data);
	const folderClient = clientFromFolder(path, settings.clientFolder);
	const profileName = profileNameFromPath(path, settings.clientFolder);
	const typeValue = field(settings.typeKey);
	const isProfile =
		profileName !== null ||
		(typeof typeValue === 'string' && typeValue.trim().toLowerCase() === settings.profileTypeValue.toLowerCase());

	// Who: the client keys (the coach skipped), else property lines atop a note without frontmatter.
	const properties = data === null ? readBodyProperties(parsed.text) : NONE;
	const who = readClients(data, properties, settings);
	let clients: readonly string[] = who.clients.length > 0 ? who.clients : NONE;
	if (who.emptyKey !== null) note.warn('no-client', who.bodyLine ?? note.keyLine(who.emptyKey), `The "${who.emptyKey}" field names no client.`);
	else if (who.key !== null && who.bodyLine === null) {
		const value = field(who.key);
		// One text is one name or none, never a value to warn about: only a list or another value is looked into again.
		const ignored = typeof value === 'string' ? 0 : readNamesChecked(value).ignored;
		if (ignored > 0) note.warn('no-client', note.keyLine(who.key), `The "${who.key}" field holds ${ignored === 1 ? 'a value that is' : `${ignored} values that are`} not a name; only names written as text are read.`);
	}
	if (clients.length === 0 && folderClient && !isProfile) clients = [folderClient];

	let role: NoteRole = 'none';
	// The plugin's own exports quote the sessions; reading them as sessions would count everything twice.
	const isExport = field(EXPORT_MARKER) !== undefined;
	if (isExport) clients = NONE;
	else if (isProfile) {
		role = 'profile';
		const name = profileName ?? fileBaseName(path);
		if (clients.length === 0) clients = [name];
	} else if (clients.length > 0) role = 'session';

	// When: the date key, the other date keys, a date line atop the body, the file name; dates as people write them.
	const when = readNoteDay(path, data, properties, settings);
	const { date } = when;
	const dateSource: SessionReading['dateSource'] = when.source;
	if (role === 'session') warnAboutDate(when, settings.dateKey, note, field(settings.dateKey));

	const ratings = { client: readRating(field, settings.clientRatingKey, note), coach: readRating(field, settings.coachRatingKey, note) };
	const sessionValue = field(settings.sessionNumberKey);
	const number = readNumber(sessionValue);
	if (sessionValue !== undefined && sessionValue !== null && number === null) {
		note.warn('bad-session-number', note.keyLine(settings.sessionNumberKey), `The "${settings.sessionNumberKey}" field (${describe(sessionValue)}) is not a number.`);
	}

	// A block of property lines that named the client or the day is the page's fields (`**Client:** Grace Liu`): never
	// anyone's words, though a line starting `Client:` would otherwise be the client speaking.
	const propertyLines = who.bodyLine !== null || dateSource === 'note text' ? properties.map((p) => p.line - 1) : NONE;
	return { reading: { path, role, clients, date, dateSource, number, ratings }, data, unclosedEnd, propertyLines, note };
}

function warnAboutDate(when: WhenReading, dateKey: string, note: NoteContext, dateValue: unknown): void {
	if (when.unreadable) note.warn('bad-date', note.keyLine(dateKey), `The "${dateKey}" field (${describe(dateValue)}) is not a date like 2026-10-14.`);
	if (when.ambiguous && !when.date) {
		const where = when.ambiguous.where === 'frontmatter' ? `The "${dateKey}" field` : when.ambiguous.where === 'file name' ? 'The file name' : 'The date line';
		note.warn('bad-date', when.ambiguous.line ?? (when.ambiguous.where === 'frontmatter' ? note.keyLine(dateKey) : 1), `${where} says "${when.ambiguous.text}", which could be either day/month or month/day, so the session has no date: write it as YYYY-MM-DD.`);
	} else if (!when.date) note.warn('no-date', 1, 'This session has no date: add "date: YYYY-MM-DD" to its frontmatter or a date to its file name.');
}

/** 1-based line of a position in the text. */
function lineAt(text: string, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
	}
	return line;
}

function warnBadBytes(text: string, note: NoteContext): void {
	const nul = text.indexOf('\0');
	const replacement = text.indexOf('\uFFFD');
	if (nul >= 0) note.warn('bad-bytes', lineAt(text, nul), 'The note contains NUL bytes; they are ignored.');
	if (replacement >= 0) note.warn('bad-bytes', lineAt(text, replacement), 'The note contains bytes that are not valid UTF-8; they show as �.');
}

/** A frontmatter value as a coach would recognise it in a warning. */
function describe(value: unknown): string {
	let text: string;
	try {
		// A number JSON cannot write (`1e309` is Infinity) is shown as itself, not as JSON's "null".
		text = typeof value === 'string' ? `"${value}"` : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? 'nothing');
	} catch {
		// A value JSON cannot write is described plainly: a warning is never a reason to stop reading.
		text = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a set of properties' : typeof value;
	}
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** For a note that opens frontmatter and never closes it: the line after its run of YAML-looking lines, else 0. */
function unclosedFrontmatterEnd(lines: string[]): number {
	if (!/^---[ \t]*$/.test(lines[0] ?? '')) return 0;
	let end = 1;
	while (end < lines.length && /^(?:[^\s:#][^:]*:(?:[ \t].*)?|[ \t]+\S.*|-[ \t].*)$/.test(lines[end] ?? '')) end++;
	return end > 1 ? end : 0;
}

/** Whether a note's first line (after a byte-order mark) starts like a frontmatter fence: only such can be salvaged. */
function opensFrontmatter(text: string): boolean {
	return text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0);
}
