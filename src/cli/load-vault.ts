import { groupClients, type ClientEntry } from '../core/review/clients';
import type { ParsedNote } from '../core/session/parse-note';
import { readSession, readWhoAndWhen } from '../core/session/read-session';
import { compileRules, type ReadingRules } from '../core/session/rules';
import type { SessionReading, Warning } from '../core/session/types';
import type { CoachingSettings } from '../core/settings';
import { parseNoteText } from './read-note';
import { listNotes, readNote } from './vault';

export interface LoadedVault {
	/** Every note in scope, its frontmatter parsed: read from disk once, kept for reading one client's in full. */
	notes: Map<string, ParsedNote>;
	readings: SessionReading[];
	clients: ClientEntry[];
	/** Every warning about every note, in path order. */
	warnings: Warning[];
	rules: ReadingRules;
}

/** How each note is read: `readWhoAndWhen` (enough to list clients) or `readSession` (in full). */
export type NoteReader = (note: ParsedNote, rules: ReadingRules) => SessionReading;

/** Reads every note of a vault folder that the settings' session folders allow, and groups them by client. */
export async function loadVault(root: string, settings: CoachingSettings, read: NoteReader = readWhoAndWhen): Promise<LoadedVault> {
	const folders = settings.sessionFolders.map((f) => f.replace(/^\/+|\/+$/g, '')).filter((f) => f !== '');
	const clientFolder = settings.clientFolder.replace(/^\/+|\/+$/g, '');
	const inScope = (path: string) =>
		folders.length === 0 || folders.some((f) => path.startsWith(`${f}/`)) || (clientFolder !== '' && path.startsWith(`${clientFolder}/`));
	const paths = (await listNotes(root)).filter(inScope);
	const rules = compileRules(settings);
	const notes = new Map<string, ParsedNote>();
	const readings = paths.map((path) => {
		const note = parseNoteText(path, readNote(root, path));
		notes.set(path, note);
		return read(note, rules);
	});
	// A note that is no one's (a daily note, a book note) is warned about only when its frontmatter is broken,
	// since that may be what hid its client.
	const warnings = readings.flatMap((r) => (r.role === 'none' ? r.warnings.filter((w) => w.message.startsWith('The frontmatter')) : r.warnings));
	const clients = groupClients(readings);
	// A client's own warnings (an alias kept apart) name their profile: listed once, after the notes'.
	for (const client of clients) for (const w of client.warnings) if (!warnings.includes(w)) warnings.push(w);
	return { notes, readings, clients, warnings, rules };
}

/**
 * One client's notes read in full, from the notes the vault's loading kept (no file read or YAML parsed again),
 * in the entry's own order: who and when are the same in full, so the grouping stands.
 */
export function readClientInFull(vault: LoadedVault, client: ClientEntry): ClientEntry {
	const inFull = (reading: SessionReading): SessionReading => {
		const note = vault.notes.get(reading.path);
		if (!note) throw new Error(`${reading.path} was not loaded`);
		return readSession(note, vault.rules);
	};
	return { ...client, profile: client.profile && inFull(client.profile), sessions: client.sessions.map(inFull) };
}
