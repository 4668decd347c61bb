import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '../../src/cli/frontmatter';
import { listNotes } from '../../src/cli/vault';
import { readMarkdown } from '../../src/core/markdown/document';
import { App, type CachedMetadata } from './obsidian';

/** What Obsidian's metadata cache holds for a note: its frontmatter (none when the YAML is broken) and position. */
export function metadataFor(text: string): CachedMetadata {
	const doc = readMarkdown(text);
	if (!doc.frontmatter) return {};
	const parsed = parseFrontmatter(doc.frontmatter).data;
	return parsed ? { frontmatter: parsed, frontmatterPosition: doc.frontmatter.position } : { frontmatterPosition: doc.frontmatter.position };
}

/** An app whose vault holds a copy of a folder of notes (see fakeAppFromNotes for the options). */
export async function fakeApp(root: string, options: { cached?: boolean } = {}): Promise<App> {
	const notes = (await listNotes(root)).map((rel) => ({ path: rel, text: readFileSync(path.join(root, rel), 'utf8') }));
	return fakeAppFromNotes(notes, options);
}

/**
 * An app whose vault holds these notes, with the metadata Obsidian would have cached for each; or, with
 * `cached: false`, none yet, as when Obsidian opens a vault for the first time (`parseVault` then builds it).
 */
export function fakeAppFromNotes(notes: { path: string; text: string }[], options: { cached?: boolean } = {}): App {
	const app = new App();
	app.metadataCache.parser = metadataFor;
	for (const note of notes) {
		app.vault.seed(note.path, note.text);
		if (options.cached !== false) app.metadataCache.setCache(note.path, metadataFor(note.text));
	}
	return app;
}

/** Obsidian builds the metadata cache of a new vault: every note parsed in the background, then `resolved`. */
export async function parseVault(app: App): Promise<void> {
	const resolved = app.metadataCache.nextResolved();
	for (const file of app.vault.getMarkdownFiles()) app.metadataCache.queueParse(file, await app.vault.read(file));
	await resolved;
}

/** Changes a note the way an edit in Obsidian does: new text and `modify` at once; the cache and `changed` follow. */
export function editNote(app: App, notePath: string, text: string): void {
	const file = app.vault.getFileByPath(notePath);
	if (!file) throw new Error(`No note ${notePath}`);
	app.vault.modifyQuietly(notePath, text);
	app.vault.trigger('modify', file);
	app.metadataCache.queueParse(file, text);
}

export function renameNote(app: App, oldPath: string, newPath: string): void {
	const cache = app.metadataCache.getFileCache(app.vault.getFileByPath(oldPath) ?? (() => { throw new Error(oldPath); })());
	const file = app.vault.renameQuietly(oldPath, newPath);
	if (!file) throw new Error(`No note ${oldPath}`);
	app.metadataCache.deleteCache(oldPath);
	app.metadataCache.setCache(newPath, cache ?? {});
	app.vault.trigger('rename', file, oldPath);
}

export function deleteNote(app: App, notePath: string): void {
	const file = app.vault.deleteQuietly(notePath);
	if (!file) throw new Error(`No note ${notePath}`);
	app.metadataCache.deleteCache(notePath);
	app.vault.trigger('delete', file);
}

