import { cutSpans } from '../text';

/** Inline constructs Obsidian's cache does not give: Dataview fields, Tasks signifiers, block ids, links. */

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

/** Dataview's key normalisation: case and spaces do not matter (`Due Date` is `due-date`). */
export function normaliseFieldKey(key: string): string {
	const lower = key.trim().toLowerCase();
	// Most keys are one word: only a key with a space or tab inside (or any other character past `~`) needs the pattern.
	for (let i = 0; i < lower.length; i++) {
		const code = lower.charCodeAt(i);
		if (code <= 32 || code > 126) return lower.replace(/\s+/g, '-');
	}
	return lower;
}

export interface TasksSignifiers {
	due?: string;
	done?: string;
	cancelled?: string;
	scheduled?: string;
	start?: string;
	created?: string;
	id?: string;
}

const SIGNIFIER_DATES: [string, keyof TasksSignifiers][] = [
	['📅', 'due'],
	['🗓', 'due'],
	['✅', 'done'],
	['❌', 'cancelled'],
	['⏳', 'scheduled'],
	['⌛', 'scheduled'],
	['🛫', 'start'],
	['➕', 'created'],
];
const SIGNIFIER = /(📅|🗓️?|✅|❌|⏳|⌛|🛫|➕)\uFE0F?[ \t]*(\d{4}-\d{2}-\d{2})|🆔\uFE0F?[ \t]*([A-Za-z0-9_-]+)|(?:⛔|🔁|🏁)\uFE0F?[ \t]*[^📅🗓✅❌⏳⌛🛫➕🆔🔺⏫🔼🔽⏬#^]*|[🔺⏫🔼🔽⏬]\uFE0F?/gu;

export interface SignifierScan {
	values: TasksSignifiers;
	/** The text with every signifier taken out, the space each leaves closed up. */
	rest: string;
	found: boolean;
}

/** Tasks plugin emoji signifiers, and the text left once they are taken out. */
export function readTasksSignifiers(text: string): SignifierScan {
	const values: TasksSignifiers = {};
	let found = false;
	const spans: [number, number][] = [];
	SIGNIFIER.lastIndex = 0;
	for (let match = SIGNIFIER.exec(text); match; match = SIGNIFIER.exec(text)) {
		// An empty match cannot happen (every alternative needs an emoji), but a loop must never stall on one.
		if (match[0] === '') {
			SIGNIFIER.lastIndex++;
			continue;
		}
		found = true;
		const [whole, emoji, date, id] = match;
		if (emoji && date) {
			const key = SIGNIFIER_DATES.find(([sign]) => emoji.startsWith(sign))?.[1];
			if (key) values[key] = date;
		} else if (id) values.id = id;
		spans.push([match.index, match.index + whole.length]);
	}
	return { values, rest: cutSpans(text, spans), found };
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
