/** Turns the detect proposals the coach accepted into settings: the names added to the lists the reader uses. */
import { normaliseHeading } from '../session/headings';
import type { CoachingSettings } from '../settings';
import type { ProposedRole } from './roles';
import type { Detected, StyleScan } from './scan';

/** The settings a detect run changes, in the shape of the settings file (`--config`). */
export type DetectedSettings = Pick<
	CoachingSettings,
	| 'clientKeys'
	| 'coachNames'
	| 'dateKey'
	| 'otherDateKeys'
	| 'numericDateOrder'
	| 'clientWordsHeadings'
	| 'winsHeadings'
	| 'goalsHeadings'
	| 'coachNotesHeadings'
	| 'actionStepHeadings'
	| 'coachPromiseHeadings'
	| 'privateHeadings'
	| 'reviewHeadings'
>;

type HeadingList =
	| 'clientWordsHeadings'
	| 'winsHeadings'
	| 'goalsHeadings'
	| 'coachNotesHeadings'
	| 'privateHeadings'
	| 'actionStepHeadings'
	| 'coachPromiseHeadings'
	| 'reviewHeadings';

/** Where each section role's names go. Private sections are private scopes: nothing in them reaches the client. */
const HEADING_LISTS: Partial<Record<ProposedRole, HeadingList[]>> = {
	'client-words': ['clientWordsHeadings'],
	wins: ['clientWordsHeadings', 'winsHeadings'],
	goals: ['goalsHeadings'],
	'coach-notes': ['coachNotesHeadings'],
	private: ['privateHeadings'],
	'action-steps': ['actionStepHeadings'],
	'coach-promises': ['coachPromiseHeadings'],
	'progress-review': ['reviewHeadings'],
};

const ALL_HEADING_LISTS: HeadingList[] = [
	'clientWordsHeadings',
	'winsHeadings',
	'goalsHeadings',
	'coachNotesHeadings',
	'privateHeadings',
	'actionStepHeadings',
	'coachPromiseHeadings',
	'reviewHeadings',
];

function addName(list: string[], name: string): void {
	const normal = normaliseHeading(name);
	if (!list.some((n) => normaliseHeading(n) === normal)) list.push(name);
}

/**
 * The settings that follow from the accepted proposals (each with the role the coach chose), on top of `base`. A name
 * moved to a new role leaves the lists of its other roles, so a coach's correction is never undone by a default.
 */
export function settingsFromProposals(accepted: readonly Detected[], base: CoachingSettings, scan?: Pick<StyleScan, 'numericDateOrder'>): DetectedSettings {
	const out: DetectedSettings = {
		clientKeys: base.clientKeys.slice(),
		coachNames: base.coachNames.slice(),
		dateKey: base.dateKey,
		otherDateKeys: base.otherDateKeys.slice(),
		numericDateOrder: scan?.numericDateOrder || base.numericDateOrder,
		clientWordsHeadings: base.clientWordsHeadings.slice(),
		winsHeadings: base.winsHeadings.slice(),
		goalsHeadings: base.goalsHeadings.slice(),
		coachNotesHeadings: base.coachNotesHeadings.slice(),
		privateHeadings: base.privateHeadings.slice(),
		actionStepHeadings: base.actionStepHeadings.slice(),
		coachPromiseHeadings: base.coachPromiseHeadings.slice(),
		reviewHeadings: base.reviewHeadings.slice(),
	};
	const dateKeys: string[] = [];
	for (const item of accepted) {
		if (item.kind === 'heading' || item.kind === 'label') {
			const lists = HEADING_LISTS[item.role];
			if (!lists) continue;
			const normal = normaliseHeading(item.name);
			for (const list of ALL_HEADING_LISTS) if (!lists.includes(list)) out[list] = out[list].filter((n) => normaliseHeading(n) !== normal);
			for (const list of lists) addName(out[list], item.name);
		} else if (item.role === 'coach-name') {
			if (item.kind === 'coach name' && !out.coachNames.some((n) => n.toLowerCase() === item.name.toLowerCase())) out.coachNames.push(item.name);
		} else if (item.role === 'client-key' && (item.kind === 'frontmatter key' || item.kind === 'property line')) {
			const key = item.name.trim();
			if (!out.clientKeys.some((k) => k.toLowerCase() === key.toLowerCase())) out.clientKeys.push(key);
		} else if (item.role === 'date-key' && (item.kind === 'frontmatter key' || item.kind === 'property line') && item.kind === 'frontmatter key') {
			dateKeys.push(item.name.trim());
		}
	}
	// The date key most notes use leads; the rest are tried after it.
	const byUse = accepted.filter((d) => d.role === 'date-key' && d.kind === 'frontmatter key').sort((a, b) => b.notes - a.notes);
	const lead = byUse.find((d) => /date/i.test(d.name)) ?? byUse[0];
	if (lead) out.dateKey = lead.name;
	for (const key of dateKeys) if (key !== out.dateKey && !out.otherDateKeys.includes(key)) out.otherDateKeys.push(key);
	return out;
}

/** The proposals as detected, accepted as they are (what `detect --write` writes). */
export function settingsFromScan(scan: StyleScan, base: CoachingSettings): DetectedSettings {
	return settingsFromProposals(
		scan.found.filter((d) => d.role !== 'none'),
		base,
		scan,
	);
}
