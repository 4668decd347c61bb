import type { Callout } from '../markdown/types';
import type { StepHints } from '../step-line';
import type { BodyClassifier } from './body-classifier';
import type { RoleHeading } from './headings';
import { ALL_MARKS, HAS_CARET, HAS_COLON } from './line-gates';
import { type Section, stepRule } from './placement';
import { readStepTable } from './step-table';
import { readStep } from './steps';
import type { Owner } from './types';

/** What the step reader need look for, by a line's `HAS_COLON | HAS_CARET` marks: made once, not per step. */
const STEP_HINTS: StepHints[] = [
	{ colon: false, caret: false },
	{ colon: true, caret: false },
	{ colon: false, caret: true },
	{ colon: true, caret: true },
];

/** Whether list items under the section are action steps, checkbox or not. */
export function isStepSection(section: Section): boolean {
	return section?.role === 'action-steps' || section?.role === 'coach-promises';
}

/** `Leo: book…`, `Sam to send…`: a name leading a step says whose it is. */
const OWNER_PREFIX = /^[ \t]*(?:\*\*|__)?@?([\p{L}][\p{L}.'\u2019-]*(?: [\p{L}][\p{L}.'\u2019-]*)?)(?:\*\*|__)?(?:[ \t]*:(?:\*\*|__)?[ \t]+| to (?=\p{L}))/u;
/** `(@Leo)`, `(me)` or `(Sam)` ending a step (a bare `@coach` is an owner marker, read by the step reader). */
const OWNER_SUFFIX = /[ \t]*\(@?([\p{L}][\p{L}.'\u2019 -]{0,30}?)\)[ \t.]*$/u;
const STRUCK = /~~([^~]*)~~/g;
/** `Referrals, coordination, or follow-up: Coach to send…`: a template's label and its text on one line. */
const INLINE_LABEL = /^([\p{L}][^:\n]{0,59}):[ \t]+(?=\S)/u;
/** The coach writes the note: "I will…" there is the coach's promise. */
const I_WILL = /^[ \t]*I(?: will|'ll|\u2019ll)[ \t]/;

/** Item `item` on line `i` as an action step (`content` without comments). */
export function itemStep(cx: BodyClassifier, i: number, item: number, task: string | undefined, content: string, marks: number, section: Section, stepSection: boolean): void {
	const { rules } = cx;
	let rule = stepRule(section, stepSection, task !== undefined, rules.intern);
	let sectionOwner: Owner | null = section?.role === 'coach-promises' ? 'coach' : null;
	let statusChar = task ?? null;
	// ~~Struck~~ words are taken back: a step struck whole is dropped, struck words leave the step.
	if (content.includes('~~')) {
		const whole = /^[ \t]*~~([^~]+)~~[ \t]*$/.exec(content);
		if (whole) {
			content = whole[1] ?? '';
			if (statusChar === null || statusChar === ' ') statusChar = '-';
			rule = rules.intern(`${rule}; struck through, so dropped`);
		} else content = content.replace(STRUCK, '').replace(/[ \t]{2,}/g, ' ');
	}
	// In a group session a member's name gives the step to that member alone; else a name says client or coach.
	const member = cx.members?.step(content) ?? null;
	const owned = member ? null : ownerByName(cx, content);
	if (owned) {
		content = owned.content;
		sectionOwner = owned.owner;
		if (owned.owner === 'coach') rule = rules.intern(`${rule}; the coach's own, named '${owned.name}'`);
		else if (owned.member === null) rule = rules.intern(`${rule}; the client's, named '${owned.name}'`);
	}
	const step = readStep(member ? member.text : content, statusChar, i + 1, rule, rules.steps, sectionOwner, STEP_HINTS[marks & (HAS_COLON | HAS_CARET)]);
	const speaker = member?.speaker ?? owned?.member ?? null;
	if (speaker !== null && step.owner === 'client') {
		step.speaker = speaker;
		step.rule = rules.intern(`${step.rule}; ${speaker}'s, from ${member ? member.mark : `'${owned?.name ?? ''}'`} in a group session`);
	}
	if (step.text !== '') cx.result.actionSteps.push(step);
	// Made on the first step: most notes have few, and many notes have none.
	(cx.stepItems ??= new Set()).add(item);
	(cx.stepLines ??= new Set()).add(i);
	cx.previous = null;
}

/**
 * Whose a step is by the name leading or ending it (`Leo: book…`, `Sam to send…`, `… (@Sam)`, `… (me)`): the
 * coach's names make it the coach's, the client's name the client's, a group member's name that member's (`member`);
 * a name leading with a colon leaves the text.
 */
function ownerByName(cx: BodyClassifier, content: string): { owner: Owner; name: string; member: string | null; content: string } | null {
	// Names stand at the ends of a step: only the ends are searched, so a long step costs no more; and only a colon
	// near the start, " to " or a closing bracket at the end lets a pattern run at all.
	const colon = content.indexOf(':');
	const to = colon > 0 && colon < 50 ? -1 : content.indexOf(' to ');
	const lead = (colon > 0 && colon < 50) || (to > 0 && to < 50) ? OWNER_PREFIX.exec(content.length > 80 ? content.slice(0, 80) : content) : null;
	if (lead) {
		const name = lead[1] ?? '';
		const owner = ownerNamed(cx, name);
		if (owner) {
			const viaColon = lead[0].includes(':');
			return { ...owner, name, content: viaColon ? content.slice(lead[0].length) : content };
		}
	}
	let last = content.length - 1;
	while (last >= 0 && (content.charCodeAt(last) === 32 || content.charCodeAt(last) === 9 || content.charCodeAt(last) === 46)) last--;
	if (content.charCodeAt(last) !== 41) return null;
	const tail = content.length > 60 ? content.length - 60 : 0;
	const end = OWNER_SUFFIX.exec(tail === 0 ? content : content.slice(tail));
	if (end) {
		const name = end[1] ?? '';
		const owner = ownerNamed(cx, name);
		if (owner) return { ...owner, name, content: content.slice(0, tail + end.index) };
	}
	return null;
}

/** The owner a name says: the coach, the client, or (in a group session) one member; null for anyone else. */
function ownerNamed(cx: BodyClassifier, name: string): { owner: Owner; member: string | null } | null {
	const side = cx.speakers().side(name);
	if (side === 'client' || side === 'coach') return { owner: side, member: null };
	const member = side === 'member' ? cx.members?.named(name) : undefined;
	return member === undefined ? null : { owner: 'client', member };
}

/**
 * A line of a table (`first`: its header row), when the table is one of steps: a table under a steps heading, or
 * whose header names an owner or a status column, is read a row a step. False for a line of any other table, which
 * is text.
 */
export function stepTableLine(cx: BodyClassifier, i: number, text: string, calloutIndex: number, first: boolean): boolean {
	const section = cx.headings.current();
	const { rules } = cx;
	if (first) {
		// Inside a coach's or private scope a table is the coach's text, like a checkbox there: never steps.
		cx.stepTable = cx.scopes.at(calloutIndex) !== null ? null : readStepTable(text, isStepSection(section));
		if (cx.stepTable) {
			cx.previous = null;
			cx.turn.end();
			const why = isStepSection(section) ? `under the ${section?.kind ?? 'heading'} '${section?.heading ?? ''}'` : 'its header names an owner or a status column';
			cx.mark(i + 1, 'table', rules.intern(`the header of a table of steps (${cx.stepTable.header}), ${why}: each row is a step`));
			return true;
		}
	}
	const table = cx.stepTable;
	if (!table) return false;
	const row = table.row(text);
	if (!row) return true;
	const named = row.owner === '' ? null : ownerNamed(cx, row.owner);
	const owner: Owner | null = named?.owner === 'coach' || section?.role === 'coach-promises' ? 'coach' : null;
	const rule = rules.intern(`a row of a table of steps (${table.header})${named?.owner === 'coach' ? `; the coach's own, owner '${row.owner}'` : ''}`);
	const step = readStep(row.text, row.statusChar, i + 1, rule, rules.steps, owner);
	const member = named?.member ?? null;
	if (member !== null && step.owner === 'client') {
		step.speaker = member;
		step.rule = rules.intern(`${step.rule}; ${member}'s, owner '${row.owner}' in a group session`);
	}
	if (step.text !== '') cx.result.actionSteps.push(step);
	cx.previous = null;
	return true;
}

/** Whether an unindented line the block reader joins to a step (a lazy continuation) is a template's next `Label: text`. */
export function endsList(text: string, quote: number, callout: Callout | undefined): boolean {
	const first = text.charCodeAt(0);
	return quote === 0 && callout === undefined && first !== 32 && first !== 9 && text.includes(':') && INLINE_LABEL.test(text);
}

/**
 * A line of prose under a steps heading or label that names who will do something (`Coach to send the handout.`,
 * `Follow-up: I will send the examples.`, `Jo: book the room`), after a template's label if it has one: a step of
 * that owner. Prose naming no one stays the coach's notes. True when the line was a step.
 */
export function proseStep(cx: BodyClassifier, i: number, text: string, marks: number, section: Section): boolean {
	const label = text.includes(':') ? INLINE_LABEL.exec(text) : null;
	const content = label ? text.slice(label[0].length) : text;
	let owner: Owner | null = null;
	let name = '';
	if (I_WILL.test(content)) {
		owner = 'coach';
		name = 'I will';
	} else {
		const owned = ownerByName(cx, content);
		if (owned === null || owned.member !== null) return false;
		owner = owned.owner;
		name = owned.name;
	}
	const where = `${section?.kind ?? 'heading'} '${section?.heading ?? ''}'`;
	const rule = cx.rules.intern(`a line under the ${where} naming who will do it ('${name}'): ${owner === 'coach' ? "the coach's promise" : "the client's step"}`);
	const step = readStep(content, null, i + 1, rule, cx.rules.steps, owner, STEP_HINTS[marks & (HAS_COLON | HAS_CARET)]);
	if (step.text === '') return false;
	cx.result.actionSteps.push(step);
	cx.previous = null;
	cx.turn.end();
	return true;
}

/** The text after a steps label on its line (`Homework: read chapter 3`): a step, named for its owner or the label's. */
export function labelStep(cx: BodyClassifier, i: number, label: string, rest: string, section: RoleHeading): void {
	if (proseStep(cx, i, rest, ALL_MARKS, section)) return;
	const rule = cx.rules.intern(`the text after the label '${label}', a step`);
	const step = readStep(rest, null, i + 1, rule, cx.rules.steps, section.role === 'coach-promises' ? 'coach' : null, STEP_HINTS[HAS_COLON | HAS_CARET]);
	if (step.text !== '') cx.result.actionSteps.push(step);
}
