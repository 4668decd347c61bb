import { type CommentState, stripInlineComments } from '../markdown/comments';
import { readInlineFields } from '../markdown/inline';
import { normaliseFieldKey } from '../step-line';
import { isBlank } from '../markdown/lines';
import type { Callout, MarkdownDocument, StructureProblem } from '../markdown/types';
import { HeadingContext, type RoleHeading, type SectionKind } from './headings';
import { ALL_MARKS, cleanText, HAS_BRACKET, HAS_CARET, HAS_COLON, HAS_COMMENT_MARK, LineGates } from './line-gates';
import { BLOCKQUOTE, place, type Placement, type Section, sectionPlacement, stepRule, type Target } from './placement';
import type { ReadingRules } from './rules';
import { isStepStatusChar, type StepHints } from '../step-line';
import { GroupMembers } from './members';
import { type CoachScope, Scopes } from './scope';
import { readProgressMark } from './progress-mark';
import { readStep } from './steps';
import { Turn } from './turn';
import type { ActionStep, ClientWords, Extract, LineMarker, Owner } from './types';
import { LABEL_LEVEL, readInlineLabel, readLabel, ROLE_WORDS } from './labels';
import { findQuotes, isAccountOfClient, isUnquotedRecord, quotesItsClient, withoutQuotes } from './quotes';
import { Speakers } from './speakers';
import { readStatusReport, type StatusReport } from './status-report';
import { readStepTable, type StepTable } from './step-table';

export interface BodyReading {
	actionSteps: ActionStep[];
	clientWords: ClientWords[];
	coachNotes: Extract[];
	goals: Extract[];
	/** The coach's questions for next time: the same extracts as among `coachNotes`. */
	questions: Extract[];
	/** Lines telling how earlier steps went, for the review to join to their threads. */
	statusReports?: StatusReport[];
	/** Labels, turn headers and step tables' header rows: lines that decide how the next are read (for `inspect`). */
	markers?: LineMarker[];
	/** What hid text without the block reader knowing: an inline `<!--` that its paragraph never closed (0-based lines). */
	problems?: StructureProblem[];
}

/** What the step reader need look for, by a line's `HAS_COLON | HAS_CARET` marks: made once, not per step. */
const STEP_HINTS: StepHints[] = [
	{ colon: false, caret: false },
	{ colon: true, caret: false },
	{ colon: false, caret: true },
	{ colon: true, caret: true },
];

/** Whether list items under the section are action steps, checkbox or not. */
function isStepSection(section: Section): boolean {
	return section?.role === 'action-steps' || section?.role === 'coach-promises';
}

/** A line that starts with a status mark (✅ ❌ ☑ ✔ ✗ 🟡 ⏳…), so it may tell how a step went. */
const STARTS_WITH_MARK = /^[ \t]*(?:[\u2300-\u27bf]|\u{1f6ab}|[\u{1f7e0}-\u{1f7eb}]|\u{1f504})/u;

/** Whether a line may start with a status mark: its first character past indentation is one (or half of one). */
function mayStartWithMark(text: string): boolean {
	let at = 0;
	while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
	// Every mark, and every surrogate pair, is at U+2300 or above: most lines are ruled out by one comparison.
	return text.charCodeAt(at) >= 0x2300 && STARTS_WITH_MARK.test(text);
}

/** `Leo: book…`, `Sam to send…`: a name leading a step says whose it is. */
const OWNER_PREFIX = /^[ \t]*(?:\*\*|__)?@?([\p{L}][\p{L}.'\u2019-]*(?: [\p{L}][\p{L}.'\u2019-]*)?)(?:\*\*|__)?(?:[ \t]*:(?:\*\*|__)?[ \t]+| to (?=\p{L}))/u;
/** `(@Leo)`, `(me)` or `(Sam)` ending a step (a bare `@coach` is an owner marker, read by the step reader). */
const OWNER_SUFFIX = /[ \t]*\(@?([\p{L}][\p{L}.'\u2019 -]{0,30}?)\)[ \t.]*$/u;
const STRUCK = /~~([^~]*)~~/g;
/** `Referrals, coordination, or follow-up: Coach to send…`: a template's label and its text on one line. */
const INLINE_LABEL = /^([\p{L}][^:\n]{0,59}):[ \t]+(?=\S)/u;
/** The coach writes the note: "I will…" there is the coach's promise. */
const I_WILL = /^[ \t]*I(?: will|'ll|\u2019ll)[ \t]/;
/** `For Rachel`, `From Daniel:`: a section named for whoever owns its steps. */
const FOR_NAME = /^[ \t*_]*(?:for|from)[ \t]+@?([\p{L}][\p{L}.'\u2019 -]{0,40}?)[ \t*_:]*$/iu;

/** No extract follows on from the previous one (a field, a `Client:` line, a different block). */
const UNMERGEABLE = -2;

/**
 * Sorts a note's lines, told in order with what the block reader found of each, into the client's words, the
 * coach's notes and action steps, following PRODUCT.md's table. Consecutive lines of one paragraph or list item
 * become one extract. The block parser's reading drives it (`classify-body.ts`), the one way a note's lines reach
 * these rules. Lines are 0-based; `item`, `quote` and
 * `callout` say which list item, quote depth and callout hold a line (-1 or 0 for none).
 */
export class BodyClassifier {
	readonly result: BodyReading = { actionSteps: [], clientWords: [], coachNotes: [], goals: [], questions: [] };
	private readonly headings: HeadingContext;
	private readonly comments: CommentState = { open: null };
	/** The 0-based line where the inline comment now open began. */
	private commentLine = -1;
	/** Items that are action steps, and their lines: continuation lines and nested items of a step are not prose. */
	private stepItems: Set<number> | null = null;
	private stepLines: Set<number> | null = null;
	// The last extract and what a next line must share to continue it: one paragraph, item or quote, on the next line.
	private previous: Extract | null = null;
	private previousTarget: Target = 'skip';
	private previousItem = UNMERGEABLE;
	private previousQuote = 0;
	private previousCallout = -1;
	private previousLine = -1;
	/** Where each callout's lines go, worked out on its first line. */
	private calloutPlacements: Placement[] | null = null;
	private readonly gates: LineGates;
	/** Whose each line's surroundings make it (`scope.ts`), and the scope of the line being read. */
	private readonly scopes: Scopes;
	private scope: CoachScope | null = null;
	/** The speaker a paragraph's first line named (or a transcript's turn header), for the lines that continue it. */
	private readonly turn = new Turn();
	/** A group session's members, who each own the lines and steps the note gives them. */
	private readonly members: GroupMembers | null;
	/** Who the note's speaker tags name: made on the first line that could hold one. */
	private speakerNames: Speakers | null = null;
	/** The table being read, when it is a table of steps; null for a table of anything else. */
	private stepTable: StepTable | null = null;

	/**
	 * `source` is the text that line offsets count in; `clients` the session's clients: one client's name marks their
	 * speaker tags, a group session's members each own the lines and steps the note gives them.
	 */
	constructor(
		private readonly source: string,
		private readonly rules: ReadingRules,
		private readonly isProfile: boolean,
		doc: Pick<MarkdownDocument, 'callouts' | 'table'>,
		private readonly clients: readonly string[] = [],
	) {
		this.headings = new HeadingContext();
		this.gates = new LineGates(source);
		this.scopes = new Scopes(doc, rules);
		this.members = clients.length > 1 ? new GroupMembers(clients, rules) : null;
	}

	/** The client's names as words, made on the first line that needs them. */
	private clientNamesPattern: RegExp | null | undefined;
	private clientNames(): RegExp | null {
		if (this.clientNamesPattern === undefined) this.clientNamesPattern = this.rules.clientNames(this.clients);
		return this.clientNamesPattern;
	}

	/** Whether the note marks its client's words with quotation marks, worked out on the first line that asks. */
	private quotesClient: boolean | undefined;
	private notesQuoteTheClient(): boolean {
		return (this.quotesClient ??= quotesItsClient(this.source));
	}

	private speakers(): Speakers {
		return (this.speakerNames ??= new Speakers(this.rules, this.clients, this.members));
	}

	/** Which characters worth a closer look the text `[start, end)` of `source` holds; lines must be asked in order. */
	marks(start: number, end: number): number {
		return this.gates.marks(start, end);
	}

	/** A blank line: it ends the extract and any inline comment left open. */
	blank(): void {
		this.previous = null;
		this.turn.end();
		this.endComment();
	}

	/**
	 * A paragraph's end closes an inline comment it left open. A `<!--` that hid the lines after its own said
	 * nothing of it, so it is reported (an unclosed `%%` is Obsidian's and reported by the block reader).
	 */
	private endComment(): void {
		if (this.comments.open === '-->' && this.commentLine >= 0) {
			(this.result.problems ??= []).push({
				kind: 'comment-unclosed',
				line: this.commentLine,
				message: 'An HTML comment (<!--) is never closed: the rest of its paragraph or list is read as a comment.',
			});
		}
		this.comments.open = null;
		this.commentLine = -1;
	}

	/** A line holding no text to sort (code, a fence, a callout's title line, a thematic break…): it ends the extract. */
	other(): void {
		this.previous = null;
		this.turn.end();
	}

	/** A heading; only one outside quotes and lists (`sets`) decides the role of the lines under it. */
	heading(level: number, text: string, sets: boolean, kind: SectionKind = 'heading'): void {
		if (sets) {
			const entry = this.rules.headingEntry(text, kind) ?? this.sectionForOwner(text, kind);
			this.headings.enter(level, entry);
			this.scopes.enterHeading(level, entry, text, kind);
		}
		this.endComment();
		this.previous = null;
		this.turn.end();
	}

	/**
	 * A heading or label no setting names that names whose steps follow (`For Rachel`, `**For Daniel**:`): the coach's
	 * promises for one of the coach's names, the client's steps for the client's name. A group member's name opens
	 * nothing: whose steps those are is told by the marks on each.
	 */
	private sectionForOwner(text: string, kind: SectionKind): RoleHeading | null {
		const named = FOR_NAME.exec(text);
		if (!named) return null;
		const side = this.speakers().side(named[1] ?? '');
		return side === 'coach' || side === 'client' ? this.rules.headingEntry(text, kind, side === 'coach' ? 'coach-promises' : 'action-steps') : null;
	}

	/**
	 * The first line of list item `item` (`text` after its marker and checkbox; `parentLine` the line of the item
	 * holding it, negative for none): an action step, or text like any other.
	 */
	itemLine(i: number, item: number, parentLine: number, boxChar: string | undefined, itemText: string, marks: number, quote: number, calloutIndex: number, callout: Callout | undefined): void {
		// Only the checkbox characters the README lists make a step: `- [🙂] x` is a list item reading "[🙂] x".
		const task = boxChar === undefined || isStepStatusChar(boxChar) ? boxChar : undefined;
		const text = task === boxChar ? itemText : `[${boxChar}] ${itemText}`;
		const section = this.headings.current();
		const content = this.uncomment(text, marks, i);
		const parentIsStep = parentLine >= 0 && this.stepLines !== null && this.stepLines.has(parentLine);
		const stepSection = isStepSection(section);
		const scope = (this.scope = this.scopes.at(calloutIndex));
		if (task !== undefined || (stepSection && !parentIsStep && !isBlank(content))) {
			// Inside a coach's or private scope, a checkbox is the coach's own to-do: never a step, never a promise.
			if (scope !== null) {
				this.turn.end();
				this.previous = null;
				this.push(this.scopes.toDo(task === undefined ? 'a list item under a steps heading' : `a checkbox [${task}]`, scope), content, i + 1, item, quote, calloutIndex, marks);
			} else this.step(i, item, task, content, marks, section, stepSection);
		} else this.placeText(content, item, i + 1, quote, calloutIndex, section, callout, marks);
	}

	/** Item `item` on line `i` as an action step (`content` without comments). */
	private step(i: number, item: number, task: string | undefined, content: string, marks: number, section: Section, stepSection: boolean): void {
		let rule = stepRule(section, stepSection, task !== undefined, this.rules.intern);
		let sectionOwner: Owner | null = section?.role === 'coach-promises' ? 'coach' : null;
		let statusChar = task ?? null;
		// ~~Struck~~ words are taken back: a step struck whole is dropped, struck words leave the step.
		if (content.includes('~~')) {
			const whole = /^[ \t]*~~([^~]+)~~[ \t]*$/.exec(content);
			if (whole) {
				content = whole[1] ?? '';
				if (statusChar === null || statusChar === ' ') statusChar = '-';
				rule = this.rules.intern(`${rule}; struck through, so dropped`);
			} else content = content.replace(STRUCK, '').replace(/[ \t]{2,}/g, ' ');
		}
		// In a group session a member's name gives the step to that member alone; else a name says client or coach.
		const member = this.members?.step(content) ?? null;
		const owned = member ? null : this.ownerByName(content);
		if (owned) {
			content = owned.content;
			sectionOwner = owned.owner;
			if (owned.owner === 'coach') rule = this.rules.intern(`${rule}; the coach's own, named '${owned.name}'`);
			else if (owned.member === null) rule = this.rules.intern(`${rule}; the client's, named '${owned.name}'`);
		}
		const step = readStep(member ? member.text : content, statusChar, i + 1, rule, this.rules.steps, sectionOwner, STEP_HINTS[marks & (HAS_COLON | HAS_CARET)]);
		const speaker = member?.speaker ?? owned?.member ?? null;
		if (speaker !== null && step.owner === 'client') {
			step.speaker = speaker;
			step.rule = this.rules.intern(`${step.rule}; ${speaker}'s, from ${member ? member.mark : `'${owned?.name ?? ''}'`} in a group session`);
		}
		if (step.text !== '') this.result.actionSteps.push(step);
		// Made on the first step: most notes have few, and many notes have none.
		(this.stepItems ??= new Set()).add(item);
		(this.stepLines ??= new Set()).add(i);
		this.previous = null;
	}

	/**
	 * Whose a step is by the name leading or ending it (`Leo: book…`, `Sam to send…`, `… (@Sam)`, `… (me)`): the
	 * coach's names make it the coach's, the client's name the client's, a group member's name that member's (`member`);
	 * a name leading with a colon leaves the text.
	 */
	private ownerByName(content: string): { owner: Owner; name: string; member: string | null; content: string } | null {
		// Names stand at the ends of a step: only the ends are searched, so a long step costs no more; and only a colon
		// near the start, " to " or a closing bracket at the end lets a pattern run at all.
		const colon = content.indexOf(':');
		const to = colon > 0 && colon < 50 ? -1 : content.indexOf(' to ');
		const lead = (colon > 0 && colon < 50) || (to > 0 && to < 50) ? OWNER_PREFIX.exec(content.length > 80 ? content.slice(0, 80) : content) : null;
		if (lead) {
			const name = lead[1] ?? '';
			const owner = this.ownerNamed(name);
			if (owner) {
				const viaColon = lead[0].includes(':');
				return { ...owner, name, content: viaColon ? content.slice(lead[0].length) : content };
			}
		}
		let last = content.length - 1;
		while (last >= 0 && (content.charCodeAt(last) === 32 || content.charCodeAt(last) === 9 || content.charCodeAt(last) === 46)) last--;
		if (content.charCodeAt(last) !== 41) return null;
		const tail = content.length > 60 ? content.length - 60 : 0;
		const end = OWNER_SUFFIX.exec(tail === 0 ? content : content.slice(tail));
		if (end) {
			const name = end[1] ?? '';
			const owner = this.ownerNamed(name);
			if (owner) return { ...owner, name, content: content.slice(0, tail + end.index) };
		}
		return null;
	}

	/** The owner a name says: the coach, the client, or (in a group session) one member; null for anyone else. */
	private ownerNamed(name: string): { owner: Owner; member: string | null } | null {
		const side = this.speakers().side(name);
		if (side === 'client' || side === 'coach') return { owner: side, member: null };
		const member = side === 'member' ? this.members?.named(name) : undefined;
		return member === undefined ? null : { owner: 'client', member };
	}

	/**
	 * A line of a table (`first`: its header row). A table under a steps heading, or whose header names an owner or a
	 * status column, is a table of steps: each row one step. Any other table is text.
	 */
	tableLine(i: number, text: string, quote: number, calloutIndex: number, callout: Callout | undefined, first: boolean): void {
		const section = this.headings.current();
		if (first) {
			// Inside a coach's or private scope a table is the coach's text, like a checkbox there: never steps.
			this.stepTable = this.scopes.at(calloutIndex) !== null ? null : readStepTable(text, isStepSection(section));
			if (this.stepTable) {
				this.previous = null;
				this.turn.end();
				const why = isStepSection(section) ? `under the ${section?.kind ?? 'heading'} '${section?.heading ?? ''}'` : 'its header names an owner or a status column';
				this.mark(i + 1, 'table', this.rules.intern(`the header of a table of steps (${this.stepTable.header}), ${why}: each row is a step`));
				return;
			}
		}
		const table = this.stepTable;
		if (!table) {
			this.textLine(i, -1, text, ALL_MARKS, quote, calloutIndex, callout);
			return;
		}
		const row = table.row(text);
		if (!row) return;
		const named = row.owner === '' ? null : this.ownerNamed(row.owner);
		const owner: Owner | null = named?.owner === 'coach' || section?.role === 'coach-promises' ? 'coach' : null;
		const rule = this.rules.intern(`a row of a table of steps (${table.header})${named?.owner === 'coach' ? `; the coach's own, owner '${row.owner}'` : ''}`);
		const step = readStep(row.text, row.statusChar, i + 1, rule, this.rules.steps, owner);
		const member = named?.member ?? null;
		if (member !== null && step.owner === 'client') {
			step.speaker = member;
			step.rule = this.rules.intern(`${step.rule}; ${member}'s, owner '${row.owner}' in a group session`);
		}
		if (step.text !== '') this.result.actionSteps.push(step);
		this.previous = null;
	}

	/** A line of text that starts no list item (`item` is the item holding it, or -1), after its containers' markers. */
	textLine(i: number, item: number, text: string, marks: number, quote: number, calloutIndex: number, callout: Callout | undefined): void {
		if (item >= 0 && this.stepItems !== null && this.stepItems.has(item)) {
			// A template's `Label: text` line straight after a list, unindented, starts the next field, not more of the step.
			if (!this.endsList(text, quote, callout)) return;
			item = -1;
			this.previous = null;
		}
		this.scope = this.scopes.at(calloutIndex);
		// Without its comments first: a label inside a comment opens nothing.
		const content = this.uncomment(text, marks, i);
		if (item < 0 && quote === 0 && callout === undefined) {
			const label = readLabel(content, this.rules.headingRoles);
			if (label !== null) {
				// A label opens a section below every heading, inside the scope of the headings above it.
				this.heading(LABEL_LEVEL, label, true, 'label');
				this.mark(i + 1, 'label', this.labelRule(label));
				return;
			}
			if (marks & HAS_COLON && this.inlineLabel(i, content, calloutIndex)) return;
		}
		this.placeText(content, item, i + 1, quote, calloutIndex, this.headings.current(), callout, marks);
	}

	/**
	 * A label with its text on the same line (`**Coach's observations:** Spoke…`, `Homework: read chapter 3`): it opens
	 * its section as a label alone would, and the text is read inside it (under a steps label, a step). A speaker's tag
	 * (`**Aisha Rahman**: …`) is no label. True when the line was one.
	 */
	private inlineLabel(i: number, content: string, calloutIndex: number): boolean {
		// The settings' lookup, kept per label text: a note's many `Key: value` lines cost one look each.
		const inline = readInlineLabel(content, (name) => this.rules.headingEntry(name, 'label') !== null);
		if (inline === null || this.speakerLine(content) !== null) return false;
		this.heading(LABEL_LEVEL, inline.label, true, 'label');
		this.mark(i + 1, 'label', this.labelRule(inline.label, 'a label and its text on one line'));
		this.scope = this.scopes.at(calloutIndex);
		const section = this.headings.current();
		const stepLabel = this.scope === null && section !== null && isStepSection(section) && section.heading === inline.label;
		if (!stepLabel) this.placeText(inline.rest, -1, i + 1, 0, calloutIndex, section, undefined, ALL_MARKS);
		else if (!this.proseStep(i, inline.rest, ALL_MARKS, section)) {
			const rule = this.rules.intern(`the text after the label '${inline.label}', a step`);
			const step = readStep(inline.rest, null, i + 1, rule, this.rules.steps, section.role === 'coach-promises' ? 'coach' : null, STEP_HINTS[HAS_COLON | HAS_CARET]);
			if (step.text !== '') this.result.actionSteps.push(step);
		}
		return true;
	}

	/** Whether an unindented line the block reader joins to a step (a lazy continuation) is a template's next `Label: text`. */
	private endsList(text: string, quote: number, callout: Callout | undefined): boolean {
		const first = text.charCodeAt(0);
		return quote === 0 && callout === undefined && first !== 32 && first !== 9 && text.includes(':') && INLINE_LABEL.test(text);
	}

	/**
	 * A line of prose under a steps heading or label that names who will do something (`Coach to send the handout.`,
	 * `Follow-up: I will send the examples.`, `Jo: book the room`), after a template's label if it has one: a step of
	 * that owner. Prose naming no one stays the coach's notes. True when the line was a step.
	 */
	private proseStep(i: number, text: string, marks: number, section: Section): boolean {
		const label = text.includes(':') ? INLINE_LABEL.exec(text) : null;
		const content = label ? text.slice(label[0].length) : text;
		let owner: Owner | null = null;
		let name = '';
		if (I_WILL.test(content)) {
			owner = 'coach';
			name = 'I will';
		} else {
			const owned = this.ownerByName(content);
			if (owned === null || owned.member !== null) return false;
			owner = owned.owner;
			name = owned.name;
		}
		const where = `${section?.kind ?? 'heading'} '${section?.heading ?? ''}'`;
		const rule = this.rules.intern(`a line under the ${where} naming who will do it ('${name}'): ${owner === 'coach' ? "the coach's promise" : "the client's step"}`);
		const step = readStep(content, null, i + 1, rule, this.rules.steps, owner, STEP_HINTS[marks & (HAS_COLON | HAS_CARET)]);
		if (step.text === '') return false;
		this.result.actionSteps.push(step);
		this.previous = null;
		this.turn.end();
		return true;
	}

	/** A line that opens a section, a turn or a table of steps, for `inspect` to say so (`line` 1-based). */
	private mark(line: number, kind: LineMarker['kind'], rule: string): void {
		(this.result.markers ??= []).push({ line, kind, rule });
	}

	/** What a label opens, in the words `inspect` shows. */
	private labelRule(label: string, what = 'a label on a line of its own'): string {
		const section = this.headings.current();
		const scope = this.scope === null ? '' : `, inside ${this.scope.rule}`;
		const opened = this.scopes.at(-1);
		const coachOwn = section !== null && (section.role === 'coach-notes' || section.role === 'private-notes');
		const own = coachOwn ? ": nothing under it is the client's" : opened !== null && opened !== this.scope ? ", private by its words: nothing under it is the client's" : '';
		if (section === null || section.heading !== label) return this.rules.intern(`${what}, '${label}': opens a section no setting names${own}${scope}`);
		if (this.rules.headingEntry(label, 'label') === null) {
			const whose = section.role === 'coach-promises' ? "one of the coach's names" : "the client's name";
			return this.rules.intern(`${what}, '${label}': opens a section of ${ROLE_WORDS[section.role]}, named for ${whose}${scope}`);
		}
		return this.rules.intern(`${what}, '${label}': opens a section of ${ROLE_WORDS[section.role]}, like a heading of that name${own}${scope}`);
	}

	/** The reading, once every line has been told. */
	finish(): BodyReading {
		this.endComment();
		return this.result;
	}

	/** `item`, `quote` and `callout` say which block the text is in; `item` is UNMERGEABLE for a text of its own. */
	private push(placement: Placement, text: string, line: number, item: number, quote: number, callout: number, marks = ALL_MARKS): void {
		let cleaned = cleanText(text, marks);
		if (cleaned === '' || placement.target === 'skip') return;
		// The scope dominates: inside a coach's or private scope, nothing the line says makes it the client's.
		if (this.scope !== null) placement = this.scopes.dominate(placement, this.scope);
		// The coach's mark on a client statement's line is no part of what the client said.
		const progressMark = placement.target === 'client' && marks & HAS_BRACKET ? readProgressMark(cleaned) : null;
		if (progressMark) cleaned = progressMark.text;
		const previous = this.previous;
		if (
			previous !== null &&
			item !== UNMERGEABLE &&
			this.previousItem === item &&
			this.previousQuote === quote &&
			this.previousCallout === callout &&
			this.previousLine === line - 1 &&
			this.previousTarget === placement.target
		) {
			previous.text += ' ' + cleaned;
			if (progressMark) (previous as ClientWords).progressMark = progressMark.mark;
			this.previousLine = line;
			return;
		}
		let extract: Extract;
		if (placement.target === 'client') {
			const words: ClientWords = { text: cleaned, line, rule: placement.rule, winRule: placement.winRule };
			if (placement.speaker !== null) words.speaker = placement.speaker;
			if (progressMark) words.progressMark = progressMark.mark;
			if (!this.isProfile) this.result.clientWords.push(words);
			if (placement.goal) this.result.goals.push({ text: cleaned, line, rule: placement.rule });
			extract = words;
		} else {
			extract = { text: cleaned, line, rule: placement.rule };
			this.result.coachNotes.push(extract);
			// The same object: a line that continues it continues the question too.
			if (placement.question) this.result.questions.push(extract);
		}
		this.previous = extract;
		this.previousTarget = placement.target;
		this.previousItem = item;
		this.previousQuote = quote;
		this.previousCallout = callout;
		this.previousLine = line;
	}

	/** The text without its `%%` and `<!-- -->` comments, which may have opened on an earlier line. */
	private uncomment(text: string, marks: number, line: number): string {
		if (!(marks & HAS_COMMENT_MARK) && this.comments.open === null) return text;
		const wasOpen = this.comments.open !== null;
		const out = stripInlineComments(text, this.comments);
		// Where the comment left open began, for the warning if its paragraph ends with it still open.
		if (this.comments.open === null) this.commentLine = -1;
		else if (!wasOpen) this.commentLine = line;
		return out;
	}

	/** `marks` says which characters worth a closer look the line holds (the rest need no search). */
	private placeText(text: string, item: number, line: number, quote: number, calloutIndex: number, section: Section, callout: Callout | undefined, marks: number): void {
		// Asked before anything else, so every line of the paragraph moves the turn on.
		const turn = this.turn.next(item, quote, calloutIndex, line);
		if (isBlank(text)) return;
		const { rules } = this;
		// Inside a coach's or private scope nothing is a report, a speaker of the client's or a quote of the client's.
		const openScope = this.scope === null;
		if (openScope && (section?.role === 'progress-review' || mayStartWithMark(text))) this.report(text, line, section);
		if (marks & HAS_COLON && text.includes(':')) {
			if (text.includes('::') && this.placeFields(text, line)) return;
			const speaker = this.speakerLine(text);
			if (speaker) {
				// A line naming its speaker starts an extract of its own, which the lines continuing it join.
				this.previous = null;
				this.turn.start(speaker.placement, item, quote, calloutIndex, line);
				if (speaker.words !== null) this.push(speaker.placement, speaker.words, line, item, quote, calloutIndex);
				else this.mark(line, 'turn', this.scope === null ? speaker.placement.rule : this.scopes.dominate(speaker.placement, this.scope).rule);
				return;
			}
		}
		if (turn !== null) {
			this.push(turn, text, line, item, quote, calloutIndex, marks);
			return;
		}
		const inCoachSection = section?.role === 'coach-notes';
		if (callout && rules.coachCallouts.has(callout.type)) {
			this.push(this.calloutPlacement(calloutIndex, callout, 'coach'), text, line, item, quote, calloutIndex, marks);
			return;
		}
		if (callout && rules.quoteCallouts.has(callout.type) && !inCoachSection) {
			this.push(this.calloutPlacement(calloutIndex, callout, 'client'), text, line, item, quote, calloutIndex, marks);
			return;
		}
		if (!callout && quote > 0 && !inCoachSection) {
			this.push(BLOCKQUOTE, text, line, item, quote, calloutIndex, marks);
			return;
		}
		if (openScope && item < 0 && quote === 0 && callout === undefined && isStepSection(section) && this.proseStep(line - 1, text, marks, section)) return;
		const placement = sectionPlacement(section, rules.intern);
		// In prose that speaks of the client in the third person, any quoted phrase is what the client said.
		if (openScope && placement.target === 'coach' && this.placeQuotes(placement, text, line, item, quote, calloutIndex, marks, (text.includes('"') || text.includes('\u201c')) && isAccountOfClient(text, () => this.clientNames()))) return;
		if (openScope && placement.target === 'client' && section !== null && isAccountOfClient(text, () => this.clientNames())) {
			// Under a heading of the client's words, the coach's third-person account is the coach's; its quotes are the client's.
			const account = (section.accountPlacement ??= place('coach', rules.intern(`under the ${section.kind} '${section.heading}' but about the client in the third person: the coach's account, not the client's words`)));
			if (!this.placeQuotes(account, text, line, item, quote, calloutIndex, marks, true)) this.push(account, text, line, item, quote, calloutIndex, marks);
			return;
		}
		if (openScope && (section?.role === 'client-words' || section?.role === 'wins') && !this.isProfile && quote === 0 && isUnquotedRecord(text) && this.notesQuoteTheClient()) {
			// A note that puts the client's words in quotation marks leaves a line it does not quote, in no one's first
			// person, unclear: the coach's record of it (`Finished the write-up`), which never reaches the client as theirs.
			const record = (section.recordPlacement ??= place('coach', rules.intern(`under the ${section.kind} '${section.heading}', unquoted in a note that quotes the client, and not in the first person: the coach's record, not the client's words`)));
			this.push(record, text, line, item, quote, calloutIndex, marks);
			return;
		}
		this.push(placement, text, line, item, quote, calloutIndex, marks);
	}

	/**
	 * Quoted speech in the coach's prose: the quote alone is the client's words, the prose around it (with the quote
	 * left out) the coach's. True when the line held a quote.
	 */
	private placeQuotes(placement: Placement, text: string, line: number, item: number, quote: number, calloutIndex: number, marks: number, loose = false): boolean {
		const quotes = findQuotes(text, loose);
		if (quotes.length === 0) return false;
		const prose = withoutQuotes(text, quotes);
		if (/[\p{L}\p{N}]/u.test(prose.replace(/"…"/g, ''))) this.push(placement, prose, line, item, quote, calloutIndex, marks);
		const rule = this.rules.intern("quoted speech in the coach's prose, the client's words");
		for (const q of quotes) {
			this.previous = null;
			this.push(place('client', rule), q.words, line, UNMERGEABLE, quote, calloutIndex, marks);
		}
		this.previous = null;
		return true;
	}

	/** A line that may tell how an earlier step went: kept for the review to join to that step's thread. */
	private report(text: string, line: number, section: Section): void {
		const inReview = section?.role === 'progress-review';
		const heading = section?.heading ?? '';
		const found = readStatusReport(cleanText(text), line, inReview, (mark) =>
			this.rules.intern(mark ? 'a status told later: a line starting with a done or not-done mark' : `a status told later: a 'Step: outcome' line under '${heading}'`),
		);
		if (found) (this.result.statusReports ??= []).push(found);
	}

	/**
	 * A line starting with who speaks (`Bob:` in a group session, `Client:`, `Coach:`, `**Them** *(10:02:19)*:`, a
	 * transcript's `Jo Banks  12:04` header): where it goes, and its words (null for a header, its words on the lines
	 * after). A speaker the note does not know as its client (`Speaker 1`) is the coach's: never the client's.
	 */
	private speakerLine(text: string): { placement: Placement; words: string | null } | null {
		const member = this.members?.line(text);
		if (member) return member;
		const { rules } = this;
		const clientLine = rules.clientPrefix?.exec(text);
		if (clientLine) return { placement: place('client', rules.ruleFor('line prefix', clientLine[1] ?? '')), words: clientLine[2] ?? '' };
		const coachLine = rules.coachPrefix?.exec(text);
		if (coachLine) return { placement: place('coach', rules.ruleFor('line prefix', coachLine[1] ?? '')), words: coachLine[2] ?? '' };
		const tag = this.speakers().read(text);
		if (!tag) return null;
		return { placement: this.speakers().placement(tag), words: tag.words };
	}

	private calloutPlacement(index: number, callout: Callout, target: Target): Placement {
		// Made on the first callout: most notes have none.
		const placements = (this.calloutPlacements ??= []);
		const known = placements[index];
		if (known && known.target === target) return known;
		const placement = place(target, this.rules.ruleFor('callout', callout.type));
		placements[index] = placement;
		return placement;
	}

	/** Dataview fields that carry the client's words, wins or goals; true when one was used. */
	private placeFields(text: string, line: number): boolean {
		const { rules } = this;
		let usedField = false;
		for (const field of readInlineFields(text)) {
			const name = normaliseFieldKey(field.key);
			const rule = rules.ruleFor('field', field.key);
			if (rules.goalFields.has(name) && this.scope === null) {
				this.result.goals.push({ text: cleanText(field.value), line, rule });
				usedField = true;
			} else if (rules.clientFields.has(name) || rules.winFields.has(name) || rules.goalFields.has(name)) {
				this.previous = null;
				this.push(place('client', rule, rules.winFields.has(name) ? rule : null), field.value, line, UNMERGEABLE, 0, -1);
				this.previous = null;
				usedField = true;
			}
		}
		return usedField;
	}
}
