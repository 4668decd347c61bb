import { readFieldHead, scanBracketedFields, scanWikiLinks } from './inline-scan';

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

const NO_FIELDS: readonly InlineField[] = [];
/** Fields read from one line: far more than any note has, few enough that a line of them costs little. */
const MAX_FIELDS = 100;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const URL_START = /^\s*(?:https?|obsidian|file):/i;

/** Dataview inline fields in one line of text, read in time linear in its length (see `inline-scan.ts`). */
export function readInlineFields(text: string): readonly InlineField[] {
	if (!text.includes('::')) return NO_FIELDS;
	const fields: InlineField[] = [];
	scanBracketedFields(text, (match) => {
		if ((match.opener === '[') !== (match.closer === ']')) return true;
		fields.push({
			key: text.slice(match.start + 1, match.keyEnd).trim(),
			value: text.slice(match.valueStart, match.end - 1).trim(),
			style: match.opener === '[' ? 'bracket' : 'paren',
			start: match.start,
			end: match.end,
		});
		// No `::` left, no field left: no search to the end of the line for one. Past `MAX_FIELDS` the rest is text.
		return fields.length < MAX_FIELDS && text.includes('::', match.end);
	});
	if (fields.length === 0) {
		// `key:: value` taking the whole line: blanks, the key, `::`, and a value with no line break.
		const head = readFieldHead(text, skipLeadingBlanks(text));
		if (head && !LINE_BREAK.test(text.slice(head.valueStart)) && !URL_START.test(text)) {
			const key = text.slice(skipLeadingBlanks(text), head.keyEnd).trim();
			fields.push({ key, value: text.slice(head.valueStart).trim(), style: 'line', start: 0, end: text.length });
		}
	}
	return fields;
}

function skipLeadingBlanks(text: string): number {
	let i = 0;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
	return i;
}

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

export function readWikiLinks(text: string): WikiLink[] {
	const links: WikiLink[] = [];
	if (!text.includes('[[')) return links;
	scanWikiLinks(text, (match) => {
		const target = match.target.trim();
		links.push({ target, display: (match.alias ?? target).trim(), embed: match.embed });
	});
	return links;
}

/** Replaces `[[target|alias]]` with what a reader sees: the alias, else the target. */
export function wikiLinksAsText(text: string): string {
	if (!text.includes('[') || !text.includes('[[')) return text;
	const pieces: string[] = [];
	let from = 0;
	scanWikiLinks(text, (match) => {
		pieces.push(text.slice(from, match.start), (match.alias ?? match.target.split('#')[0] ?? match.target).trim());
		from = match.end;
	});
	if (from === 0) return text;
	pieces.push(text.slice(from));
	return pieces.join('');
}
