import { escapeRegExp } from '../text';

/**
 * Quoted speech inside the coach's prose (`Client stated, "…"`, `She said “…”`, a bullet that is a quote): the quote
 * is the client's words, the prose around it stays the coach's. Scare quotes and titles are not speech: a quote must
 * hold three words or more (two right after a speech verb) and either follow or precede a speech verb, speak in the first person, or be a whole
 * sentence of five words or more (or the whole line).
 */
// Quotes pair up from the left, short ones too ("we"), so a closing mark never opens the next quote.
const QUOTED = /"([^"\n]+?)"|\u201c([^\u201c\u201d\n]+?)\u201d/g;
const SPEECH_VERB = /\b(?:said|says|say|stated|states|told (?:me|us)|tells (?:me|us)|shared|shares|reported|reports|added|adds|explained|described|admitted|noted|put it|in (?:her|his|their|the client's) (?:own )?words|quote|quoted|wrote|replied|answered|asked|exclaimed|insisted|mentioned|called it)\b[^"\u201c.!?]{0,30}$/i;
const SPEECH_AFTER = /^[,.]?\s*(?:she|he|they|the client|client|[A-Z][a-z]+) (?:said|says|added|stated|told me|shared|admitted)\b/;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'll|I'd|I\u2019m|I\u2019ve|I\u2019ll|I\u2019d|me|my|mine|myself|we|we're|our|us)\b/;

export interface QuoteSpan {
	/** Where the quotation marks start and end in the text. */
	start: number;
	end: number;
	words: string;
}

function wordCount(text: string): number {
	return text.trim().split(/\s+/).length;
}

/**
 * The quoted speech in a line. `loose`: the line is the coach's account of the client (`She is "doing the job
 * without the title"`), so every quote of three words or more is what the client said.
 */
export function findQuotes(text: string, loose = false): QuoteSpan[] {
	if (!text.includes('"') && !text.includes('\u201c')) return [];
	const found: QuoteSpan[] = [];
	QUOTED.lastIndex = 0;
	for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
		const words = (m[1] ?? m[2] ?? '').trim();
		const count = wordCount(words);
		if (count < 2) continue;
		const before = text.slice(Math.max(0, m.index - 60), m.index);
		// Two words are speech only when said (`said two of them were "easy, really"`), else a scare quote.
		if (count < 3 && !SPEECH_VERB.test(before)) continue;
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
		const wholeLine = text.slice(0, m.index).replace(/[-*\s>]/g, '') === '' && /^[\s.,;!?]*$/.test(text.slice(m.index + m[0].length));
		const sentence = /[.!?]$/.test(words) && wordCount(words) >= 5;
		if ((loose && !TITLE.test(words)) || SPEECH_VERB.test(before) || SPEECH_AFTER.test(after) || FIRST_PERSON.test(words) || wholeLine || sentence) {
			found.push({ start: m.index, end: m.index + m[0].length, words });
		}
	}
	return found;
}

/** `"The Lean Startup"`: every word capitalised is a title, not speech. */
const TITLE = /^(?:\p{Lu}[\p{L}'\u2019-]*[ \t]+)*\p{Lu}[\p{L}'\u2019-]*[.!?]?$/u;
const ANY_QUOTED = /"[^"\n]*"|\u201c[^\u201c\u201d\n]*\u201d/g;
/**
 * The client spoken of: she, he, they, the client. A client says "they" of others too, but then mostly beside "I" or
 * "we"; a line with neither is unclear, and an unclear line is the coach's.
 */
const THIRD_PERSON = /\b(?:she|he|her|hers|herself|his|him|himself|they|them|their|theirs|themselves|the client|client|coachee)\b/i;
/** The speaker's own voice, in any case ("My", "We"). */
const OWN_VOICE = /\b(?:I|me|my|mine|myself|we|our|ours|us)\b/i;

/**
 * Whether a line under a heading of the client's words is the coach's account of the client rather than their words:
 * it speaks of the client in the third person (`She wants to keep one class`, `Ran his first interview`) and never in
 * the first, outside its quotes. Such a line is the coach's; its quotes are still the client's.
 */
export function isAccountOfClient(text: string, names: () => RegExp | null = () => null): boolean {
	const outside = text.includes('"') || text.includes('\u201c') ? text.replace(ANY_QUOTED, ' ') : text;
	if (OWN_VOICE.test(outside)) return false;
	// The names last: their pattern is made only for a note whose lines get this far.
	return THIRD_PERSON.test(outside) || names()?.test(outside) === true;
}

/** A list item that is a quotation and nothing else: `- "I said it out loud."`. */
const QUOTED_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:"[^"\n]{3,}"|\u201c[^\u201c\u201d\n]{3,}\u201d)[ \t]*$/;

/** Whether a note marks the client's words with quotation marks: one of its list items is a quotation alone. */
export function quotesItsClient(source: string): boolean {
	// Only the lines holding a quotation mark are tried, each once; each kind of mark is searched for from where the
	// last line ended, so a note without curly quotes is not scanned to its end again and again.
	let straight = source.indexOf('"');
	let curly = source.indexOf('\u201c');
	while (straight >= 0 || curly >= 0) {
		const at = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
		const start = source.lastIndexOf('\n', at) + 1;
		let end = source.indexOf('\n', at);
		if (end < 0) end = source.length;
		if (QUOTED_ITEM.test(source.slice(start, end).replace(/\r$/, ''))) return true;
		if (straight >= 0 && straight < end) straight = source.indexOf('"', end);
		if (curly >= 0 && curly < end) curly = source.indexOf('\u201c', end);
	}
	return false;
}

/**
 * Whether a line is unquoted and not in the speaker's own voice (`Finished the pricing write-up`): in a note that
 * quotes its client, such a line under a heading of the client's words is the coach's record, not the client's words.
 */
export function isUnquotedRecord(text: string): boolean {
	if (text.includes('"') || text.includes('\u201c')) return false;
	return !OWN_VOICE.test(text);
}

/** The client's names (full and first) as whole words, for `isAccountOfClient`; null when there are none. */
export function clientNamePattern(clients: readonly string[]): RegExp | null {
	const names = new Set<string>();
	for (const client of clients) {
		const name = client.trim();
		if (name === '') continue;
		names.add(name);
		const first = name.split(/\s+/)[0] ?? '';
		if (first.length > 1) names.add(first);
	}
	if (names.size === 0) return null;
	const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'));
	// A start or a non-word character before, not a lookbehind: iOS before 16.4 cannot compile one.
	return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The prose with each quote replaced by an ellipsis in quotation marks: the coach's part of the line. */
export function withoutQuotes(text: string, quotes: readonly QuoteSpan[]): string {
	let out = '';
	let at = 0;
	for (const q of quotes) {
		out += text.slice(at, q.start) + '"…"';
		at = q.end;
	}
	return out + text.slice(at);
}
