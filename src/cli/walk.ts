import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Warning } from '../core/session';

const SKIPPED_FOLDERS = new Set(['.obsidian', '.trash', 'node_modules', '.git']);

/**
 * The largest note read. Real session notes are a few KB, meeting transcripts a few hundred KB; 50 MB is a hundred
 * times any of them, still read in about a second, and far below the 512 MB where Node can no longer hold the text
 * as one string (a file that size crashed the command line).
 */
export const MAX_NOTE_BYTES = 50 * 1024 * 1024;

export interface VaultWalk {
	/** Vault-relative paths with `/`, sorted; each file once, however many links lead to it. */
	notes: string[];
	/** Folders and links that could not be read or lead out of the vault. */
	warnings: Warning[];
}

function warning(rel: string, message: string): Warning {
	return { path: rel === '' ? '.' : rel, line: 1, message, kind: 'unreadable' };
}

function reason(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

function isInside(root: string, real: string): boolean {
	return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Walks a vault folder for Markdown notes. Skips Obsidian's own folders and hidden ones; follows a symbolic link only
 * when it leads to a place inside the vault (a link to `/` walked the whole disk), after every real folder, and
 * lists each file once: a note reached both directly and through a link is listed by its own path. A folder that cannot be read is a
 * warning, never the end of the walk.
 */
export function walkVault(vaultRoot: string): VaultWalk {
	const warnings: Warning[] = [];
	let root: string;
	try {
		root = realpathSync(vaultRoot);
	} catch (error) {
		return { notes: [], warnings: [warning('', `The folder cannot be read (${reason(error)}).`)] };
	}
	// Real path of each note found, and the paths it was found by.
	const found = new Map<string, FoundNote>();
	const seenFolders = new Set<string>();
	const linkedFolders: [string, string, string][] = [];
	// `direct`: the folder is reached from the vault through real folders only, so a note's own path there is its path.
	const walk = (folder: string, real: string, relative: string, direct: boolean): void => {
		if (seenFolders.has(real)) return;
		seenFolders.add(real);
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch (error) {
			warnings.push(warning(relative, `This folder cannot be read (${reason(error)}), so its notes are left out.`));
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
			const rel = relative ? `${relative}/${entry.name}` : entry.name;
			const isMarkdown = entry.name.toLowerCase().endsWith('.md');
			if (!entry.isSymbolicLink()) {
				// Joined by hand: `path.join` normalises, and `real` is a real path already (most of the walk's time went there).
				const realEntry = real.endsWith(path.sep) ? real + entry.name : real + path.sep + entry.name;
				if (entry.isDirectory()) walk(realEntry, realEntry, rel, direct);
				else if (entry.isFile() && isMarkdown) addNote(found, realEntry, rel, direct);
				continue;
			}
			const full = path.join(folder, entry.name);
			let target: string;
			let stat: Stats;
			try {
				target = realpathSync(full);
				stat = statSync(target);
			} catch {
				// A dangling link is no note, as in Obsidian.
				continue;
			}
			if (!isInside(root, target)) {
				if (stat.isDirectory() || isMarkdown) warnings.push(warning(rel, 'This link leads outside the vault, so it is not followed.'));
				continue;
			}
			// Linked folders wait until every real folder is walked, so a note is listed by its own path.
			if (stat.isDirectory()) linkedFolders.push([full, target, rel]);
			else if (stat.isFile() && isMarkdown) addNote(found, target, rel, false);
		}
	};
	walk(vaultRoot, root, '', true);
	for (let next = linkedFolders.shift(); next; next = linkedFolders.shift()) walk(...next, false);
	const notes: string[] = [];
	for (const [real, { own: ownPath, rels }] of found) {
		const own = ownPath ?? path.relative(root, real).split(path.sep).join('/');
		notes.push(rels.includes(own) ? own : (rels.sort()[0] ?? own));
	}
	return { notes: notes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), warnings };
}

/** A note found: the paths it was found by, and its own path once it is known (found not through a link). */
interface FoundNote {
	own: string | null;
	rels: string[];
}

function addNote(found: Map<string, FoundNote>, real: string, rel: string, direct: boolean): void {
	let note = found.get(real);
	if (note) note.rels.push(rel);
	else found.set(real, (note = { own: null, rels: [rel] }));
	if (direct) note.own = rel;
}

export type NoteText = { text: string } | { warning: Warning };

/** A note's bytes, as UTF-8, or why they cannot be read. */
export type NoteBytes = { bytes: Buffer } | { warning: Warning };

/** The room notes are read into, again and again: nearly every note fits it, in one read. */
const ROOM_BYTES = 256 * 1024;
/** A block the notes kept are copied into: a few hundred typical notes. */
const KEPT_BLOCK_BYTES = 1024 * 1024;

/**
 * Reads notes' bytes, or says why one cannot be read: gone since the walk, unreadable, a folder, or larger than `maxBytes`. Each note is read into one
 * room, used again for the next note, so a note costs an open, a read and a close: its size is asked for (and the
 * limit checked on the open file, so a file that grows after it was listed is still never read past it) only when it
 * fills the room. The bytes a read returns last until the next read, unless `keep` copies them, outside the JavaScript
 * heap: fresh memory for every note (the whole vault's) cost a page fault for each 4 KB, about 150 ms of a
 * 10,000-note `review`, and the texts of 10,000 notes held as strings made the garbage collector copy them all.
 */
export class NoteReader {
	private readonly room = Buffer.allocUnsafe(ROOM_BYTES);
	private block: Buffer = Buffer.allocUnsafe(0);
	private used = 0;
	private readonly kept = new Map<string, Buffer>();

	constructor(private readonly maxBytes = MAX_NOTE_BYTES) {}

	read(vaultRoot: string, relativePath: string): NoteBytes {
		// The walk's paths hold no `.` or `..`: on POSIX the path is the two joined as they are (`path.join` normalises).
		const file = path.sep === '/' && vaultRoot !== '' ? `${vaultRoot}/${relativePath}` : path.join(vaultRoot, ...relativePath.split('/'));
		let fd: number;
		try {
			fd = openSync(file, 'r');
		} catch (error) {
			return { warning: warning(relativePath, `This note cannot be read (${reason(error)}), so it is left out.`) };
		}
		try {
			// One byte past the limit, to know a note goes over it.
			const room = Math.min(this.room.length, this.maxBytes + 1);
			// A file reads short only at its end: asking again to be told so would cost every note a call.
			let read = readSync(fd, this.room, 0, room, 0);
			if (read < room) return { bytes: this.room.subarray(0, read) };
			const size = fstatSync(fd).size;
			if (size > this.maxBytes) {
				const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
				return { warning: warning(relativePath, `This note is ${mb(size)}, over the ${mb(this.maxBytes)} a note may be, so it is left out.`) };
			}
			// A note larger than the room: a buffer of its own, the part already read copied in.
			const bytes = Buffer.allocUnsafe(Math.max(size, read));
			this.room.copy(bytes, 0, 0, read);
			while (read < size) {
				const n = readSync(fd, bytes, read, size - read, read);
				if (n === 0) break;
				read += n;
			}
			return { bytes: bytes.subarray(0, read) };
		} catch (error) {
			return { warning: warning(relativePath, `This note cannot be read (${reason(error)}), so it is left out.`) };
		} finally {
			closeSync(fd);
		}
	}

	/** Keeps a copy of the bytes `read` returned for a note, for `keptBytes`. */
	keep(relativePath: string, bytes: Buffer): void {
		if (bytes.buffer !== this.room.buffer) {
			// A note larger than the room has a buffer of its own already.
			this.kept.set(relativePath, bytes);
			return;
		}
		if (this.block.length - this.used < bytes.length) {
			this.block = Buffer.allocUnsafe(Math.max(KEPT_BLOCK_BYTES, bytes.length));
			this.used = 0;
		}
		const copy = this.block.subarray(this.used, this.used + bytes.length);
		bytes.copy(copy);
		this.used += bytes.length;
		this.kept.set(relativePath, copy);
	}

	/** The bytes kept of a note, or undefined. */
	keptBytes(relativePath: string): Buffer | undefined {
		return this.kept.get(relativePath);
	}
}

/**
 * One note read by `NoteReader` (see there), nothing kept, as UTF-8: bytes that are not UTF-8 become U+FFFD, which
 * the reader warns about.
 */
export function readNoteSafely(vaultRoot: string, relativePath: string, maxBytes = MAX_NOTE_BYTES): NoteText {
	const read = new NoteReader(maxBytes).read(vaultRoot, relativePath);
	return 'warning' in read ? read : { text: read.bytes.toString('utf8') };
}
