import type * as YamlModule from 'yaml';
import type { Document, Node } from 'yaml';

let yamlModule: typeof YamlModule | null = null;
/**
 * The `yaml` package, loaded when a block first needs it: the fast path reads most notes, and loading the package
 * took a hundredth of a cold run that never used it.
 */
function yaml(): typeof YamlModule {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would load it at start
	return (yamlModule ??= require('yaml') as typeof YamlModule);
}

/** What parsing a frontmatter block gave: its value, or why it failed and where (line 1 is the block's first line). */
export type YamlResult = { value: unknown } | { error: { message: string; line?: number } };

/**
 * Far beyond any coach's properties (a session note's are well under 1 KB; 10,000 short keys fit). The parser takes
 * seconds for half a megabyte on a busy machine, so a larger block is salvaged (linear, milliseconds) instead.
 */
export const MAX_YAML_CHARS = 128_000;

/**
 * Parses YAML in time linear in its size. The `yaml` package's own duplicate-key check compares each key with every
 * key before it (40,000 keys took 10–20 s), so it is off, and duplicates are found here with one set per map. A
 * note with a duplicate key fails as it did before: Obsidian will not read its properties either.
 */
export function parseYaml(raw: string): YamlResult {
	// Linear is not enough for megabytes: the parser takes seconds for each. The fields a review reads are then salvaged.
	if (raw.length > MAX_YAML_CHARS) {
		return { error: { message: `the frontmatter is too large to parse (${Math.round(raw.length / 1024)} KB; the limit is ${MAX_YAML_CHARS / 1000} KB)`, line: 1 } };
	}
	const { LineCounter, parseDocument } = yaml();
	const lineCounter = new LineCounter();
	let doc: Document.Parsed;
	try {
		doc = parseDocument(raw, { logLevel: 'error', uniqueKeys: false, lineCounter });
	} catch (error) {
		return { error: { message: firstLine(error) } };
	}
	const problem = doc.errors[0];
	if (problem) return { error: { message: firstLine(problem), ...lineOf(problem.linePos?.[0]?.line) } };
	const duplicate = firstDuplicateKey(doc.contents);
	if (duplicate) {
		const line = duplicate.range ? lineCounter.linePos(duplicate.range[0]).line : undefined;
		return { error: { message: 'Map keys must be unique', ...lineOf(line) } };
	}
	try {
		return { value: doc.toJS() };
	} catch (error) {
		return { error: { message: firstLine(error) } };
	}
}

function lineOf(line: number | undefined): { line?: number } {
	return line === undefined ? {} : { line };
}

function firstLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
}

/** The first key that repeats a scalar key of the same map, anywhere in the tree; walked without recursion. */
function firstDuplicateKey(root: Node | null): Node | null {
	const { isMap, isScalar, isSeq } = yaml();
	const pending: unknown[] = [root];
	const visited = new Set<unknown>();
	while (pending.length > 0) {
		const node = pending.pop();
		if (visited.has(node)) continue;
		visited.add(node);
		if (isMap(node)) {
			const keys = new Set<string>();
			for (const pair of node.items) {
				const key: unknown = pair.key;
				if (isScalar(key)) {
					const id = `${typeof key.value}:${String(key.value)}`;
					if (keys.has(id)) return key;
					keys.add(id);
				}
				pending.push(pair.value);
			}
		} else if (isSeq(node)) for (const item of node.items) pending.push(item);
	}
	return null;
}
