import type { BodyClassifier } from './body-classifier';
import { isStepSection, labelStep } from './body-steps';
import { placeText, speakerLine } from './body-text';
import { LABEL_LEVEL, readInlineLabel, ROLE_WORDS } from './labels';
import type { RoleHeading, SectionKind } from './headings';
import { ALL_MARKS } from './line-gates';

/** `For Rachel`, `From Daniel:`: a section named for whoever owns its steps. */
const FOR_NAME = /^[ \t*_]*(?:for|from)[ \t]+@?([\p{L}][\p{L}.'\u2019 -]{0,40}?)[ \t*_:]*$/iu;

/**
 * A heading or label no setting names that names whose steps follow (`For Rachel`, `**For Daniel**:`): the coach's
 * promises for one of the coach's names, the client's steps for the client's name. A group member's name opens
 * nothing: whose steps those are is told by the marks on each.
 */
export function sectionForOwner(cx: BodyClassifier, text: string, kind: SectionKind): RoleHeading | null {
	const named = FOR_NAME.exec(text);
	if (!named) return null;
	const side = cx.speakers().side(named[1] ?? '');
	return side === 'coach' || side === 'client' ? cx.rules.headingEntry(text, kind, side === 'coach' ? 'coach-promises' : 'action-steps') : null;
}

/** What a label opens, in the words `inspect` shows. */
export function labelRule(cx: BodyClassifier, label: string, what = 'a label on a line of its own'): string {
	const section = cx.headings.current();
	const scope = cx.scope === null ? '' : `, inside ${cx.scope.rule}`;
	const opened = cx.scopes.at(-1);
	const coachOwn = section !== null && (section.role === 'coach-notes' || section.role === 'private-notes');
	const own = coachOwn ? ": nothing under it is the client's" : opened !== null && opened !== cx.scope ? ", private by its words: nothing under it is the client's" : '';
	if (section === null || section.heading !== label) return cx.rules.intern(`${what}, '${label}': opens a section no setting names${own}${scope}`);
	if (cx.rules.headingEntry(label, 'label') === null) {
		const whose = section.role === 'coach-promises' ? "one of the coach's names" : "the client's name";
		return cx.rules.intern(`${what}, '${label}': opens a section of ${ROLE_WORDS[section.role]}, named for ${whose}${scope}`);
	}
	return cx.rules.intern(`${what}, '${label}': opens a section of ${ROLE_WORDS[section.role]}, like a heading of that name${own}${scope}`);
}

/**
 * A label with its text on the same line (`**Coach's observations:** Spoke…`, `Homework: read chapter 3`): it opens
 * its section as a label alone would, and the text is read inside it (under a steps label, a step). A speaker's tag
 * (`**Aisha Rahman**: …`) is no label. True when the line was one.
 */
export function inlineLabel(cx: BodyClassifier, i: number, content: string, calloutIndex: number): boolean {
	// The settings' lookup, kept per label text: a note's many `Key: value` lines cost one look each.
	const inline = readInlineLabel(content, (name) => cx.rules.headingEntry(name, 'label') !== null);
	if (inline === null || speakerLine(cx, content) !== null) return false;
	cx.heading(LABEL_LEVEL, inline.label, true, 'label');
	cx.mark(i + 1, 'label', labelRule(cx, inline.label, 'a label and its text on one line'));
	cx.scope = cx.scopes.at(calloutIndex);
	const section = cx.headings.current();
	const stepLabel = cx.scope === null && section !== null && isStepSection(section) && section.heading === inline.label;
	if (!stepLabel) placeText(cx, inline.rest, -1, i + 1, 0, calloutIndex, section, undefined, ALL_MARKS);
	else labelStep(cx, i, inline.label, inline.rest, section);
	return true;
}
