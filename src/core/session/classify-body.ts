import { type CommentState, stripInlineComments } from '../markdown/comments';
import { normaliseFieldKey, readBlockId, readInlineFields, wikiLinksAsText } from '../markdown/inline';
import type { LineInfo, MarkdownDocument } from '../markdown/types';
import type { CoachingSettings } from '../settings';
import { buildHeadingRoles, HeadingContext, type SectionRole } from './headings';
import { findProgressPhrase, progressPattern } from './progress';
import { ownerMarkerPattern, readStep, type StepContext } from './steps';
import type { ActionStep, ClientWords, Extract } from './types';
import { escapeRegExp } from '../text';

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


/** `Client: …` or `**Client:** …` at the very start of a line. */
function prefixPattern(prefixes: string[]): RegExp | null {
	const names = prefixes.filter((p) => p.trim() !== '').map((p) => escapeRegExp(p.trim()));
	if (names.length === 0) return null;
	return new RegExp(`^[ \\t]*(?:\\*\\*|__)?(${names.join('|')})(?:\\*\\*|__)?[ \\t]*:(?!:)(?:\\*\\*|__)?[ \\t]*(.*)$`, 'i');
}

function cleanText(text: string): string {
	const block = readBlockId(text);
	return wikiLinksAsText(block ? block.rest : text)
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Sorts every line of a note's body into the client's words, the coach's notes and action steps, following
 * PRODUCT.md's table. Consecutive lines of one paragraph or list item become one extract. `skipLines` leaves out
 * the salvaged lines of an unclosed frontmatter.
 */
export function classifyBody(doc: MarkdownDocument, settings: CoachingSettings, isProfile: boolean, skipLines = 0): BodyReading {
	const result: BodyReading = { actionSteps: [], clientWords: [], coachNotes: [], goals: [] };
	const headings = new HeadingContext(buildHeadingRoles(settings));
	const stepContext: StepContext = { settings, ownerMarkers: ownerMarkerPattern(settings.coachOwnerMarkers), sectionOwner: null };
	const clientPrefix = prefixPattern(settings.clientLinePrefixes);
	const coachPrefix = prefixPattern(settings.coachLinePrefixes);
	const progress = progressPattern(settings);
	const clientFields = new Set(settings.clientWordsFields.map(normaliseFieldKey));
	const winFields = new Set(settings.winFields.map(normaliseFieldKey));
	const goalFields = new Set(settings.goalFields.map(normaliseFieldKey));
	const quoteCallouts = new Set(settings.quoteCalloutTypes.map((t) => t.toLowerCase()));
	const coachCallouts = new Set(settings.coachCalloutTypes.map((t) => t.toLowerCase()));
	const comments: CommentState = { open: null };
	/** Items that are action steps, so their continuation lines are not read as prose. */
	const stepItems = new Set<number>();
	const stepLines = new Set<number>();
	let previous: { item: Extract | ClientWords; target: Target; key: string; line: number } | null = null;

	const push = (placement: Placement, text: string, line: number, key: string, progressRule?: string) => {
		const cleaned = cleanText(text);
		if (cleaned === '' || placement.target === 'skip') return;
		if (previous && previous.key === key && previous.line === line - 2 && previous.target === placement.target) {
			previous.item.text += ' ' + cleaned;
			previous.line = line - 1;
			return;
		}
		let item: Extract | ClientWords;
		if (placement.target === 'client') {
			const words: ClientWords = { text: cleaned, line, rule: placement.rule, progress: false, progressReason: null };
			const reason = progressRule ?? placement.progressRule;
			if (reason) Object.assign(words, { progress: true, progressReason: reason });
			if (!isProfile) result.clientWords.push(words);
			if (placement.goal) result.goals.push({ text: cleaned, line, rule: placement.rule });
			item = words;
		} else {
			item = { text: cleaned, line, rule: placement.rule };
			result.coachNotes.push(item);
		}
		previous = { item, target: placement.target, key, line: line - 1 };
	};

	const sectionPlacement = (section: { role: SectionRole; heading: string } | null): Placement => {
		if (!section) return { target: 'coach', rule: "other prose, the coach's notes by default" };
		const rule = `the heading '${section.heading}'`;
		switch (section.role) {
			case 'client-words':
				return { target: 'client', rule };
			case 'wins':
				return { target: 'client', rule, progressRule: `under the heading '${section.heading}'` };
			case 'goals':
				return { target: 'client', rule, goal: true };
			default:
				return { target: 'coach', rule: section.role === 'coach-notes' ? rule : `prose under ${rule}, the coach's notes by default` };
		}
	};

	const bodyStart = doc.frontmatter ? doc.frontmatter.position.end.line + 1 : skipLines;
	for (let i = bodyStart; i < doc.lines.length; i++) {
		const info = doc.lineInfo[i];
		if (!info) continue;
		if (info.kind === 'heading' && info.heading >= 0) {
			const heading = doc.headings[info.heading];
			if (heading && heading.position.start.line === i && info.quoteDepth === 0 && info.listItem < 0) {
				headings.enter(heading.level, heading.heading);
			}
			comments.open = null;
			previous = null;
			continue;
		}
		if (info.kind !== 'paragraph' && info.kind !== 'list-item' && info.kind !== 'table' && info.kind !== 'footnote') {
			if (info.kind !== 'setext-underline') previous = null;
			if (info.kind === 'blank') comments.open = null;
			continue;
		}
		const line = i + 1;
		const section = headings.current();
		const callout = info.callout >= 0 ? doc.callouts[info.callout] : undefined;
		if (callout && callout.line === i) {
			previous = null;
			continue;
		}

		if (info.kind === 'list-item') {
			const start = itemStart(doc, i, info);
			const listItem = doc.listItems[start.item];
			const task = listItem?.task;
			const text = stripInlineComments(start.text, comments);
			const parentIsStep = listItem !== undefined && stepLines.has(listItem.parent);
			const stepSection = section?.role === 'action-steps' || section?.role === 'coach-promises';
			if (task !== undefined || (stepSection && !parentIsStep && text.trim() !== '')) {
				stepContext.sectionOwner = section?.role === 'coach-promises' ? 'coach' : null;
				const where = section && stepSection ? ` under the heading '${section.heading}'` : '';
				const rule = task !== undefined ? `a checkbox${where}` : `a list item${where}`;
				const step = readStep(text, task ?? null, line, rule, stepContext);
				if (step.text !== '') result.actionSteps.push(step);
				stepItems.add(start.item);
				stepLines.add(i);
				previous = null;
				continue;
			}
			placeText(text, start.item);
			continue;
		}
		if (info.listItem >= 0 && stepItems.has(info.listItem)) continue;
		placeText(stripInlineComments(info.content, comments), info.listItem);

		function placeText(text: string, item: number): void {
			if (text.trim() === '') return;
			const key = `${item}:${info?.quoteDepth ?? 0}:${info?.callout ?? -1}`;
			const inCoachSection = section?.role === 'coach-notes';

			const fields = readInlineFields(text);
			let usedField = false;
			for (const field of fields) {
				const name = normaliseFieldKey(field.key);
				const rule = `the field ${field.key}::`;
				if (goalFields.has(name)) {
					result.goals.push({ text: cleanText(field.value), line, rule });
					usedField = true;
				} else if (clientFields.has(name) || winFields.has(name)) {
					previous = null;
					push({ target: 'client', rule }, field.value, line, `field:${line}:${field.start}`, winFields.has(name) ? rule : undefined);
					previous = null;
					usedField = true;
				}
			}
			if (usedField) return;

			const clientLine = clientPrefix?.exec(text);
			if (clientLine) {
				previous = null;
				push({ target: 'client', rule: `a line starting '${clientLine[1] ?? ''}:'` }, clientLine[2] ?? '', line, `prefix:${line}`);
				return;
			}
			const coachLine = coachPrefix?.exec(text);
			if (coachLine) {
				previous = null;
				push({ target: 'coach', rule: `a line starting '${coachLine[1] ?? ''}:'` }, coachLine[2] ?? '', line, `prefix:${line}`);
				return;
			}
			if (callout && coachCallouts.has(callout.type)) {
				push({ target: 'coach', rule: `a > [!${callout.type}] callout` }, text, line, key);
				return;
			}
			if (callout && quoteCallouts.has(callout.type) && !inCoachSection) {
				push({ target: 'client', rule: `a > [!${callout.type}] callout` }, text, line, key);
				return;
			}
			if (!callout && info !== undefined && info.quoteDepth > 0 && !inCoachSection) {
				push({ target: 'client', rule: 'a blockquote' }, text, line, key);
				return;
			}
			push(sectionPlacement(section), text, line, key);
		}
	}

	for (const words of result.clientWords) {
		if (words.progress) continue;
		const phrase = findProgressPhrase(words.text, progress);
		if (phrase) Object.assign(words, { progress: true, progressReason: `says '${phrase}'` });
	}
	return result;
}
