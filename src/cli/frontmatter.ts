import matter from 'gray-matter';
import YAML from 'yaml';
import type { FrontmatterBlock } from '../core/markdown/types';
import type { Frontmatter } from '../core/session/frontmatter-fields';
import type { FrontmatterError } from '../core/session/read-session';

// Always with options: gray-matter caches every input parsed without them, which would hold a whole vault in memory.
const MATTER_OPTIONS = {
	language: 'yaml',
	engines: {
		// The `yaml` package keeps `2026-10-14` a string, as Obsidian does (js-yaml would make it a Date).
		yaml: { parse: (source: string) => YAML.parse(source, { logLevel: 'error' }) as object, stringify: (data: object) => YAML.stringify(data) },
	},
};

export type ParsedFrontmatter = { data: Frontmatter | null; error?: FrontmatterError };

/**
 * Parses the frontmatter block the core reader found (so what counts as frontmatter is Obsidian's rule,
 * not gray-matter's). Line endings are already normalised, so CRLF notes give clean values.
 */
export function parseFrontmatter(block: FrontmatterBlock | null): ParsedFrontmatter {
	if (!block) return { data: null };
	try {
		const parsed = matter(`---\n${block.raw}\n---\n`, MATTER_OPTIONS);
		const data: unknown = parsed.data;
		if (data === null || typeof data !== 'object' || Array.isArray(data)) {
			return { data: null, error: { message: 'the frontmatter is not a list of properties', line: 2 } };
		}
		return { data: data as Frontmatter };
	} catch (error) {
		const yamlError = error instanceof YAML.YAMLParseError ? error : null;
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
		const line = yamlError?.linePos?.[0]?.line;
		return { data: null, error: line === undefined ? { message } : { message, line } };
	}
}
