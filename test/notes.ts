/**
 * Notes from disk for core tests, read without the command line: the files listed with Node, the frontmatter parsed
 * by `yaml` (as an adapter would hand it to core), then read by the core index.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { FrontmatterBlock } from '../src/core/markdown/types';
import type { Frontmatter } from '../src/core/session/frontmatter-fields';
import { type ParsedFrontmatter, type ParsedNote, parseNote } from '../src/core/session/parse-note';
import type { SessionReading } from '../src/core/session/types';
import type { CoachingSettings } from '../src/core/settings';
import { VaultIndex } from '../src/core/vault-index';

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

/** The frontmatter parsed by `yaml`, as an adapter would; why not when its YAML is broken. */
function parseYaml(block: FrontmatterBlock): ParsedFrontmatter {
	try {
		const data: unknown = YAML.parse(block.raw, { logLevel: 'error' });
		return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Frontmatter) : null };
	} catch (error) {
		const line = error instanceof YAML.YAMLParseError ? error.linePos?.[0]?.line : undefined;
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
		return { data: null, error: line === undefined ? { message } : { message, line: line + block.firstLine } };
	}
}

/** A note as an adapter hands it to core: its frontmatter found once, its properties parsed by `yaml`. */
export function noteText(notePath: string, text: string): ParsedNote {
	return parseNote(notePath, text, parseYaml);
}

/** Reads one note by core's index, as both adapters do. */
export function readNote(notePath: string, text: string, settings: CoachingSettings, whoAndWhenOnly = false): SessionReading {
	const index = new VaultIndex(settings);
	const note = noteText(notePath, text);
	return whoAndWhenOnly ? index.readWhoAndWhen(note) : index.read(note);
}
