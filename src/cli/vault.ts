import { readFileSync } from 'node:fs';
import path from 'node:path';
import { walkVault } from './walk';

/**
 * Lists the Markdown notes under a vault folder, as vault-relative paths with `/`, sorted (see `walkVault`, which
 * also says which folders and links were left out).
 */
export function listNotes(vaultRoot: string): Promise<string[]> {
	return Promise.resolve(walkVault(vaultRoot).notes);
}

/** Reads a note as UTF-8; bytes that are not UTF-8 become U+FFFD, which the reader then warns about. */
export function readNote(vaultRoot: string, relativePath: string): string {
	// One join: `path.join` turns the `/`s into the platform's separator.
	return readFileSync(path.join(vaultRoot, relativePath), 'utf8');
}
