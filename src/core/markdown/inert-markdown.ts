/**
 * Note text made inert for the Markdown the product writes (reviews, client summaries, new session notes): shown as
 * the words it is, never acting. An embed (`![[…]]`, nested or split over lines), a wiki-link, a Markdown link or image,
 * an autolink, raw HTML, a table pipe, a code span (Dataview runs `` `$= …` ``), `$…$` maths and a `%% … %%` comment
 * all become plain text.
 *
 * The text is read as Markdown source, as it was written in the note: an escape already there (`\[`) stays, so the
 * text reads the same and making it inert twice changes nothing (a step carried forward from session to session does
 * not grow backslashes).
 */

/** What CommonMark lets a backslash escape: any ASCII punctuation. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Line breaks of every kind: an inert text stays on its line, so it cannot open a block of its own. */
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029\u0085]/g;

const char = (code: number) => String.fromCharCode(code);
/**
 * Control characters (C0 but tab and line feed, DEL, C1): never part of what a client said. Built from character
 * codes because a pattern with control characters written in it is easy to misread.
 */
export const CONTROL_CHARACTERS = new RegExp(`[${char(0)}-${char(8)}${char(0x0b)}-${char(0x1f)}${char(0x7f)}-${char(0x9f)}]`, 'g');

/** Characters that open something in Markdown as Obsidian reads it, and how each is written to show as itself. */
const WRITTEN_AS: Record<string, string> = {
	'[': '\\[',
	']': '\\]',
	'|': '\\|',
	'`': '\\`',
	$: '\\$',
	'<': '&lt;',
};

/**
 * `text` on one line, with every construct that could act written to show as plain text. Use for every piece of note
 * text (and every client name) put into Markdown the product writes.
 */
export function inertMarkdown(text: string): string {
	const flat = text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROL_CHARACTERS, '');
	let out = '';
	for (let i = 0; i < flat.length; i++) {
		const ch = flat[i] ?? '';
		if (ch === '\\') {
			const next = flat[i + 1];
			// An escape already written stays as it is; a backslash at the very end escapes nothing of ours.
			if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
				out += ch + next;
				i++;
			} else out += next === undefined ? '\\\\' : ch;
			continue;
		}
		if (ch === '%' && (flat[i - 1] === '%' || flat[i + 1] === '%')) {
			out += '\\%';
			continue;
		}
		out += WRITTEN_AS[ch] ?? ch;
	}
	return out;
}

/** Characters a wiki-link's target or label cannot hold: Obsidian reads no escapes inside `[[…]]`. */
const LINK_BREAKERS = /[[\]|#^\r\n\u2028\u2029]/;

/**
 * `text` for a Markdown table cell: each pipe not already escaped gets a backslash. (A lookbehind would say it
 * shorter, but iOS before 16.4 cannot compile one, and the plugin runs there.)
 */
export function escapeTablePipes(text: string): string {
	return text.replace(/\\?\|/g, (pipe) => (pipe.length === 2 ? pipe : '\\|'));
}

/**
 * `[[target|label]]` for a note the product links to (a review's sources), or the label alone, inert, when the
 * target cannot be written as a link that ends where it should.
 */
export function wikiLink(target: string, label: string): string {
	const cleanLabel = label.replace(CONTROL_CHARACTERS, '').replace(/[[\]|\\<>`$%\s]+/g, ' ').trim();
	if (LINK_BREAKERS.test(target) || target.includes('\\')) return inertMarkdown(label);
	return `[[${target}|${cleanLabel}]]`;
}
