import type { Frontmatter } from './frontmatter-fields';

/** Deeper than any property a coach writes; deep enough that no reader recurses into trouble. */
const MAX_DEPTH = 64;

export interface UnreadableField {
	key: string;
	why: 'refers to itself' | 'nests too deep';
}

/**
 * The properties without those no reader can walk: a value that holds itself (YAML `session: &s [*s]`, which a
 * parser gives as a list inside itself) or nests deeper than `MAX_DEPTH`. Returns the same object when every
 * property is fine, as nearly all are; each container is looked into once, so this is linear in the properties.
 */
export function withoutUnreadableFields(data: Frontmatter): { data: Frontmatter; dropped: UnreadableField[] } {
	let dropped: UnreadableField[] | null = null;
	let clean: Set<object> | null = null;
	for (const key of Object.keys(data)) {
		const value = data[key];
		// Most values are text or a list of texts: nothing in them can hold itself or nest.
		if (value === null || typeof value !== 'object' || (Array.isArray(value) && value.every(isScalar))) continue;
		const why = problemIn(value, new Set(), (clean ??= new Set()), 0);
		if (why) (dropped ??= []).push({ key, why });
	}
	if (!dropped) return { data, dropped: [] };
	const kept: Frontmatter = {};
	const bad = new Set(dropped.map((d) => d.key));
	for (const key of Object.keys(data)) if (!bad.has(key)) kept[key] = data[key];
	return { data: kept, dropped };
}

function isScalar(value: unknown): boolean {
	return value === null || typeof value !== 'object';
}

function problemIn(value: object, ancestors: Set<object>, clean: Set<object>, depth: number): UnreadableField['why'] | null {
	if (clean.has(value)) return null;
	if (ancestors.has(value)) return 'refers to itself';
	if (depth >= MAX_DEPTH) return 'nests too deep';
	if (value instanceof Date) return null;
	ancestors.add(value);
	const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
	for (const child of children) {
		if (child === null || typeof child !== 'object') continue;
		const why = problemIn(child, ancestors, clean, depth + 1);
		if (why) return why;
	}
	ancestors.delete(value);
	clean.add(value);
	return null;
}
