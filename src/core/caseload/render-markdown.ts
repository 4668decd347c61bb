import { escapeTablePipes, inertMarkdown as inert, wikiLink } from '../markdown/inert-markdown';
import { describeCadence, formatDay, plural } from '../review/format';
import type { SessionBrief } from './brief';
import type { Caseload } from './caseload';
import type { PromiseLedger } from './promises';

function link(path: string, label: string): string {
	return wikiLink(path.replace(/\.md$/i, ''), label);
}

/** A table cell: inert text, its pipes escaped. */
function cell(text: string): string {
	return escapeTablePipes(inert(text));
}

function ago(days: number | null): string {
	if (days === null) return '–';
	return days === 0 ? 'today' : plural(days, 'day');
}

/** The caseload as a Markdown note: one row per client, facts only. */
export function renderCaseloadMarkdown(caseload: Caseload): string {
	const out: string[] = [`# Caseload, ${formatDay(caseload.today)}`, ''];
	const hidden: string[] = [];
	if (caseload.hidden.archived > 0) hidden.push(`${plural(caseload.hidden.archived, 'archived client')} hidden`);
	if (caseload.hidden.filtered > 0) hidden.push(`${plural(caseload.hidden.filtered, 'client')} outside the filter`);
	out.push(`${plural(caseload.clients.length, 'client')}, most recent session first.${hidden.length ? ` ${hidden.join('; ')}.` : ''}`, '');
	if (caseload.clients.length === 0) return out.join('\n');
	out.push('| Client | Last session | Since | Usual cadence | This quarter | Open steps | Recurring | Your open promises | Oldest promise | Latest words |');
	out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const row of caseload.clients) {
		const name = row.profilePath ? link(row.profilePath, row.name) : inert(row.name);
		const words = row.latestWords && row.latestWordsAt ? `"${cell(row.latestWords)}" (${link(row.latestWordsAt.path, formatDay(row.latestWordsAt.date))})` : '–';
		out.push(
			`| ${escapeTablePipes(name)}${row.archived ? ' (archived)' : ''} | ${row.lastSession ? formatDay(row.lastSession) : '–'} | ${ago(row.daysSince)} | ${describeCadence(row.cadenceDays) ?? '–'} | ${plural(row.sessionsThisQuarter, 'session')} | ${row.openSteps} | ${row.recurringSteps} | ${row.openPromises} | ${ago(row.oldestPromiseDays)} | ${words} |`,
		);
	}
	out.push('');
	return out.join('\n');
}

/** Every promise to every client, oldest first. */
export function renderPromisesMarkdown(ledger: PromiseLedger): string {
	const open = ledger.promises.filter((p) => p.status === 'open' || p.status === 'in-progress');
	const clients = new Set(open.flatMap((p) => p.clients));
	const out: string[] = [`# Your promises, ${formatDay(ledger.today)}`, ''];
	out.push(open.length === 0 ? 'No open promises.' : `${plural(open.length, 'open promise')} to ${plural(clients.size, 'client')}, oldest first.`, '');
	for (const p of ledger.promises) {
		const facts = [p.clients.map(inert).join(', ')];
		if (p.since) facts.push(`since ${formatDay(p.since)}${p.daysOpen ? ` (${plural(p.daysOpen, 'day')})` : ''}`);
		if (p.due) facts.push(`due ${formatDay(p.due)}${p.overdue ? ' (past due)' : ''}`);
		if (p.status === 'done') facts.push('delivered');
		else if (p.status === 'dropped') facts.push('dropped');
		else if (p.status === 'in-progress') facts.push('in progress');
		out.push(`- **${inert(p.text)}**: ${facts.join(', ')}. (${link(p.path, p.path.split('/').pop()?.replace(/\.md$/i, '') ?? p.path)}, line ${p.line})`);
	}
	out.push('');
	return out.join('\n');
}

/** One page before the next session, printable and kept as a note. */
export function renderBriefMarkdown(brief: SessionBrief): string {
	const out: string[] = [`# Before the session with ${inert(brief.client)}`, ''];
	out.push(brief.lastSession ? `Last session: ${link(brief.lastSession.path, formatDay(brief.lastSession.date))}. As of ${formatDay(brief.today)}.` : `No sessions yet. As of ${formatDay(brief.today)}.`, '');
	const section = (title: string, empty: string, lines: string[]) => {
		out.push(`## ${title}`, '');
		out.push(...(lines.length ? lines : [`_${empty}_`]), '');
	};
	const at = (path: string, line: number) => `(${link(path, path.split('/').pop()?.replace(/\.md$/i, '') ?? path)}, line ${line})`;
	section('What progress means to them', 'No goals written down yet.', brief.progressMeans.map((g) => `- ${inert(g.text)} ${at(g.path, g.line)}`));
	section('Their words last time', 'Nothing in their words in the last session.', brief.lastWords.map((w) => `> ${inert(w.text)} (line ${w.line})\n>`).map((l, i, all) => (i === all.length - 1 ? l.replace(/\n>$/, '') : l)));
	section(
		'Their open steps',
		'No open steps.',
		brief.openSteps.map((s) => `- ${inert(s.text)}: ${s.timesRaised > 1 ? `raised in ${s.timesRaised} sessions` : 'raised once'}${s.firstRaised ? `, since ${formatDay(s.firstRaised)}` : ''}${s.due ? `, due ${formatDay(s.due)}` : ''}${s.status === 'in-progress' ? ', in progress' : ''}. ${at(s.path, s.line)}`),
	);
	section(
		'What you promised and have not delivered',
		'Nothing outstanding.',
		brief.openPromises.map((p) => `- ${inert(p.text)}${p.since ? `: since ${formatDay(p.since)}` : ''}${p.daysOpen ? ` (${plural(p.daysOpen, 'day')})` : ''}${p.due ? `, due ${formatDay(p.due)}` : ''}. ${at(p.path, p.line)}`),
	);
	section('Questions for next time', 'No questions noted. Write them under a "Next time" heading in a session note.', brief.questions.map((q) => `- ${inert(q.text)} ${at(q.path, q.line)}`));
	return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
