import { type CommentState, stripInlineComments } from '../markdown/comments';
import { normaliseFieldKey, readInlineFields } from '../markdown/inline';
import { isBlank } from '../markdown/lines';
import type { Callout, StructureProblem } from '../markdown/types';
import { HeadingContext } from './headings';
import { ALL_MARKS, cleanText, HAS_CARET, HAS_COLON, HAS_COMMENT_MARK, LineGates } from './line-gates';
import { BLOCKQUOTE, place, type Placement, type Section, sectionPlacement, stepRule, type Target } from './placement';
import type { ReadingRules } from './rules';
import { isStepStatusChar, type StepHints } from '../step-line';
import { readStep } from './steps';
import type { ActionStep, ClientWords, Extract, Owner } from './types';
import { LABEL_LEVEL, readLabel } from './labels';
import { findQuotes, withoutQuotes } from './quotes';
import { Speakers } from './speakers';
import { readStatusReport, type StatusReport } from './status-report';
import { readStepTable, type StepTable } from './step-table';

export interface BodyReading {
	actionSteps: ActionStep[];
	clientWords: ClientWords[];
	coachNotes: Extract[];
	goals: Extract[];
	/** Lines telling how earlier steps went, for the review to join to their threads. */
	statusReports?: StatusReport[];
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

/** A coach's or private scope: nothing inside it is the client's (issue 14's scope rule). */
function isCoachScope(section: Section, callout: Callout | undefined, rules: ReadingRules): boolean {
	return section?.role === 'coach-notes' || (callout !== undefined && rules.coachCallouts.has(callout.type));
}

/** A line that starts with a status mark (✅ ❌ ☑ ✔ ✗ 🟡 ⏳…), so it may tell how a step went. */
const STARTS_WITH_MARK = /^[ \t]*(?:[\u2300-\u27bf]|\u{1f6ab}|[\u{1f7e0}-\u{1f7eb}]|\u{1f504})/u;

/** `Leo: book…`, `Sam to send…`: a name leading a step says whose it is. */
const OWNER_PREFIX = /^[ \t]*(?:\*\*|__)?@?([\p{L}][\p{L}.'\u2019-]*(?: [\p{L}][\p{L}.'\u2019-]*)?)(?:\*\*|__)?(?:[ \t]*:(?:\*\*|__)?[ \t]+| to (?=\p{L}))/u;
/** `(@Leo)`, `(me)` or `(Sam)` ending a step (a bare `@coach` is an owner marker, read by the step reader). */
const OWNER_SUFFIX = /[ \t]*\(@?([\p{L}][\p{L}.'\u2019 -]{0,30}?)\)[ \t.]*$/u;
const STRUCK = /~~([^~]*)~~/g;

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
	readonly result: BodyReading = { actionSteps: [], clientWords: [], coachNotes: [], goals: [] };
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
	/** Who the note's speaker tags name: made on the first line that could hold one. */
	private speakerNames: Speakers | null = null;
	/** The speaker whose turn is running: the lines after a tag, until a blank line, a heading or the next speaker. */
	private turn: Placement | null = null;
	/** The table being read, when it is a table of steps; null for a table of anything else. */
	private stepTable: StepTable | null = null;

	/** `source` is the text that line offsets count in; `clients` are the note's clients, for speaker tags. */
	constructor(
		source: string,
		private readonly rules: ReadingRules,
		private readonly isProfile: boolean,
		private readonly clients: readonly string[] = [],
	) {
		this.headings = new HeadingContext();
		this.gates = new LineGates(source);
	}

	private speakers(): Speakers {
		return (this.speakerNames ??= new Speakers(this.rules.settings, this.clients));
	}

	/** Which characters worth a closer look the text `[start, end)` of `source` holds; lines must be asked in order. */
	marks(start: number, end: number): number {
		return this.gates.marks(start, end);
	}

	/** A blank line: it ends the extract and any inline comment left open. */
	blank(): void {
		this.previous = null;
		this.turn = null;
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
		this.turn = null;
	}

	/** A heading; only one outside quotes and lists (`sets`) decides the role of the lines under it. */
	heading(level: number, text: string, sets: boolean): void {
		if (sets) this.headings.enter(level, this.rules.headingEntry(text));
		this.endComment();
		this.previous = null;
		this.turn = null;
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
		if (task !== undefined || (stepSection && !parentIsStep && !isBlank(content))) this.step(i, item, task, content, marks, section, stepSection);
		else this.placeText(content, item, i + 1, quote, calloutIndex, section, callout, marks);
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
		const owned = this.ownerByName(content);
		if (owned) {
			content = owned.content;
			sectionOwner = owned.owner;
			if (owned.owner === 'coach') rule = this.rules.intern(`${rule}; the coach's own, named '${owned.name}'`);
		}
		const step = readStep(content, statusChar, i + 1, rule, this.rules.steps, sectionOwner, STEP_HINTS[marks & (HAS_COLON | HAS_CARET)]);
		if (step.text !== '') this.result.actionSteps.push(step);
		// Made on the first step: most notes have few, and many notes have none.
		(this.stepItems ??= new Set()).add(item);
		(this.stepLines ??= new Set()).add(i);
		this.previous = null;
	}

	/**
	 * Whose a step is by the name leading or ending it (`Leo: book…`, `Sam to send…`, `… (@Sam)`, `… (me)`): the
	 * coach's names make it the coach's, the client's name the client's; a name leading with a colon leaves the text.
	 */
	private ownerByName(content: string): { owner: Owner; name: string; content: string } | null {
		// Names stand at the ends of a step: only the ends are searched, so a long step costs no more.
		const lead = OWNER_PREFIX.exec(content.length > 80 ? content.slice(0, 80) : content);
		if (lead) {
			const name = lead[1] ?? '';
			const side = this.speakers().side(name);
			if (side !== 'unknown') {
				const viaColon = lead[0].includes(':');
				return { owner: side, name, content: viaColon ? content.slice(lead[0].length) : content };
			}
		}
		const tail = content.length > 60 ? content.length - 60 : 0;
		const end = OWNER_SUFFIX.exec(tail === 0 ? content : content.slice(tail));
		if (end) {
			const name = end[1] ?? '';
			const side = this.speakers().side(name);
			if (side !== 'unknown') return { owner: side, name, content: content.slice(0, tail + end.index) };
		}
		return null;
	}

	/**
	 * A line of a table (`first`: its header row). A table under a steps heading, or whose header names an owner or a
	 * status column, is a table of steps: each row one step. Any other table is text.
	 */
	tableLine(i: number, text: string, quote: number, calloutIndex: number, callout: Callout | undefined, first: boolean): void {
		const section = this.headings.current();
		if (first) {
			this.stepTable = isCoachScope(section, callout, this.rules) ? null : readStepTable(text, isStepSection(section));
			if (this.stepTable) {
				this.previous = null;
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
		const ownerSide = row.owner === '' ? 'unknown' : this.speakers().side(row.owner);
		const owner: Owner | null = ownerSide === 'coach' ? 'coach' : section?.role === 'coach-promises' ? 'coach' : null;
		const rule = this.rules.intern(`a row of a table of steps (${table.header})${owner === 'coach' && ownerSide === 'coach' ? `; the coach's own, owner '${row.owner}'` : ''}`);
		const step = readStep(row.text, row.statusChar, i + 1, rule, this.rules.steps, owner);
		if (step.text !== '') this.result.actionSteps.push(step);
		this.previous = null;
	}

	/** A line of text that starts no list item (`item` is the item holding it, or -1), after its containers' markers. */
	textLine(i: number, item: number, text: string, marks: number, quote: number, calloutIndex: number, callout: Callout | undefined): void {
		if (item >= 0 && this.stepItems !== null && this.stepItems.has(item)) return;
		if (item < 0 && quote === 0 && callout === undefined) {
			const label = readLabel(text, this.rules.headingRoles);
			if (label !== null) {
				this.heading(LABEL_LEVEL, label, true);
				return;
			}
		}
		this.placeText(this.uncomment(text, marks, i), item, i + 1, quote, calloutIndex, this.headings.current(), callout, marks);
	}

	/** The reading, once every line has been told. */
	finish(): BodyReading {
		this.endComment();
		return this.result;
	}

	/** `item`, `quote` and `callout` say which block the text is in; `item` is UNMERGEABLE for a text of its own. */
	private push(placement: Placement, text: string, line: number, item: number, quote: number, callout: number, marks = ALL_MARKS): void {
		const cleaned = cleanText(text, marks);
		if (cleaned === '' || placement.target === 'skip') return;
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
			this.previousLine = line;
			return;
		}
		let extract: Extract;
		if (placement.target === 'client') {
			const words: ClientWords = { text: cleaned, line, rule: placement.rule, winRule: placement.winRule };
			if (!this.isProfile) this.result.clientWords.push(words);
			if (placement.goal) this.result.goals.push({ text: cleaned, line, rule: placement.rule });
			extract = words;
		} else {
			extract = { text: cleaned, line, rule: placement.rule };
			this.result.coachNotes.push(extract);
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
		if (isBlank(text)) return;
		const { rules } = this;
		const coachScope = isCoachScope(section, callout, rules);
		if (!coachScope && (section?.role === 'progress-review' || STARTS_WITH_MARK.test(text))) this.report(text, line, section);
		if (marks & HAS_COLON && text.includes(':')) {
			if (text.includes('::') && this.placeFields(text, line)) return;
			const speaker = this.speakers().read(text);
			if (speaker) {
				// Inside a coach's or private scope every speaker's words stay the coach's; an unknown speaker is never the client.
				const target = speaker.side === 'client' && !coachScope ? 'client' : 'coach';
				const kind = speaker.words === null ? 'speaker' : 'line prefix';
				const turn = place(target, rules.ruleFor(kind, speaker.name));
				this.previous = null;
				this.turn = turn;
				if (speaker.words !== null) this.push(turn, speaker.words, line, item, quote, calloutIndex);
				return;
			}
		}
		if (this.turn !== null) {
			this.push(this.turn, text, line, item, quote, calloutIndex, marks);
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
		const placement = sectionPlacement(section, rules.intern);
		if (placement.target === 'coach' && !coachScope && this.placeQuotes(placement, text, line, item, quote, calloutIndex, marks)) return;
		this.push(placement, text, line, item, quote, calloutIndex, marks);
	}

	/**
	 * Quoted speech in the coach's prose: the quote alone is the client's words, the prose around it (with the quote
	 * left out) the coach's. True when the line held a quote.
	 */
	private placeQuotes(placement: Placement, text: string, line: number, item: number, quote: number, calloutIndex: number, marks: number): boolean {
		const quotes = findQuotes(text);
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
			if (rules.goalFields.has(name)) {
				this.result.goals.push({ text: cleanText(field.value), line, rule });
				usedField = true;
			} else if (rules.clientFields.has(name) || rules.winFields.has(name)) {
				this.previous = null;
				this.push(place('client', rule, rules.winFields.has(name) ? rule : null), field.value, line, UNMERGEABLE, 0, -1);
				this.previous = null;
				usedField = true;
			}
		}
		return usedField;
	}
}
