/**
 * Notes the plugin writes (exported reviews and summaries) carry a marker and a hash of what was written (all
 * of it but the hash's own line), so a later export replaces only its own untouched output and never a note the
 * coach has edited, in its body or its frontmatter.
 */

export const EXPORT_MARKER = 'coaching-review';
const HASH_KEY = 'coaching-review-hash';

/** A 53-bit string hash (cyrb53), enough to tell an edited body from the one written. */
export function hashText(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

export type ExportKind = 'review' | 'client-summary';

export function exportNoteText(kind: ExportKind, client: string, day: string, body: string): string {
	// Not `client:`: an export must never be read back as one of the client's sessions.
	const head = ['---', `${EXPORT_MARKER}: ${kind}`, `review-of: "[[${client}]]"`, `generated: ${day}`].join('\n');
	const rest = `---\n${body}`;
	// The hash covers everything written but its own line, frontmatter included: tags or `sent-to-client:` the
	// coach adds to an export make it theirs, and the next export takes a new name instead of replacing it.
	return `${head}\n${HASH_KEY}: ${hashText(`${head}\n${rest}`)}\n${rest}`;
}

/** Whether a note is the plugin's own export, unchanged (frontmatter and body) since it was written. */
export function isUntouchedExport(text: string): boolean {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) return false;
	const frontmatter = match[1] ?? '';
	const marker = new RegExp(`^${EXPORT_MARKER}: (review|client-summary)$`, 'm').test(frontmatter);
	const hashLine = new RegExp(`\\n${HASH_KEY}: ([0-9a-f]+)\\n`).exec(text);
	// The hash line inside the frontmatter, the rest of the text exactly as it was around it.
	if (!marker || !hashLine || hashLine.index >= match[0].length) return false;
	const without = text.slice(0, hashLine.index + 1) + text.slice(hashLine.index + hashLine[0].length);
	return hashLine[1] === hashText(without);
}

export function exportFileName(kind: ExportKind, client: string, day: string): string {
	const safe = client.replace(/[\\/:*?"<>|#^[\]]/g, ' ').replace(/\s+/g, ' ').trim();
	return kind === 'review' ? `${safe} review ${day}.md` : `${safe} summary for client ${day}.md`;
}

/**
 * Where to write: the wanted path if it is free or holds our own untouched export, else the first free
 * "name (2).md", "name (3).md"… `read` gives a note's text, or null when there is none.
 */
export function chooseExportPath(folder: string, fileName: string, read: (path: string) => string | null): { path: string; replaces: boolean } {
	const base = fileName.replace(/\.md$/, '');
	const prefix = folder.replace(/^\/+|\/+$/g, '');
	for (let n = 1; ; n++) {
		const path = `${prefix ? `${prefix}/` : ''}${n === 1 ? base : `${base} (${n})`}.md`;
		const existing = read(path);
		if (existing === null) return { path, replaces: false };
		if (isUntouchedExport(existing)) return { path, replaces: true };
	}
}
