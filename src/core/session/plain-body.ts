import {
	type FenceOpen,
	isFenceClose,
	isFootnoteDefinition,
	isPlainAsciiStart,
	isPlainStart,
	isThematicBreak,
	matchCalloutStart,
	matchFenceOpen,
	matchListMarker,
} from '../markdown/block-starts';
import { isBlank } from '../markdown/lines';
import type { Callout } from '../markdown/types';
import { BodyClassifier, type BodyReading } from './body-classifier';
import type { ReadingRules } from './rules';

/*
 * Most session notes are plain: prose, ATX headings, flat bullet lists and checkboxes, one level of quotes and
 * callouts, fenced code, all starting at the first column. Such a note is read here in one pass over its text,
 * telling the classifier what each line is as the block parser would have found it, without splitting the note,
 * a line table or Obsidian-shaped objects. Anything else (indentation, nesting, tables, HTML, comments, math,
 * setext headings, a line break other than LF, a line that would continue a list item or quote lazily) makes it
 * give up, and the note is read by the general parser instead. test/core/session/plain-body.test.ts reads
 * thousands of notes both ways and compares every reading.
 */

/** What the previous line left open: nothing, a paragraph, a list item's text or a quote's paragraph. */
const NOTHING = 0;
const PARAGRAPH = 1;
const ITEM = 2;
const QUOTE_PARAGRAPH = 3;

/**
 * The body of a note from offset `start` (line `firstLine`, 0-based) of `source`, or null when the note is not
 * plain and must go through the general parser. Lines end in `\n` alone: `plainBodyStart` finds the start only in
 * a note without CRs.
 */
export function readPlainBody(source: string, start: number, firstLine: number, rules: ReadingRules, isProfile: boolean): BodyReading | null {
	const classifier = new BodyClassifier(source, rules, isProfile, false);
	const end = source.length;
	let open = NOTHING;
	// The quote open at the top level, if any, and the callout it is.
	let inQuote = false;
	let calloutIndex = -1;
	let callout: Callout | undefined;
	let callouts = 0;
	let items = 0;
	let fence: FenceOpen | null = null;
	for (let pos = start, i = firstLine; ; i++) {
		const first = source.charCodeAt(pos);
		// An empty line needs no search for its end: notes are half empty lines.
		const newline = first === 10 ? pos : source.indexOf('\n', pos);
		const lineEnd = newline < 0 ? end : newline;
		if (fence !== null) {
			// Every line of a fence, its closing line and blank lines too, only ends what came before.
			if (isFenceClose(source.slice(pos, lineEnd), fence)) fence = null;
			classifier.other();
		} else if (lineEnd === pos || ((first === 32 || first === 9) && isBlank(source, pos, lineEnd))) {
			classifier.blank();
			open = NOTHING;
			inQuote = false;
		} else if (first === 62) {
			// `>`, then one space or none: a tab's columns would need the general parser's cursor.
			const after = source.charCodeAt(pos + 1);
			if (after === 9) return null;
			const content = after === 32 ? pos + 2 : pos + 1;
			if (!inQuote) {
				inQuote = true;
				open = NOTHING;
				calloutIndex = -1;
				callout = undefined;
				const opening = source.charCodeAt(content) === 91 ? matchCalloutStart(source.slice(content, lineEnd)) : null;
				if (opening) {
					// The title line: a paragraph of the callout that holds no words to sort.
					calloutIndex = callouts++;
					callout = { type: opening.type, title: opening.title, line: i, depth: 1 };
					open = QUOTE_PARAGRAPH;
					classifier.other();
					if (newline < 0) break;
					pos = newline + 1;
					continue;
				}
			}
			if (isBlank(source, content, lineEnd)) {
				classifier.blank();
				open = NOTHING;
			} else {
				if (!isPlainAsciiStart(source.charCodeAt(content))) return null;
				open = QUOTE_PARAGRAPH;
				classifier.textLine(i, -1, source.slice(content, lineEnd), classifier.marks(pos, lineEnd), 1, calloutIndex, callout);
			}
		} else if ((first === 45 || first === 42 || first === 43) && source.charCodeAt(pos + 1) === 32) {
			// A bullet, one space, an optional checkbox of one ASCII character and one space, then plain ASCII text.
			let content = pos + 2;
			let task: string | undefined;
			if (source.charCodeAt(content) === 91) {
				const box = source.charCodeAt(pos + 3);
				if (!(box >= 32 && box < 127) || source.charCodeAt(pos + 4) !== 93 || source.charCodeAt(pos + 5) !== 32) return null;
				task = source.charAt(pos + 3);
				content = pos + 6;
			}
			if (!isPlainAsciiStart(source.charCodeAt(content))) return null;
			classifier.itemLine(i, items++, -1, task, source.slice(content, lineEnd), classifier.marks(pos, lineEnd), 0, -1, undefined);
			open = ITEM;
			inQuote = false;
		} else {
			const line = source.slice(pos, lineEnd);
			const heading = first === 35 ? rules.headingLine(line) : null;
			const fenceOpen = first === 96 || first === 126 ? matchFenceOpen(line) : null;
			if (heading) {
				classifier.headingLine(heading);
				open = NOTHING;
			} else if (fenceOpen) {
				fence = fenceOpen;
				classifier.other();
				open = NOTHING;
			} else {
				// Prose; after a list item's or a quote's text it would continue that block lazily.
				if (open === ITEM || open === QUOTE_PARAGRAPH || !isProseStart(first, line)) return null;
				classifier.proseLine(i, line, classifier.marks(pos, lineEnd));
				open = PARAGRAPH;
			}
			inQuote = false;
		}
		if (newline < 0) break;
		pos = newline + 1;
	}
	// An unclosed fence is a problem to report: the general parser does.
	return fence === null ? classifier.finish() : null;
}

/**
 * Whether a line at the first column that is neither a heading nor a fence is prose: plain text, or a character
 * that may open a block but does not here (`#tag`, `2026 was…`, `[[Link]]`, `**Client:**`, `` `code` ``).
 */
function isProseStart(first: number, line: string): boolean {
	if (isPlainStart(first)) return true;
	if (first === 35 || first === 96 || first === 126) return true;
	if (first >= 48 && first <= 57) return matchListMarker(line, 0) === null;
	if (first === 91) return !isFootnoteDefinition(line);
	if (first === 42 || first === 95) return !isThematicBreak(line);
	return false;
}
