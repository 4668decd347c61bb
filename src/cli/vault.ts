import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

const SKIPPED_FOLDERS = new Set(['.obsidian', '.trash', 'node_modules', '.git']);

/**
 * Lists the Markdown notes under a vault folder, as vault-relative paths with `/`, sorted.
 * Skips Obsidian's own folders, hidden folders and anything reached twice through symbolic links.
 */
export function listNotes(vaultRoot: string): Promise<string[]> {
	const notes: string[] = [];
	const seen = new Set<string>();
	// Synchronous on purpose: for a batch tool the blocking calls are several times faster than the promise ones.
	const walk = (folder: string, relative: string): void => {
		let real: string;
		try {
			real = realpathSync(folder);
		} catch {
			return;
		}
		if (seen.has(real)) return;
		seen.add(real);
		const entries = readdirSync(folder, { withFileTypes: true });
		for (const entry of entries) {
			if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
			const full = path.join(folder, entry.name);
			const rel = relative ? `${relative}/${entry.name}` : entry.name;
			let isDirectory = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				let stat: ReturnType<typeof statSync> | null = null;
				try {
					stat = statSync(full);
				} catch {
					stat = null;
				}
				isDirectory = stat?.isDirectory() ?? false;
				isFile = stat?.isFile() ?? false;
			}
			if (isDirectory) walk(full, rel);
			else if (isFile && entry.name.toLowerCase().endsWith('.md')) notes.push(rel);
		}
	};
	walk(vaultRoot, '');
	return Promise.resolve(notes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Reads a note as UTF-8; bytes that are not UTF-8 become U+FFFD, which the reader then warns about. */
export function readNote(vaultRoot: string, relativePath: string): string {
	// One join: `path.join` turns the `/`s into the platform's separator.
	return readFileSync(path.join(vaultRoot, relativePath), 'utf8');
}
