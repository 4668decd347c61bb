import { readMarkdownHead } from '../core/markdown/document';
import type { ClientEntry } from '../core/review/clients';
import type { SessionReading, Warning } from '../core/session/types';
import type { CoachingSettings } from '../core/settings';
import { type NoteText, VaultIndex } from '../core/vault-index';
import { parseFrontmatter } from './frontmatter';
import { listNotes, readNote } from './vault';

export interface LoadedVault {
	index: VaultIndex;
	/** The notes kept: sessions, profiles, and notes whose broken frontmatter is warned about, in path order. */
	readings: SessionReading[];
	clients: ClientEntry[];
	/** Every warning about every note, in path order. */
	warnings: Warning[];
}

export interface LoadOptions {
	/** Read only who and when of each note (enough to list clients); `readClientInFull` reads one client's notes. */
	headOnly?: boolean;
}

/** A note's text with its frontmatter parsed by `yaml`, as the index takes it. */
function noteText(path: string, text: string): NoteText {
	const document = readMarkdownHead(text);
	const frontmatter = parseFrontmatter(document.frontmatter);
	return { path, text, frontmatter: frontmatter.data, document, ...(frontmatter.error ? { frontmatterError: frontmatter.error } : {}) };
}

/** Reads the notes at `paths` into the index; a note that cannot be read is a warning, and the rest go on. */
function readInto(index: VaultIndex, root: string, paths: readonly string[], headOnly: boolean): void {
	for (const path of paths) {
		let text: string;
		try {
			text = readNote(root, path);
		} catch (error) {
			index.fail(path, error instanceof Error ? error.message : String(error));
			continue;
		}
		const note = noteText(path, text);
		if (index.wants(path, { frontmatter: note.frontmatter, hasFrontmatter: text.startsWith('---') })) index.put(index.read(note, headOnly));
	}
	index.finishBuild();
}

/** Reads every note of a vault folder into the core index (the one the plugin keeps), and groups them by client. */
export async function loadVault(root: string, settings: CoachingSettings, options: LoadOptions = {}): Promise<LoadedVault> {
	const index = new VaultIndex(settings);
	const paths = (await listNotes(root)).filter((path) => index.wants(path));
	readInto(index, root, paths, options.headOnly === true);
	return { index, readings: index.readings(), clients: index.clients(), warnings: index.warnings() };
}

/** One client's notes read in full, grouped again: what a review needs after a vault was listed head only. */
export function readClientInFull(root: string, settings: CoachingSettings, client: ClientEntry): ClientEntry {
	const index = new VaultIndex(settings);
	const notes = client.profile ? [client.profile, ...client.sessions] : client.sessions;
	readInto(
		index,
		root,
		notes.map((note) => note.path),
		false,
	);
	const full = index.clients().find((entry) => entry.key === client.key || client.keys.includes(entry.key));
	if (!full) throw new Error(`${client.name} has no notes left after reading them in full`);
	return full;
}
