import { groupClients, type ClientEntry } from '../core/review/clients';
import { compileRules } from '../core/session/rules';
import type { SessionReading, Warning } from '../core/session/types';
import { type SessionLikeness, sessionLikeness, unnamedSessionWarnings } from '../core/session/unnamed-sessions';
import type { CoachingSettings } from '../core/settings';
import { readNoteText } from './read-note';
import { listNotes, readNote } from './vault';

export interface LoadedVault {
	readings: SessionReading[];
	clients: ClientEntry[];
	/** Every warning about every note, in path order. */
	warnings: Warning[];
}

export interface LoadOptions {
	/** Read only who and when of each note (enough to list clients); `readClientInFull` reads one client's notes. */
	headOnly?: boolean;
}

/** Reads every note of a vault folder that the settings' session folders allow, and groups them by client. */
export async function loadVault(root: string, settings: CoachingSettings, options: LoadOptions = {}): Promise<LoadedVault> {
	const folders = settings.sessionFolders.map((f) => f.replace(/^\/+|\/+$/g, '')).filter((f) => f !== '');
	const clientFolder = settings.clientFolder.replace(/^\/+|\/+$/g, '');
	const inScope = (path: string) =>
		folders.length === 0 || folders.some((f) => path.startsWith(`${f}/`)) || (clientFolder !== '' && path.startsWith(`${clientFolder}/`));
	const paths = (await listNotes(root)).filter(inScope);
	const rules = compileRules(settings);
	const likeSessions: SessionLikeness[] = [];
	const readings = paths.map((path) => {
		const text = readNote(root, path);
		const session = readNoteText(path, text, settings, { rules, headOnly: options.headOnly === true }).session;
		const likeness = sessionLikeness(text, session, rules);
		if (likeness) likeSessions.push(likeness);
		return session;
	});
	// A note that is no one's (a daily note, a book note) is warned about only when its frontmatter is broken,
	// since that may be what hid its client.
	const warnings = readings.flatMap((r) => (r.role === 'none' ? r.warnings.filter((w) => w.message.startsWith('The frontmatter')) : r.warnings));
	warnings.push(...unnamedSessionWarnings(readings, likeSessions));
	return { readings, clients: groupClients(readings), warnings };
}

/** One client's notes read in full, grouped again: what a review needs after a vault was listed head only. */
export function readClientInFull(root: string, settings: CoachingSettings, client: ClientEntry): ClientEntry {
	const rules = compileRules(settings);
	const notes = client.profile ? [client.profile, ...client.sessions] : client.sessions;
	const readings = notes.map((note) => readNoteText(note.path, readNote(root, note.path), settings, { rules }).session);
	const full = groupClients(readings).find((entry) => entry.key === client.key || client.keys.includes(entry.key));
	if (!full) throw new Error(`${client.name} has no notes left after reading them in full`);
	return full;
}
