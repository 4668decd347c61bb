import { type CommentState, stripInlineComments } from '../markdown/comments';
import { isBlank } from '../markdown/lines';
import type { Callout, MarkdownDocument, StructureProblem } from '../markdown/types';
import { isStepStatusChar } from '../step-line';
import { HeadingContext, type SectionKind } from './headings';
import { LABEL_LEVEL, readLabel } from './labels';
import { ALL_MARKS, HAS_COLON, HAS_COMMENT_MARK, LineGates } from './line-gates';
import type { Placement, Target } from './placement';
import type { ReadingRules } from './rules';
import { GroupMembers } from './members';
import { type CoachScope, Scopes } from './scope';
import { Speakers } from './speakers';
import type { StatusReport } from './status-report';
import type { StepTable } from './step-table';
import { Turn } from './turn';
import type { ActionStep, ClientWords, Extract, LineMarker } from './types';
import { pushExtract, UNMERGEABLE } from './body-extracts';
import { inlineLabel, labelRule, sectionForOwner } from './body-labels';
import { endsList, isStepSection, itemStep, stepTableLine } from './body-steps';
import { placeText } from './body-text';
import { quotesItsClient } from './quotes';

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

/**
 * Sorts a note's lines, told in order with what the block reader found of each, into the client's words, the
 * coach's notes and action steps, following PRODUCT.md's table. Consecutive lines of one paragraph or list item
 * become one extract. The block parser's reading drives it (`classify-body.ts`), the one way a note's lines reach
 * these rules. Lines are 0-based; `item`, `quote` and `callout` say which list item, quote depth and callout hold a
 * line (-1 or 0 for none).
 *
 * This class holds the reading's state and takes each line in; the rules live one construct per file, as functions
 * of this state (one object, so the inner loop allocates nothing per line): where a line of text goes and whose it
 * is (`body-text.ts`), extracts built and merged (`body-extracts.ts`), steps and tables of steps (`body-steps.ts`),
 * labels and sections named for an owner (`body-labels.ts`). Its fields are theirs to read and move on.
 */
export class BodyClassifier {
	readonly result: BodyReading = { actionSteps: [], clientWords: [], coachNotes: [], goals: [], questions: [] };
	readonly headings: HeadingContext;
	private readonly comments: CommentState = { open: null };
	/** The 0-based line where the inline comment now open began. */
	private commentLine = -1;
	/** Items that are action steps, and their lines: continuation lines and nested items of a step are not prose. */
	stepItems: Set<number> | null = null;
	stepLines: Set<number> | null = null;
	// The last extract and what a next line must share to continue it: one paragraph, item or quote, on the next line.
	previous: Extract | null = null;
	previousTarget: Target = 'skip';
	previousItem = UNMERGEABLE;
	previousQuote = 0;
	previousCallout = -1;
	previousLine = -1;
	/** Where each callout's lines go, worked out on its first line. */
	calloutPlacements: Placement[] | null = null;
	private readonly gates: LineGates;
	/** Whose each line's surroundings make it (`scope.ts`), and the scope of the line being read. */
	readonly scopes: Scopes;
	scope: CoachScope | null = null;
	/** The speaker a paragraph's first line named (or a transcript's turn header), for the lines that continue it. */
	readonly turn = new Turn();
	/** A group session's members, who each own the lines and steps the note gives them. */
	readonly members: GroupMembers | null;
	/** Who the note's speaker tags name: made on the first line that could hold one. */
	private speakerNames: Speakers | null = null;
	/** The table being read, when it is a table of steps; null for a table of anything else. */
	stepTable: StepTable | null = null;

	/**
	 * `source` is the text that line offsets count in; `clients` the session's clients: one client's name marks their
	 * speaker tags, a group session's members each own the lines and steps the note gives them.
	 */
	constructor(
		private readonly source: string,
		readonly rules: ReadingRules,
		readonly isProfile: boolean,
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
	clientNames(): RegExp | null {
		if (this.clientNamesPattern === undefined) this.clientNamesPattern = this.rules.clientNames(this.clients);
		return this.clientNamesPattern;
	}

	/** Whether the note marks its client's words with quotation marks, worked out on the first line that asks. */
	private quotesClient: boolean | undefined;
	notesQuoteTheClient(): boolean {
		return (this.quotesClient ??= quotesItsClient(this.source));
	}

	speakers(): Speakers {
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
			const entry = this.rules.headingEntry(text, kind) ?? sectionForOwner(this, text, kind);
			this.headings.enter(level, entry);
			this.scopes.enterHeading(level, entry, text, kind);
		}
		this.endComment();
		this.previous = null;
		this.turn.end();
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
				pushExtract(this, this.scopes.toDo(task === undefined ? 'a list item under a steps heading' : `a checkbox [${task}]`, scope), content, i + 1, item, quote, calloutIndex, marks);
			} else itemStep(this, i, item, task, content, marks, section, stepSection);
		} else placeText(this, content, item, i + 1, quote, calloutIndex, section, callout, marks);
	}

	/**
	 * A line of a table (`first`: its header row). A table under a steps heading, or whose header names an owner or a
	 * status column, is a table of steps: each row one step. Any other table is text.
	 */
	tableLine(i: number, text: string, quote: number, calloutIndex: number, callout: Callout | undefined, first: boolean): void {
		if (!stepTableLine(this, i, text, calloutIndex, first)) this.textLine(i, -1, text, ALL_MARKS, quote, calloutIndex, callout);
	}

	/** A line of text that starts no list item (`item` is the item holding it, or -1), after its containers' markers. */
	textLine(i: number, item: number, text: string, marks: number, quote: number, calloutIndex: number, callout: Callout | undefined): void {
		if (item >= 0 && this.stepItems !== null && this.stepItems.has(item)) {
			// A template's `Label: text` line straight after a list, unindented, starts the next field, not more of the step.
			if (!endsList(text, quote, callout)) return;
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
				this.mark(i + 1, 'label', labelRule(this, label));
				return;
			}
			if (marks & HAS_COLON && inlineLabel(this, i, content, calloutIndex)) return;
		}
		placeText(this, content, item, i + 1, quote, calloutIndex, this.headings.current(), callout, marks);
	}

	/** A line that opens a section, a turn or a table of steps, for `inspect` to say so (`line` 1-based). */
	mark(line: number, kind: LineMarker['kind'], rule: string): void {
		(this.result.markers ??= []).push({ line, kind, rule });
	}

	/** The reading, once every line has been told. */
	finish(): BodyReading {
		this.endComment();
		return this.result;
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
}
