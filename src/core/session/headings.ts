import type { CoachingSettings } from '../settings';

/** What a heading says about the lines under it. */
export type SectionRole = 'client-words' | 'wins' | 'goals' | 'coach-notes' | 'private-notes' | 'action-steps' | 'coach-promises' | 'next-time' | 'progress-review';

/**
 * Headings match whatever their level, case, emoji, formatting or trailing punctuation:
 * "## 💬 In *her* words:" is "in her words".
 */
export function normaliseHeading(text: string): string {
	return text
		.replace(/[\u2018\u2019\u02bc`]/g, "'")
		.replace(/[*_~=]/g, '')
		.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^'+|'+$/g, '')
		.toLowerCase();
}

export type HeadingRoles = Map<string, SectionRole>;

/** One lookup table from normalised heading to role; more specific roles are entered last so they win. */
export function buildHeadingRoles(settings: CoachingSettings): HeadingRoles {
	const roles: HeadingRoles = new Map();
	const add = (names: string[], role: SectionRole) => {
		for (const name of names) roles.set(normaliseHeading(name), role);
	};
	add(settings.coachNotesHeadings, 'coach-notes');
	add(settings.privateHeadings, 'private-notes');
	add(settings.actionStepHeadings, 'action-steps');
	add(settings.coachPromiseHeadings, 'coach-promises');
	add(settings.nextTimeHeadings, 'next-time');
	add(settings.reviewHeadings, 'progress-review');
	add(settings.clientWordsHeadings, 'client-words');
	add(settings.winsHeadings, 'wins');
	add(settings.goalsHeadings, 'goals');
	return roles;
}

/**
 * The role of a heading or label as coaches write them: the name itself, else the name without a framework's letter
 * (GROW's "W — Way forward"), without a timing or note in brackets ("Next steps (5 min)"), or the first of two names
 * joined by "or" / "and" ("Homework or between-session practice"). A bracket that says private keeps the note private.
 */
export function headingRole(roles: HeadingRoles, heading: string): SectionRole | undefined {
	const whole = roles.get(normaliseHeading(heading));
	if (whole || heading.length > 120) return whole;
	let text = heading.replace(/^[\s*_]*\p{Lu}\s*[\u2014\u2013:-]\s+/u, '');
	const bracket = /\(([^)]*)\)/.exec(text);
	if (bracket && /\b(private|confidential|coach only)\b/i.test(bracket[1] ?? '')) return 'private-notes';
	text = text.replace(/\([^)]*\)/g, ' ');
	const cleaned = normaliseHeading(text);
	const role = roles.get(cleaned);
	if (role) return role;
	const first = / (?:or|and|&) /.exec(cleaned);
	return first ? roles.get(cleaned.slice(0, first.index)) : undefined;
}

/** What opens a section: a Markdown heading, or a label on a line of its own (`**Wins:**`, `Homework:`). */
export type SectionKind = 'heading' | 'label';

/** A heading with a role: the same object for every line under it, so what is derived from it can be kept on it. */
export interface RoleHeading {
	role: SectionRole;
	heading: string;
	/** How the note wrote it, for rule texts: a heading (`## Wins`), or a label on a line of its own (`**Wins:**`). */
	kind: SectionKind;
	/**
	 * What the classifier derives from the heading (where prose goes, the rule texts of steps), worked out once and
	 * shared by every note using it. Null until then; always present, so every entry has one shape.
	 */
	placement: HeadingPlacement | null;
	/** Where a third-person account of the client under a heading of their words goes (the coach's), made when first needed. */
	accountPlacement: HeadingPlacement | null;
	/** Where an unquoted line in no one's first person goes, in a note that quotes its client (made once). */
	recordPlacement?: HeadingPlacement;
	checkboxRule: string | null;
	itemRule: string | null;
}

/** Where prose under a heading goes (see `placement.ts`). Every field always set: one shape for all. */
export interface HeadingPlacement {
	target: 'client' | 'coach' | 'skip';
	rule: string;
	/** Set when the rule itself makes the words progress (a Wins heading, a `win::` field). */
	winRule: string | null;
	goal: boolean;
	/** In a group session, the member the note gives the words to (their name as the frontmatter has it), else null. */
	speaker: string | null;
	/** The coach's question for next time (a "Next time" heading): kept among the coach's notes and in `questions`. */
	question: boolean;
}

/** Tracks the headings above the current line; the innermost one with a known role decides. */
export class HeadingContext {
	// The open headings, outermost first: their levels and entries side by side, no object per heading.
	private readonly levels: number[] = [];
	private readonly entries: (RoleHeading | null)[] = [];
	/** The innermost entry with a role, worked out when a heading is entered rather than for every line. */
	private inForce: RoleHeading | null = null;

	/** A heading of `level` whose text gives `entry` (`ReadingRules.headingEntry`), null for a text with no role. */
	enter(level: number, entry: RoleHeading | null): void {
		const { levels, entries } = this;
		while (levels.length > 0 && (levels[levels.length - 1] ?? 0) >= level) {
			levels.pop();
			entries.pop();
		}
		levels.push(level);
		entries.push(entry);
		this.inForce = null;
		for (let i = entries.length - 1; i >= 0 && this.inForce === null; i--) this.inForce = entries[i] ?? null;
	}

	/** The role in force and the heading that gave it. */
	current(): RoleHeading | null {
		return this.inForce;
	}
}
