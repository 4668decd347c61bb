import { firstName, formatDay, STATUS_LABEL } from '../core/review';
import { hasOwnQuotes, sessionSpan } from '../core/review';
import { inlineMarkdown } from './inline-markdown';
import type { ClientSummary, SummaryStep } from '../core/summary';
import { h, type UiNode } from './tree';

function steps(title: string, threads: readonly SummaryStep[]): UiNode | null {
	if (threads.length === 0) return null;
	return h('section', { cls: 'cr-section' }, [
		h('h2', { text: title }),
		h(
			'ul',
			{ cls: 'cr-thread-list' },
			threads.map((t) =>
				h('li', { cls: ['cr-thread', `cr-thread-${t.status}`] }, [
					h('div', { cls: 'cr-thread-head' }, [
						h('span', { cls: ['cr-badge', `cr-status-${t.status}`], text: STATUS_LABEL[t.status] ?? t.status }),
						h('span', { cls: 'cr-thread-text' }, inlineMarkdown(t.text)),
					]),
					h('div', { cls: 'cr-thread-facts', text: [t.firstRaised ? `since ${formatDay(t.firstRaised)}` : '', t.due ? `due ${formatDay(t.due)}` : ''].filter(Boolean).join(' · ') }),
				]),
			),
		),
	]);
}

/**
 * The client-facing page: their words, goals, steps and the coach's promises. It takes only the `ClientSummary`, so
 * no coach notes, ratings, rules or links into the coach's vault can reach it.
 */
export function renderClientSummaryPage(summary: ClientSummary): UiNode {
	const first = firstName(summary.client);
	return h('div', { cls: ['cr-dashboard', 'cr-client-facing'] }, [
		h('header', { cls: 'cr-header' }, [
			h('h1', { text: `${first}, our sessions so far` }),
			h('p', { cls: 'cr-facts', text: `${sessionSpan(summary.sessionCount, summary.firstSession, summary.lastSession)}.` }),
		]),
		summary.goals.length > 0 &&
			h('section', { cls: ['cr-section', 'cr-goals'] }, [h('h2', { text: 'What progress means to you' }), h('ul', {}, summary.goals.map((g) => h('li', {}, inlineMarkdown(g))))]),
		summary.progress.length > 0 &&
			h('section', { cls: ['cr-section', 'cr-progress'] }, [
				h('h2', { text: 'Your progress, in your words' }),
				h(
					'ol',
					{ cls: 'cr-progress-list' },
					summary.progress.map((p) => h('li', { cls: 'cr-progress-item' }, [h('blockquote', { cls: hasOwnQuotes(p.text) ? 'cr-own-quotes' : [] }, inlineMarkdown(p.text)), h('span', { cls: 'cr-when', text: formatDay(p.date) })])),
				),
			]),
		steps('Your action steps', summary.steps),
		steps('What I promised you', summary.promises),
		summary.sessions.length === 0
			? h('section', { cls: ['cr-section', 'cr-empty-state'] }, [h('p', { cls: 'cr-empty', text: 'Nothing in your words is written down yet: it will be here after our sessions.' })])
			: h('section', { cls: ['cr-section', 'cr-timeline'] }, [
					h('h2', { text: 'In your words, session by session' }),
					...summary.sessions.map((s) =>
						h('div', { cls: ['cr-session', 'cr-session-card'] }, [
							h('div', { cls: 'cr-session-summary', text: formatDay(s.date) }),
							h('ul', { cls: ['cr-items', 'cr-col-client'] }, s.words.map((w) => h('li', { cls: ['cr-item', 'cr-quote'] }, inlineMarkdown(w)))),
						]),
					),
				]),
	]);
}
