import { describeCadence, firstName, formatDay, plural } from '../core/review';
import type { ClientReview, ReviewThread } from '../core/review';
import { ratingChart } from './rating-chart';
import { threadItem } from './threads-section';
import { namePattern, privateView } from './privacy';
import { timeline } from './timeline';
import { hasOwnQuotes, sessionSpan } from '../core/review';
import { inlineMarkdown } from './inline-markdown';
import { ruleNote } from './rule-note';
import { builtWhenRead, h, type UiNode } from './tree';

export interface DashboardOptions {
	/** Blur every client's name and every quote until hovered or tapped, for screen sharing. */
	privacy?: boolean;
	/** More names privacy mode blurs wherever they appear (every client of the vault); the review's own are always. */
	names?: readonly string[];
	/** In the plugin: status controls and the action buttons. The HTML page is read-only. */
	interactive?: boolean;
}

/** The buttons of the plugin's dashboard; the view maps each `data-action` to what it does. */
export const DASHBOARD_ACTIONS = [
	{ action: 'new-session', label: 'New session note' },
	{ action: 'export-review', label: 'Export review' },
	{ action: 'export-summary', label: 'Export client summary' },
	{ action: 'copy-review', label: 'Copy review' },
	{ action: 'copy-summary', label: 'Copy client summary' },
] as const;

/** The menu button a narrow pane shows instead of every action after the first; the view opens them as a menu. */
export const MORE_ACTION = 'more-actions';

function toolbar(): UiNode {
	return h('div', { cls: 'cr-toolbar' }, [
		...DASHBOARD_ACTIONS.map((a, i) => h('button', { cls: ['cr-action', i > 0 ? 'cr-action-secondary' : ''], text: a.label, attrs: { 'data-action': a.action } })),
		h('button', { cls: ['cr-action', 'cr-action-more'], text: 'More…', attrs: { 'data-action': MORE_ACTION, 'aria-label': 'More actions', 'aria-haspopup': 'menu' } }),
	]);
}

function header(review: ClientReview): UiNode {
	const facts = [sessionSpan(review.sessionCount, review.firstSession, review.lastSession), describeCadence(review.cadenceDays)].filter((f): f is string => Boolean(f));
	return h('header', { cls: 'cr-header' }, [
		h('h1', { cls: ['cr-client-name', 'cr-private'], text: review.client }),
		h('p', { cls: 'cr-facts' }, [
			h('span', { text: facts.join(' · ') }),
			review.warnings.length > 0 && h('a', { cls: 'cr-warning-count', text: ` · ${plural(review.warnings.length, 'note to check', 'notes to check')}`, attrs: { href: '#cr-warnings' } }),
		]),
	]);
}

function goals(review: ClientReview, first: string): UiNode {
	return h('section', { cls: ['cr-section', 'cr-goals'] }, [
		h('h2', { text: `What progress means to ${first}, in their words` }),
		review.goals.length === 0
			? h('p', { cls: 'cr-empty', text: `No goals written down yet. Add them under a "Client's goals" heading or in ${first}'s profile note.` })
			: h(
					'ul',
					{ cls: 'cr-goal-list' },
					review.goals.map((goal) =>
						h('li', { cls: 'cr-goal' }, [h('a', { cls: ['cr-source', 'cr-private'], source: { path: goal.path, line: goal.line } }, inlineMarkdown(goal.text)), ruleNote(`From ${goal.rule}`)]),
					),
				),
	]);
}

/** Statements shown before the rest fold away under "earlier statements". */
export const PROGRESS_SHOWN = 4;

/** The reason a statement the coach marked gives (see `progressReason`). */
const MARKED = 'marked progress by the coach';

function progressItem(item: ClientReview['progress'][number], interactive: boolean): UiNode {
	const marked = item.reason === MARKED;
	return h('li', { cls: 'cr-progress-item' }, [
		h('blockquote', { cls: ['cr-quote', 'cr-private', hasOwnQuotes(item.text) ? 'cr-own-quotes' : ''] }, inlineMarkdown(item.text)),
		h('a', { cls: ['cr-source', 'cr-when'], text: formatDay(item.date), source: { path: item.path, line: item.line } }),
		// The coach's say: the view turns a click into the mark in the note ([progress:: no]), or takes the mark away.
		interactive &&
			h('button', {
				cls: ['cr-badge', 'cr-mark-control'],
				text: marked ? 'Unmark' : 'Not progress',
				attrs: { 'data-mark-path': item.path, 'data-mark-line': item.line, 'data-mark': marked ? 'none' : 'no', 'aria-label': marked ? 'Take your mark off this statement' : `Mark as not progress (counted: ${item.reason})` },
			}),
		ruleNote(`Counted as progress: ${item.reason}`),
	]);
}

function progress(review: ClientReview, first: string, interactive: boolean): UiNode {
	const shown = review.progress.slice(0, PROGRESS_SHOWN);
	const earlier = review.progress.slice(PROGRESS_SHOWN);
	return h('section', { cls: ['cr-section', 'cr-progress'] }, [
		h('h2', { text: 'Progress, in their words' }),
		review.progress.length === 0
			? h('p', { cls: 'cr-empty', text: `No statements of progress from ${first} yet.` })
			: h('ol', { cls: 'cr-progress-list' }, shown.map((p) => progressItem(p, interactive))),
		earlier.length > 0 &&
			h('details', { cls: 'cr-earlier', lazy: () => [h('ol', { cls: 'cr-progress-list' }, earlier.map((p) => progressItem(p, interactive)))] }, [
				h('summary', { text: `${plural(earlier.length, 'earlier statement')}` }),
			]),
	]);
}

/** Threads of a list drawn in the first frame; the rest follow in the frames after (the plugin's view only). */
export const THREADS_AT_ONCE = 10;

/** Closed threads shown before the rest fold away. */
export const CLOSED_SHOWN = 5;
/** Open and in-progress threads shown before the rest fold away: years of sessions can leave hundreds. */
export const ACTIVE_SHOWN = 40;

/** A folded list of threads, drawn only when opened. */
function foldedThreads(threads: ReviewThread[], summary: string, interactive: boolean): UiNode | false {
	return (
		threads.length > 0 &&
		h('details', { cls: 'cr-earlier', lazy: () => [h('ul', { cls: 'cr-thread-list' }, threads.map((t) => threadItem(t, interactive)))] }, [
			h('summary', { text: summary }),
		])
	);
}

/**
 * Open threads (recurring first, then by age), then the most recent done and dropped ones; the rest of each folds
 * away, so a long history stays light to draw and to read.
 */
function threadList(threads: ReviewThread[], interactive: boolean): UiNode[] {
	const closed = threads.filter((t) => t.status === 'done' || t.status === 'dropped');
	const active = threads.filter((t) => t.status !== 'done' && t.status !== 'dropped');
	const moreActive = active.slice(ACTIVE_SHOWN);
	const moreClosed = closed.slice(CLOSED_SHOWN);
	const list = (shown: ReviewThread[]) => shown.length > 0 && h('ul', { cls: 'cr-thread-list', later: THREADS_AT_ONCE }, shown.map((t) => threadItem(t, interactive)));
	return [
		list(active.slice(0, ACTIVE_SHOWN)),
		foldedThreads(moreActive, `${moreActive.length} more open and in progress`, interactive),
		list(closed.slice(0, CLOSED_SHOWN)),
		foldedThreads(moreClosed, `${moreClosed.length} more done and dropped`, interactive),
	].filter((n): n is UiNode => Boolean(n));
}

function steps(review: ClientReview, first: string, threads: ReviewThread[], interactive: boolean): UiNode {
	const f = review.followThrough;
	return h('section', { cls: ['cr-section', 'cr-steps'] }, [
		h('h2', { text: `${first}'s action steps` }),
		f.total > 0 && h('p', { cls: 'cr-summary', text: `${plural(f.total, 'step')}: ${f.done} done, ${f.dropped} dropped, ${f.inProgress} in progress, ${f.open} open.` }),
		...(threads.length === 0 ? [h('p', { cls: 'cr-empty', text: 'No action steps yet.' })] : threadList(threads, interactive)),
	]);
}

function promises(review: ClientReview, threads: ReviewThread[], interactive: boolean): UiNode {
	const p = review.coachPromises;
	// Below the first screenful: built when drawn.
	return builtWhenRead(h('section', { cls: ['cr-section', 'cr-promises'] }), () => [
		h('h2', { text: 'Your promises' }),
		h('p', {
			cls: 'cr-summary',
			text:
				p.total === 0
					? 'No promises of yours found. Mark them with @coach, or list them under "My commitments".'
					: `You promised ${plural(p.total, 'thing')}: ${p.delivered} delivered, ${p.open} open${p.dropped ? `, ${p.dropped} dropped` : ''}.`,
		}),
		...threadList(threads, interactive),
	]);
}

function warnings(review: ClientReview): UiNode | null {
	if (review.warnings.length === 0) return null;
	return h('section', { cls: ['cr-section', 'cr-warnings'], attrs: { id: 'cr-warnings' } }, [
		h('h2', { text: 'Notes to check' }),
		h(
			'ul',
			{},
			review.warnings.map((w) =>
				h('li', { cls: 'cr-warning' }, [
					h('a', { cls: 'cr-source', text: `${w.path}, line ${w.line}`, source: { path: w.path, line: w.line } }),
					h('span', { text: `: ${w.message}` }),
				]),
			),
		),
	]);
}

/** One clear empty state for a client with no session notes yet, instead of a page of empty sections. */
function noSessions(first: string, interactive: boolean): UiNode {
	return h('section', { cls: ['cr-section', 'cr-empty-state'] }, [
		h('h2', { text: `No sessions with ${first} yet` }),
		h('p', {
			cls: 'cr-empty',
			text: interactive
				? 'Their review starts with the first session note. Use "New session note" above to write one.'
				: 'Their review starts with the first session note.',
		}),
	]);
}

/** The whole dashboard of one client: the client's words first, facts without verdicts. */
export function renderDashboard(review: ClientReview, options: DashboardOptions = {}): UiNode {
	const first = firstName(review.client);
	const interactive = options.interactive ?? false;
	const chart = ratingChart(review, first);
	const words = h('div', { cls: 'cr-overview-words' }, [goals(review, first), review.sessionCount > 0 && progress(review, first, interactive)]);
	const empty = review.sessionCount === 0 && review.actionSteps.length === 0;
	// The first screenful (the words, the ratings, the client's steps) is drawn at once; the sections below it follow
	// in the frames after, in the plugin's view.
	const top: UiNode[] = empty
		? [review.goals.length > 0 && goals(review, first), noSessions(first, interactive)].filter((n): n is UiNode => Boolean(n))
		: [
				// Without ratings the words take the whole width: no empty column beside them.
				chart ? h('div', { cls: 'cr-overview' }, [words, h('section', { cls: ['cr-section', 'cr-ratings'] }, [h('h2', { text: chart.cls?.includes('cr-chart-single') ? 'Ratings' : 'Ratings over time' }), chart])]) : words,
				steps(review, first, review.actionSteps.filter((t) => t.owner === 'client'), interactive),
			];
	const below: UiNode[] = (
		empty
			? [warnings(review)]
			: [
					promises(review, review.actionSteps.filter((t) => t.owner === 'coach'), interactive),
					timeline(review.sessions, review.client, interactive ? { progress: new Set(review.progress.map((p) => `${p.path}:${p.line}`)) } : undefined),
					warnings(review),
				]
	).filter((n): n is UiNode => Boolean(n));
	const now = [header(review), options.interactive && toolbar(), ...top].filter((n): n is UiNode => Boolean(n));
	const tree = h('div', { cls: ['cr-dashboard', options.privacy ? 'cr-privacy' : ''], attrs: { 'data-client': options.privacy ? undefined : review.client }, later: now.length }, [
		...now,
		...below,
	]);
	if (!options.privacy) return tree;
	const names = [review.client, ...review.sessions.flatMap((s) => s.clients), ...(options.names ?? [])];
	return privateView(tree, namePattern(names));
}
