import { inertMarkdown as inert, wikiLink } from '../markdown/inert-markdown';
import { describeCadence, firstName, formatDay, plural, STATUS_LABEL } from './format';
import type { ClientReview, ReviewThread } from './review';
import { quoted, raisedIn, sessionSpan } from './wording';

/** `[[Clients/Susan/2026-10-14|label]]`: a link Obsidian resolves, with the note's path (or the label alone, inert). */
function link(path: string, label: string): string {
	return wikiLink(path.replace(/\.md$/i, ''), label);
}

function source(path: string, line: number, date: string | null): string {
	return `(${link(path, date ? formatDay(date) : (path.split('/').pop() ?? path))}, line ${line})`;
}

function threadLine(thread: ReviewThread): string {
	const facts: string[] = [STATUS_LABEL[thread.status] ?? thread.status];
	const since = thread.firstRaised ? ` since ${formatDay(thread.firstRaised)}` : '';
	if (thread.timesRaised > 1) facts.push(`${raisedIn(thread.timesRaised)}${since}`);
	else facts.push(thread.firstRaised ? `raised ${formatDay(thread.firstRaised)}` : 'raised in a note without a date');
	if (thread.status === 'done' && thread.doneDate) facts.push(`done ${formatDay(thread.doneDate)}`);
	if (thread.due) facts.push(`due ${formatDay(thread.due)}${thread.overdue ? ' (past due)' : ''}`);
	if (thread.daysOpen !== null && thread.daysOpen > 0 && thread.owner === 'coach') facts.push(`open ${plural(thread.daysOpen, 'day')}`);
	const latest = thread.mentions[thread.mentions.length - 1];
	const where = latest ? ` ${source(latest.path, latest.line, latest.date)}` : '';
	// The step's text as the note has it, its own formatting kept once: the status leads the facts after a dash,
	// rather than bold or strikethrough around text that may hold its own.
	return `- ${inert(thread.text)} — ${facts.join(', ')}.${where}`;
}

/**
 * The review as a note a coach would keep: the client's words before the coach's, facts without verdicts.
 * Every quote is the client's text as written.
 */
export function renderMarkdown(review: ClientReview): string {
	const out: string[] = [];
	const name = review.client;
	// Every piece of note text, the client's name too, is written inert: it shows as text and never acts.
	const first = inert(firstName(name));
	out.push(`# ${inert(name)}: client review`, '');
	const cadence = describeCadence(review.cadenceDays);
	const span = sessionSpan(review.sessionCount, review.firstSession, review.lastSession);
	out.push(`${span.charAt(0).toUpperCase()}${span.slice(1)}${cadence ? `, ${cadence}` : ''}. As of ${formatDay(review.today)}.`, '');

	out.push(`## What progress means to ${first}, in their words`, '');
	if (review.goals.length === 0) out.push(`_No goals written down yet. Add them under a "Client's goals" heading or in ${first}'s profile note._`);
	for (const goal of review.goals) out.push(`- ${inert(goal.text)} ${source(goal.path, goal.line, null)}`);
	out.push('');

	out.push(`## Progress, in ${first}'s words`, '');
	if (review.progress.length === 0) out.push('_No statements of progress found yet._');
	for (const item of review.progress) out.push(`> ${inert(quoted(item.text))}`, `> ${formatDay(item.date)} ${source(item.path, item.line, item.date)}`, '');
	if (review.progress.length === 0) out.push('');

	if (review.ratings.length > 0) {
		out.push('## Ratings', '', `| Session | ${first}'s rating | Your rating |`, '| --- | --- | --- |');
		for (const r of review.ratings) out.push(`| ${link(r.path, formatDay(r.date)).replace(/\\?\|/g, (bar) => (bar === '|' ? '\\|' : bar))} | ${r.client ?? '–'} | ${r.coach ?? '–'} |`);
		out.push('');
	}

	const clientThreads = review.actionSteps.filter((t) => t.owner === 'client');
	const f = review.followThrough;
	out.push(`## ${first}'s action steps`, '');
	out.push(`${plural(f.total, 'step')}: ${f.done} done, ${f.dropped} dropped, ${f.inProgress} in progress, ${f.open} open.`, '');
	const groups: [string, ReviewThread[]][] = [
		['Raised in many sessions, still open', clientThreads.filter((t) => t.recurring)],
		['Open', clientThreads.filter((t) => !t.recurring && t.status === 'open')],
		['In progress', clientThreads.filter((t) => !t.recurring && t.status === 'in-progress')],
		['Done and dropped', clientThreads.filter((t) => t.status === 'done' || t.status === 'dropped')],
	];
	for (const [title, threads] of groups) {
		if (threads.length === 0) continue;
		out.push(`### ${title}`, '');
		for (const thread of threads) out.push(threadLine(thread));
		out.push('');
	}

	const promises = review.actionSteps.filter((t) => t.owner === 'coach');
	const p = review.coachPromises;
	out.push('## Your promises', '');
	if (p.total === 0) out.push(`_No promises of yours found. Mark them with @coach, or list them under "My commitments"._`, '');
	else {
		out.push(`You promised ${plural(p.total, 'thing')}: ${p.delivered} delivered, ${p.open} open${p.dropped ? `, ${p.dropped} dropped` : ''}.`, '');
		for (const thread of promises) out.push(threadLine(thread));
		out.push('');
	}

	out.push('## Sessions', '');
	for (const session of [...review.sessions].reverse()) {
		const others = session.clients.length > 1 ? ` · group session with ${session.clients.filter((c) => c !== name).map(inert).join(', ')}` : '';
		out.push(`### ${link(session.path, formatDay(session.date))}${session.number !== null ? ` · session ${session.number}` : ''}${others}`, '');
		out.push('**In their words**', '');
		if (session.clientWords.length === 0) out.push('_Nothing in their words in this note._');
		for (const words of session.clientWords) out.push(`> ${inert(words.text)} (line ${words.line})`, '>');
		if (session.clientWords.length > 0) out.pop();
		// Other members' words are context, marked with who said them: never the client's words.
		if (session.othersWords && session.othersWords.length > 0) {
			out.push('', '**Others in this session**', '');
			for (const words of session.othersWords) out.push(`- ${inert(words.speaker)}: ${inert(words.text)} (line ${words.line})`);
		}
		out.push('', "**Coach's notes**", '');
		if (session.coachNotes.length === 0) out.push('_No notes._');
		for (const note of session.coachNotes) out.push(`- ${inert(note.text)} (line ${note.line})`);
		out.push('');
	}

	if (review.warnings.length > 0) {
		out.push('## Notes that could not be read fully', '');
		for (const w of review.warnings) out.push(`- ${link(w.path, w.path)}, line ${w.line}: ${inert(w.message)}`);
		out.push('');
	}
	return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
