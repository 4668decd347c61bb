import { formatDay } from '../core/review';
import type { ReviewSession } from '../core/review';
import { inlineMarkdown } from './inline-markdown';
import { ruleNote } from './rule-note';
import { builtWhenRead, h, type UiNode } from './tree';

/** Sessions shown open; older ones start folded so a long history stays quick to draw and to read. */
export const OPEN_SESSIONS = 8;
/** Sessions listed before the rest wait behind "older sessions". */
export const LISTED_SESSIONS = 30;

/** On the plugin's dashboard: the client statements counted as progress (`path:line`), so the others can be marked. */
export interface TimelineMarks {
	progress: ReadonlySet<string>;
}

/** The coach's say on one statement: "Progress" where it does not count, "Unmark" where the coach marked it. */
function markControl(item: { line: number; progressMark?: 'yes' | 'no' }, path: string, marks: TimelineMarks | undefined): UiNode | false {
	if (!marks) return false;
	const marked = item.progressMark !== undefined;
	if (!marked && marks.progress.has(`${path}:${item.line}`)) return false;
	return h('button', {
		cls: ['cr-badge', 'cr-mark-control'],
		text: marked ? 'Unmark' : 'Progress',
		attrs: { 'data-mark-path': path, 'data-mark-line': item.line, 'data-mark': marked ? 'none' : 'yes', 'aria-label': marked ? `Take your mark off this statement (marked ${item.progressMark === 'yes' ? 'progress' : 'not progress'})` : 'Mark as progress' },
	});
}

function column(kind: 'client' | 'coach', title: string, items: readonly { text: string; line: number; rule: string; progressMark?: 'yes' | 'no' }[], path: string, empty: string, marks?: TimelineMarks, extra: UiNode | null = null): UiNode {
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
							kind === 'client' && markControl(item, path, marks),
						]),
					),
				),
		extra,
	]);
}

/** Another member's words in a group session: context, each marked with who said it, never the client's words. */
function othersContext(session: ReviewSession): UiNode | null {
	const words = session.othersWords ?? [];
	if (words.length === 0) return null;
	return h('div', { cls: 'cr-others' }, [
		h('h5', { cls: 'cr-others-title', text: 'Others in this session' }),
		h(
			'ul',
			{ cls: 'cr-items' },
			words.map((item) =>
				h('li', { cls: ['cr-item', 'cr-other-words'] }, [
					h('span', { cls: ['cr-speaker', 'cr-private'], text: `${item.speaker}: ` }),
					h('a', { cls: ['cr-source', 'cr-item-text', 'cr-private'], text: item.text, attrs: { title: `From ${item.rule} (line ${item.line})` }, source: { path: session.path, line: item.line } }),
				]),
			),
		),
	]);
}

function sessionCard(session: ReviewSession, clientName: string, open: boolean, marks?: TimelineMarks): UiNode {
	const others = session.clients.filter((c) => c !== clientName);
	const title = [formatDay(session.date), session.number !== null ? `session ${session.number}` : null, others.length > 0 ? `with ${others.join(', ')}` : null]
		.filter(Boolean)
		.join(' · ');
	const body = () =>
		h('div', { cls: 'cr-columns' }, [
			column('client', 'In their words', session.clientWords, session.path, 'Nothing in their words in this note.', marks, othersContext(session)),
			column('coach', "Coach's notes", session.coachNotes, session.path, 'No notes.'),
		]);
	const summary = h('summary', { cls: 'cr-session-summary' }, [
		h('span', { cls: 'cr-session-title', text: title }),
		h('a', { cls: ['cr-source', 'cr-open-note'], text: 'Open note', source: { path: session.path, line: 1 } }),
	]);
	// A folded session's columns wait until it is opened: a long history draws as fast as a short one.
	if (!open) return h('details', { cls: 'cr-session', attrs: { 'data-session': session.path }, lazy: () => [body()] }, [summary]);
	// An open session's columns are built when drawn: the plugin's view draws them in a frame after the first.
	return builtWhenRead(h('details', { cls: 'cr-session', attrs: { open: '', 'data-session': session.path } }), () => [summary, body()]);
}

/** Every session, newest first, the client's words on the left and the coach's notes on the right. */
export function timeline(sessions: ReviewSession[], clientName: string, marks?: TimelineMarks): UiNode {
	const newestFirst = [...sessions].reverse();
	const listed = newestFirst.slice(0, LISTED_SESSIONS);
	const older = newestFirst.slice(LISTED_SESSIONS);
	const heading = [
		h('h2', { text: 'Sessions' }),
		newestFirst.length > OPEN_SESSIONS && h('p', { cls: 'cr-hint', text: `The ${OPEN_SESSIONS} most recent sessions are open; click an older one to unfold it.` }),
	].filter((n): n is UiNode => Boolean(n));
	// Below the first screenful: built when drawn. An open session is a screenful on its own: the heading and the
	// newest one first, each other in the frames after.
	return builtWhenRead(h('section', { cls: ['cr-section', 'cr-timeline'], later: heading.length + 1 }), () => [
		...heading,
		...listed.map((session, i) => sessionCard(session, clientName, i < OPEN_SESSIONS, marks)),
		older.length > 0 &&
			h('details', { cls: 'cr-older', lazy: () => older.map((session) => sessionCard(session, clientName, false, marks)) }, [
				h('summary', { text: `${older.length} older ${older.length === 1 ? 'session' : 'sessions'}` }),
			]),
	]);
}
