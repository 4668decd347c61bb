/**
 * Nothing skipped silently (issue 16, item 8): notes that look like sessions but name no client are counted and named
 * in one warning per folder. A daily note, a book note or a template stays silent.
 */
import type { ParsedNote } from './parse-note';
import { normaliseHeading } from './headings';
import type { ReadingRules } from './rules';
import type { SessionReading, Warning } from './types';

/** The warning kind of "these notes look like sessions but name no client". */
export const UNNAMED_SESSIONS = 'unnamed-sessions';

/** What makes a note that names no client look like a session. */
export interface SessionLikeness {
	path: string;
	/** Headings and label lines whose name has a role in the settings (`## Action items`, `**Wins:**`). */
	roleLabels: number;
	checkboxes: number;
	/** Headings and label lines of any name. */
	labels: number;
	/** Transcript turns: `**Name**:`, `**Me** *(10:02:11)*:`, a `Name  12:04` line. */
	speakerLines: number;
}

const CHECKBOX = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\][ \t]/;
const ATX = /^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/;
const LABEL = /^[ \t]*(?:\*\*|__)(.+?)(?:\*\*|__)[ \t]*:?[ \t]*$|^[ \t]*([\p{L}][\p{L}\p{N} '’/&-]{1,60}):[ \t]*$/u;
const SPEAKER = /^[ \t]*(?:\*\*[^*\n]{1,40}\*\*(?:[ \t]*\*?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\*?)?[ \t]*:|[\p{L}][\p{L} .'-]{0,40}[ \t]{2,}\d{1,2}:\d{2}(?::\d{2})?[ \t]*$)/u;
/** Tags of notes that are not sessions whatever they hold. */
const NOT_SESSION_TAGS = /^(?:tags?|type|category|categories)[ \t]*:[^\n]*\b(?:daily|journal|books?|reading|templates?)\b|^[ \t]+-[ \t]+["']?#?(?:daily|journal|books?|reading|templates?)\b/im;
/** Template placeholders: a note holding these is a template, not a session. */
const PLACEHOLDER = /\{\{[^}]*\}\}|\[(?:name|client|date|coachee)\]|YYYY-MM-DD/i;

/**
 * How session-like a note that names no client is, or null when it cannot be a forgotten session: it has a client,
 * is a profile, has no date, is a template, or is tagged as a daily, journal or book note.
 */
export function sessionLikeness(note: Pick<ParsedNote, 'text' | 'block'>, reading: Pick<SessionReading, 'path' | 'role' | 'clients' | 'date'>, rules: ReadingRules): SessionLikeness | null {
	const { text } = note;
	if (reading.role !== 'none' || reading.clients.length > 0 || reading.date === null) return null;
	if (/(?:^|\/)templates?\//i.test(reading.path) || PLACEHOLDER.test(text)) return null;
	// The frontmatter as the one finder found it (parseNote): its tags say a daily, journal or book note.
	if (note.block && NOT_SESSION_TAGS.test(note.block.raw)) return null;
	const likeness: SessionLikeness = { path: reading.path, roleLabels: 0, labels: 0, checkboxes: 0, speakerLines: 0 };
	let fence = false;
	for (const line of text.split(/\r?\n/)) {
		if (/^[ \t]{0,3}(?:```|~~~)/.test(line)) fence = !fence;
		if (fence) continue;
		if (CHECKBOX.test(line)) likeness.checkboxes++;
		else if (SPEAKER.test(line)) likeness.speakerLines++;
		const heading = ATX.exec(line);
		const label = heading ? null : LABEL.exec(line);
		const name = heading?.[1] ?? label?.[1] ?? label?.[2];
		if (name === undefined) continue;
		likeness.labels++;
		if (rules.headingRoles.has(normaliseHeading(name))) likeness.roleLabels++;
	}
	return likeness;
}

/** Whether a note's layout alone says session: role headings or labels, with steps or a transcript. */
function looksLikeSessionByItself(l: SessionLikeness): boolean {
	return l.roleLabels >= 2 || (l.roleLabels >= 1 && (l.checkboxes > 0 || l.speakerLines >= 2));
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * One warning per folder naming the notes that look like sessions but name no client: notes laid out like a session,
 * and dated notes with any heading, label, step or turn in a folder that holds sessions (at any depth).
 */
export function unnamedSessionWarnings(readings: readonly Pick<SessionReading, 'path' | 'role'>[], candidates: readonly SessionLikeness[]): Warning[] {
	if (candidates.length === 0) return [];
	// Sessions counted once per folder and every folder above it, so each candidate's question is one lookup.
	const sessionsUnder = new Map<string, number>();
	for (const r of readings) {
		if (r.role !== 'session') continue;
		for (let folder = folderOf(r.path); folder !== ''; folder = folderOf(folder)) sessionsUnder.set(folder, (sessionsUnder.get(folder) ?? 0) + 1);
	}
	const holdsSessions = (folder: string): boolean => folder !== '' && (sessionsUnder.get(folder) ?? 0) >= 2;
	const byFolder = new Map<string, string[]>();
	for (const c of candidates) {
		const folder = folderOf(c.path);
		const someStructure = c.labels + c.checkboxes + c.speakerLines > 0;
		if (!looksLikeSessionByItself(c) && !(someStructure && holdsSessions(folder))) continue;
		const list = byFolder.get(folder) ?? [];
		list.push(c.path);
		byFolder.set(folder, list);
	}
	return [...byFolder].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([folder, paths]) => {
		const where = folder === '' ? 'the vault’s top folder' : `${folder}/`;
		const names = paths.map((p) => p.slice(folder === '' ? 0 : folder.length + 1)).join(', ');
		const count = paths.length === 1 ? '1 note' : `${paths.length} notes`;
		return {
			path: paths.length === 1 ? (paths[0] ?? folder) : folder,
			line: 1,
			message: `${count} in ${where} ${paths.length === 1 ? 'looks like a session but names' : 'look like sessions but name'} no client, so ${paths.length === 1 ? 'it is' : 'they are'} left out: ${names}. Add a client property (or set your client keys and coach names).`,
			kind: UNNAMED_SESSIONS,
		};
	});
}
