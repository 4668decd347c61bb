import { type CommentState, stripInlineComments } from '../markdown/comments';
import { normaliseFieldKey, readBlockId, readInlineFields, wikiLinksAsText } from '../markdown/inline';
import type { Callout, LineInfo, MarkdownDocument } from '../markdown/types';
import { HeadingContext, type RoleHeading } from './headings';
import { findProgressPhrase } from './progress';
import type { ReadingRules } from './rules';
import { detach } from '../text';
import { readStep, type StepContext } from './steps';
import type { ActionStep, ClientWords, Extract } from './types';

export interface BodyReading {
	actionSteps: ActionStep[];
	clientWords: ClientWords[];
	coachNotes: Extract[];
	goals: Extract[];
}

type Target = 'client' | 'coach' | 'skip';

interface Placement {
	target: Target;
	rule: string;
	/** Whether the rule itself marks progress (a Wins heading, a `win::` field). */
	progressRule?: string;
	goal?: boolean;
}

/** The content of a line after the list marker and checkbox of the first item that starts on it. */
function itemStart(doc: MarkdownDocument, lineIndex: number, info: LineInfo): { item: number; text: string } {
	let first = info.listItem;
	while (first > 0 && doc.listItems[first - 1]?.position.start.line === lineIndex) first--;
	let chosen = first;
	for (let k = first; k <= info.listItem; k++) {
		if (doc.listItems[k]?.task !== undefined) {
			chosen = k;
			break;
		}
	}
	const line = doc.lines[lineIndex] ?? '';
	return { item: chosen, text: line.slice(doc.itemContentCol[chosen] ?? info.contentCol) };
}


function cleanText(text: string): string {
	let out = text;
	if (out.includes('^')) out = readBlockId(out)?.rest ?? out;
	out = wikiLinksAsText(out);
	// Most lines have no runs of spaces or tabs: skip the regular expression for them.
	if (out.includes('  ') || out.includes('\t')) out = out.replace(/\s+/g, ' ');
	return out.trim();
}

type Section = RoleHeading | null;

const DEFAULT_PLACEMENT: Placement = { target: 'coach', rule: "other prose, the coach's notes by default" };

/** Where prose under a heading goes; worked out once per heading and kept on it. */
function sectionPlacement(section: Section, intern: (text: string) => string): Placement {
	if (!section) return DEFAULT_PLACEMENT;
	const memo = (section.memo ??= {});
	const known = memo.placement as Placement | undefined;
	if (known) return known;
	const rule = intern(`the heading '${section.heading}'`);
	let placement: Placement;
	switch (section.role) {
		case 'client-words':
			placement = { target: 'client', rule };
			break;
		case 'wins':
			placement = { target: 'client', rule, progressRule: intern(`under the heading '${section.heading}'`) };
			break;
		case 'goals':
			placement = { target: 'client', rule, goal: true };
			break;
		default:
			placement = { target: 'coach', rule: section.role === 'coach-notes' ? rule : intern(`prose under ${rule}, the coach's notes by default`) };
	}
	memo.placement = placement;
	return placement;
}

/** "a checkbox under the heading 'Action steps'": one string per heading and kind. */
function stepRule(section: Section, stepSection: boolean, checkbox: boolean, intern: (text: string) => string): string {
	const kind = checkbox ? 'a checkbox' : 'a list item';
	if (!section || !stepSection) return kind;
	const memo = (section.memo ??= {});
	const key = checkbox ? 'checkboxRule' : 'itemRule';
	return ((memo[key] as string | undefined) ??= intern(`${kind} under the heading '${section.heading}'`));
}

const BLOCKQUOTE: Placement = { target: 'client', rule: 'a blockquote' };

/** One pass over a note's lines; state that spans lines lives here, not in closures made per line. */
class BodyClassifier {
	readonly result: BodyReading = { actionSteps: [], clientWords: [], coachNotes: [], goals: [] };
	private readonly headings: HeadingContext;
	private readonly stepContext: StepContext;
	private readonly comments: CommentState = { open: null };
	/** Items that are action steps, so their continuation lines are not read as prose. */
	private readonly stepItems = new Set<number>();
	private readonly stepLines = new Set<number>();
	private previous: { item: Extract | ClientWords; target: Target; key: string; line: number } | null = null;

	constructor(
		private readonly doc: MarkdownDocument,
		private readonly rules: ReadingRules,
		private readonly isProfile: boolean,
	) {
		this.headings = new HeadingContext(rules.headingRoles);
		this.stepContext = { settings: rules.settings, ownerMarkers: rules.ownerMarkers, sectionOwner: null };
	}

	private push(placement: Placement, text: string, line: number, key: string, progressRule?: string): void {
		const cleaned = cleanText(text);
		if (cleaned === '' || placement.target === 'skip') return;
		const previous = this.previous;
		if (previous && previous.key === key && previous.line === line - 2 && previous.target === placement.target) {
			previous.item.text += ' ' + cleaned;
			previous.line = line - 1;
			return;
		}
		let item: Extract | ClientWords;
		if (placement.target === 'client') {
			const reason = progressRule ?? placement.progressRule;
			const words: ClientWords = { text: cleaned, line, rule: placement.rule, progress: Boolean(reason), progressReason: reason ?? null };
			if (!this.isProfile) this.result.clientWords.push(words);
			if (placement.goal) this.result.goals.push({ text: cleaned, line, rule: placement.rule });
			item = words;
		} else {
			item = { text: cleaned, line, rule: placement.rule };
			this.result.coachNotes.push(item);
		}
		this.previous = { item, target: placement.target, key, line: line - 1 };
	}

	run(bodyStart: number): BodyReading {
		const { doc } = this;
		for (let i = bodyStart; i < doc.lines.length; i++) {
			const info = doc.lineInfo[i];
			if (info) this.line(i, info);
		}
		const { progress } = this.rules;
		const { result } = this;
		const { intern } = this.rules;
		for (const list of [result.clientWords, result.coachNotes, result.goals, result.actionSteps]) for (const item of list) item.text = detach(item.text);
		for (const words of this.result.clientWords) {
			if (words.progress) continue;
			const phrase = findProgressPhrase(words.text, progress);
			if (phrase) {
				words.progress = true;
				words.progressReason = intern(`says '${phrase}'`);
			}
		}
		return this.result;
	}

	private line(i: number, info: LineInfo): void {
		const { doc } = this;
		if (info.kind === 'heading' && info.heading >= 0) {
			const heading = doc.headings[info.heading];
			if (heading && heading.position.start.line === i && info.quoteDepth === 0 && info.listItem < 0) {
				this.headings.enter(heading.level, heading.heading);
			}
			this.comments.open = null;
			this.previous = null;
			return;
		}
		if (info.kind !== 'paragraph' && info.kind !== 'list-item' && info.kind !== 'table' && info.kind !== 'footnote') {
			if (info.kind !== 'setext-underline') this.previous = null;
			if (info.kind === 'blank') this.comments.open = null;
			return;
		}
		const section = this.headings.current();
		const callout = info.callout >= 0 ? doc.callouts[info.callout] : undefined;
		if (callout && callout.line === i) {
			this.previous = null;
			return;
		}
		if (info.kind === 'list-item') {
			const start = itemStart(doc, i, info);
			const listItem = doc.listItems[start.item];
			const task = listItem?.task;
			const text = stripInlineComments(start.text, this.comments);
			const parentIsStep = listItem !== undefined && this.stepLines.has(listItem.parent);
			const stepSection = section?.role === 'action-steps' || section?.role === 'coach-promises';
			if (task !== undefined || (stepSection && !parentIsStep && text.trim() !== '')) {
				this.stepContext.sectionOwner = section?.role === 'coach-promises' ? 'coach' : null;
				const rule = stepRule(section, stepSection, task !== undefined, this.rules.intern);
				const step = readStep(text, task ?? null, i + 1, rule, this.stepContext);
				if (step.text !== '') this.result.actionSteps.push(step);
				this.stepItems.add(start.item);
				this.stepLines.add(i);
				this.previous = null;
				return;
			}
			this.placeText(text, start.item, i + 1, info, section, callout);
			return;
		}
		if (info.listItem >= 0 && this.stepItems.has(info.listItem)) return;
		this.placeText(stripInlineComments(info.content, this.comments), info.listItem, i + 1, info, section, callout);
	}

	private placeText(text: string, item: number, line: number, info: LineInfo, section: Section, callout: Callout | undefined): void {
		if (text.trim() === '') return;
		const { rules } = this;
		const key = `${item}:${info.quoteDepth}:${info.callout}`;
		const inCoachSection = section?.role === 'coach-notes';

		if (text.includes('::')) {
			let usedField = false;
			for (const field of readInlineFields(text)) {
				const name = normaliseFieldKey(field.key);
				const rule = rules.intern(`the field ${field.key}::`);
				if (rules.goalFields.has(name)) {
					this.result.goals.push({ text: cleanText(field.value), line, rule });
					usedField = true;
				} else if (rules.clientFields.has(name) || rules.winFields.has(name)) {
					this.previous = null;
					this.push({ target: 'client', rule }, field.value, line, `field:${line}:${field.start}`, rules.winFields.has(name) ? rule : undefined);
					this.previous = null;
					usedField = true;
				}
			}
			if (usedField) return;
		}
		if (text.includes(':')) {
			const clientLine = rules.clientPrefix?.exec(text);
			if (clientLine) {
				this.previous = null;
				this.push({ target: 'client', rule: rules.intern(`a line starting '${clientLine[1] ?? ''}:'`) }, clientLine[2] ?? '', line, `prefix:${line}`);
				return;
			}
			const coachLine = rules.coachPrefix?.exec(text);
			if (coachLine) {
				this.previous = null;
				this.push({ target: 'coach', rule: rules.intern(`a line starting '${coachLine[1] ?? ''}:'`) }, coachLine[2] ?? '', line, `prefix:${line}`);
				return;
			}
		}
		if (callout && rules.coachCallouts.has(callout.type)) {
			this.push({ target: 'coach', rule: rules.intern(`a > [!${callout.type}] callout`) }, text, line, key);
			return;
		}
		if (callout && rules.quoteCallouts.has(callout.type) && !inCoachSection) {
			this.push({ target: 'client', rule: rules.intern(`a > [!${callout.type}] callout`) }, text, line, key);
			return;
		}
		if (!callout && info.quoteDepth > 0 && !inCoachSection) {
			this.push(BLOCKQUOTE, text, line, key);
			return;
		}
		this.push(sectionPlacement(section, rules.intern), text, line, key);
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
