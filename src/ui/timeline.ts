import { formatDay } from '../core/review/format';
import type { ReviewSession } from '../core/review/review';
import { inlineMarkdown } from './inline-markdown';
import { ruleNote } from './rule-note';
import { h, type UiNode } from './tree';

/** Sessions shown open; older ones start folded so a long history stays quick to draw and to read. */
export const OPEN_SESSIONS = 8;
/** Sessions listed before the rest wait behind "older sessions". */
export const LISTED_SESSIONS = 30;

function column(kind: 'client' | 'coach', title: string, items: readonly { text: string; line: number; rule: string }[], path: string, empty: string): UiNode {
	return h('div', { cls: ['cr-col', `cr-col-${kind}`] }, [
		h('h4', { cls: 'cr-col-title', text: title }),
		items.length === 0
			? h('p', { cls: 'cr-empty', text: empty })
			: h(
					'ul',
					{ cls: 'cr-items' },
					items.map((item) =>
						h('li', { cls: ['cr-item', kind === 'client' ? 'cr-quote' : 'cr-note'] }, [
							h('a', { cls: ['cr-source', 'cr-item-text', kind === 'client' ? 'cr-private' : ''], source: { path, line: item.line } }, inlineMarkdown(item.text)),
							ruleNote(`From ${item.rule} (line ${item.line})`),
						]),
					),
				),
	]);
}

function sessionCard(session: ReviewSession, clientName: string, open: boolean): UiNode {
	const others = session.clients.filter((c) => c !== clientName);
	const title = [formatDay(session.date), session.number !== null ? `session ${session.number}` : null, others.length > 0 ? `with ${others.join(', ')}` : null]
		.filter(Boolean)
		.join(' · ');
	const body = h('div', { cls: 'cr-columns' }, [
		column('client', 'In their words', session.clientWords, session.path, 'Nothing in their words in this note.'),
		column('coach', "Coach's notes", session.coachNotes, session.path, 'No notes.'),
	]);
	const summary = h('summary', { cls: 'cr-session-summary' }, [
		h('span', { cls: 'cr-session-title', text: title }),
		h('a', { cls: ['cr-source', 'cr-open-note'], text: 'Open note', source: { path: session.path, line: 1 } }),
	]);
	// A folded session's columns wait until it is opened: a long history draws as fast as a short one.
	if (!open) return h('details', { cls: 'cr-session', attrs: { 'data-session': session.path }, lazy: () => [body] }, [summary]);
	return h('details', { cls: 'cr-session', attrs: { open: open ? '' : undefined, 'data-session': session.path } }, [summary, body]);
}

/** Every session, newest first, the client's words on the left and the coach's notes on the right. */
export function timeline(sessions: ReviewSession[], clientName: string): UiNode {
	const newestFirst = [...sessions].reverse();
	const listed = newestFirst.slice(0, LISTED_SESSIONS);
	const older = newestFirst.slice(LISTED_SESSIONS);
	return h('section', { cls: ['cr-section', 'cr-timeline'] }, [
		h('h2', { text: 'Sessions' }),
		newestFirst.length > OPEN_SESSIONS && h('p', { cls: 'cr-hint', text: `The ${OPEN_SESSIONS} most recent sessions are open; click an older one to unfold it.` }),
		...listed.map((session, i) => sessionCard(session, clientName, i < OPEN_SESSIONS)),
		older.length > 0 &&
			h('details', { cls: 'cr-older', lazy: () => older.map((session) => sessionCard(session, clientName, false)) }, [
				h('summary', { text: `${older.length} older ${older.length === 1 ? 'session' : 'sessions'}` }),
			]),
	]);
}
