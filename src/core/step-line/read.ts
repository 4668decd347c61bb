import { isWide, trimmed } from '../text';
import { readTrailingBlockId } from './block-id';
import { normaliseFieldKey, readStepFields } from './fields';
import { findOwnerMarkers, type OwnerMarkers } from './owner';
import { cutSpans, type Span } from './spans';
import { statusFromChar } from './status';
import { scanTasksEmoji } from './tasks-emoji';
import type { Owner, StepStatus } from './types';

/** What reading a step needs: the same for every step of a vault. */
export interface StepContext {
	ownerMarkers: OwnerMarkers | null;
	/** The owner field's key, normalised as field keys are (`normaliseFieldKey`). */
	ownerField: string;
	/** Values of the owner field that make the step the coach's (`coach`, `me`); compared in lower case. */
	coachOwnerValues: readonly string[];
	/** A calendar day (`YYYY-MM-DD`) from a field's value, or null for anything else. */
	readDay(value: string): string | null;
}

/** What a caller already knows the text lacks, so the reader need not look. */
export interface StepHints {
	/** The text may hold `::` fields. */
	colon: boolean;
	/** The text may end in a `^block-id`. */
	caret: boolean;
}

const LOOK_FOR_EVERYTHING: StepHints = { colon: true, caret: true };

/** A step's text (after its list marker and checkbox) taken apart. */
export interface StepFacts {
	/** As written, less the signifiers, fields, block id and markers read, the space each leaves closed up. */
	text: string;
	status: StepStatus;
	/** The owner the line itself names, or null (the section's, else the client's). */
	owner: Owner | null;
	/** What named the owner: "the marker @coach", "the field [owner:: coach]"; empty when nothing did. */
	ownerSource: string;
	due: string | null;
	doneDate: string | null;
	id: string | null;
	usesTasksSignifiers: boolean;
}

/**
 * Reads a step's text: Tasks emoji, Dataview fields (`[due:: …]`, `(id:: …)`, `[owner:: coach]`), a trailing
 * `^block-id` and owner markers, each in one pass over what the one before left. `statusChar` is the checkbox's
 * character, or null for a plain list item under a steps heading.
 */
export function readStepContent(content: string, statusChar: string | null, context: StepContext, hints: StepHints = LOOK_FOR_EVERYTHING): StepFacts {
	// Tasks signifiers are all emoji, past Latin-1: a step without such a character has none.
	const tasks = isWide(content) ? scanTasksEmoji(content) : null;
	const usesTasksSignifiers = tasks !== null && tasks.spans.length > 0;
	let text = usesTasksSignifiers ? cutSpans(content, tasks.spans) : content;
	const readTasksDay = (value: string | undefined) => (value === undefined ? null : context.readDay(value));
	let due = readTasksDay(tasks?.values.due);
	let doneDate = readTasksDay(tasks?.values.done);
	let id = tasks?.values.id ?? null;
	let owner: Owner | null = null;
	let ownerSource = '';

	if (hints.colon) {
		const fields = readStepFields(text);
		const used: Span[] = [];
		// The first field of a kind wins: read from the last, each overwriting what a later one said.
		for (let k = fields.length - 1; k >= 0; k--) {
			const field = fields[k];
			if (!field) continue;
			const key = normaliseFieldKey(field.key);
			let taken = true;
			if (key === 'due') due = context.readDay(field.value) ?? due;
			else if (key === 'completion' || key === 'done') doneDate = context.readDay(field.value) ?? doneDate;
			else if (key === 'id') id = field.value || id;
			else if (key === context.ownerField) {
				const value = field.value.toLowerCase();
				owner = context.coachOwnerValues.some((v) => v.toLowerCase() === value) ? 'coach' : 'client';
				ownerSource = `the field [${field.key}:: ${field.value}]`;
			} else taken = false;
			if (taken && field.style !== 'line') used.push([field.start, field.end]);
		}
		if (used.length > 0) text = cutSpans(text, used.reverse());
	}
	const block = hints.caret && text.includes('^') ? readTrailingBlockId(text) : null;
	if (block) {
		id = id ?? block.id;
		text = block.rest;
	}
	if (context.ownerMarkers) {
		const spans = findOwnerMarkers(text, context.ownerMarkers);
		const first = spans?.[0];
		if (spans && first) {
			if (owner === null) {
				owner = 'coach';
				ownerSource = `the marker ${text.slice(first[0], first[1])}`;
			}
			text = cutSpans(text, spans);
		}
	}
	let status = statusFromChar(statusChar);
	if (tasks?.values.cancelled !== undefined && status === 'open') status = 'dropped';
	if (tasks?.values.done !== undefined && status === 'open') status = 'done';
	return { text: trimmed(text), status, owner, ownerSource, due, doneDate, id, usesTasksSignifiers };
}
