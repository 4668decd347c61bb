import { groupClients, type ClientEntry } from '../core/review/clients';
import { compileRules } from '../core/session/rules';
import type { SessionReading, Warning } from '../core/session/types';
import type { CoachingSettings } from '../core/settings';
import { readNoteText } from './read-note';
import { readNoteSafely, walkVault } from './walk';

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
	const walk = walkVault(root);
	const paths = walk.notes.filter(inScope);
	const rules = compileRules(settings);
	// A folder, link or note that cannot be read is a warning; the rest of the vault is read all the same.
	const unreadable: Warning[] = [...walk.warnings];
	const readings: SessionReading[] = [];
	for (const path of paths) {
		const note = readNoteSafely(root, path);
		if ('warning' in note) unreadable.push(note.warning);
		else readings.push(readNoteText(path, note.text, settings, { rules, headOnly: options.headOnly === true }).session);
	}
	// A note that is no one's (a daily note, a book note) is warned about only when its frontmatter is broken,
	// since that may be what hid its client.
	const warnings = readings.flatMap((r) => (r.role === 'none' ? r.warnings.filter((w) => w.message.startsWith('The frontmatter')) : r.warnings));
	warnings.push(...unreadable);
	warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { readings, clients: groupClients(readings), warnings };
}

/** One client's notes read in full, grouped again: what a review needs after a vault was listed head only. */
export function readClientInFull(root: string, settings: CoachingSettings, client: ClientEntry): ClientEntry {
	const rules = compileRules(settings);
	const notes = client.profile ? [client.profile, ...client.sessions] : client.sessions;
	const readings = notes.map((note) => {
		const text = readNoteSafely(root, note.path);
		// Gone or changed past reading since the vault was listed: what its head said stands, with the reason.
		if ('warning' in text) return { ...note, warnings: [...note.warnings, text.warning] };
		return readNoteText(note.path, text.text, settings, { rules }).session;
	});
	const full = groupClients(readings).find((entry) => entry.key === client.key || client.keys.includes(entry.key));
	if (!full) throw new Error(`${client.name} has no notes left after reading them in full`);
	return full;
}
