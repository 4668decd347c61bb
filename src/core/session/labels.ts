import { type HeadingRoles, headingRole } from './headings';

/** `**Wins:**`, `__Support from me__`, `**Since last time**:` alone on a line. */
const BOLD_LABEL = /^(?:\*\*|__)([^*_\n]{1,80}?)[ \t]*:?(?:\*\*|__):?$/;
/** `Homework:` or `Homework or between-session practice:` alone on a line. */
const PLAIN_LABEL = /^([\p{L}][^:*_\n]{0,79}):$/u;
/** Longer lines are prose: a label is a few words. */
const LABEL_MAX = 100;

/**
 * A label that opens a section the way a heading does, or null. A bold line alone is a label whatever it says (a
 * coach's sub-title); a plain `Name:` line alone is one only when it names a known section, so a sentence that ends
 * in a colon before a list stays prose.
 */
export function readLabel(line: string, roles: HeadingRoles): string | null {
	if (line.length > LABEL_MAX + 20 || (!line.includes(':') && !line.includes('**') && !line.includes('__'))) return null;
	line = line.trim();
	const bold = BOLD_LABEL.exec(line);
	if (bold) return (bold[1] ?? '').trim();
	const plain = PLAIN_LABEL.exec(line);
	if (plain && headingRole(roles, plain[1] ?? '') !== undefined) return (plain[1] ?? '').trim();
	return null;
}

/** A label ranks below every heading: it ends at the next label or at any heading. */
export const LABEL_LEVEL = 7;
