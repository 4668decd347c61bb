/**
 * Every name the reader looks for. The defaults are PRODUCT.md's "How notes are read" table;
 * the plugin's settings tab and the CLI's `--config` file both have this shape.
 */
export interface CoachingSettings {
	/**
	 * Keys that name the client of a session, in the frontmatter or in `Key: value` lines at the top of a note; the
	 * first that names someone other than the coach wins.
	 */
	clientKeys: string[];
	/** The coach's own names and handles: never a client, skipped in participant lists, and marking the coach's lines. */
	coachNames: string[];
	dateKey: string;
	/** Keys tried for the date after `dateKey` (a meeting tool's `created_at`). */
	otherDateKeys: string[];
	/**
	 * How numeric dates are written: `day-month` (14/07/2026), `month-day` (7/14/2026), or empty: then one that could
	 * be either (03/04/2026) is a warning, never a guess.
	 */
	numericDateOrder: string;
	sessionNumberKey: string;
	clientRatingKey: string;
	coachRatingKey: string;
	/** `type: client` marks a client profile note. */
	typeKey: string;
	profileTypeValue: string;
	aliasesKey: string;
	goalsKey: string;
	/** Folder holding `<Name>.md` profiles and `<Name>/` session folders. */
	clientFolder: string;
	/** Only notes under these folders are read; empty means the whole vault. */
	sessionFolders: string[];
	clientWordsHeadings: string[];
	/** Client-words headings whose items also count as progress. */
	winsHeadings: string[];
	goalsHeadings: string[];
	coachNotesHeadings: string[];
	/** Headings of the coach's private notes: like `coachNotesHeadings`, and everything under them stays the coach's. */
	privateHeadings: string[];
	actionStepHeadings: string[];
	coachPromiseHeadings: string[];
	/** Text under these headings is a question the coach noted for the next session (the coach's own, never the client's). */
	nextTimeHeadings: string[];
	/** `status: archived` on a profile archives the client: hidden from the caseload unless asked for. */
	archivedKey: string;
	archivedValue: string;
	/** Clients archived by name, beside those whose profile says so. */
	archivedClients: string[];
	/** Headings and labels whose lines tell how earlier steps went (`✅ Website copy: done`): status told later. */
	reviewHeadings: string[];
	/** `Client:` at the start of a line. */
	clientLinePrefixes: string[];
	coachLinePrefixes: string[];
	/** Dataview fields whose value is the client's words (`quote:: …`). */
	clientWordsFields: string[];
	winFields: string[];
	goalFields: string[];
	quoteCalloutTypes: string[];
	coachCalloutTypes: string[];
	/** Markers on a checkbox that make it the coach's own promise. */
	coachOwnerMarkers: string[];
	ownerField: string;
	coachOwnerValues: string[];
	/** Extra phrases that make one of the client's sentences a statement of progress, beside the detector. */
	progressPhrases: string[];
	/** Read the client's words for progress (the detector); off, only wins, `win::` fields, marks and the phrases count. */
	detectProgress: boolean;
	/** A thread raised in this many sessions, and neither done nor dropped, is recurring. */
	recurringThreshold: number;
	/** Blur names and quotes on the dashboard until hovered, for screen sharing. */
	privacyMode: boolean;
	/** Where exported reviews and client summaries are written. */
	reviewFolder: string;
	/** A note to use as the template of new session notes; empty for the built-in one. */
	sessionTemplatePath: string;
	/** When a step is marked done from the dashboard, add a Tasks `✅ date` if the note uses Tasks signifiers. */
	tasksDoneDates: boolean;
	/** How a carried-forward step without an id gets one: `tasks` (🆔), `dataview` ([id:: …]) or `none`. */
	carryForwardIdStyle: string;
}

export const DEFAULT_SETTINGS: Readonly<CoachingSettings> = Object.freeze({
	clientKeys: ['client', 'coachee', 'person', 'participants', 'attendees', 'with', 'people'],
	coachNames: [],
	dateKey: 'date',
	otherDateKeys: ['created', 'created_at'],
	numericDateOrder: '',
	sessionNumberKey: 'session',
	clientRatingKey: 'client_rating',
	coachRatingKey: 'coach_rating',
	typeKey: 'type',
	profileTypeValue: 'client',
	aliasesKey: 'aliases',
	goalsKey: 'goals',
	clientFolder: 'Clients',
	sessionFolders: [],
	clientWordsHeadings: [
		'In their words',
		'In her words',
		'In his words',
		"Client's words",
		'Client says',
		'Client reflections',
		'Wins',
		"Client's goals",
		'What the client said',
		'Wins since last session',
	],
	winsHeadings: ['Wins', 'Wins since last session'],
	goalsHeadings: ["Client's goals", 'Goals'],
	coachNotesHeadings: ['Coach notes', "Coach's notes", 'My notes', 'Observations', 'Coach reflections', "Coach's observations"],
	privateHeadings: ['Private notes', 'Private', 'Confidential', 'Coach only'],
	actionStepHeadings: [
		'Action steps',
		'Actions',
		'Action items',
		'Next steps',
		'Homework',
		'Commitments',
		'Way forward',
		'Will',
		'Plan',
		'Action plan',
		'Commitments made by client',
		'Commitments made by coachee',
	],
	coachPromiseHeadings: [
		'Coach commitments',
		'My commitments',
		'Follow-up for me',
		'I will',
		'Support from me',
		'For me',
		'My actions',
		'My to-dos',
		'Follow-up needed',
		'Commitments made by coach',
	],
	nextTimeHeadings: ['Next time', 'Follow-up questions', 'Questions for next time', 'For next session'],
	/** Headings and labels whose lines tell how earlier steps went (`✅ Website copy: done`): status told later. */
	reviewHeadings: [
		'Since last time',
		'Since last session',
		'Progress since last session',
		'Progress since last time',
		'Homework review',
		'Review of homework',
		'Progress on previous commitments',
		'Previous commitments',
		'Review of last week',
		'Review of last session',
		'Follow-ups from last session',
		'Follow-ups from last call',
	],
	archivedKey: 'status',
	archivedValue: 'archived',
	archivedClients: [],
	clientLinePrefixes: ['Client'],
	coachLinePrefixes: ['Coach', 'Me'],
	clientWordsFields: ['client', 'quote', 'win'],
	winFields: ['win'],
	goalFields: ['goal'],
	quoteCalloutTypes: ['quote', 'cite'],
	coachCalloutTypes: ['coach', 'private'],
	coachOwnerMarkers: ['@coach', '@me', '#coach'],
	ownerField: 'owner',
	coachOwnerValues: ['coach', 'me'],
	// The detector reads meaning; phrases are the coach's own additions ("breakthrough"), none by default.
	progressPhrases: [],
	detectProgress: true,
	recurringThreshold: 3,
	privacyMode: false,
	reviewFolder: 'Reviews',
	sessionTemplatePath: '',
	tasksDoneDates: true,
	carryForwardIdStyle: 'tasks',
} satisfies CoachingSettings);

/** A fresh, mutable copy of the defaults: never hand out the defaults object itself. */
export function defaultSettings(): CoachingSettings {
	return structuredClone(DEFAULT_SETTINGS);
}

/**
 * Builds settings from stored or user-supplied data: known keys of the right type win, anything else
 * falls back to the default, so an old or hand-edited file never breaks the reader.
 */
export function resolveSettings(stored: unknown): { settings: CoachingSettings; problems: string[] } {
	const settings = defaultSettings();
	const problems: string[] = [];
	if (stored === null || stored === undefined) return { settings, problems };
	if (typeof stored !== 'object' || Array.isArray(stored)) {
		return { settings, problems: ['Settings must be an object; the defaults are used.'] };
	}
	const input = stored as Record<string, unknown>;
	const target = settings as unknown as Record<string, unknown>;
	for (const [key, value] of Object.entries(input)) {
		if (key === 'version') continue;
		const fallback = target[key];
		if (fallback === undefined) {
			problems.push(`Unknown setting "${key}" is ignored.`);
			continue;
		}
		if (Array.isArray(fallback)) {
			if (Array.isArray(value) && value.every((v) => typeof v === 'string')) target[key] = value.slice();
			else problems.push(`Setting "${key}" must be a list of text; the default is used.`);
		} else if (typeof fallback === 'boolean') {
			if (typeof value === 'boolean') target[key] = value;
			else problems.push(`Setting "${key}" must be true or false; the default is used.`);
		} else if (typeof fallback === 'number') {
			if (typeof value === 'number' && Number.isFinite(value) && value >= 1) target[key] = Math.floor(value);
			else problems.push(`Setting "${key}" must be a whole number of at least 1; the default is used.`);
		} else if (typeof value === 'string') target[key] = value;
		else problems.push(`Setting "${key}" must be text; the default is used.`);
	}
	return { settings, problems };
}

/**
 * What a change to each setting touches, in one place (the type makes sure none is left out):
 * - `reading`: how notes are read, so the vault index is read again;
 * - `display`: only how a review is built or drawn from the index, so open dashboards are drawn again;
 * - `action`: only what the coach's actions write (exports, new notes, edits), so nothing is redone.
 */
export type SettingEffect = 'reading' | 'display' | 'action';

export const SETTING_EFFECTS: Readonly<Record<keyof CoachingSettings, SettingEffect>> = Object.freeze({
	clientKeys: 'reading',
	coachNames: 'reading',
	otherDateKeys: 'reading',
	numericDateOrder: 'reading',
	dateKey: 'reading',
	sessionNumberKey: 'reading',
	clientRatingKey: 'reading',
	coachRatingKey: 'reading',
	typeKey: 'reading',
	profileTypeValue: 'reading',
	aliasesKey: 'reading',
	goalsKey: 'reading',
	clientFolder: 'reading',
	sessionFolders: 'reading',
	clientWordsHeadings: 'reading',
	winsHeadings: 'reading',
	goalsHeadings: 'reading',
	coachNotesHeadings: 'reading',
	privateHeadings: 'reading',
	actionStepHeadings: 'reading',
	coachPromiseHeadings: 'reading',
	nextTimeHeadings: 'reading',
	archivedKey: 'reading',
	archivedValue: 'reading',
	// Read when the caseload is drawn, from each profile's reading.
	archivedClients: 'display',
	reviewHeadings: 'reading',
	clientLinePrefixes: 'reading',
	coachLinePrefixes: 'reading',
	clientWordsFields: 'reading',
	winFields: 'reading',
	goalFields: 'reading',
	quoteCalloutTypes: 'reading',
	coachCalloutTypes: 'reading',
	coachOwnerMarkers: 'reading',
	ownerField: 'reading',
	coachOwnerValues: 'reading',
	// The reader does not look for progress phrases: reviews match them when they are built.
	progressPhrases: 'display',
	detectProgress: 'display',
	recurringThreshold: 'display',
	privacyMode: 'display',
	reviewFolder: 'action',
	sessionTemplatePath: 'action',
	tasksDoneDates: 'action',
	carryForwardIdStyle: 'action',
});

/** Whether two setting values are the same (lists item by item). */
export function sameSettingValue(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
	return a === b;
}

/** The settings whose values differ between two sets. */
export function changedSettings(before: CoachingSettings, after: CoachingSettings): (keyof CoachingSettings)[] {
	return (Object.keys(SETTING_EFFECTS) as (keyof CoachingSettings)[]).filter((key) => !sameSettingValue(before[key], after[key]));
}

/** The most a change needs redone: reading the notes again, drawing reviews again, or nothing. */
export function settingsChangeEffect(before: CoachingSettings, after: CoachingSettings): 'reading' | 'display' | 'none' {
	const effects = new Set(changedSettings(before, after).map((key) => SETTING_EFFECTS[key]));
	if (effects.has('reading')) return 'reading';
	return effects.has('display') ? 'display' : 'none';
}
