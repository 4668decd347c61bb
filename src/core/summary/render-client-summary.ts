import { formatStepLine } from '../step-line';
import { inertMarkdown } from '../markdown/inert-markdown';
import type { ClientSummary, SummaryStep } from './client-summary';
import { firstName, formatDay } from '../review/format';
import { quoted, sessionSpan } from '../review/wording';

function stepLine(thread: SummaryStep, coach: boolean): string {
	const facts: string[] = [];
	if (thread.firstRaised) facts.push(`since ${formatDay(thread.firstRaised)}`);
	if (thread.due && thread.status !== 'done' && thread.status !== 'dropped') facts.push(`due ${formatDay(thread.due)}`);
	if (thread.status === 'done' && thread.doneDate) facts.push(`${coach ? 'delivered' : 'done'} ${formatDay(thread.doneDate)}`);
	if (thread.status === 'dropped') facts.push(coach ? 'dropped' : 'you chose to drop it');
	return formatStepLine({ status: thread.status, text: inertMarkdown(thread.text), note: facts.join(', ') });
}

/**
 * A summary for the client's own eyes: their words, goals and steps, and what the coach promised them. It takes only
 * the `ClientSummary`, which holds nothing else; every piece of note text is written inert (`inertMarkdown`).
 * `review --client-facing` and the plugin's "Export client summary" both write this.
 */
export function renderClientSummary(summary: ClientSummary): string {
	const first = inertMarkdown(firstName(summary.client));
	const out: string[] = [`# ${first}, our sessions so far`, ''];
	const span = sessionSpan(summary.sessionCount, summary.firstSession, summary.lastSession);
	out.push(`${span.charAt(0).toUpperCase()}${span.slice(1)}.`, '');

	if (summary.goals.length > 0) {
		out.push('## What progress means to you', '');
		for (const goal of summary.goals) out.push(`- ${inertMarkdown(goal)}`);
		out.push('');
	}
	if (summary.progress.length > 0) {
		out.push('## Your progress, in your words', '');
		for (const item of summary.progress) out.push(`> ${inertMarkdown(quoted(item.text))}`, `> — ${formatDay(item.date)}`, '');
	}
	if (summary.steps.length > 0) {
		out.push('## Your action steps', '');
		for (const thread of summary.steps) out.push(stepLine(thread, false));
		out.push('');
	}
	if (summary.promises.length > 0) {
		out.push('## What I promised you', '');
		for (const thread of summary.promises) out.push(stepLine(thread, true));
		out.push('');
	}
	out.push('## In your words, session by session', '');
	if (summary.sessions.length === 0) out.push('_Nothing in your words is written down yet: it will be here after our sessions._', '');
	for (const session of summary.sessions) {
		out.push(`### ${formatDay(session.date)}`, '');
		for (const words of session.words) out.push(`> ${inertMarkdown(words)}`, '>');
		out.pop();
		out.push('');
	}
	return out.join('\n');
}
