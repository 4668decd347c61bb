import { type CommentState, stripInlineComments } from '../markdown/comments';
import { readInlineFields } from '../markdown/inline';
import { normaliseFieldKey } from '../step-line';
import { isBlank } from '../markdown/lines';
import type { Callout, MarkdownDocument, StructureProblem } from '../markdown/types';
import { HeadingContext } from './headings';
import { ALL_MARKS, cleanText, HAS_BRACKET, HAS_CARET, HAS_COLON, HAS_COMMENT_MARK, LineGates } from './line-gates';
import { BLOCKQUOTE, place, type Placement, type Section, sectionPlacement, stepRule, type Target } from './placement';
import type { ReadingRules } from './rules';
import { isStepStatusChar, type StepHints } from '../step-line';
import { GroupMembers } from './members';
import { type CoachScope, Scopes } from './scope';
import { readProgressMark } from './progress-mark';
import { readStep } from './steps';
import { Turn } from './turn';
import type { ActionStep, ClientWords, Extract } from './types';

export interface BodyReading {
	actionSteps: ActionStep[];
	clientWords: ClientWords[];
	coachNotes: Extract[];
	goals: Extract[];
	/** The coach's questions for next time: the same extracts as among `coachNotes`. */
	questions: Extract[];
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
	/** The speaker a paragraph's first line named, for the lines that continue it. */
	private readonly turn = new Turn();
	/** A group session's members, who each own the lines and steps the note gives them. */
	private readonly members: GroupMembers | null;

	/** `source` is the text that line offsets count in; `members` the clients of a group session (none for one client). */
	constructor(
		source: string,
		private readonly rules: ReadingRules,
		private readonly isProfile: boolean,
		doc: Pick<MarkdownDocument, 'callouts' | 'table'>,
		members: readonly string[] = [],
	) {
		this.headings = new HeadingContext();
		this.gates = new LineGates(source);
		this.scopes = new Scopes(doc, rules);
		this.members = members.length > 1 ? new GroupMembers(members, rules) : null;
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
	heading(level: number, text: string, sets: boolean): void {
		if (sets) {
			const entry = this.rules.headingEntry(text);
			this.headings.enter(level, entry);
			this.scopes.enterHeading(level, entry, text);
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
				this.push(this.scopes.toDo(task === undefined ? 'a list item under a steps heading' : `a checkbox [${task}]`, scope), content, i + 1, item, quote, calloutIndex, marks);
			} else this.step(i, item, task, content, marks, section, stepSection);
		} else this.placeText(content, item, i + 1, quote, calloutIndex, section, callout, marks);
	}

	/** Item `item` on line `i` as an action step (`content` without comments). */
	private step(i: number, item: number, task: string | undefined, content: string, marks: number, section: Section, stepSection: boolean): void {
		const rule = stepRule(section, stepSection, task !== undefined, this.rules.intern);
		const sectionOwner = section?.role === 'coach-promises' ? 'coach' : null;
		const member = this.members?.step(content) ?? null;
		const step = readStep(member ? member.text : content, task ?? null, i + 1, rule, this.rules.steps, sectionOwner, STEP_HINTS[marks & (HAS_COLON | HAS_CARET)]);
		if (member && step.owner === 'client') {
			step.speaker = member.speaker;
			step.rule = this.rules.intern(`${step.rule}; ${member.speaker}'s, from ${member.mark} in a group session`);
		}
		if (step.text !== '') this.result.actionSteps.push(step);
		// Made on the first step: most notes have few, and many notes have none.
		(this.stepItems ??= new Set()).add(item);
		(this.stepLines ??= new Set()).add(i);
		this.previous = null;
	}

	/** A line of text that starts no list item (`item` is the item holding it, or -1), after its containers' markers. */
	textLine(i: number, item: number, text: string, marks: number, quote: number, calloutIndex: number, callout: Callout | undefined): void {
		if (item >= 0 && this.stepItems !== null && this.stepItems.has(item)) return;
		this.scope = this.scopes.at(calloutIndex);
		this.placeText(this.uncomment(text, marks, i), item, i + 1, quote, calloutIndex, this.headings.current(), callout, marks);
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
		if (marks & HAS_COLON && text.includes(':')) {
			if (text.includes('::') && this.placeFields(text, line)) return;
			const speaker = this.speakerLine(text);
			if (speaker) {
				// A line naming its speaker starts an extract of its own, which the lines continuing it join.
				this.previous = null;
				this.turn.start(speaker.placement, item, quote, calloutIndex, line);
				this.push(speaker.placement, speaker.words, line, item, quote, calloutIndex);
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
		this.push(sectionPlacement(section, rules.intern), text, line, item, quote, calloutIndex, marks);
	}

	/** A line starting with who speaks (`Bob:` in a group session, `Client:`, `Coach:`): where it goes, and its words. */
	private speakerLine(text: string): { placement: Placement; words: string } | null {
		const member = this.members?.line(text);
		if (member) return member;
		const { rules } = this;
		const clientLine = rules.clientPrefix?.exec(text);
		if (clientLine) return { placement: place('client', rules.ruleFor('line prefix', clientLine[1] ?? '')), words: clientLine[2] ?? '' };
		const coachLine = rules.coachPrefix?.exec(text);
		if (coachLine) return { placement: place('coach', rules.ruleFor('line prefix', coachLine[1] ?? '')), words: coachLine[2] ?? '' };
		return null;
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
