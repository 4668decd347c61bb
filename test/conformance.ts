import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One recorded note: its text and what Obsidian's metadata cache held for it. */
export interface RecordedNote {
	name: string;
	fileContents: string;
	cachedMetadata: {
		frontmatter?: Record<string, unknown>;
		frontmatterPosition?: { start: { line: number }; end: { line: number } };
		headings?: { heading: string; level: number; position: { start: { line: number } } }[];
		listItems?: { parent: number; task?: string; position: { start: { line: number } } }[];
		sections?: { type: string; position: { start: { line: number }; end: { line: number } } }[];
	};
}

export const CONFORMANCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/obsidian-metadata');

export function loadRecordedNotes(): RecordedNote[] {
	return readdirSync(CONFORMANCE_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const data = JSON.parse(readFileSync(path.join(CONFORMANCE_DIR, f), 'utf8')) as Omit<RecordedNote, 'name'>;
			return { ...data, name: f.replace(/\.json$/, '') };
		});
}
