import { firstName, formatDay, plural, STATUS_LABEL } from '../core/review/format';
import type { ClientReview, ReviewThread } from '../core/review/review';
import { h, type UiNode } from './tree';

function steps(title: string, threads: ReviewThread[]): UiNode | null {
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
						h('span', { cls: 'cr-thread-text', text: t.text }),
					]),
					h('div', { cls: 'cr-thread-facts', text: [t.firstRaised ? `since ${formatDay(t.firstRaised)}` : '', t.due ? `due ${formatDay(t.due)}` : ''].filter(Boolean).join(' · ') }),
				]),
			),
		),
	]);
}

/**
 * The client-facing page: their words, goals, steps and the coach's promises. No coach notes, coach
 * ratings, rules or links into the coach's vault.
 */
export function renderClientSummaryPage(review: ClientReview): UiNode {
	const first = firstName(review.client);
	return h('div', { cls: ['cr-dashboard', 'cr-client-facing'] }, [
		h('header', { cls: 'cr-header' }, [
			h('h1', { text: `${first}, our sessions so far` }),
			h('p', { cls: 'cr-facts', text: `${plural(review.sessionCount, 'session')}${review.firstSession ? ` from ${formatDay(review.firstSession)} to ${formatDay(review.lastSession)}` : ''}` }),
		]),
		review.goals.length > 0 &&
			h('section', { cls: ['cr-section', 'cr-goals'] }, [h('h2', { text: 'What progress means to you' }), h('ul', {}, review.goals.map((g) => h('li', { text: g.text })))]),
		review.progress.length > 0 &&
			h('section', { cls: ['cr-section', 'cr-progress'] }, [
				h('h2', { text: 'Your progress, in your words' }),
				h(
					'ol',
					{ cls: 'cr-progress-list' },
					review.progress.map((p) => h('li', { cls: 'cr-progress-item' }, [h('blockquote', { text: p.text }), h('span', { cls: 'cr-when', text: formatDay(p.date) })])),
				),
			]),
		steps('Your action steps', review.actionSteps.filter((t) => t.owner === 'client')),
		steps('What I promised you', review.actionSteps.filter((t) => t.owner === 'coach')),
		h('section', { cls: ['cr-section', 'cr-timeline'] }, [
			h('h2', { text: 'In your words, session by session' }),
			...[...review.sessions]
				.reverse()
				.filter((s) => s.clientWords.length > 0)
				.map((s) =>
					h('div', { cls: 'cr-session' }, [
						h('div', { cls: 'cr-session-summary', text: formatDay(s.date) }),
						h('ul', { cls: ['cr-items', 'cr-col-client'] }, s.clientWords.map((w) => h('li', { cls: ['cr-item', 'cr-quote'], text: w.text }))),
					]),
				),
		]),
	]);
}
