import { isScalar, parse, parseDocument, stringify, visit } from 'yaml';
import { findFrontmatter } from '../markdown/frontmatter';

/**
 * Frontmatter the product writes, always through the YAML serializer: a value holding `"`, `]]`, a colon or a line
 * break stays one value and can never add a property (`publish: true`) of its own.
 */

/** Lines never fold: a long client name stays on its line. */
const WRITE = { lineWidth: 0 } as const;

/** `---`, the fields as YAML, `---`, each on its own line. */
export function frontmatterBlock(fields: Record<string, unknown>): string {
	return `---\n${stringify(fields, WRITE)}---`;
}

/** A note's frontmatter and what follows it, where the one frontmatter finder says; `yaml` is null when the note has none. */
export function splitFrontmatter(text: string): { yaml: string | null; body: string } {
	const scan = findFrontmatter(text);
	return scan.block ? { yaml: scan.block.raw, body: text.slice(scan.bodyOffset) } : { yaml: null, body: text };
}

/** A note's frontmatter as plain data; null when it has none or it is not a YAML mapping. */
export function readFrontmatter(text: string): Record<string, unknown> | null {
	const { yaml } = splitFrontmatter(text);
	if (yaml === null) return null;
	try {
		const data: unknown = parse(yaml);
		return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/** A placeholder's stand-in while the template's YAML is parsed: a plain word YAML reads as a string. */
const slot = (index: number) => `crslot${index}x`;

/**
 * A template's frontmatter with its `{{key}}` placeholders filled: the template is parsed as YAML with a plain word in
 * each placeholder's place, the values are put into the parsed strings, and the whole is written by the serializer.
 * A value that is a whole scalar takes its own type (`session: {{session}}` stays a number). Null when the
 * template's frontmatter is not YAML; placeholders with no value are left as they are.
 */
export function fillFrontmatter(yaml: string, values: Record<string, string | number>): string | null {
	const keys: string[] = [];
	const slotted = yaml.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
		if (!Object.prototype.hasOwnProperty.call(values, key)) return whole;
		keys.push(key);
		return slot(keys.length - 1);
	});
	const doc = parseDocument(slotted);
	if (doc.errors.length > 0) return null;
	const fill = (text: string) => text.replace(/crslot(\d+)x/g, (whole, n: string) => String(values[keys[Number(n)] ?? ''] ?? whole));
	visit(doc, {
		Scalar(_key, node) {
			if (!isScalar(node) || typeof node.value !== 'string') return;
			const whole = /^crslot(\d+)x$/.exec(node.value);
			const value = whole ? values[keys[Number(whole[1])] ?? ''] : undefined;
			node.value = value !== undefined ? value : fill(node.value);
		},
	});
	return `---\n${doc.toString({ ...WRITE, nullStr: '' })}---`;
}
