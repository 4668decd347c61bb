import type { MetadataCache, TFile, Vault } from 'obsidian';
import { parseNote } from '../core/session/parse-note';
import { readSession } from '../core/session/read-session';
import { compileRules } from '../core/session/rules';
import type { SessionReading } from '../core/session/types';
import type { CoachingSettings } from '../core/settings';

/** Reads one vault note as a session: text from the vault's cache, frontmatter from Obsidian's metadata cache. */
export async function readFileSession(
	file: TFile,
	vault: Pick<Vault, 'cachedRead'>,
	metadataCache: Pick<MetadataCache, 'getFileCache'>,
	settings: CoachingSettings,
): Promise<SessionReading> {
	const text = await vault.cachedRead(file);
	const frontmatter = metadataCache.getFileCache(file)?.frontmatter ?? null;
	return readSession(parseNote(file.path, text, frontmatter), compileRules(settings));
}
