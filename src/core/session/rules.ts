import { normaliseFieldKey } from '../markdown/inline';
import type { CoachingSettings } from '../settings';
import { escapeRegExp } from '../text';
import { buildHeadingRoles, type HeadingRoles } from './headings';
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
}

/** `Client: …` or `**Client:** …` at the very start of a line. */
function prefixPattern(prefixes: string[]): RegExp | null {
	const names = prefixes.filter((p) => p.trim() !== '').map((p) => escapeRegExp(p.trim()));
	if (names.length === 0) return null;
	return new RegExp(`^[ \\t]*(?:\\*\\*|__)?(${names.join('|')})(?:\\*\\*|__)?[ \\t]*:(?!:)(?:\\*\\*|__)?[ \\t]*(.*)$`, 'i');
}

export function compileRules(settings: CoachingSettings): ReadingRules {
	const interned = new Map<string, string>();
	return {
		intern: (text) => {
			const known = interned.get(text);
			if (known !== undefined) return known;
			if (interned.size < 10_000) interned.set(text, text);
			return text;
		},
		settings,
		headingRoles: buildHeadingRoles(settings),
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
