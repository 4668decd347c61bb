import { clientFileName, type SafeName } from './file-names';
import { hashText } from './hash';
import { frontmatterBlock, readFrontmatter, splitFrontmatter } from './yaml-frontmatter';

/**
 * Notes the plugin writes (exported reviews and summaries) carry a marker, whose review they are, and a hash of what
 * was written (all of it but the hash's own line), so a later export replaces only its own untouched output for the
 * same client, and never a note the coach has edited, in its body or its frontmatter.
 */

import { EXPORT_MARKER } from '../note-kinds';

export { hashText };

const HASH_KEY = 'coaching-review-hash';

/** A review, the client's own summary, or the brief before a session. */
export type ExportKind = 'review' | 'client-summary' | 'brief';

/** A link to the client's profile where the name can be one; the name alone where a link would not end where it should. */
function reviewOf(client: string): string {
	return /[[\]|#^\r\n]/.test(client) ? client : `[[${client}]]`;
}

export function exportNoteText(kind: ExportKind, client: string, day: string, body: string): string {
	// Not `client:`: an export must never be read back as one of the client's sessions.
	const fields = { [EXPORT_MARKER]: kind, 'review-of': reviewOf(client), generated: day };
	// The hash covers everything written but its own line, frontmatter included: tags or `sent-to-client:` the
	// coach adds to an export make it theirs, and the next export takes a new name instead of replacing it.
	const hash = hashText(`${frontmatterBlock(fields)}\n${body}`);
	return `${frontmatterBlock({ ...fields, [HASH_KEY]: hash })}\n${body}`;
}

/** The hash line, last in the frontmatter the product writes. */
const HASH_LINE = new RegExp(`\\n${HASH_KEY}: [^\\n]*\\n`);

/**
 * Whether a note is the plugin's own export, unchanged (frontmatter and body) since it was written; with `client`,
 * also that it is that client's (another client whose name makes the same file name never replaces it).
 */
export function isUntouchedExport(text: string, client?: string): boolean {
	const fields = readFrontmatter(text);
	if (!fields) return false;
	const kind = fields[EXPORT_MARKER];
	if (kind !== 'review' && kind !== 'client-summary' && kind !== 'brief') return false;
	if (client !== undefined && fields['review-of'] !== reviewOf(client)) return false;
	const hash = fields[HASH_KEY];
	const line = HASH_LINE.exec(text);
	// The hash line inside the frontmatter, the rest of the text exactly as it was around it.
	if (typeof hash !== 'string' || !line || line.index >= text.length - splitFrontmatter(text).body.length) return false;
	return hash === hashText(text.slice(0, line.index + 1) + text.slice(line.index + line[0].length));
}

/** The export's file name, and the notice to give when the client's name could not be used as it is. */
export function exportFileName(kind: ExportKind, client: string, day: string): SafeName {
	const safe = clientFileName(client);
	const names: Record<ExportKind, string> = { review: 'review', 'client-summary': 'summary for client', brief: 'brief' };
	return { name: `${safe.name} ${names[kind]} ${day}.md`, notice: safe.notice };
}

/**
 * Where to write: the wanted path if it is free or holds our own untouched export, else the first free
 * "name (2).md", "name (3).md"… `read` gives a note's text, or null when there is none.
 */
export function chooseExportPath(folder: string, fileName: string, read: (path: string) => string | null, client?: string): { path: string; replaces: boolean } {
	const base = fileName.replace(/\.md$/, '');
	const prefix = folder.replace(/^\/+|\/+$/g, '');
	for (let n = 1; ; n++) {
		const path = `${prefix ? `${prefix}/` : ''}${n === 1 ? base : `${base} (${n})`}.md`;
		const existing = read(path);
		if (existing === null) return { path, replaces: false };
		if (isUntouchedExport(existing, client)) return { path, replaces: true };
	}
}
