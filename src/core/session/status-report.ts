import type { Owner, StepStatus } from '../step-line';

/** `(me)` or `(coach)` in a report's subject: the step was the coach's. */
const COACH_MARK = /\((?:me|coach)\)/i;

/** A later note's line telling how an earlier step went (`✅ Website copy: done`, `Mentor intro: not asked`). */
export interface StatusReport {
	/** What the line is about: the words before the outcome, matched against earlier steps. */
	subject: string;
	/** The whole line, the evidence. */
	text: string;
	line: number;
	status: StepStatus;
	rule: string;
	/** Set when the subject says whose step it was: `Worksheet (me): sent` is the coach's. */
	owner?: Owner;
	/**
	 * Set for a sentence that tells a step's outcome without naming it first (`Booked three interviews with strangers`):
	 * `subject` is the whole sentence, and it is about the step whose words it holds most of.
	 */
	sentence?: boolean;
}

/** The status words say, or null: a negation first ("not done" is not done), then dropped, partly, done. */
function statusIn(words: string): StepStatus | null {
	if (DROPPED.test(words)) return 'dropped';
	if (NOT_DONE.test(words)) return 'open';
	if (PARTLY.test(words)) return 'in-progress';
	if (DONE.test(words)) return 'done';
	return null;
}

/** Its first clause tells an outcome best ("managed 9 of 14 days; section 1 is drafted" is done). */
function firstClause(words: string): string {
	const end = /[;,(]| and /.exec(words);
	return end ? words.slice(0, end.index) : words;
}

const DONE_MARK = /^[ \t]*(?:\u2705|\u2611\ufe0f?|\u2714\ufe0f?|\[x\])[ \t]*/iu;
const NOT_DONE_MARK = /^[ \t]*(?:\u274c|\u274e|\u2716\ufe0f?|\u2717|\u2718|\u{1f6ab})[ \t]*/u;
const PARTLY_MARK = /^[ \t]*(?:\u{1f7e1}|\u{1f7e0}|\u23f3|\u{1f504}|\u2796)[ \t]*/u;
/** Outcome words, tried in this order: a negation first ("not done" is not done). */
const DROPPED = /\b(?:dropped|abandoned|parked|no longer|won't|will not|not going to|decided against|cancell?ed|scrapped)\b/i;
// A bare "no" says not done only on its own ("No.", "no, she forgot"): "no Saturday jobs from May" is a result.
const NOT_DONE = /\b(?:not|didn't|did not|haven't|hasn't|missed|skipped|forgot|still to do|not yet)\b|^[ \t]*no[ \t]*(?:[.,;!]|$)/i;
const PARTLY = /\b(?:started|in progress|halfway|half done|partly|partially|ongoing|some|drafted|underway|begun)\b/i;
const DONE = /\b(?:done|sent|finished|completed?|booked|did it|yes|submitted|signed|went|delivered|shipped|achieved|held|ran|happened|made|wrote|written|posted|found|got|received|talked|agreed|bought|joined|called|emailed|told|asked|read|paid|used|tried|met|spoke|attended|applied|launched|published|fixed|solved|handed in|passed|kept(?: to it)?|stuck to it|managed)\b/i;

/**
 * The line as a status report, or null. `inReviewSection`: the line stands under a "Since last time"-style heading
 * or label, where a `Subject: outcome` line is a report without a mark; elsewhere only a ✅/❌ mark makes one.
 */
export function readStatusReport(text: string, line: number, inReviewSection: boolean, rule: (mark: boolean) => string): StatusReport | null {
	// A report is a line of a few words; a long paragraph is not one.
	if (text.length > 300) return null;
	let rest = text;
	let status: StepStatus | null = null;
	const marks: [RegExp, StepStatus][] = [
		[DONE_MARK, 'done'],
		[NOT_DONE_MARK, 'open'],
		[PARTLY_MARK, 'in-progress'],
	];
	for (const [mark, told] of marks) {
		const m = mark.exec(rest);
		if (m) {
			status = told;
			rest = rest.slice(m[0].length);
			break;
		}
	}
	const marked = status !== null;
	if (!marked && !inReviewSection) return null;
	const split = /:|\s[\u2014\u2013-]\s/.exec(rest);
	let subject = (split ? rest.slice(0, split.index) : rest).replace(/[*_~=]/g, '').trim();
	const coachMark = COACH_MARK.exec(subject);
	if (coachMark) subject = (subject.slice(0, coachMark.index) + subject.slice(coachMark.index + coachMark[0].length)).trim();
	const outcome = split ? rest.slice(split.index + split[0].length).trim() : '';
	// Under a review heading, a line with no `Subject:` is a sentence telling an outcome: it needs words that say which.
	const sentence = !marked && !split;
	if (subject === '' || subject.split(/\s+/).length > (sentence ? 30 : 12)) return null;
	if (outcome !== '' && DROPPED.test(outcome)) status = 'dropped';
	else if (sentence) status = statusIn(firstClause(subject)) ?? statusIn(subject);
	// A `Subject: outcome` line under a review heading tells a result unless its words say otherwise.
	else if (!marked) status = statusIn(firstClause(outcome)) ?? statusIn(outcome) ?? 'done';
	if (status === null) return null;
	const report: StatusReport = { subject, text: text.trim(), line, status, rule: rule(marked) };
	if (coachMark) report.owner = 'coach';
	if (sentence) report.sentence = true;
	return report;
}
