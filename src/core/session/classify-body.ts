import { KIND } from '../markdown/line-table';
import type { MarkdownDocument } from '../markdown/types';
import { BodyClassifier, type BodyReading } from './body-classifier';
import type { ReadingRules } from './rules';

export type { BodyReading } from './body-classifier';

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

/**
 * Sorts every line of a parsed note's body into the client's words, the coach's notes and action steps (see
 * `BodyClassifier`), telling it what the block parser found of each line. `skipLines` leaves out the salvaged lines
 * of an unclosed frontmatter; `clients` are the session's, whose members own what the note gives each of them.
 */
export function classifyBody(doc: MarkdownDocument, rules: ReadingRules, isProfile: boolean, skipLines = 0, clients: readonly string[] = [], propertyLines: readonly number[] = []): BodyReading {
	const lastPropertyLine = propertyLines.length > 0 ? Math.max(...propertyLines) : -1;
	const bodyStart = doc.frontmatter ? doc.frontmatter.position.end.line + 1 : skipLines;
	const { table, lines, lineStarts } = doc;
	const classifier = new BodyClassifier(doc.source, rules, isProfile, doc, clients);
	for (let i = bodyStart; i < lines.length; i++) {
		const kind = table.kind(i);
		// Prose, list items, tables and footnotes hold text; every other kind only ends what came before.
		if (i <= lastPropertyLine && propertyLines.includes(i)) {
			classifier.other();
			continue;
		}
		if (kind === KIND.paragraph || kind === KIND.listItem || kind === KIND.table || kind === KIND.footnote) {
			const calloutIndex = table.callout(i);
			const callout = calloutIndex >= 0 ? doc.callouts[calloutIndex] : undefined;
			if (callout && callout.line === i) {
				classifier.other();
				continue;
			}
			const line = lines[i] ?? '';
			const lineStart = lineStarts[i] ?? 0;
			const marks = classifier.marks(lineStart, lineStart + line.length);
			if (kind === KIND.listItem) {
				const start = itemStart(doc, i);
				const listItem = doc.listItems[start.item];
				classifier.itemLine(i, start.item, listItem?.parent ?? -1, listItem?.task, start.text, marks, table.quoteDepth(i), calloutIndex, callout);
			} else if (kind === KIND.table) {
				const col = table.contentCol(i);
				classifier.tableLine(i, col === 0 ? line : line.slice(col), table.quoteDepth(i), calloutIndex, callout, table.kind(i - 1) !== KIND.table || i === bodyStart);
			} else {
				const col = table.contentCol(i);
				classifier.textLine(i, table.listItem(i), col === 0 ? line : line.slice(col), marks, table.quoteDepth(i), calloutIndex, callout);
			}
		} else if (kind === KIND.heading) {
			const heading = doc.headings[table.heading(i)];
			// A setext heading spans several lines: it is entered on its first.
			const entered = heading !== undefined && heading.position.start.line === i;
			classifier.heading(heading?.level ?? 1, heading?.heading ?? '', entered && table.quoteDepth(i) === 0 && table.listItem(i) < 0);
		} else if (kind === KIND.blank) classifier.blank();
		else if (kind !== KIND.setextUnderline) classifier.other();
	}
	return classifier.finish();
}
