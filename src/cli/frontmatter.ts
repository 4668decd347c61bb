import YAML from 'yaml';
import type { FrontmatterBlock } from '../core/markdown/types';
import type { ParsedFrontmatter } from '../core/session/parse-note';
import { parseSimpleYaml } from './simple-yaml';

/**
 * The `yaml` package keeps `2026-10-14` a string, as Obsidian does (js-yaml would make it a Date); `logLevel`
 * keeps its warnings off the terminal, since ours say the same with the note's path.
 */
export const YAML_OPTIONS = { logLevel: 'error' } as const;

export type { ParsedFrontmatter } from '../core/session/parse-note';

/**
 * Parses the frontmatter block the core reader found, so what counts as frontmatter is Obsidian's rule. Line endings
 * are already normalised, so CRLF notes give clean values. `yaml` is called directly: gray-matter would find the
 * same block again and copy every note into a Buffer, which cost the command line a sixth of its time
 * (test/cli/frontmatter.test.ts checks that both give the same properties). The simple shapes most notes use take
 * a fast path that gives the same objects (`simple-yaml.ts`); `yaml` reads the rest, and says what is broken.
 */
export function parseFrontmatter(block: FrontmatterBlock | null): ParsedFrontmatter {
	if (!block) return { data: null };
	const simple = parseSimpleYaml(block.raw);
	if (simple !== undefined) return { data: simple };
	try {
		const data: unknown = YAML.parse(block.raw, YAML_OPTIONS);
		if (data === null || typeof data !== 'object' || Array.isArray(data)) {
			return { data: null, error: { message: 'the frontmatter is not a list of properties', line: block.firstLine + 1 } };
		}
		return { data: data as Record<string, unknown> };
	} catch (error) {
		const yamlError = error instanceof YAML.YAMLParseError ? error : null;
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
		// The parser counts lines from the first YAML line; the note counts from its `---`.
		const yamlLine = yamlError?.linePos?.[0]?.line;
		return { data: null, error: yamlLine === undefined ? { message } : { message, line: yamlLine + block.firstLine } };
	}
}
