import type { ClientEntry } from '../core/review';
import type { SessionReading, Warning } from '../core/session';
import type { CoachingSettings } from '../core/settings';
import { type ReadDepth, VaultIndex } from '../core/vault-index';
import { parseNoteText } from './read-note';
import { NoteReader, walkVault } from './walk';

export interface LoadedVault {
	index: VaultIndex;
	/**
	 * The bytes of every note in scope, read from disk once and kept outside the JavaScript heap, for reading one
	 * client's in full (none when the caller keeps none, as `clients` does): holding every note's text as a string
	 * made the garbage collector copy it all.
	 */
	notes: NoteReader;
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
	const notes = new NoteReader(keepNotes);
	// A folder, link or note that cannot be read is a warning; the rest of the vault is read all the same.
	const walk = walkVault(root);
	const unreadable: Warning[] = [...walk.warnings];
	for (const path of walk.notes.filter((p) => index.wants(p))) {
		const read = notes.read(root, path);
		if ('warning' in read) {
			unreadable.push(read.warning);
			continue;
		}
		// Who and when are read from a session's frontmatter alone: its body is not made into text (most of the run's
		// memory). Whatever that cannot settle is read again from the whole note, and the index takes the second reading.
		const head = depth === 'who-and-when' ? headText(read.bytes) : null;
		if (head !== null) {
			const note = parseNoteText(path, head);
			if (note.frontmatter !== null && note.fences !== null) {
				const { after } = index.admit(note, { frontmatter: note.frontmatter, hasFrontmatter: true }, depth);
				if (after && after.role !== 'none') continue;
			}
		}
		const note = parseNoteText(path, read.bytes.toString('utf8'));
		const { after } = index.admit(note, { frontmatter: note.frontmatter, hasFrontmatter: note.fences !== null || note.unclosed }, depth);
		if (!after) notes.forget(path);
	}
	index.finishBuild();
	const readings = index.readings();
	const warnings = [...index.warnings(), ...unreadable].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { index, notes, readings, clients: index.clients(), warnings };
}

/**
 * The text of a note's lines up to the first `---` line after its first, as UTF-8, or null when that is not shorter
 * than the note. Cut after a line feed (a byte no other character's UTF-8 holds), it is the start of the note's text
 * exactly: when it holds the closed frontmatter, the frontmatter and every position found in it are the note's own.
 */
function headText(bytes: Buffer): string | null {
	const fence = bytes.indexOf('\n---', 3);
	const end = fence < 0 ? -1 : bytes.indexOf(10, fence + 4);
	return end < 0 || end + 1 >= bytes.length ? null : bytes.toString('utf8', 0, end + 1);
}

/**
 * One client's notes read in full, from the bytes the vault's loading kept (no file read again), in the entry's own
 * order: who and when are the same in full, so the grouping stands.
 */
export function readClientInFull(vault: LoadedVault, client: ClientEntry): ClientEntry {
	const inFull = (reading: SessionReading): SessionReading => {
		const bytes = vault.notes.keptBytes(reading.path);
		if (!bytes) throw new Error(`${reading.path} was not loaded`);
		return vault.index.read(parseNoteText(reading.path, bytes.toString('utf8')));
	};
	return { ...client, profile: client.profile && inFull(client.profile), sessions: client.sessions.map(inFull) };
}
