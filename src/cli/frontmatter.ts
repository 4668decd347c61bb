import type { FrontmatterBlock } from '../core/markdown';
import type { Frontmatter } from '../core/session';
import type { ParsedFrontmatter } from '../core/session';
import { parseSimpleYaml } from './simple-yaml';
import { MAX_YAML_CHARS, parseYaml } from './yaml-properties';

/**
 * The `yaml` package keeps `2026-10-14` a string, as Obsidian does (js-yaml would make it a Date); `logLevel`
 * keeps its warnings off the terminal, since ours say the same with the note's path.
 */
export const YAML_OPTIONS = { logLevel: 'error' } as const;

export type { ParsedFrontmatter } from '../core/session';

/**
 * Parses the frontmatter block the core reader found, so what counts as frontmatter is Obsidian's rule. Line endings
 * are already normalised, so CRLF notes give clean values. The plain shapes most notes hold take the fast path
 * (`parseSimpleYaml`, the same objects as `yaml`); anything else goes to `yaml` (`parseYaml`: linear in the block's
 * size, with the message and line of broken YAML). gray-matter would find the same block again and copy every note
 * into a Buffer (test/cli/frontmatter.test.ts checks that both give the same properties).
 */
export function parseFrontmatter(block: FrontmatterBlock | null): ParsedFrontmatter {
	if (!block) return { data: null };
	// A block too large to parse quickly is refused by `parseYaml` (and salvaged by the reader), fast path or not.
	const simple = block.raw.length <= MAX_YAML_CHARS ? parseSimpleYaml(block.raw) : undefined;
	if (simple !== undefined) return { data: simple };
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
