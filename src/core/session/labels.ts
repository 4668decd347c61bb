import { type HeadingRoles, headingRole, type SectionRole } from './headings';

/** What a section of each role holds, in a coach's words (for the rule a label's line shows). */
export const ROLE_WORDS: Readonly<Record<SectionRole, string>> = {
	'client-words': "the client's words",
	wins: "the client's wins",
	goals: "the client's goals",
	'coach-notes': "the coach's notes",
	'private-notes': "the coach's private notes",
	'action-steps': "the client's steps",
	'coach-promises': "the coach's promises",
	'next-time': "the coach's questions for next time",
	'progress-review': 'how earlier steps went',
};

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
	if (line.length > LABEL_MAX + 20) return null;
	line = line.trim();
	// A label starts bold or ends with a colon: one look at each end rules out almost every line.
	const first = line.charCodeAt(0);
	if (line.charCodeAt(line.length - 1) !== 58 && !((first === 42 || first === 95) && line.charCodeAt(1) === first)) return null;
	const bold = BOLD_LABEL.exec(line);
	if (bold) return (bold[1] ?? '').trim();
	const plain = PLAIN_LABEL.exec(line);
	if (plain && headingRole(roles, plain[1] ?? '') !== undefined) return (plain[1] ?? '').trim();
	return null;
}

/** `**Coach's observations:** Spoke with authority…`: a bold label and its text on one line (a colon inside or after). */
const INLINE_BOLD_LABEL = /^(?:\*\*|__)([^*_\n]{1,80}?)[ \t]*(:?)[ \t]*(?:\*\*|__)[ \t]*(:?)[ \t]+(\S.*)$/;
/** `Homework: read chapter 3`: a plain label and its text, a label only when it names a known section. */
const INLINE_PLAIN_LABEL = /^([\p{L}][^:*_\n]{0,59}):[ \t]+(\S.*)$/u;

/**
 * A label that opens a section and holds text on its own line, or null: a bold one whatever it says (`**Session
 * impact**: high` ends the section before it), a plain one only when it names a known section.
 */
export function readInlineLabel(line: string, isKnown: (name: string) => boolean): { label: string; rest: string } | null {
	if (line.length > 2000 || !line.includes(':')) return null;
	const first = line.charCodeAt(0);
	if ((first === 42 || first === 95) && line.charCodeAt(1) === first) {
		const bold = INLINE_BOLD_LABEL.exec(line);
		if (!bold || (bold[2] === '' && bold[3] === '')) return null;
		return { label: (bold[1] ?? '').trim(), rest: bold[4] ?? '' };
	}
	// A plain label starts with a letter: digits, spaces and marks rule a line out before any pattern.
	if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first >= 0xc0)) return null;
	const plain = INLINE_PLAIN_LABEL.exec(line);
	if (!plain || !isKnown((plain[1] ?? '').trim())) return null;
	return { label: (plain[1] ?? '').trim(), rest: plain[2] ?? '' };
}

/** A label ranks below every heading: it ends at the next label or at any heading. */
export const LABEL_LEVEL = 7;
