import { normaliseFieldKey } from '../markdown/inline';
import type { CoachingSettings } from '../settings';
import { detach, escapeRegExp } from '../text';
import { buildHeadingRoles, type HeadingRoles, normaliseHeading, type SectionRole } from './headings';
import { progressPattern } from './progress';
import { ownerMarkerPattern } from './steps';

/** The settings turned into lookups and patterns once, not once per note. */
export interface ReadingRules {
	settings: CoachingSettings;
	headingRoles: HeadingRoles;
	ownerMarkers: RegExp | null;
	clientPrefix: RegExp | null;
	coachPrefix: RegExp | null;
	progress: RegExp | null;
	clientFields: Set<string>;
	winFields: Set<string>;
	goalFields: Set<string>;
	quoteCallouts: Set<string>;
	coachCallouts: Set<string>;
	/** One shared copy of each rule text ("the heading 'In her words'"), instead of one per extract. */
	intern: (text: string) => string;
	/** The role a heading gives the lines under it; remembered per heading text, since notes repeat their headings. */
	roleOfHeading: (heading: string) => SectionRole | undefined;
}

/** Memos stop growing here, so a vault of unusual headings cannot make them hold more than a little memory. */
const MEMO_LIMIT = 10_000;

/** `Client: …` or `**Client:** …` at the very start of a line. */
function prefixPattern(prefixes: string[]): RegExp | null {
	const names = prefixes.filter((p) => p.trim() !== '').map((p) => escapeRegExp(p.trim()));
	if (names.length === 0) return null;
	return new RegExp(`^[ \\t]*(?:\\*\\*|__)?(${names.join('|')})(?:\\*\\*|__)?[ \\t]*:(?!:)(?:\\*\\*|__)?[ \\t]*(.*)$`, 'i');
}

export function compileRules(settings: CoachingSettings): ReadingRules {
	const interned = new Map<string, string>();
	const headingRoles = buildHeadingRoles(settings);
	const roles = new Map<string, SectionRole | null>();
	return {
		intern: (text) => {
			const known = interned.get(text);
			if (known !== undefined) return known;
			// Kept as a copy of its own: a rule text may quote a piece of the note it was made for.
			const copy = detach(text);
			if (interned.size < MEMO_LIMIT) interned.set(copy, copy);
			return copy;
		},
		roleOfHeading: (heading) => {
			let role = roles.get(heading);
			if (role === undefined) {
				role = headingRoles.get(normaliseHeading(heading)) ?? null;
				if (roles.size < MEMO_LIMIT) roles.set(heading, role);
			}
			return role ?? undefined;
		},
		settings,
		headingRoles,
		ownerMarkers: ownerMarkerPattern(settings.coachOwnerMarkers),
		clientPrefix: prefixPattern(settings.clientLinePrefixes),
		coachPrefix: prefixPattern(settings.coachLinePrefixes),
		progress: progressPattern(settings),
		clientFields: new Set(settings.clientWordsFields.map(normaliseFieldKey)),
		winFields: new Set(settings.winFields.map(normaliseFieldKey)),
		goalFields: new Set(settings.goalFields.map(normaliseFieldKey)),
		quoteCallouts: new Set(settings.quoteCalloutTypes.map((t) => t.toLowerCase())),
		coachCallouts: new Set(settings.coachCalloutTypes.map((t) => t.toLowerCase())),
	};
}
