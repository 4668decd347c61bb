import type { MetadataCache, TFile, Vault } from 'obsidian';
import { parseNote } from '../core/session';
import type { SessionReading } from '../core/session';
import type { VaultIndex } from '../core/vault-index';

/**
 * Reads one vault note as a session, by the index's settings: text from the vault's cache, frontmatter from Obsidian's
 * metadata cache. Read by the index's reader, the one way a note is read.
 */
export async function readFileSession(
	file: TFile,
	vault: Pick<Vault, 'cachedRead'>,
	metadataCache: Pick<MetadataCache, 'getFileCache'>,
	index: Pick<VaultIndex, 'read'>,
): Promise<SessionReading> {
	const text = await vault.cachedRead(file);
	const frontmatter = metadataCache.getFileCache(file)?.frontmatter ?? null;
	return index.read(parseNote(file.path, text, frontmatter));
}
