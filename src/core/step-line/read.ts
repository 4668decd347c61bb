import { isWide, trimmed } from '../text';
import { readTrailingBlockId } from './block-id';
import { forEachStepField, normaliseFieldKey } from './fields';
import { findOwnerMarkers, type OwnerMarkers } from './owner';
import { SpanCutter } from './spans';
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
	const cutter = new SpanCutter(content);
	const tasks = isWide(content) ? scanTasksEmoji(content, (start, end) => cutter.cut(start, end)) : null;
	const usesTasksSignifiers = tasks !== null && tasks.count > 0;
	let text = usesTasksSignifiers ? cutter.result() : content;
	const readTasksDay = (value: string | undefined) => (value === undefined ? null : context.readDay(value));
	let due = readTasksDay(tasks?.values.due);
	let doneDate = readTasksDay(tasks?.values.done);
	let id = tasks?.values.id ?? null;
	let owner: Owner | null = null;
	let ownerSource = '';

	if (hints.colon) {
		const fieldText = text;
		const cutter = new SpanCutter(fieldText);
		let cuts = 0;
		// The first field of a kind written wins over later ones and over Tasks emoji.
		let fieldDue: string | null = null;
		let fieldDone: string | null = null;
		let fieldId: string | null = null;
		forEachStepField(fieldText, (rawKey, value, style, start, end) => {
			const key = normaliseFieldKey(rawKey);
			let taken = true;
			if (key === 'due') fieldDue ??= context.readDay(value);
			else if (key === 'completion' || key === 'done') fieldDone ??= context.readDay(value);
			else if (key === 'id') fieldId ||= value;
			else if (key === context.ownerField) {
				if (owner === null) {
					const lower = value.toLowerCase();
					owner = context.coachOwnerValues.some((v) => v.toLowerCase() === lower) ? 'coach' : 'client';
					ownerSource = `the field [${rawKey}:: ${value}]`;
				}
			} else taken = false;
			if (taken && style !== 'line') {
				cutter.cut(start, end);
				cuts++;
			}
		});
		due = fieldDue ?? due;
		doneDate = fieldDone ?? doneDate;
		id = fieldId || id;
		if (cuts > 0) text = cutter.result();
	}
	const block = hints.caret && text.includes('^') ? readTrailingBlockId(text) : null;
	if (block) {
		id = id ?? block.id;
		text = block.rest;
	}
	if (context.ownerMarkers) {
		const spans = findOwnerMarkers(text, context.ownerMarkers);
		if (spans && spans.length >= 2) {
			if (owner === null) {
				owner = 'coach';
				ownerSource = `the marker ${text.slice(spans[0], spans[1])}`;
			}
			const cutter = new SpanCutter(text);
			for (let k = 0; k + 1 < spans.length; k += 2) cutter.cut(spans[k] ?? 0, spans[k + 1] ?? 0);
			text = cutter.result();
		}
	}
	let status = statusFromChar(statusChar);
	if (tasks?.values.cancelled !== undefined && status === 'open') status = 'dropped';
	if (tasks?.values.done !== undefined && status === 'open') status = 'done';
	return { text: trimmed(text), status, owner, ownerSource, due, doneDate, id, usesTasksSignifiers };
}
