import type { ClientEntry } from '../core/review';
import type { SessionReading, Warning } from '../core/session';
import type { CoachingSettings } from '../core/settings';
import { type ReadDepth, sameGrouping, VaultIndex } from '../core/vault-index';
import { parseNoteText } from './read-note';
import { NoteReader, walkVault } from './walk';

export interface LoadedVault {
	/** The vault folder, as given. */
	root: string;
	index: VaultIndex;
	/** The bytes of the notes kept (see `loadVault`), read from disk once, for reading one client's in full. */
	notes: NoteReader;
	/** The notes kept: sessions, profiles, and notes whose broken frontmatter is warned about, in path order. */
	readings: SessionReading[];
	clients: ClientEntry[];
	/** Every warning about every note, in path order. */
	warnings: Warning[];
}

export type { ReadDepth } from '../core/vault-index';

/**
 * Reads every note of a vault folder into the core index (the one the plugin keeps), and groups them by client.
 * `keep`: the notes whose bytes are kept for reading in full later, judged by their reading (`review` keeps the notes
 * naming a client its query may find); none by default.
 */
export async function loadVault(root: string, settings: CoachingSettings, depth: ReadDepth = 'who-and-when', keep: (reading: SessionReading) => boolean = () => false): Promise<LoadedVault> {
	const index = new VaultIndex(settings);
	const notes = new NoteReader();
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
		let after = settledByHead(index, path, read.bytes, depth);
		if (after === undefined) {
			const note = parseNoteText(path, read.bytes.toString('utf8'));
			after = index.admit(note, { frontmatter: note.frontmatter, hasFrontmatter: note.fences !== null || note.unclosed }, depth).after;
		}
		if (after && keep(after)) notes.keep(path, read.bytes);
	}
	index.finishBuild();
	const readings = index.readings();
	const warnings = [...index.warnings(), ...unreadable].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { root, index, notes, readings, clients: index.clients(), warnings };
}

/** A session's reading settled from its frontmatter lines alone (`headText`), or undefined when they cannot settle it. */
function settledByHead(index: VaultIndex, path: string, bytes: Buffer, depth: ReadDepth): SessionReading | undefined {
	const head = depth === 'who-and-when' ? headText(bytes) : null;
	if (head === null) return undefined;
	const note = parseNoteText(path, head);
	if (note.frontmatter === null || note.fences === null) return undefined;
	const { after } = index.admit(note, { frontmatter: note.frontmatter, hasFrontmatter: true }, depth);
	return after && after.role !== 'none' ? after : undefined;
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
 * One client's notes read in full, in the entry's own order, from the bytes the vault's loading kept: who and when
 * are the same in full, so the grouping stands. A note not kept (a session naming the client by an alias the query
 * does not find) is read from disk again, and taken only when it still reads as the note grouped: a note changed since
 * could now be someone else's, so it is left out with a warning, as is one that can no longer be read.
 */
export function readClientInFull(vault: LoadedVault, client: ClientEntry): ClientEntry {
	const warnings: Warning[] = [];
	const inFull = (reading: SessionReading): SessionReading | null => {
		const kept = vault.notes.keptBytes(reading.path);
		const read = kept ? { bytes: kept } : vault.notes.read(vault.root, reading.path);
		if ('warning' in read) {
			warnings.push(read.warning);
			return null;
		}
		const full = vault.index.read(parseNoteText(reading.path, read.bytes.toString('utf8')));
		if (kept || sameGrouping(reading, full)) return full;
		warnings.push({ path: reading.path, line: 1, kind: 'unreadable', message: 'This note changed while the review was being made, so it is left out; run the review again.' });
		return null;
	};
	const profile = client.profile && inFull(client.profile);
	const sessions = client.sessions.map(inFull).filter((s): s is SessionReading => s !== null);
	return { ...client, profile, sessions, warnings: [...client.warnings, ...warnings] };
}
