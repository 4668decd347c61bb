import type { FrontmatterBlock } from '../core/markdown/types';
import type { Frontmatter } from '../core/session/frontmatter-fields';
import type { FrontmatterError } from '../core/session/read-session';
import { parseYaml } from './yaml-properties';

/**
 * The `yaml` package keeps `2026-10-14` a string, as Obsidian does (js-yaml would make it a Date); `logLevel`
 * keeps its warnings off the terminal, since ours say the same with the note's path.
 */
export const YAML_OPTIONS = { logLevel: 'error' } as const;

export type ParsedFrontmatter = { data: Frontmatter | null; error?: FrontmatterError };

/**
 * Parses the frontmatter block the core reader found, so what counts as frontmatter is Obsidian's rule. Line endings
 * are already normalised, so CRLF notes give clean values. `yaml` is called directly: gray-matter would find the
 * same block again and copy every note into a Buffer, which cost the command line a sixth of its time
 * (test/cli/frontmatter.test.ts checks that both give the same properties).
 */
export function parseFrontmatter(block: FrontmatterBlock | null): ParsedFrontmatter {
	if (!block) return { data: null };
	const parsed = parseYaml(block.raw);
	if ('error' in parsed) {
		// The parser counts lines from the first YAML line; the note counts from its `---`.
		const { message, line } = parsed.error;
		return { data: null, error: line === undefined ? { message } : { message, line: line + block.firstLine } };
	}
	const data = parsed.value;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return { data: null, error: { message: 'the frontmatter is not a list of properties', line: block.firstLine + 1 } };
	}
	return { data: data as Frontmatter };
}
