import { readInlineFields } from '../markdown/inline';
import type { Callout } from '../markdown/types';
import { normaliseFieldKey } from '../step-line';
import type { BodyClassifier } from './body-classifier';
import { ALL_MARKS, cleanText, HAS_BRACKET } from './line-gates';
import { place, type Placement, type Target } from './placement';
import { readProgressMark } from './progress-mark';
import { findQuotes, withoutQuotes } from './quotes';
import type { ClientWords, Extract } from './types';

/** No extract follows on from the previous one (a field, a `Client:` line, a different block). */
export const UNMERGEABLE = -2;

/**
 * Text placed: a new extract of the client's words or the coach's notes, or more of the previous one when it goes
 * on from it (one paragraph, item, quote and callout, on the next line, for the same side). `item`, `quote` and
 * `callout` say which block the text is in; `item` is UNMERGEABLE for a text of its own.
 */
export function pushExtract(cx: BodyClassifier, placement: Placement, text: string, line: number, item: number, quote: number, callout: number, marks = ALL_MARKS): void {
	let cleaned = cleanText(text, marks);
	if (cleaned === '' || placement.target === 'skip') return;
	// The scope dominates: inside a coach's or private scope, nothing the line says makes it the client's.
	if (cx.scope !== null) placement = cx.scopes.dominate(placement, cx.scope);
	// The coach's mark on a client statement's line is no part of what the client said.
	const progressMark = placement.target === 'client' && marks & HAS_BRACKET ? readProgressMark(cleaned) : null;
	if (progressMark) cleaned = progressMark.text;
	const previous = cx.previous;
	if (
		previous !== null &&
		item !== UNMERGEABLE &&
		cx.previousItem === item &&
		cx.previousQuote === quote &&
		cx.previousCallout === callout &&
		cx.previousLine === line - 1 &&
		cx.previousTarget === placement.target
	) {
		previous.text += ' ' + cleaned;
		if (progressMark) (previous as ClientWords).progressMark = progressMark.mark;
		cx.previousLine = line;
		return;
	}
	const { result } = cx;
	let extract: Extract;
	if (placement.target === 'client') {
		const words: ClientWords = { text: cleaned, line, rule: placement.rule, winRule: placement.winRule };
		if (placement.speaker !== null) words.speaker = placement.speaker;
		if (progressMark) words.progressMark = progressMark.mark;
		if (!cx.isProfile) result.clientWords.push(words);
		if (placement.goal) result.goals.push({ text: cleaned, line, rule: placement.rule });
		extract = words;
	} else {
		extract = { text: cleaned, line, rule: placement.rule };
		result.coachNotes.push(extract);
		// The same object: a line that continues it continues the question too.
		if (placement.question) result.questions.push(extract);
	}
	cx.previous = extract;
	cx.previousTarget = placement.target;
	cx.previousItem = item;
	cx.previousQuote = quote;
	cx.previousCallout = callout;
	cx.previousLine = line;
}

/**
 * Quoted speech in the coach's prose: the quote alone is the client's words, the prose around it (with the quote
 * left out) the coach's. True when the line held a quote.
 */
export function placeQuotes(cx: BodyClassifier, placement: Placement, text: string, line: number, item: number, quote: number, calloutIndex: number, marks: number, loose = false): boolean {
	const quotes = findQuotes(text, loose);
	if (quotes.length === 0) return false;
	const prose = withoutQuotes(text, quotes);
	if (/[\p{L}\p{N}]/u.test(prose.replace(/"…"/g, ''))) pushExtract(cx, placement, prose, line, item, quote, calloutIndex, marks);
	const rule = cx.rules.intern("quoted speech in the coach's prose, the client's words");
	for (const q of quotes) {
		cx.previous = null;
		pushExtract(cx, place('client', rule), q.words, line, UNMERGEABLE, quote, calloutIndex, marks);
	}
	cx.previous = null;
	return true;
}

/** Where the lines of callout `index` go, on the side `target`: worked out on its first line and kept. */
export function calloutPlacement(cx: BodyClassifier, index: number, callout: Callout, target: Target): Placement {
	// Made on the first callout: most notes have none.
	const placements = (cx.calloutPlacements ??= []);
	const known = placements[index];
	if (known && known.target === target) return known;
	const placement = place(target, cx.rules.ruleFor('callout', callout.type));
	placements[index] = placement;
	return placement;
}

/** Dataview fields that carry the client's words, wins or goals; true when one was used. */
export function placeFields(cx: BodyClassifier, text: string, line: number): boolean {
	const { rules } = cx;
	let usedField = false;
	for (const field of readInlineFields(text)) {
		const name = normaliseFieldKey(field.key);
		const rule = rules.ruleFor('field', field.key);
		if (rules.goalFields.has(name) && cx.scope === null) {
			cx.result.goals.push({ text: cleanText(field.value), line, rule });
			usedField = true;
		} else if (rules.clientFields.has(name) || rules.winFields.has(name) || rules.goalFields.has(name)) {
			cx.previous = null;
			pushExtract(cx, place('client', rule, rules.winFields.has(name) ? rule : null), field.value, line, UNMERGEABLE, 0, -1);
			cx.previous = null;
			usedField = true;
		}
	}
	return usedField;
}
