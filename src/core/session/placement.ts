import type { HeadingPlacement, RoleHeading } from './headings';

/** Where a piece of text goes: the client's words, the coach's notes, or nowhere. */
export type Target = HeadingPlacement['target'];

/** Where text goes and the rule that says so. */
export type Placement = HeadingPlacement;

export function place(target: Target, rule: string, winRule: string | null = null, goal = false, speaker: string | null = null, question = false): Placement {
	return { target, rule, winRule, goal, speaker, question };
}

export type Section = RoleHeading | null;

const DEFAULT_PLACEMENT = place('coach', "other prose, the coach's notes by default");

/** Where prose under a heading goes; worked out once per heading and kept on it. */
export function sectionPlacement(section: Section, intern: (text: string) => string): Placement {
	if (!section) return DEFAULT_PLACEMENT;
	const known = section.placement;
	if (known) return known;
	const rule = intern(`the ${section.kind} '${section.heading}'`);
	let placement: Placement;
	switch (section.role) {
		case 'client-words':
			placement = place('client', rule);
			break;
		case 'wins':
			placement = place('client', rule, intern(`under the ${section.kind} '${section.heading}'`));
			break;
		case 'goals':
			placement = place('client', rule, null, true);
			break;
		case 'next-time':
			placement = place('coach', rule, null, false, null, true);
			break;
		default:
			placement = place('coach', section.role === 'coach-notes' || section.role === 'private-notes' ? rule : intern(`prose under ${rule}, the coach's notes by default`));
	}
	section.placement = placement;
	return placement;
}

/** "a checkbox under the heading 'Action steps'": one string per heading and kind. */
export function stepRule(section: Section, stepSection: boolean, checkbox: boolean, intern: (text: string) => string): string {
	const kind = checkbox ? 'a checkbox' : 'a list item';
	if (!section || !stepSection) return kind;
	if (checkbox) return (section.checkboxRule ??= intern(`${kind} under the ${section.kind} '${section.heading}'`));
	return (section.itemRule ??= intern(`${kind} under the ${section.kind} '${section.heading}'`));
}

export const BLOCKQUOTE = place('client', 'a blockquote');
