import { type CommentState, stripInlineComments } from '../markdown/comments';
import { normaliseFieldKey, readInlineFields } from '../markdown/inline';
import { KIND, type KindCode } from '../markdown/line-table';
import { isBlank } from '../markdown/lines';
import type { Callout, MarkdownDocument } from '../markdown/types';
import { HeadingContext } from './headings';
import { ALL_MARKS, cleanText, HAS_CARET, HAS_COLON, HAS_COMMENT_MARK, LineGates } from './line-gates';
import { BLOCKQUOTE, type Placement, type Section, sectionPlacement, stepRule, type Target } from './placement';
import { findProgressPhrase } from './progress';
import type { ReadingRules } from './rules';
import { readStep, type StepContext } from './steps';
import type { ActionStep, ClientWords, Extract } from './types';

export interface BodyReading {
	actionSteps: ActionStep[];
	clientWords: ClientWords[];
	coachNotes: Extract[];
	goals: Extract[];
}

/** The content of a line after the list marker and checkbox of the first item that starts on it. */
function itemStart(doc: MarkdownDocument, lineIndex: number): { item: number; text: string } {
	const innermost = doc.table.listItem(lineIndex);
	let first = innermost;
	while (first > 0 && doc.listItems[first - 1]?.position.start.line === lineIndex) first--;
	let chosen = first;
	for (let k = first; k <= innermost; k++) {
		if (doc.listItems[k]?.task !== undefined) {
			chosen = k;
			break;
		}
	}
	const line = doc.lines[lineIndex] ?? '';
	return { item: chosen, text: line.slice(doc.itemContentCol[chosen] ?? doc.table.contentCol(lineIndex)) };
}

/** No extract follows on from the previous one (a field, a `Client:` line, a different block). */
const UNMERGEABLE = -2;

/** One pass over a note's lines; state that spans lines lives here, not in closures made per line. */
class BodyClassifier {
	readonly result: BodyReading = { actionSteps: [], clientWords: [], coachNotes: [], goals: [] };
	private readonly headings: HeadingContext;
	private readonly stepContext: StepContext;
	private readonly comments: CommentState = { open: null };
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
	private readonly calloutPlacements: Placement[] = [];
	private readonly gates: LineGates;

	constructor(
		private readonly doc: MarkdownDocument,
		private readonly rules: ReadingRules,
		private readonly isProfile: boolean,
	) {
		this.headings = new HeadingContext(rules.headingEntry);
		this.gates = new LineGates(doc.source);
		this.stepContext = { settings: rules.settings, ownerMarkers: rules.ownerMarkers, ownerMarkerStarts: rules.ownerMarkerStarts, sectionOwner: null };
	}

	/** `item`, `quote` and `callout` say which block the text is in; `item` is UNMERGEABLE for a text of its own. */
	private push(placement: Placement, text: string, line: number, item: number, quote: number, callout: number, progressRule?: string, marks = ALL_MARKS): void {
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
			const reason = progressRule ?? placement.progressRule;
			const words: ClientWords = { text: cleaned, line, rule: placement.rule, progress: reason !== undefined, progressReason: reason ?? null };
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

	run(bodyStart: number): BodyReading {
		const { doc } = this;
		const { table, lines } = doc;
		for (let i = bodyStart; i < lines.length; i++) {
			const kind = table.kind(i);
			// Prose, list items, tables and footnotes hold text; every other kind only ends what came before.
			if (kind === KIND.paragraph || kind === KIND.listItem || kind === KIND.table || kind === KIND.footnote) this.textLine(i, kind);
			else if (kind === KIND.heading) this.headingLine(i);
			else {
				if (kind !== KIND.setextUnderline) this.previous = null;
				if (kind === KIND.blank) this.comments.open = null;
			}
		}
		const { progress } = this.rules;
		const { result } = this;
		for (const words of result.clientWords) {
			if (words.progress) continue;
			const phrase = findProgressPhrase(words.text, progress);
			if (phrase) {
				words.progress = true;
				words.progressReason = this.rules.ruleFor('says', phrase.replace(/\s+/g, ' '));
			}
		}
		return result;
	}

	private headingLine(i: number): void {
		const { doc } = this;
		const heading = doc.headings[doc.table.heading(i)];
		// A setext heading spans several lines: it is entered on its first.
		if (heading && heading.position.start.line === i && doc.table.quoteDepth(i) === 0 && doc.table.listItem(i) < 0) {
			this.headings.enter(heading.level, heading.heading);
		}
		this.comments.open = null;
		this.previous = null;
	}

	private textLine(i: number, kind: KindCode): void {
		const { doc } = this;
		const { table } = doc;
		const calloutIndex = table.callout(i);
		const callout = calloutIndex >= 0 ? doc.callouts[calloutIndex] : undefined;
		if (callout && callout.line === i) {
			this.previous = null;
			return;
		}
		const section = this.headings.current();
		const line = doc.lines[i] ?? '';
		const lineStart = doc.lineStarts[i] ?? 0;
		const marks = this.gates.marks(lineStart, lineStart + line.length);
		if (kind === KIND.listItem) {
			const start = itemStart(doc, i);
			const listItem = doc.listItems[start.item];
			const task = listItem?.task;
			const text = this.uncomment(start.text, marks);
			// A root item's parent is negative: no step can be its parent.
			const parentIsStep = listItem !== undefined && listItem.parent >= 0 && this.stepLines !== null && this.stepLines.has(listItem.parent);
			const stepSection = section?.role === 'action-steps' || section?.role === 'coach-promises';
			if (task !== undefined || (stepSection && !parentIsStep && !isBlank(text))) {
				this.stepContext.sectionOwner = section?.role === 'coach-promises' ? 'coach' : null;
				const rule = stepRule(section, stepSection, task !== undefined, this.rules.intern);
				const hints = { colon: (marks & HAS_COLON) !== 0, caret: (marks & HAS_CARET) !== 0 };
				const step = readStep(text, task ?? null, i + 1, rule, this.stepContext, hints);
				if (step.text !== '') this.result.actionSteps.push(step);
				// Made on the first step: most notes have few, and many notes have none.
				(this.stepItems ??= new Set()).add(start.item);
				(this.stepLines ??= new Set()).add(i);
				this.previous = null;
				return;
			}
			this.placeText(text, start.item, i + 1, table.quoteDepth(i), calloutIndex, section, callout, marks);
			return;
		}
		const item = table.listItem(i);
		if (item >= 0 && this.stepItems !== null && this.stepItems.has(item)) return;
		const col = table.contentCol(i);
		const content = col === 0 ? line : line.slice(col);
		this.placeText(this.uncomment(content, marks), item, i + 1, table.quoteDepth(i), calloutIndex, section, callout, marks);
	}

	/** The text without its `%%` and `<!-- -->` comments, which may have opened on an earlier line. */
	private uncomment(text: string, marks: number): string {
		return marks & HAS_COMMENT_MARK || this.comments.open !== null ? stripInlineComments(text, this.comments) : text;
	}

	/** `marks` says which characters worth a closer look the line holds (the rest need no search). */
	private placeText(text: string, item: number, line: number, quote: number, calloutIndex: number, section: Section, callout: Callout | undefined, marks: number): void {
		if (isBlank(text)) return;
		const { rules } = this;
		if (marks & HAS_COLON && text.includes(':')) {
			if (text.includes('::') && this.placeFields(text, line)) return;
			const clientLine = rules.clientPrefix?.exec(text);
			if (clientLine) {
				this.previous = null;
				this.push({ target: 'client', rule: rules.ruleFor('line prefix', clientLine[1] ?? '') }, clientLine[2] ?? '', line, UNMERGEABLE, quote, calloutIndex);
				return;
			}
			const coachLine = rules.coachPrefix?.exec(text);
			if (coachLine) {
				this.previous = null;
				this.push({ target: 'coach', rule: rules.ruleFor('line prefix', coachLine[1] ?? '') }, coachLine[2] ?? '', line, UNMERGEABLE, quote, calloutIndex);
				return;
			}
		}
		const inCoachSection = section?.role === 'coach-notes';
		if (callout && rules.coachCallouts.has(callout.type)) {
			this.push(this.calloutPlacement(calloutIndex, callout, 'coach'), text, line, item, quote, calloutIndex, undefined, marks);
			return;
		}
		if (callout && rules.quoteCallouts.has(callout.type) && !inCoachSection) {
			this.push(this.calloutPlacement(calloutIndex, callout, 'client'), text, line, item, quote, calloutIndex, undefined, marks);
			return;
		}
		if (!callout && quote > 0 && !inCoachSection) {
			this.push(BLOCKQUOTE, text, line, item, quote, calloutIndex, undefined, marks);
			return;
		}
		this.push(sectionPlacement(section, rules.intern), text, line, item, quote, calloutIndex, undefined, marks);
	}

	private calloutPlacement(index: number, callout: Callout, target: Target): Placement {
		const known = this.calloutPlacements[index];
		if (known && known.target === target) return known;
		const placement: Placement = { target, rule: this.rules.ruleFor('callout', callout.type) };
		this.calloutPlacements[index] = placement;
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
				this.push({ target: 'client', rule }, field.value, line, UNMERGEABLE, 0, -1, rules.winFields.has(name) ? rule : undefined);
				this.previous = null;
				usedField = true;
			}
		}
		return usedField;
	}
}

/**
 * Sorts every line of a note's body into the client's words, the coach's notes and action steps, following
 * PRODUCT.md's table. Consecutive lines of one paragraph or list item become one extract. `skipLines` leaves out
 * the salvaged lines of an unclosed frontmatter.
 */
export function classifyBody(doc: MarkdownDocument, rules: ReadingRules, isProfile: boolean, skipLines = 0): BodyReading {
	const bodyStart = doc.frontmatter ? doc.frontmatter.position.end.line + 1 : skipLines;
	return new BodyClassifier(doc, rules, isProfile).run(bodyStart);
}
