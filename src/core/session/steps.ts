import { type InlineField, normaliseFieldKey, readBlockId, readInlineFields, readTasksSignifiers } from '../markdown/inline';
import type { CoachingSettings } from '../settings';
import { readDay } from './frontmatter-fields';
import type { ActionStep, Owner, StepStatus } from './types';
import { closeUp, cutSpans, escapeRegExp, isWide, trimmed } from '../text';

/** `[ ]` open, `[x]` done, `[-]` dropped, `[/]` in progress, `[>]` carried forward (still open). */
export function statusFromChar(char: string | null): StepStatus {
	switch (char) {
		case 'x':
		case 'X':
			return 'done';
		case '-':
			return 'dropped';
		case '/':
			return 'in-progress';
		default:
			return 'open';
	}
}


/**
 * An owner marker counts only as a word of its own: `@coach` and `#coach` yes, `email@coach.com` or
 * `#coaching` no. The pattern finds a marker and checks what follows it; `startsWord` checks what comes before (no
 * lookbehind: iOS Safari lacks it). Starting at the marker itself lets the search skip to its first character.
 */
export function ownerMarkerPattern(markers: string[]): RegExp | null {
	const parts = markers.filter((m) => m.trim() !== '').map((m) => escapeRegExp(m.trim()));
	if (parts.length === 0) return null;
	return new RegExp(`(?:${parts.join('|')})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, 'giu');
}

/** A character that joins a marker to the word before it (`email@coach.com`, `x#coach`, `a/@me`). */
const JOINS_WORD = /[\p{L}\p{N}_@#/.-]/u;

/** Whether a marker found at `index` starts a word: the text starts there, or the character before does not join it. */
function startsWord(text: string, index: number): boolean {
	if (index === 0) return true;
	const before = text.charCodeAt(index - 1);
	if (before < 128) return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95 || before === 64 || before === 35 || before === 47 || before === 46 || before === 45);
	// A letter past ASCII, perhaps one written as a surrogate pair.
	const start = before >= 0xdc00 && before <= 0xdfff && index >= 2 ? index - 2 : index - 1;
	return !JOINS_WORD.test(text.slice(start, index));
}

/**
 * The owner markers standing as words of their own in `text`, as `[start, end)` spans, or null when there are none
 * (most steps holding a `#` or `@` hold a tag or an address, not a marker). `starts` are the markers' first characters.
 */
function findMarkers(text: string, markers: RegExp, starts: string[]): [number, number][] | null {
	let spans: [number, number][] | null = null;
	markers.lastIndex = 0;
	for (let match = markers.exec(text); match; match = markers.exec(text)) {
		if (match[0] === '') {
			markers.lastIndex++;
			continue;
		}
		if (startsWord(text, match.index)) (spans ??= []).push([match.index, match.index + match[0].length]);
		// A marker that does not start a word may hide one that does inside it.
		else markers.lastIndex = match.index + 1;
		// Nothing left that could start another: no second search.
		if (!mayHoldMarker(text, starts, markers.lastIndex)) break;
	}
	return spans;
}

export interface StepContext {
	settings: CoachingSettings;
	ownerMarkers: RegExp | null;
	/** The settings' owner field, normalised as field keys are (`normaliseFieldKey`). */
	ownerField: string;
	/** The first character of each owner marker: a step holding none of them has no marker. */
	ownerMarkerStarts: string[];
}

/** What a caller already knows the line lacks, so the step reader need not look (see the classifier's gates). */
export interface StepHints {
	/** The line may hold `::` fields. */
	colon: boolean;
	/** The line may end in a `^block-id`. */
	caret: boolean;
}

const LOOK_FOR_EVERYTHING: StepHints = { colon: true, caret: true };
const NO_FIELDS: readonly InlineField[] = [];

/**
 * Reads one list item (its text after the marker and checkbox) as an action step. `sectionOwner` is the owner the
 * section's heading implies, if any. `context` is the same for every step of a vault (`ReadingRules` is one).
 */
export function readStep(
	content: string,
	statusChar: string | null,
	line: number,
	rule: string,
	context: StepContext,
	sectionOwner: Owner | null = null,
	hints: StepHints = LOOK_FOR_EVERYTHING,
): ActionStep {
	const { settings } = context;
	// Tasks signifiers are all emoji, past Latin-1: a step without such a character has none (and V8 answers that
	// at once for a step cut from a note stored one byte a character).
	const signifiers = isWide(content) ? readTasksSignifiers(content) : null;
	let text = signifiers ? signifiers.rest : content;
	let due = signifiers?.values.due ?? null;
	let doneDate = signifiers?.values.done ?? null;
	let id = signifiers?.values.id ?? null;
	let owner: Owner | null = null;
	let ownerRule = '';

	const fields = hints.colon ? readInlineFields(text) : NO_FIELDS;
	// From the last: taking a field out leaves the earlier ones where they were.
	for (let k = fields.length - 1; k >= 0; k--) {
		const field = fields[k];
		if (!field) continue;
		const key = normaliseFieldKey(field.key);
		let used = true;
		if (key === 'due') due = readDay(field.value) ?? due;
		else if (key === 'completion' || key === 'done') doneDate = readDay(field.value) ?? doneDate;
		else if (key === 'id') id = field.value || id;
		else if (key === context.ownerField) {
			const value = field.value.toLowerCase();
			owner = settings.coachOwnerValues.some((v) => v.toLowerCase() === value) ? 'coach' : 'client';
			ownerRule = `the field [${field.key}:: ${field.value}]`;
		} else used = false;
		if (used && field.style !== 'line') text = closeUp(text.slice(0, field.start), text.slice(field.end));
	}
	const block = hints.caret && text.includes('^') ? readBlockId(text) : null;
	if (block) {
		id = id ?? block.id;
		text = block.rest;
	}
	if (context.ownerMarkers && mayHoldMarker(text, context.ownerMarkerStarts, 0)) {
		const spans = findMarkers(text, context.ownerMarkers, context.ownerMarkerStarts);
		const first = spans?.[0];
		if (spans && first) {
			if (owner === null) {
				owner = 'coach';
				ownerRule = `the marker ${text.slice(first[0], first[1])}`;
			}
			text = cutSpans(text, spans);
		}
	}
	if (owner === null && sectionOwner) owner = sectionOwner;
	let status = statusFromChar(statusChar);
	if (signifiers?.values.cancelled && status === 'open') status = 'dropped';
	if (signifiers?.values.done && status === 'open') status = 'done';
	return {
		// As written, but where a signifier, field or marker was taken out the space it leaves is closed up.
		text: trimmed(text),
		line,
		owner: owner ?? 'client',
		status,
		statusChar,
		carried: statusChar === '>',
		due,
		doneDate,
		id,
		usesTasksSignifiers: signifiers?.found ?? false,
		rule: ownerRule ? `${rule}; the coach's own, from ${ownerRule}` : rule,
	};
}

/** Whether the text holds, from `from` on, the first character of any owner marker (a loop, not a closure made per step). */
function mayHoldMarker(text: string, starts: string[], from: number): boolean {
	for (const start of starts) if (text.includes(start, from)) return true;
	return false;
}
