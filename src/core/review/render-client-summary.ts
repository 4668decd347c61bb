import { formatStepLine } from '../step-line';
import { firstName, formatDay, plural } from './format';
import type { ClientReview, ReviewThread } from './review';

function stepLine(thread: ReviewThread, coach: boolean): string {
	const facts: string[] = [];
	if (thread.firstRaised) facts.push(`since ${formatDay(thread.firstRaised)}`);
	if (thread.due && thread.status !== 'done' && thread.status !== 'dropped') facts.push(`due ${formatDay(thread.due)}`);
	if (thread.status === 'done' && thread.doneDate) facts.push(`${coach ? 'delivered' : 'done'} ${formatDay(thread.doneDate)}`);
	if (thread.status === 'dropped') facts.push(coach ? 'dropped' : 'you chose to drop it');
	return formatStepLine({ status: thread.status, text: thread.text, note: facts.join(', ') });
}

/**
 * A summary for the client's own eyes: their words, goals and steps, and what the coach promised them.
 * Nothing of the coach's notes, private sections, ratings or the rules that sorted the notes.
 */
export function renderClientSummary(review: ClientReview): string {
	const first = firstName(review.client);
	const out: string[] = [`# ${first}, our sessions so far`, ''];
	const span = review.firstSession && review.lastSession ? ` from ${formatDay(review.firstSession)} to ${formatDay(review.lastSession)}` : '';
	out.push(`${plural(review.sessionCount, 'session')}${span}.`, '');

	if (review.goals.length > 0) {
		out.push('## What progress means to you', '');
		for (const goal of review.goals) out.push(`- ${goal.text}`);
		out.push('');
	}
	if (review.progress.length > 0) {
		out.push('## Your progress, in your words', '');
		for (const item of review.progress) out.push(`> ${item.text}`, `> — ${formatDay(item.date)}`, '');
	}
	const ratings = review.ratings.filter((r) => r.client !== null);
	if (ratings.length > 0) {
		out.push('## How you rated your sessions', '', ratings.map((r) => `${formatDay(r.date)}: ${r.client ?? ''}`).join(' · '), '');
	}
	const steps = review.actionSteps.filter((t) => t.owner === 'client');
	if (steps.length > 0) {
		out.push('## Your action steps', '');
		for (const thread of steps) out.push(stepLine(thread, false));
		out.push('');
	}
	const promises = review.actionSteps.filter((t) => t.owner === 'coach');
	if (promises.length > 0) {
		out.push('## What I promised you', '');
		for (const thread of promises) out.push(stepLine(thread, true));
		out.push('');
	}
	out.push('## In your words, session by session', '');
	for (const session of [...review.sessions].reverse()) {
		if (session.clientWords.length === 0) continue;
		out.push(`### ${formatDay(session.date)}`, '');
		for (const words of session.clientWords) out.push(`> ${words.text}`, '>');
		out.pop();
		out.push('');
	}
	return out.join('\n');
}
