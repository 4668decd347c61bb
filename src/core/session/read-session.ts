import { EXPORT_MARKER } from '../export/export-note';
import { readMarkdown, readMarkdownHead } from '../markdown/document';
import { plainBodyStart } from '../markdown/frontmatter';
import type { MarkdownDocument } from '../markdown/types';
import type { CoachingSettings } from '../settings';
import { escapeRegExp } from '../text';
import type { BodyReading } from './body-classifier';
import { classifyBody } from './classify-body';
import { NONE } from './none';
import { clientFromFolder, fileBaseName, profileNameFromPath } from './note-path';
import { readPlainBody } from './plain-body';
import { compileRules, type ReadingRules } from './rules';
import {
	type Frontmatter,
	getField,
	readNumber,
	readStringList,
	salvageFrontmatter,
} from './frontmatter-fields';
import type { Extract, NoteRole, SessionReading, Warning } from './types';
import { readBodyProperties, readClients, readNoteDay, type WhenReading } from './who';

export interface FrontmatterError {
	message: string;
	/** 1-based line in the note, when the parser knew it. */
	line?: number;
}

export interface ReadSessionOptions {
	/** Why the caller's YAML parser gave no frontmatter, if it failed. */
	frontmatterError?: FrontmatterError;
	/**
	 * The note already read: in full (`readMarkdown`), or only its head (`readMarkdownHead`), when the body is read
	 * here. Without it the head is read here.
	 */
	document?: MarkdownDocument;
	/** The settings compiled once for many notes (`compileRules`); compiled here when absent. */
	rules?: ReadingRules;
	/** Read only who and when (frontmatter, path, file name), not the body: for listing clients. */
	headOnly?: boolean;
}

/** What the parts of `readSession` share about one note: its head, read only if needed, and its warnings. */
class NoteContext {
	private head: MarkdownDocument | null;
	/** Made on the first warning: most notes have none. */
	warnings: Warning[] | null = null;

	constructor(
		private readonly path: string,
		private readonly text: string,
		document: MarkdownDocument | undefined,
	) {
		this.head = document ?? null;
	}

	/** The note's head (its lines up to the frontmatter's end), split when first asked for. */
	readHead(): MarkdownDocument {
		return (this.head ??= readMarkdownHead(this.text));
	}

	warn(line: number, message: string): void {
		(this.warnings ??= []).push({ path: this.path, line, message });
	}

	/** 1-based line of a frontmatter key, or 1 when it cannot be found. */
	keyLine(key: string): number {
		return frontmatterKeyLine(this.readHead(), key);
	}
}

/** A 0–10 rating, or null (with a warning for a value that is not one). */
function readRating(data: Frontmatter | null, key: string, note: NoteContext): number | null {
	const value = getField(data, key);
	if (value === undefined || value === null || value === '') return null;
	const rating = readNumber(value);
	if (rating === null || rating < 0 || rating > 10) {
		note.warn(note.keyLine(key), `The "${key}" field (${describe(value)}) is not a rating from 0 to 10, so it is left out.`);
		return null;
	}
	return rating;
}

/**
 * Reads one note as a coaching session. `frontmatter` is the parsed YAML (from Obsidian's metadata cache or
 * the `yaml` package); when it is missing although the note has a frontmatter block, what can be read is salvaged
 * and a warning says so. Never throws on note content.
 */
export function readSession(
	path: string,
	text: string,
	frontmatter: Frontmatter | null | undefined,
	settings: CoachingSettings,
	options: ReadSessionOptions = {},
): SessionReading {
	// Where the body starts, when that is plain to see; the head's lines are then split only if a warning needs them.
	const start = plainBodyStart(text);
	const note = new NoteContext(path, text, options.document);

	// A document read in full brings every problem; a head, only an unclosed frontmatter, which a plain start rules out.
	const headProblems = options.document ? options.document.problems : start ? NONE : note.readHead().problems;
	for (const problem of headProblems) note.warn(problem.line + 1, problem.message);
	// The body's own problems (an unclosed fence) go here, once the body is read.
	const bodyProblemsAt = note.warnings?.length ?? 0;
	// Reading only the head, only the head is looked at: the body's problems show when the note is read in full.
	warnBadBytes(options.headOnly ? text.slice(0, start ? start.offset : headLength(note.readHead())) : text, note);

	let data: Frontmatter | null = frontmatter ?? null;
	// An unclosed frontmatter is text to Obsidian; its leading `key: value` lines still say who and when.
	const unclosedEnd = data === null && !start && !note.readHead().frontmatter ? unclosedFrontmatterEnd(note.readHead()) : 0;
	if (unclosedEnd > 0) data = salvageFrontmatter(note.readHead().lines.slice(1, unclosedEnd).join('\n'));
	// No fields for a note that has a block (a plain start past line 0 says it has): its YAML did not parse.
	const block = data === null && (!start || start.line > 0) ? note.readHead().frontmatter : null;
	if (block) {
		const error = options.frontmatterError;
		note.warn(
			error?.line ?? 1,
			`The frontmatter is not valid YAML${error ? ` (${error.message})` : ''}; the fields that could be read are used.`,
		);
		data = salvageFrontmatter(block.raw);
	}

	const folderClient = clientFromFolder(path, settings.clientFolder);
	const profileName = profileNameFromPath(path, settings.clientFolder);
	const typeValue = getField(data, settings.typeKey);
	const isProfile =
		profileName !== null ||
		(typeof typeValue === 'string' && typeValue.trim().toLowerCase() === settings.profileTypeValue.toLowerCase());

	// Who and when: client keys (the coach skipped), property lines atop a note without frontmatter, written dates.
	const properties = data === null ? readBodyProperties(text) : NONE;
	const who = readClients(data, properties, settings);
	let clients: readonly string[] = who.clients.length > 0 ? who.clients : NONE;
	if (who.emptyKey !== null) note.warn(who.bodyLine ?? note.keyLine(who.emptyKey), `The "${who.emptyKey}" field names no client.`);
	if (clients.length === 0 && folderClient && !isProfile) clients = [folderClient];

	let role: NoteRole = 'none';
	// The plugin's own exports quote the sessions; reading them as sessions would count everything twice.
	const isExport = getField(data, EXPORT_MARKER) !== undefined;
	if (isExport) clients = NONE;
	else if (isProfile) {
		role = 'profile';
		const name = profileName ?? fileBaseName(path);
		if (clients.length === 0) clients = [name];
	} else if (clients.length > 0) role = 'session';

	const when = readNoteDay(path, data, properties, settings);
	const date = when.date;
	const dateSource: SessionReading['dateSource'] = when.source;
	if (role === 'session') warnAboutDate(when, settings.dateKey, note, getField(data, settings.dateKey));
	const ratings = { client: readRating(data, settings.clientRatingKey, note), coach: readRating(data, settings.coachRatingKey, note) };
	const sessionValue = getField(data, settings.sessionNumberKey);
	const number = readNumber(sessionValue);
	if (sessionValue !== undefined && sessionValue !== null && number === null) {
		note.warn(note.keyLine(settings.sessionNumberKey), `The "${settings.sessionNumberKey}" field (${describe(sessionValue)}) is not a number.`);
	}

	// Reading only the head: no body, and the lists a body would fill are the shared empty one.
	let body: BodyReading | null = null;
	if (!options.headOnly) {
		const rules = options.rules?.settings === settings ? options.rules : compileRules(settings);
		const isProfile = role === 'profile';
		if (options.document && !options.document.headOnly) body = classifyBody(options.document, rules, isProfile, unclosedEnd);
		else {
			body = start ? readPlainBody(text, start.offset, start.line, rules, isProfile) : null;
			if (!body) {
				const full = readMarkdown(text);
				const problems = full.problems.slice(headProblems.length).map((p) => ({ path, line: p.line + 1, message: p.message }));
				if (problems.length > 0) (note.warnings ??= []).splice(bodyProblemsAt, 0, ...problems);
				body = classifyBody(full, rules, isProfile, unclosedEnd);
			}
		}
	}
	let goals: readonly Extract[] = body ? body.goals : NONE;
	if (role === 'profile') {
		const goalLine = note.keyLine(settings.goalsKey);
		const rule = `the "${settings.goalsKey}" property of the profile`;
		const profileGoals = readStringList(getField(data, settings.goalsKey)).map((goal) => ({ text: goal, line: goalLine, rule }));
		// After the body's own: a new list, so the shared empty one is never changed.
		if (profileGoals.length > 0) goals = [...goals, ...profileGoals];
	}

	return {
		path,
		role,
		clients,
		date,
		dateSource,
		number,
		ratings,
		actionSteps: body ? body.actionSteps : NONE,
		clientWords: body ? body.clientWords : NONE,
		coachNotes: body ? body.coachNotes : NONE,
		goals,
		aliases: role === 'profile' ? readStringList(getField(data, settings.aliasesKey)) : NONE,
		warnings: note.warnings ?? NONE,
	};
}

function warnAboutDate(when: WhenReading, dateKey: string, note: NoteContext, dateValue: unknown): void {
	if (when.unreadable) note.warn(note.keyLine(dateKey), `The "${dateKey}" field (${describe(dateValue)}) is not a date like 2026-10-14.`);
	if (when.ambiguous && !when.date) {
		const where = when.ambiguous.where === 'frontmatter' ? `The "${dateKey}" field` : when.ambiguous.where === 'file name' ? 'The file name' : 'The date line';
		note.warn(when.ambiguous.line ?? (when.ambiguous.where === 'frontmatter' ? note.keyLine(dateKey) : 1), `${where} says "${when.ambiguous.text}", which could be either day/month or month/day, so the session has no date: write it as YYYY-MM-DD.`);
	} else if (!when.date) note.warn(1, 'This session has no date: add "date: YYYY-MM-DD" to its frontmatter or a date to its file name.');
}

/** 1-based line of a frontmatter key, or 1 when it cannot be found. */
function frontmatterKeyLine(doc: MarkdownDocument, key: string): number {
	const end = doc.frontmatter?.position.end.line ?? 0;
	const pattern = new RegExp(`^${escapeRegExp(key)}\\s*:`, 'i');
	for (let i = 1; i < end; i++) if (pattern.test(doc.lines[i] ?? '')) return i + 1;
	return 1;
}

/** Characters of the text that `doc` covers when only its head was read. */
function headLength(doc: MarkdownDocument): number {
	const last = doc.lines.length - 1;
	return last < 0 ? 0 : (doc.lineStarts[last] ?? 0) + (doc.lines[last]?.length ?? 0);
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
	if (nul >= 0) note.warn(lineAt(text, nul), 'The note contains NUL bytes; they are ignored.');
	if (replacement >= 0) note.warn(lineAt(text, replacement), 'The note contains bytes that are not valid UTF-8; they show as �.');
}

/** A frontmatter value as a coach would recognise it in a warning. */
function describe(value: unknown): string {
	return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? 'nothing';
}

/** For a note that opens frontmatter and never closes it: the line after its run of YAML-looking lines, else 0. */
function unclosedFrontmatterEnd(doc: MarkdownDocument): number {
	if (!/^---[ \t]*$/.test(doc.lines[0] ?? '')) return 0;
	let end = 1;
	while (end < doc.lines.length && /^(?:[^\s:#][^:]*:(?:[ \t].*)?|[ \t]+\S.*|-[ \t].*)$/.test(doc.lines[end] ?? '')) end++;
	return end > 1 ? end : 0;
}
