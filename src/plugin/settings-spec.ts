import type { CoachingSettings } from '../core/settings';

type Key = keyof CoachingSettings;

export type SettingKind = 'text' | 'list' | 'number' | 'toggle' | 'folder' | 'folders' | 'choice';

export interface SettingSpec {
	key: Key;
	name: string;
	desc: string;
	kind: SettingKind;
	/** For a choice: value and label of each option. */
	options?: Record<string, string>;
}

export interface SettingGroupSpec {
	heading: string;
	settings: SettingSpec[];
}

/** Every setting, in the order the settings tab shows them. Lists are edited one item per line. */
export const SETTING_GROUPS: SettingGroupSpec[] = [
	{
		heading: 'Where your notes are',
		settings: [
			{ key: 'clientFolder', name: 'Client folder', desc: 'Holds a profile note per client (Name.md) and a folder of session notes per client (Name/…).', kind: 'folder' },
			{ key: 'sessionFolders', name: 'Session folders', desc: 'Only notes in these folders (and the client folder) are read. Leave empty for the whole vault.', kind: 'folders' },
		],
	},
	{
		heading: 'Properties',
		settings: [
			{ key: 'clientKeys', name: 'Client properties', desc: 'Properties (or lines like "Client: Name" at the top of a note) that name the client of a session, one per line.', kind: 'list' },
			{ key: 'coachNames', name: 'Your names', desc: 'Your own names and handles, one per line: you are never a client, and lines and steps marked with them are yours.', kind: 'list' },
			{ key: 'dateKey', name: 'Date property', desc: 'The session date, like 2026-10-14.', kind: 'text' },
			{ key: 'otherDateKeys', name: 'Other date properties', desc: 'Tried in order when a note has no date property, one per line.', kind: 'list' },
			{
				key: 'numericDateOrder',
				name: 'Numeric dates',
				desc: 'How you write dates like 03/04/2026. Unset, such a date is reported, never guessed.',
				kind: 'choice',
				options: { '': 'Not set', 'day-month': 'Day first (14/07/2026)', 'month-day': 'Month first (7/14/2026)' },
			},
			{ key: 'sessionNumberKey', name: 'Session number property', desc: '', kind: 'text' },
			{ key: 'clientRatingKey', name: "Client's rating property", desc: "The client's own rating, 0 to 10.", kind: 'text' },
			{ key: 'coachRatingKey', name: 'Your rating property', desc: 'Your rating, 0 to 10.', kind: 'text' },
			{ key: 'aliasesKey', name: 'Aliases property', desc: 'Other names of a client, in their profile note.', kind: 'text' },
			{ key: 'goalsKey', name: 'Goals property', desc: "The client's goals, in their profile note.", kind: 'text' },
			{ key: 'archivedKey', name: 'Archived property', desc: 'A profile with this property set to the archived value is hidden from the caseload.', kind: 'text' },
			{ key: 'archivedValue', name: 'Archived value', desc: 'The value that archives a client, like "archived".', kind: 'text' },
		],
	},
	{
		heading: 'Headings',
		settings: [
			{ key: 'clientWordsHeadings', name: "Client's words", desc: "Text under these headings is the client's own words.", kind: 'list' },
			{ key: 'winsHeadings', name: 'Wins', desc: 'Items under these headings count as progress.', kind: 'list' },
			{ key: 'goalsHeadings', name: 'Goals', desc: "Items under these headings are the client's goals.", kind: 'list' },
			{ key: 'coachNotesHeadings', name: 'Your notes', desc: 'Text under these headings is yours, whatever it holds.', kind: 'list' },
			{ key: 'privateHeadings', name: 'Your private notes', desc: 'Text under these headings is yours and never reaches a client.', kind: 'list' },
			{ key: 'actionStepHeadings', name: "Client's steps", desc: 'Plain list items under these headings are action steps.', kind: 'list' },
			{ key: 'coachPromiseHeadings', name: 'Your promises', desc: 'List items under these headings are your own commitments.', kind: 'list' },
			{ key: 'reviewHeadings', name: 'Review of last time', desc: 'Lines under these headings, like "Website copy: done", tell how earlier steps went.', kind: 'list' },
			{ key: 'nextTimeHeadings', name: 'Questions for next time', desc: 'Text under these headings is your question for the next session, shown in the brief.', kind: 'list' },
		],
	},
	{
		heading: 'Markers',
		settings: [
			{ key: 'clientLinePrefixes', name: "Client's lines", desc: 'A line starting with one of these and a colon is the client speaking.', kind: 'list' },
			{ key: 'coachLinePrefixes', name: 'Your lines', desc: 'A line starting with one of these and a colon is you speaking.', kind: 'list' },
			{ key: 'coachOwnerMarkers', name: 'Promise markers', desc: 'A checkbox with one of these words is your promise.', kind: 'list' },
			{ key: 'clientWordsFields', name: "Client's words fields", desc: 'Inline fields (name:: text) holding the client\'s words.', kind: 'list' },
			{ key: 'progressPhrases', name: 'Progress phrases', desc: "Extra phrases: the client's sentences with these count as progress too.", kind: 'list' },
		],
	},
	{
		heading: 'Review',
		settings: [
			{ key: 'recurringThreshold', name: 'Recurring after', desc: 'A step raised in this many sessions, and neither done nor dropped, is shown as recurring.', kind: 'number' },
			{ key: 'detectProgress', name: 'Detect progress', desc: "Read the client's words for progress. Off, only wins, your marks and your progress phrases count.", kind: 'toggle' },
			{ key: 'archivedClients', name: 'Archived clients', desc: 'Clients hidden from the caseload unless you ask for them, one per line.', kind: 'list' },
			{ key: 'privacyMode', name: 'Privacy mode', desc: 'Blur every client name and quote on the dashboard until you hover or tap it, for screen sharing.', kind: 'toggle' },
		],
	},
	{
		heading: 'Acting on the review',
		settings: [
			{ key: 'reviewFolder', name: 'Export folder', desc: 'Where exported reviews and client summaries are written.', kind: 'folder' },
			{ key: 'sessionTemplatePath', name: 'Session template', desc: 'A note to start new session notes from, with {{client}}, {{date}}, {{session}}, {{open_steps}} and {{open_promises}}. Leave empty for the built-in one.', kind: 'text' },
			{ key: 'tasksDoneDates', name: 'Add a done date', desc: 'When you mark a step done from the dashboard, add a Tasks ✅ date if the note already uses Tasks emoji.', kind: 'toggle' },
			{
				key: 'carryForwardIdStyle',
				name: 'Ids for carried steps',
				desc: 'A step carried into a new session note gets an id, so its thread goes on even if you reword it.',
				kind: 'choice',
				options: { tasks: 'Tasks (🆔 id)', dataview: 'Dataview ([id:: id])', none: 'No id' },
			},
		],
	},
];

/** A list setting as the text box shows it, and back. */
export function listToText(values: string[]): string {
	return values.join('\n');
}

export function textToList(text: string, separator: RegExp = /\n/): string[] {
	return text
		.split(separator)
		.map((v) => v.trim())
		.filter((v) => v !== '');
}
