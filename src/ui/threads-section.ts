import { formatDay, plural, STATUS_LABEL } from '../core/review';
import type { ReviewThread } from '../core/review';
import { raisedIn } from '../core/review';
import { inlineMarkdown } from './inline-markdown';
import { ruleNote } from './rule-note';
import { h, type UiNode } from './tree';

function facts(thread: ReviewThread): string[] {
	const out: string[] = [];
	if (thread.timesRaised > 1) out.push(raisedIn(thread.timesRaised));
	out.push(thread.firstRaised ? `first ${formatDay(thread.firstRaised)}` : 'first raised in an undated note');
	if (thread.due) out.push(`due ${formatDay(thread.due)}`);
	if (thread.status === 'done' && thread.doneDate) out.push(`done ${formatDay(thread.doneDate)}`);
	if (thread.daysOpen !== null && thread.owner === 'coach') out.push(`open ${plural(thread.daysOpen, 'day')}`);
	return out;
}

/** A status that the coach can change in the plugin: the view turns a click on it into a menu. */
function statusBadge(status: ReviewThread['status'], mention: { path: string; line: number } | undefined, interactive: boolean): UiNode {
	const label = STATUS_LABEL[status] ?? status;
	if (!interactive || !mention) return h('span', { cls: ['cr-badge', `cr-status-${status}`], text: label });
	return h('button', {
		cls: ['cr-badge', `cr-status-${status}`, 'cr-status-control'],
		text: label,
		attrs: { 'data-step-path': mention.path, 'data-step-line': mention.line, 'data-status': status, 'aria-label': `Change status (now ${label})` },
	});
}

/** One thread: its latest wording, the facts about it, and every mention behind it. */
export function threadItem(thread: ReviewThread, interactive = false): UiNode {
	const latest = thread.mentions[thread.mentions.length - 1];
	const badges: UiNode[] = [statusBadge(thread.status, latest, interactive)];
	if (thread.recurring) badges.push(h('span', { cls: ['cr-badge', 'cr-badge-recurring'], text: 'recurring' }));
	if (thread.overdue) badges.push(h('span', { cls: ['cr-badge', 'cr-badge-overdue'], text: 'past due' }));
	return h('li', { cls: ['cr-thread', `cr-thread-${thread.status}`], attrs: { 'data-owner': thread.owner, 'data-status': thread.status } }, [
		h('div', { cls: 'cr-thread-head' }, [
			...badges,
			h('a', { cls: ['cr-thread-text', 'cr-source'], source: latest ? { path: latest.path, line: latest.line } : undefined }, inlineMarkdown(thread.text)),
			latest && ruleNote(`From ${latest.rule}`),
		]),
		h('div', { cls: 'cr-thread-facts', text: facts(thread).join(' · ') }),
		thread.mentions.length > 1 &&
			h(
				'details',
				{
					cls: 'cr-mentions',
					lazy: () => [
						h(
							'ol',
							{},
							// Newest first, like everything else on the dashboard.
							[...thread.mentions].reverse().map((m) =>
								h('li', {}, [
									h('a', { cls: 'cr-source', text: formatDay(m.date), source: { path: m.path, line: m.line } }),
									interactive ? statusBadge(m.status, m, true) : h('span', { cls: 'cr-mention-status', text: ` ${STATUS_LABEL[m.status] ?? m.status}: ` }),
									h('span', { cls: 'cr-mention-text' }, inlineMarkdown(` ${m.text}`)),
								]),
							),
						),
					],
				},
				[h('summary', { text: `${thread.mentions.length} mentions` })],
			),
	]);
}
