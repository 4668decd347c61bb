/** Inline constructs Obsidian's cache does not give: Dataview fields, block ids, links (the step line's own are in `step-line/`). */

export interface InlineField {
	key: string;
	value: string;
	/** `line` for `key:: value` taking the whole line, `bracket` for `[key:: value]`, `paren` for `(key:: value)`. */
	style: 'line' | 'bracket' | 'paren';
	/** Where the field starts and ends in the text it was read from. */
	start: number;
	end: number;
}

const FULL_LINE_FIELD = /^[ \t]*([\p{L}\p{N}_][\p{L}\p{N}_ \-/]{0,60}?)[ \t]*::[ \t]*(.*)$/u;
const BRACKETED_FIELD = /[[(]([\p{L}\p{N}_][\p{L}\p{N}_ \-/]{0,60}?)[ \t]*::[ \t]*([^\])]*)[\])]/gu;

const NO_FIELDS: readonly InlineField[] = [];

/** Dataview inline fields in one line of text. */
export function readInlineFields(text: string): readonly InlineField[] {
	if (!text.includes('::')) return NO_FIELDS;
	const fields: InlineField[] = [];
	BRACKETED_FIELD.lastIndex = 0;
	for (let match = BRACKETED_FIELD.exec(text); match; match = BRACKETED_FIELD.exec(text)) {
		const opener = match[0][0];
		const closer = match[0][match[0].length - 1];
		if ((opener === '[') !== (closer === ']')) continue;
		fields.push({
			key: (match[1] ?? '').trim(),
			value: (match[2] ?? '').trim(),
			style: opener === '[' ? 'bracket' : 'paren',
			start: match.index,
			end: match.index + match[0].length,
		});
		// No `::` left, no field left: no search to the end of the line for one.
		if (!text.includes('::', BRACKETED_FIELD.lastIndex)) break;
	}
	if (fields.length === 0) {
		const line = FULL_LINE_FIELD.exec(text);
		if (line && !/^\s*(?:https?|obsidian|file):/i.test(text)) {
			fields.push({ key: (line[1] ?? '').trim(), value: (line[2] ?? '').trim(), style: 'line', start: 0, end: text.length });
		}
	}
	return fields;
}

/** Dataview's key normalisation, as the step line reads it (`Due Date` is `due-date`). */
export { normaliseFieldKey } from '../step-line/fields';

const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;

export function readBlockId(text: string): { id: string; rest: string } | null {
	const match = BLOCK_ID.exec(text);
	if (!match) return null;
	return { id: match[1] ?? '', rest: text.slice(0, match.index) };
}

export interface WikiLink {
	target: string;
	display: string;
	embed: boolean;
}

const WIKI_LINK = /(!?)\[\[([^\]|[\n]+?)(?:\|([^\]\n]*))?\]\]/g;

export function readWikiLinks(text: string): WikiLink[] {
	const links: WikiLink[] = [];
	if (!text.includes('[[')) return links;
	WIKI_LINK.lastIndex = 0;
	for (let match = WIKI_LINK.exec(text); match; match = WIKI_LINK.exec(text)) {
		const target = (match[2] ?? '').trim();
		links.push({ target, display: (match[3] ?? target).trim(), embed: match[1] === '!' });
	}
	return links;
}

/** Replaces `[[target|alias]]` with what a reader sees: the alias, else the target. */
export function wikiLinksAsText(text: string): string {
	if (!text.includes('[') || !text.includes('[[')) return text;
	return text.replace(WIKI_LINK, (_whole, _embed: string, target: string, display: string | undefined) =>
		(display ?? target.split('#')[0] ?? target).trim(),
	);
}
