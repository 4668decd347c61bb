import type { ClientEntry } from '../core/review';
import type { ParsedNote } from '../core/session';
import type { SessionReading, Warning } from '../core/session';
import type { CoachingSettings } from '../core/settings';
import { type ReadDepth, VaultIndex } from '../core/vault-index';
import { parseNoteText } from './read-note';
import { readNoteSafely, walkVault } from './walk';

export interface LoadedVault {
	index: VaultIndex;
	/**
	 * Every note in scope, its frontmatter parsed: read from disk once, kept for reading one client's in full (empty
	 * when the caller keeps none, as `clients` does: holding every note's text made the collector copy it all).
	 */
	notes: Map<string, ParsedNote>;
	/** The notes kept: sessions, profiles, and notes whose broken frontmatter is warned about, in path order. */
	readings: SessionReading[];
	clients: ClientEntry[];
	/** Every warning about every note, in path order. */
	warnings: Warning[];
}

export type { ReadDepth } from '../core/vault-index';

/** Reads every note of a vault folder into the core index (the one the plugin keeps), and groups them by client. */
export async function loadVault(root: string, settings: CoachingSettings, depth: ReadDepth = 'who-and-when', keepNotes = true): Promise<LoadedVault> {
	const index = new VaultIndex(settings);
	const notes = new Map<string, ParsedNote>();
	// A folder, link or note that cannot be read is a warning; the rest of the vault is read all the same.
	const walk = walkVault(root);
	const unreadable: Warning[] = [...walk.warnings];
	for (const path of walk.notes.filter((p) => index.wants(p))) {
		const read = readNoteSafely(root, path);
		if ('warning' in read) {
			unreadable.push(read.warning);
			continue;
		}
		const note = parseNoteText(path, read.text);
		const { after } = index.admit(note, { frontmatter: note.frontmatter, hasFrontmatter: note.fences !== null || note.unclosed }, depth);
		if (after && keepNotes) notes.set(path, note);
	}
	index.finishBuild();
	const readings = index.readings();
	const warnings = [...index.warnings(), ...unreadable].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { index, notes, readings, clients: index.clients(), warnings };
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
