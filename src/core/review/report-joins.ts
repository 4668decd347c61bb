import type { ActionStep, SessionReading, StatusReport } from '../session/types';
import type { Building } from './thread-candidates';
import { wordsMatch } from './step-similarity';
import { type StepWords, stepWords } from './step-words';

/** A status report names a step when this share of its subject's words are the step's words (typos and plurals allowed). */
const REPORT_COVERAGE = 0.6;

/** A sentence telling an outcome (`Received the question bank from Claire`) is about a step when it holds this share of its words. */
const SENTENCE_COVERAGE = 0.5;

/** How many of `a`'s words `b` holds. */
function sharedWords(a: StepWords, b: StepWords): number {
	let hits = 0;
	for (const token of a.tokens) if (b.tokens.some((word) => wordsMatch(token, word))) hits++;
	return hits;
}

/** The share of `part`'s words that `whole` holds (typos and plurals allowed). */
function coverageOf(part: StepWords, whole: StepWords): number {
	if (part.tokens.length === 0) return 0;
	let hits = 0;
	for (const token of part.tokens) if (whole.tokens.some((word) => wordsMatch(token, word))) hits++;
	return hits / part.tokens.length;
}

/**
 * Joins a later note's status reports (`✅ Website copy: done`) to the threads raised before it: the thread whose
 * wording holds most of the report's subject; among equals, the one the subject describes most fully ("Job
 * description" is more of "Write the job description" than of "Share two example job descriptions from founders"),
 * then the client's (a report marked `(me)` is only the coach's), then the latest. The report becomes that thread's
 * latest mention, with its line as the evidence and its rule; it raises nothing (the session count stays).
 */
export function joinReports(reports: readonly StatusReport[], session: SessionReading, threads: Building[]): void {
	for (const report of reports) {
		const subject = stepWords(report.subject);
		let best: Building | null = null;
		let bestCoverage = 0;
		let bestSpecificity = 0;
		for (const building of threads) {
			if (building.lastSession === session.path) continue;
			if (report.owner !== undefined && building.thread.owner !== report.owner) continue;
			let coverage = 0;
			let specificity = 0;
			for (const wording of building.wordings) {
				// A sentence holds more than the step: it is about the step most of whose words it holds (two at least).
				const held = report.sentence === true ? (sharedWords(wording, subject) >= 2 ? coverageOf(wording, subject) : 0) : coverageOf(subject, wording);
				coverage = Math.max(coverage, held);
				specificity = Math.max(specificity, report.sentence === true ? held : coverageOf(wording, subject));
			}
			if (coverage < (report.sentence === true ? SENTENCE_COVERAGE : REPORT_COVERAGE) || coverage < bestCoverage) continue;
			if (best !== null && coverage === bestCoverage) {
				if (specificity < bestSpecificity) continue;
				// A client's step wins a tie with a coach's promise: a report says how the client's steps went.
				if (specificity === bestSpecificity && building.thread.owner === 'coach' && best.thread.owner === 'client') continue;
			}
			best = building;
			bestCoverage = coverage;
			bestSpecificity = specificity;
		}
		if (!best) continue;
		const latest = best.thread.steps[best.thread.steps.length - 1];
		const step: ActionStep = {
			text: latest?.text ?? report.subject,
			line: report.line,
			owner: best.thread.owner,
			status: report.status,
			statusChar: null,
			carried: false,
			due: null,
			doneDate: null,
			id: null,
			usesTasksSignifiers: false,
			rule: `${report.rule}: "${report.text}"`,
			toldLater: true,
		};
		best.thread.mentions.push({ path: session.path, line: report.line, date: session.date, status: report.status, text: report.text, rule: step.rule });
		best.thread.steps.push(step);
	}
}
