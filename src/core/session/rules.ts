import { normaliseFieldKey } from '../step-line';
import type { CoachingSettings } from '../settings';
import { detach, escapeRegExp } from '../text';
import { buildHeadingRoles, type HeadingRoles, headingRole, type RoleHeading, type SectionKind, type SectionRole } from './headings';
import { compileOwnerMarkers, type StepContext } from '../step-line';
import { coachLinePrefixesFor, coachOwnerMarkersFor } from './who';
import { readDay } from './frontmatter-fields';
import { type SpeakerKeys, speakerKeys } from './speakers';
import { clientNamePattern } from './quotes';

/** The settings turned into lookups and patterns once, not once per note. */
export interface ReadingRules {
	settings: CoachingSettings;
	/** The names that mark each side's speaker tags and steps (`Me`, the coach's names; `Client`). */
	speakers: SpeakerKeys;
	headingRoles: HeadingRoles;
	/** What the step-line reader needs: owner markers and field, and the day reader. */
	steps: StepContext;
	clientPrefix: RegExp | null;
	coachPrefix: RegExp | null;
	clientFields: Set<string>;
	winFields: Set<string>;
	goalFields: Set<string>;
	quoteCallouts: Set<string>;
	coachCallouts: Set<string>;
	/** One shared copy of each rule text ("the heading 'In her words'"), instead of one per extract. */
	intern: (text: string) => string;
	/**
	 * A rule text made from a piece of a note (`Client`, `win`, `proud`), looked up by that piece, so the text is
	 * built and interned only the first time: `ruleFor('field', 'win')` is "the field win::".
	 */
	ruleFor: (kind: RuleKind, piece: string) => string;
	/**
	 * The role a heading gives the lines under it, or null: one entry per heading text, shared by every note that
	 * uses it, since notes repeat their headings (and what is derived from an entry is kept on it).
	 */
	/** The role a heading's text gives (or a label's, `kind` 'label'), with what is derived from it; null for none. */
	headingEntry: (heading: string, kind?: SectionKind, role?: SectionRole) => RoleHeading | null;
	/** The client's names as whole words (`clientNamePattern`), made once per list of clients, since notes repeat them. */
	clientNames: (clients: readonly string[]) => RegExp | null;
}

export type RuleKind = 'line prefix' | 'field' | 'callout';

const RULE_TEXTS: Record<RuleKind, (piece: string) => string> = {
	'line prefix': (piece) => `a line starting '${piece}:'`,
	field: (piece) => `the field ${piece}::`,
	callout: (piece) => `a > [!${piece}] callout`,
};

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
	const entries = new Map<string, RoleHeading | null>();
	const labelEntries = new Map<string, RoleHeading | null>();
	const intern = (text: string): string => {
		const known = interned.get(text);
		if (known !== undefined) return known;
		// Kept as a copy of its own: a rule text may quote a piece of the note it was made for.
		const copy = detach(text);
		if (interned.size < MEMO_LIMIT) interned.set(copy, copy);
		return copy;
	};
	const rulesByPiece = new Map<RuleKind, Map<string, string>>();
	const namedEntries = new Map<string, RoleHeading | null>();
	const headingEntry = (heading: string, kind: SectionKind = 'heading', given?: SectionRole): RoleHeading | null => {
		const memo = given !== undefined ? namedEntries : kind === 'heading' ? entries : labelEntries;
		const id = given !== undefined ? `${kind}\u0000${given}\u0000${heading}` : heading;
		let entry = memo.get(id);
		if (entry === undefined) {
			const role = given ?? headingRole(headingRoles, heading);
			// A copy of its own: rule texts quote the heading, and a piece of a note would keep the note alive.
			const copy = detach(heading);
			entry = role ? { role, heading: copy, kind, placement: null, accountPlacement: null, checkboxRule: null, itemRule: null } : null;
			if (memo.size < MEMO_LIMIT) memo.set(given !== undefined ? detach(id) : copy, entry);
		}
		return entry;
	};
	const namePatterns = new Map<string, RegExp | null>();
	return {
		intern,
		clientNames: (clients) => {
			const key = clients.join('\n');
			let pattern = namePatterns.get(key);
			if (pattern === undefined) {
				pattern = clientNamePattern(clients);
				if (namePatterns.size < MEMO_LIMIT) namePatterns.set(detach(key), pattern);
			}
			return pattern;
		},
		ruleFor: (kind, piece) => {
			let byPiece = rulesByPiece.get(kind);
			if (!byPiece) rulesByPiece.set(kind, (byPiece = new Map<string, string>()));
			let rule = byPiece.get(piece);
			if (rule === undefined) {
				rule = intern(RULE_TEXTS[kind](piece));
				if (byPiece.size < MEMO_LIMIT) byPiece.set(detach(piece), rule);
			}
			return rule;
		},
		headingEntry,
		settings,
		headingRoles,
		steps: {
			ownerMarkers: compileOwnerMarkers(coachOwnerMarkersFor(settings)),
			ownerField: normaliseFieldKey(settings.ownerField),
			coachOwnerValues: settings.coachOwnerValues,
			readDay,
		},
		clientPrefix: prefixPattern(settings.clientLinePrefixes),
		coachPrefix: prefixPattern(coachLinePrefixesFor(settings)),
		speakers: speakerKeys(settings),
		clientFields: new Set(settings.clientWordsFields.map(normaliseFieldKey)),
		winFields: new Set(settings.winFields.map(normaliseFieldKey)),
		goalFields: new Set(settings.goalFields.map(normaliseFieldKey)),
		quoteCallouts: new Set(settings.quoteCalloutTypes.map((t) => t.toLowerCase())),
		coachCallouts: new Set(settings.coachCalloutTypes.map((t) => t.toLowerCase())),
	};
}
