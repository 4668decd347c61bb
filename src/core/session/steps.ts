import { normaliseFieldKey, readBlockId, readInlineFields, readTasksSignifiers } from '../markdown/inline';
import type { CoachingSettings } from '../settings';
import { readDay } from './frontmatter-fields';
import type { ActionStep, Owner, StepStatus } from './types';
import { closeUp, cutSpans, escapeRegExp, hasNonAscii } from '../text';

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
 * `#coaching` no. Group 1 is the character before the marker (no lookbehind: iOS Safari lacks it).
 */
export function ownerMarkerPattern(markers: string[]): RegExp | null {
	const parts = markers.filter((m) => m.trim() !== '').map((m) => escapeRegExp(m.trim()));
	if (parts.length === 0) return null;
	return new RegExp(`(^|[^\\p{L}\\p{N}_@#/.-])(?:${parts.join('|')})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, 'giu');
}

export interface StepContext {
	settings: CoachingSettings;
	ownerMarkers: RegExp | null;
	/** The first character of each owner marker: a step holding none of them has no marker. */
	ownerMarkerStarts: string[];
	/** The owner the section's heading implies, if any. */
	sectionOwner: Owner | null;
}

/** What a caller already knows the line lacks, so the step reader need not look (see the classifier's gates). */
export interface StepHints {
	/** The line may hold `::` fields. */
	colon: boolean;
	/** The line may end in a `^block-id`. */
	caret: boolean;
}

const LOOK_FOR_EVERYTHING: StepHints = { colon: true, caret: true };

/** Reads one list item (its text after the marker and checkbox) as an action step. */
export function readStep(
	content: string,
	statusChar: string | null,
	line: number,
	rule: string,
	context: StepContext,
	hints: StepHints = LOOK_FOR_EVERYTHING,
): ActionStep {
	const { settings } = context;
	// Tasks signifiers are all emoji: a step in plain ASCII has none.
	const signifiers = hasNonAscii(content) ? readTasksSignifiers(content) : { values: {}, rest: content, found: false };
	let text = signifiers.rest;
	let due = signifiers.values.due ?? null;
	let doneDate = signifiers.values.done ?? null;
	let id = signifiers.values.id ?? null;
	let owner: Owner | null = null;
	let ownerRule = '';

	for (const field of hints.colon ? readInlineFields(text).reverse() : []) {
		const key = normaliseFieldKey(field.key);
		let used = true;
		if (key === 'due') due = readDay(field.value) ?? due;
		else if (key === 'completion' || key === 'done') doneDate = readDay(field.value) ?? doneDate;
		else if (key === 'id') id = field.value || id;
		else if (key === normaliseFieldKey(settings.ownerField)) {
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
	if (context.ownerMarkers && mayHoldMarker(text, context.ownerMarkerStarts)) {
		context.ownerMarkers.lastIndex = 0;
		const marker = context.ownerMarkers.exec(text);
		if (marker) {
			if (owner === null) {
				owner = 'coach';
				ownerRule = `the marker ${marker[0].slice((marker[1] ?? '').length)}`;
			}
			text = cutMarkers(text, context.ownerMarkers);
		}
	}
	if (owner === null && context.sectionOwner) owner = context.sectionOwner;
	let status = statusFromChar(statusChar);
	if (signifiers.values.cancelled && status === 'open') status = 'dropped';
	if (signifiers.values.done && status === 'open') status = 'done';
	return {
		// As written, but where a signifier, field or marker was taken out the space it leaves is closed up.
		text: text.trim(),
		line,
		owner: owner ?? 'client',
		status,
		statusChar,
		carried: statusChar === '>',
		due,
		doneDate,
		id,
		usesTasksSignifiers: signifiers.found,
		rule: ownerRule ? `${rule}; the coach's own, from ${ownerRule}` : rule,
	};
}

/** Whether the text holds the first character of any owner marker (a loop, not a closure made per step). */
function mayHoldMarker(text: string, starts: string[]): boolean {
	for (const start of starts) if (text.includes(start)) return true;
	return false;
}

/** The text without its owner markers (the character before each, group 1, stays), the space each leaves closed up. */
function cutMarkers(text: string, markers: RegExp): string {
	const spans: [number, number][] = [];
	markers.lastIndex = 0;
	for (let match = markers.exec(text); match; match = markers.exec(text)) {
		const start = match.index + (match[1] ?? '').length;
		const end = match.index + match[0].length;
		if (end === start) {
			markers.lastIndex++;
			continue;
		}
		spans.push([start, end]);
	}
	return cutSpans(text, spans);
}
