import type { RoleHeading } from './headings';

/** Where a piece of text goes: the client's words, the coach's notes, or nowhere. */
export type Target = 'client' | 'coach' | 'skip';

export interface Placement {
	target: Target;
	rule: string;
	/** Whether the rule itself marks progress (a Wins heading, a `win::` field). */
	progressRule?: string;
	goal?: boolean;
}

export type Section = RoleHeading | null;

const DEFAULT_PLACEMENT: Placement = { target: 'coach', rule: "other prose, the coach's notes by default" };

/** Where prose under a heading goes; worked out once per heading and kept on it. */
export function sectionPlacement(section: Section, intern: (text: string) => string): Placement {
	if (!section) return DEFAULT_PLACEMENT;
	const memo = (section.memo ??= {});
	const known = memo.placement as Placement | undefined;
	if (known) return known;
	const rule = intern(`the heading '${section.heading}'`);
	let placement: Placement;
	switch (section.role) {
		case 'client-words':
			placement = { target: 'client', rule };
			break;
		case 'wins':
			placement = { target: 'client', rule, progressRule: intern(`under the heading '${section.heading}'`) };
			break;
		case 'goals':
			placement = { target: 'client', rule, goal: true };
			break;
		default:
			placement = { target: 'coach', rule: section.role === 'coach-notes' ? rule : intern(`prose under ${rule}, the coach's notes by default`) };
	}
	memo.placement = placement;
	return placement;
}

/** "a checkbox under the heading 'Action steps'": one string per heading and kind. */
export function stepRule(section: Section, stepSection: boolean, checkbox: boolean, intern: (text: string) => string): string {
	const kind = checkbox ? 'a checkbox' : 'a list item';
	if (!section || !stepSection) return kind;
	const memo = (section.memo ??= {});
	const key = checkbox ? 'checkboxRule' : 'itemRule';
	return ((memo[key] as string | undefined) ??= intern(`${kind} under the heading '${section.heading}'`));
}

export const BLOCKQUOTE: Placement = { target: 'client', rule: 'a blockquote' };
