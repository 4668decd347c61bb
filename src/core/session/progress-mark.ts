/**
 * The coach's say over one client statement: `[progress:: yes]` or `[progress:: no]` at the end of its line (a
 * Dataview-style inline field, so other tools read it too). A marked statement is progress, or not, whatever the
 * detector makes of it; `win::` fields and Wins sections stay progress by definition.
 */
export type ProgressMark = 'yes' | 'no';

/** The field as written at the end of a line, with the one space before it. */
export function progressMarkField(mark: ProgressMark): string {
	return ` [progress:: ${mark}]`;
}

/** The field at the end of a line's text (before a block id is already gone): any case, any spaces inside. */
const MARK_AT_END = /\s*\[progress::[ \t]*(yes|no)[ \t]*\]\s*$/i;

/** A statement's text without its mark, and the mark; null when the text ends with none. */
export function readProgressMark(text: string): { text: string; mark: ProgressMark } | null {
	if (!text.endsWith(']')) return null;
	const found = MARK_AT_END.exec(text);
	if (!found?.[1]) return null;
	return { text: text.slice(0, found.index), mark: found[1].toLowerCase() === 'yes' ? 'yes' : 'no' };
}
