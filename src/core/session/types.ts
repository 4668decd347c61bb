/** What one note says, once read. Lines are 1-based, as an editor shows them; paths use `/`. */

export type { Owner, StepStatus } from '../step-line';
import type { Owner, StepStatus } from '../step-line';
import type { StatusReport } from './status-report';

export type { StatusReport } from './status-report';

/**
 * What a warning is about. Code tells warnings apart by this, never by their message, which is for people.
 * `frontmatter-*` are about the note's frontmatter: they are reported even for a note that is no one's, since a broken
 * frontmatter may be what hid its client. `unreadable`: the note could not be read at all (deleted, no permission).
 */
export type WarningKind =
	| 'frontmatter-unclosed'
	| 'frontmatter-invalid'
	| 'block-unclosed'
	| 'no-client'
	| 'bad-date'
	| 'no-date'
	| 'bad-rating'
	| 'bad-session-number'
	| 'bad-bytes'
	| 'unreadable'
	| 'alias-conflict'
	| 'field-unreadable'
	| 'comment-unclosed';

export interface Warning {
	path: string;
	line: number;
	message: string;
	kind: WarningKind;
}

/** A piece of text taken from a note, with where it was and the rule that put it there. */
export interface Extract {
	text: string;
	line: number;
	/** Why it was classified so, for a coach to trust or fix: "from the heading 'In her words'". */
	rule: string;
}

export interface ClientWords extends Extract {
	/**
	 * Set when where the words stand makes them progress (under a Wins heading, in a `win::` field): why. Sentences
	 * of change ("I finally…") are looked for when the words are reviewed (`reviewWords`), not for every note read.
	 */
	winRule: string | null;
}

export interface ActionStep {
	text: string;
	line: number;
	owner: Owner;
	status: StepStatus;
	/** The raw checkbox character, or null for a plain list item under a steps heading. */
	statusChar: string | null;
	/** `[>]`: carried forward to a later session. */
	carried: boolean;
	due: string | null;
	doneDate: string | null;
	id: string | null;
	/** Whether the line uses Tasks emoji signifiers. */
	usesTasksSignifiers: boolean;
	rule: string;
	/** Set on a later note's status report joined to this step's thread: it tells the status, it raises nothing. */
	toldLater?: boolean;
}

export type NoteRole = 'session' | 'profile' | 'none';

/** A note as read: plain data, never changed once made (lists may be shared between readings). */
export interface SessionReading {
	path: string;
	role: NoteRole;
	/** Client names as written (a group session has several). */
	clients: readonly string[];
	date: string | null;
	/** Where the date came from: the frontmatter, the file name, or nowhere. */
	dateSource: 'frontmatter' | 'file name' | null;
	number: number | null;
	ratings: { client: number | null; coach: number | null };
	actionSteps: readonly ActionStep[];
	clientWords: readonly ClientWords[];
	coachNotes: readonly Extract[];
	goals: readonly Extract[];
	/** From a profile note's frontmatter. */
	aliases: readonly string[];
	warnings: readonly Warning[];
	/** Lines telling how earlier steps went (`✅ Website copy: done`): linked to their threads by the review. */
	statusReports?: readonly StatusReport[];
}
