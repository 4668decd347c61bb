import { isBlank } from '../markdown/lines';
import type { Callout } from '../markdown/types';
import type { BodyClassifier } from './body-classifier';
import { calloutPlacement, placeFields, placeQuotes, pushExtract } from './body-extracts';
import { isStepSection, proseStep } from './body-steps';
import { cleanText, HAS_COLON } from './line-gates';
import { BLOCKQUOTE, place, type Placement, type Section, sectionPlacement } from './placement';
import { isAccountOfClient, isUnquotedRecord } from './quotes';
import { readStatusReport } from './status-report';

/** A line that starts with a status mark (✅ ❌ ☑ ✔ ✗ 🟡 ⏳…), so it may tell how a step went. */
const STARTS_WITH_MARK = /^[ \t]*(?:[\u2300-\u27bf]|\u{1f6ab}|[\u{1f7e0}-\u{1f7eb}]|\u{1f504})/u;

/** Whether a line may start with a status mark: its first character past indentation is one (or half of one). */
function mayStartWithMark(text: string): boolean {
	let at = 0;
	while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
	// Every mark, and every surrogate pair, is at U+2300 or above: most lines are ruled out by one comparison.
	return text.charCodeAt(at) >= 0x2300 && STARTS_WITH_MARK.test(text);
}

/**
 * Where a line of text goes and whose it is: a speaker's line or the turn it continues, a callout's or a quote's, a
 * step named in prose, quoted speech, or the section's. `marks` says which characters worth a closer look the line
 * holds (the rest need no search).
 */
export function placeText(cx: BodyClassifier, text: string, item: number, line: number, quote: number, calloutIndex: number, section: Section, callout: Callout | undefined, marks: number): void {
	// Asked before anything else, so every line of the paragraph moves the turn on.
	const turn = cx.turn.next(item, quote, calloutIndex, line);
	if (isBlank(text)) return;
	const { rules } = cx;
	// Inside a coach's or private scope nothing is a report, a speaker of the client's or a quote of the client's.
	const openScope = cx.scope === null;
	if (openScope && (section?.role === 'progress-review' || mayStartWithMark(text))) report(cx, text, line, section);
	if (marks & HAS_COLON && text.includes(':')) {
		if (text.includes('::') && placeFields(cx, text, line)) return;
		const speaker = speakerLine(cx, text);
		if (speaker) {
			// A line naming its speaker starts an extract of its own, which the lines continuing it join.
			cx.previous = null;
			cx.turn.start(speaker.placement, item, quote, calloutIndex, line);
			if (speaker.words !== null) pushExtract(cx, speaker.placement, speaker.words, line, item, quote, calloutIndex);
			else cx.mark(line, 'turn', cx.scope === null ? speaker.placement.rule : cx.scopes.dominate(speaker.placement, cx.scope).rule);
			return;
		}
	}
	if (turn !== null) {
		pushExtract(cx, turn, text, line, item, quote, calloutIndex, marks);
		return;
	}
	const inCoachSection = section?.role === 'coach-notes';
	if (callout && rules.coachCallouts.has(callout.type)) {
		pushExtract(cx, calloutPlacement(cx, calloutIndex, callout, 'coach'), text, line, item, quote, calloutIndex, marks);
		return;
	}
	if (callout && rules.quoteCallouts.has(callout.type) && !inCoachSection) {
		pushExtract(cx, calloutPlacement(cx, calloutIndex, callout, 'client'), text, line, item, quote, calloutIndex, marks);
		return;
	}
	if (!callout && quote > 0 && !inCoachSection) {
		pushExtract(cx, BLOCKQUOTE, text, line, item, quote, calloutIndex, marks);
		return;
	}
	if (openScope && item < 0 && quote === 0 && callout === undefined && isStepSection(section) && proseStep(cx, line - 1, text, marks, section)) return;
	const placement = sectionPlacement(section, rules.intern);
	// In prose that speaks of the client in the third person, any quoted phrase is what the client said.
	if (openScope && placement.target === 'coach' && placeQuotes(cx, placement, text, line, item, quote, calloutIndex, marks, (text.includes('"') || text.includes('\u201c')) && isAccountOfClient(text, () => cx.clientNames()))) return;
	if (openScope && placement.target === 'client' && section !== null && isAccountOfClient(text, () => cx.clientNames())) {
		// Under a heading of the client's words, the coach's third-person account is the coach's; its quotes are the client's.
		const account = (section.accountPlacement ??= place('coach', rules.intern(`under the ${section.kind} '${section.heading}' but about the client in the third person: the coach's account, not the client's words`)));
		if (!placeQuotes(cx, account, text, line, item, quote, calloutIndex, marks, true)) pushExtract(cx, account, text, line, item, quote, calloutIndex, marks);
		return;
	}
	if (openScope && (section?.role === 'client-words' || section?.role === 'wins') && !cx.isProfile && quote === 0 && isUnquotedRecord(text) && cx.notesQuoteTheClient()) {
		// A note that puts the client's words in quotation marks leaves a line it does not quote, in no one's first
		// person, unclear: the coach's record of it (`Finished the write-up`), which never reaches the client as theirs.
		const record = (section.recordPlacement ??= place('coach', rules.intern(`under the ${section.kind} '${section.heading}', unquoted in a note that quotes the client, and not in the first person: the coach's record, not the client's words`)));
		pushExtract(cx, record, text, line, item, quote, calloutIndex, marks);
		return;
	}
	pushExtract(cx, placement, text, line, item, quote, calloutIndex, marks);
}

/** A line that may tell how an earlier step went: kept for the review to join to that step's thread. */
function report(cx: BodyClassifier, text: string, line: number, section: Section): void {
	const inReview = section?.role === 'progress-review';
	const heading = section?.heading ?? '';
	const found = readStatusReport(cleanText(text), line, inReview, (mark) =>
		cx.rules.intern(mark ? 'a status told later: a line starting with a done or not-done mark' : `a status told later: a 'Step: outcome' line under '${heading}'`),
	);
	if (found) (cx.result.statusReports ??= []).push(found);
}

/**
 * A line starting with who speaks (`Bob:` in a group session, `Client:`, `Coach:`, `**Them** *(10:02:19)*:`, a
 * transcript's `Jo Banks  12:04` header): where it goes, and its words (null for a header, its words on the lines
 * after). A speaker the note does not know as its client (`Speaker 1`) is the coach's: never the client's.
 */
export function speakerLine(cx: BodyClassifier, text: string): { placement: Placement; words: string | null } | null {
	const member = cx.members?.line(text);
	if (member) return member;
	const { rules } = cx;
	const clientLine = rules.clientPrefix?.exec(text);
	if (clientLine) return { placement: place('client', rules.ruleFor('line prefix', clientLine[1] ?? '')), words: clientLine[2] ?? '' };
	const coachLine = rules.coachPrefix?.exec(text);
	if (coachLine) return { placement: place('coach', rules.ruleFor('line prefix', coachLine[1] ?? '')), words: coachLine[2] ?? '' };
	const tag = cx.speakers().read(text);
	if (!tag) return null;
	return { placement: cx.speakers().placement(tag), words: tag.words };
}
