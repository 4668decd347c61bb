import type { ClientEntry } from '../core/review/clients';
import type { ParsedNote } from '../core/session/parse-note';
import type { SessionReading, Warning } from '../core/session/types';
import type { CoachingSettings } from '../core/settings';
import { VaultIndex } from '../core/vault-index';
import { parseNoteText } from './read-note';
import { listNotes, readNote } from './vault';

export interface LoadedVault {
	index: VaultIndex;
	/** Every note in scope, its frontmatter parsed: read from disk once, kept for reading one client's in full. */
	notes: Map<string, ParsedNote>;
	/** The notes kept: sessions, profiles, and notes whose broken frontmatter is warned about, in path order. */
	readings: SessionReading[];
	clients: ClientEntry[];
	/** Every warning about every note, in path order. */
	warnings: Warning[];
}

/** How far each note is read: who and when (enough to list clients), or in full. */
export type ReadDepth = 'who-and-when' | 'full';

/** Reads every note of a vault folder into the core index (the one the plugin keeps), and groups them by client. */
export async function loadVault(root: string, settings: CoachingSettings, depth: ReadDepth = 'who-and-when'): Promise<LoadedVault> {
	const index = new VaultIndex(settings);
	const notes = new Map<string, ParsedNote>();
	for (const path of (await listNotes(root)).filter((p) => index.wants(p))) {
		let text: string;
		try {
			text = readNote(root, path);
		} catch (error) {
			index.fail(path, error instanceof Error ? error.message : String(error));
			continue;
		}
		const note = parseNoteText(path, text);
		if (!index.wants(path, { frontmatter: note.frontmatter, hasFrontmatter: note.fences !== null || note.unclosed })) continue;
		notes.set(path, note);
		index.put(depth === 'full' ? index.read(note) : index.readWhoAndWhen(note));
	}
	index.finishBuild();
	return { index, notes, readings: index.readings(), clients: index.clients(), warnings: index.warnings() };
}

/**
 * One client's notes read in full, from the notes the vault's loading kept (no file read or YAML parsed again),
 * in the entry's own order: who and when are the same in full, so the grouping stands.
 */
export function readClientInFull(vault: LoadedVault, client: ClientEntry): ClientEntry {
	const inFull = (reading: SessionReading): SessionReading => {
		const note = vault.notes.get(reading.path);
		if (!note) throw new Error(`${reading.path} was not loaded`);
		return vault.index.read(note);
	};
	return { ...client, profile: client.profile && inFull(client.profile), sessions: client.sessions.map(inFull) };
}
