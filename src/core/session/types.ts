import type { ProgressMark } from './progress-mark';

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
	| 'comment-unclosed'
	| 'unnamed-sessions';

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
	/**
	 * In a group session, the member the note gives the client's words or goal to (`Bob: …`), as the frontmatter names
	 * them; absent when the words are the whole group's. Never set on the coach's notes: the coach is never a member.
	 */
	speaker?: string;
}

export interface ClientWords extends Extract {
	/**
	 * Set when where the words stand makes them progress (under a Wins heading, in a `win::` field): why. Sentences
	 * of change ("I finally…") are looked for when the words are reviewed (`reviewWords`), not for every note read.
	 */
	winRule: string | null;
	/** The coach's `[progress:: yes|no]` on the statement's line (see `progress-mark.ts`), when there is one. */
	progressMark?: ProgressMark;
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
	/** In a group session, the member the step belongs to (`- [ ] Bob: …`, `(@Bob)`); absent when it is the group's. */
	speaker?: string;
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
	dateSource: 'frontmatter' | 'note text' | 'file name' | null;
	number: number | null;
	ratings: { client: number | null; coach: number | null };
	actionSteps: readonly ActionStep[];
	clientWords: readonly ClientWords[];
	coachNotes: readonly Extract[];
	goals: readonly Extract[];
	/** The coach's questions for next time (under a "Next time" heading); each is among `coachNotes` too. */
	questions: readonly Extract[];
	/** The frontmatter's tags, without `#`, lower case. */
	tags: readonly string[];
	/** A profile whose frontmatter archives its client (`status: archived`). */
	archived: boolean;
	/** From a profile note's frontmatter. */
	aliases: readonly string[];
	warnings: readonly Warning[];
	/** Lines telling how earlier steps went (`✅ Website copy: done`): linked to their threads by the review. */
	statusReports?: readonly StatusReport[];
	/** Lines that say nothing themselves but decide how the lines after them are read (for `inspect`). */
	markers?: readonly LineMarker[];
}

/**
 * A line that opens something without saying anything itself: a label opening a section (`**Wins:**`), a transcript's
 * turn header (`Jo Banks  12:04`), the header row of a table of steps. `rule` says what it opens and why.
 */
export interface LineMarker {
	line: number;
	kind: 'label' | 'turn' | 'table';
	rule: string;
}
