/**
 * Notes from disk for core tests, read without the command line: the files listed with Node, the frontmatter parsed
 * by `yaml` (as an adapter would hand it to core), then read by the core index.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readMarkdownHead } from '../src/core/markdown/document';
import type { Frontmatter } from '../src/core/session/frontmatter-fields';
import type { SessionReading } from '../src/core/session/types';
import type { CoachingSettings } from '../src/core/settings';
import { type NoteText, VaultIndex } from '../src/core/vault-index';

/** The Markdown notes under a folder, as sorted vault-relative paths with `/`; hidden folders skipped. */
export function listMarkdownFiles(root: string, relative = ''): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const rel = relative ? `${relative}/${entry.name}` : entry.name;
		if (entry.isDirectory()) found.push(...listMarkdownFiles(root, rel));
		else if (entry.name.toLowerCase().endsWith('.md')) found.push(rel);
	}
	return relative ? found : found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A note as an adapter hands it to core: its properties parsed by `yaml`, and why not when its YAML is broken. */
export function noteText(notePath: string, text: string): NoteText {
	const document = readMarkdownHead(text);
	const block = document.frontmatter;
	if (!block) return { path: notePath, text, frontmatter: null, document };
	try {
		const data: unknown = YAML.parse(block.raw, { logLevel: 'error' });
		const frontmatter = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Frontmatter) : null;
		return { path: notePath, text, frontmatter, document };
	} catch (error) {
		const line = error instanceof YAML.YAMLParseError ? error.linePos?.[0]?.line : undefined;
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
		return { path: notePath, text, frontmatter: null, document, frontmatterError: line === undefined ? { message } : { message, line: line + block.firstLine } };
	}
}

/** Reads one note by core's index, as both adapters do. */
export function readNote(notePath: string, text: string, settings: CoachingSettings, headOnly = false): SessionReading {
	return new VaultIndex(settings).read(noteText(notePath, text), headOnly);
}
