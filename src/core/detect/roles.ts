/** The role "Detect my note style" proposes for a heading or label, from the words coaches use in their templates. */
import { normaliseHeading } from '../session/headings';

/** What a detected name can be mapped to; `none` leaves it as it is. */
export type ProposedRole =
	| 'client-words'
	| 'wins'
	| 'goals'
	| 'coach-notes'
	| 'private'
	| 'action-steps'
	| 'coach-promises'
	| 'progress-review'
	| 'client-key'
	| 'date-key'
	| 'coach-name'
	| 'none';

export const PROPOSED_ROLES: readonly ProposedRole[] = [
	'client-words',
	'wins',
	'goals',
	'coach-notes',
	'private',
	'action-steps',
	'coach-promises',
	'progress-review',
	'client-key',
	'date-key',
	'coach-name',
	'none',
];

/** How each role is named to a coach. */
export const ROLE_LABELS: Record<ProposedRole, string> = {
	'client-words': 'Client words',
	wins: 'Wins',
	goals: 'Goals',
	'coach-notes': 'Coach notes',
	private: 'Private',
	'action-steps': 'Action steps',
	'coach-promises': 'Coach promises',
	'progress-review': 'Review of last time',
	'client-key': 'Client key',
	'date-key': 'Date key',
	'coach-name': 'Coach name',
	none: 'Leave as is',
};

/** Checked in order: the first pattern that matches a normalised name gives its role. Private first: privacy first. */
const RULES: readonly [RegExp, ProposedRole][] = [
	[/\bprivate\b|\bcoach only\b|\bconfidential\b|\breflections?\b|\bassessment\b|\bpatterns observed\b|\bpost session\b/, 'private'],
	[/\b(?:by|from|for) (?:the )?(?:coach|me)\b|\bsupport from me\b|\bcoach (?:to|will|commitments?|actions?|follow ups?)\b|\bmy (?:actions?|to ?dos?|commitments?|follow ups?)\b|\bi will\b|\bfollow ups? needed\b|\bfollow up for me\b/, 'coach-promises'],
	[/\bsince last\b|\bprogress on previous\b|\bfollow ups? from\b|\bprevious (?:commitments|actions)\b|\blast session s actions\b|\boutstanding\b|\bhomework review\b/, 'progress-review'],
	[/\baction (?:items?|steps?|plan)\b|\bnext steps?\b|\bhomework\b|\bbetween session\b|\bcommitments?\b|\bway forward\b|^(?:w )?will$|^w\b|^plan$|^p plan$|\bto ?dos?\b|\btasks?\b/, 'action-steps'],
	[/\bwhat (?:the )?client said\b|\bin (?:their|her|his) words\b|\bclient s? (?:words|says|said|quotes?)\b|\bkey quotes?\b|\bquotes?\b/, 'client-words'],
	[/^wins?\b|\bwins since\b|\bcelebrations?\b/, 'wins'],
	// A plain "Goal" section (GROW's G) is the coach's summary; only goals said to be the client's own are proposed.
	[/\bclient s goals?\b|\bgoals? in (?:their|her|his) words\b|\bwhat progress means\b/, 'goals'],
	// A coach's heading is a scope that keeps everything under it the coach's (issue 14), so a meeting tool's summary
	// ("Enhanced notes", "Summary"), which holds the client's steps and quotes under its sub-headings, is not one: its
	// own prose is the coach's anyway, as all prose nobody claims.
	[/\bobservations?\b|\bcoach(?:ing)? notes\b|\bcoach s notes\b|\bmy notes\b/, 'coach-notes'],
];

/** The role proposed for a heading or label text, `none` when no rule knows it. */
export function proposeSectionRole(name: string): ProposedRole {
	const normal = normaliseHeading(name).replace(/'/g, ' ').replace(/-/g, ' ').replace(/\s+/g, ' ');
	for (const [pattern, role] of RULES) if (pattern.test(normal)) return role;
	return 'none';
}
