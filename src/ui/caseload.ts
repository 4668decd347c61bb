import type { Caseload, CaseloadRow } from '../core/caseload';
import type { PromiseEntry, PromiseLedger } from '../core/caseload';
import { describeCadence, formatDay, plural } from '../core/review';
import { h, type UiNode } from './tree';

/** What the filters offer and what is chosen; only an interactive page (the plugin's view) shows them. */
export interface CaseloadControls {
	folders: readonly string[];
	tags: readonly string[];
	folder: string;
	tag: string;
	includeArchived: boolean;
}

export interface CaseloadPageOptions {
	/** Buttons that act (open a client, change a promise's status) and the filters. */
	interactive?: boolean;
	controls?: CaseloadControls;
	/** Rows drawn at once (a screenful); the rest follow in the frames after. Unset: every row at once. */
	firstRows?: number;
}

const STATUS_LABEL: Record<PromiseEntry['status'], string> = { open: 'open', 'in-progress': 'in progress', done: 'delivered', dropped: 'dropped' };

function ago(days: number | null): string {
	if (days === null) return '–';
	return days === 0 ? 'today' : plural(days, 'day');
}

function select(filter: string, label: string, all: string, values: readonly string[], chosen: string): UiNode {
	return h('label', { cls: 'cr-caseload-filter' }, [
		h('span', { text: label }),
		h(
			'select',
			{ cls: 'dropdown', attrs: { 'data-filter': filter, 'aria-label': label } },
			[h('option', { text: all, attrs: { value: '' } }), ...values.map((v) => h('option', { text: v, attrs: v === chosen ? { value: v, selected: '' } : { value: v } }))],
		),
	]);
}

function filters(controls: CaseloadControls): UiNode {
	const toggle: Record<string, string> = { type: 'checkbox', 'data-filter': 'archived' };
	if (controls.includeArchived) toggle.checked = '';
	return h('div', { cls: 'cr-caseload-filters' }, [
		select('folder', 'Folder', 'All folders', controls.folders, controls.folder),
		select('tag', 'Tag', 'All tags', controls.tags, controls.tag),
		h('label', { cls: 'cr-caseload-filter' }, [h('input', { attrs: toggle }), h('span', { text: 'Show archived' })]),
	]);
}

/**
 * A cell with the column's name, which a narrow screen shows beside the value. A value of plain text is the cell's
 * own text: a caseload of hundreds of rows draws a few thousand elements fewer.
 */
function cell(label: string, children: (UiNode | string)[], cls?: string): UiNode {
	const options = { cls: ['cr-caseload-cell', cls ?? ''], attrs: { 'data-label': label } };
	const [only] = children;
	if (children.length === 1 && typeof only === 'string') return h('td', { ...options, text: only });
	return h(
		'td',
		options,
		children.map((c) => (typeof c === 'string' ? h('span', { text: c }) : c)),
	);
}

function clientRow(row: CaseloadRow, interactive: boolean): UiNode {
	const name = interactive
		? h('button', { cls: ['cr-caseload-client', 'clickable-icon'], text: row.name, attrs: { 'data-client': row.name, 'aria-label': `Open the review of ${row.name}` } })
		: h('span', { cls: 'cr-caseload-client', text: row.name });
	const words = row.latestWords && row.latestWordsAt
		? h('a', { cls: ['cr-source', 'cr-caseload-words'], text: `“${row.latestWords}”`, source: { path: row.latestWordsAt.path, line: row.latestWordsAt.line } })
		: h('span', { cls: 'cr-muted', text: '–' });
	return h('tr', { cls: ['cr-caseload-row', row.archived ? 'cr-caseload-archived' : ''] }, [
		h('th', { cls: 'cr-caseload-name', attrs: { scope: 'row' } }, [name, row.archived ? h('span', { cls: 'cr-badge', text: 'archived' }) : null]),
		cell('Last session', [row.lastSession ? formatDay(row.lastSession) : '–']),
		cell('Since', [ago(row.daysSince)]),
		cell('Usual cadence', [describeCadence(row.cadenceDays) ?? '–']),
		cell('This quarter', [plural(row.sessionsThisQuarter, 'session')]),
		cell('Open steps', [String(row.openSteps)], 'cr-caseload-number'),
		cell('Recurring', [String(row.recurringSteps)], 'cr-caseload-number'),
		cell('Your open promises', [String(row.openPromises)], 'cr-caseload-number'),
		cell('Oldest promise', [ago(row.oldestPromiseDays)]),
		cell('Latest words', [words], 'cr-caseload-latest'),
	]);
}

function clientsTable(caseload: Caseload, interactive: boolean, firstRows: number | undefined): UiNode {
	const heads = ['Client', 'Last session', 'Since', 'Usual cadence', 'This quarter', 'Open steps', 'Recurring', 'Your open promises', 'Oldest promise', 'Latest words'];
	return h('table', { cls: 'cr-caseload-table' }, [
		h('thead', {}, [h('tr', {}, heads.map((text) => h('th', { text, attrs: { scope: 'col' } })))]),
		h('tbody', { later: firstRows }, caseload.clients.map((row) => clientRow(row, interactive))),
	]);
}

function promiseItem(promise: PromiseEntry, interactive: boolean): UiNode {
	const label = STATUS_LABEL[promise.status];
	const status = interactive
		? h('button', {
				cls: ['cr-badge', `cr-status-${promise.status}`, 'cr-status-control'],
				text: label,
				attrs: { 'data-step-path': promise.path, 'data-step-line': promise.line, 'data-status': promise.status, 'aria-label': `Mark as delivered or dropped (now ${label})` },
			})
		: h('span', { cls: ['cr-badge', `cr-status-${promise.status}`], text: label });
	const facts: string[] = [promise.clients.join(', ')];
	if (promise.since) facts.push(`since ${formatDay(promise.since)}${promise.daysOpen ? ` (${plural(promise.daysOpen, 'day')})` : ''}`);
	if (promise.due) facts.push(`due ${formatDay(promise.due)}`);
	const note = promise.path.split('/').pop()?.replace(/\.md$/i, '') ?? promise.path;
	return h('li', { cls: 'cr-promise' }, [
		h('div', { cls: 'cr-promise-head' }, [status, h('span', { cls: 'cr-promise-text', text: promise.text })]),
		h('div', { cls: 'cr-thread-facts' }, [h('span', { text: `${facts.join(' · ')} · ` }), h('a', { cls: 'cr-source', text: `${note}, line ${promise.line}`, source: { path: promise.path, line: promise.line } })]),
	]);
}

/**
 * Past this many, the list starts folded (the count is said above it) and is drawn when opened: a page that long is
 * not read at a glance. The fold's label stays the same as promises come and go, so a redraw finds it and keeps it open.
 */
export const PROMISES_SHOWN_UNFOLDED = 50;

function promiseList(promises: readonly PromiseEntry[], interactive: boolean): UiNode | null {
	if (promises.length === 0) return null;
	const list = () => h('ul', { cls: 'cr-promise-list' }, promises.map((p) => promiseItem(p, interactive)));
	if (promises.length <= PROMISES_SHOWN_UNFOLDED) return list();
	return h('details', { cls: 'cr-promise-fold', lazy: () => [list()] }, [h('summary', { text: 'Show every promise' })]);
}

function promisesSection(ledger: PromiseLedger, interactive: boolean): UiNode {
	const open = ledger.promises.filter((p) => p.status === 'open' || p.status === 'in-progress');
	const clients = new Set(open.flatMap((p) => p.clients));
	return h('section', { cls: ['cr-section', 'cr-promises'] }, [
		h('h2', { text: 'Your promises' }),
		h('p', { cls: 'cr-facts', text: open.length === 0 ? 'No open promises.' : `${plural(open.length, 'open promise')} to ${plural(clients.size, 'client')}, oldest first.${interactive ? ' Choose a status to mark a promise delivered or dropped.' : ''}` }),
		promiseList(ledger.promises, interactive),
	]);
}

/** The caseload page: one row per client (facts only, no scores or ranking), then every open promise. */
export function renderCaseloadPage(caseload: Caseload, ledger: PromiseLedger, options: CaseloadPageOptions = {}): UiNode {
	const interactive = options.interactive ?? false;
	const hidden: string[] = [];
	if (caseload.hidden.archived > 0) hidden.push(`${plural(caseload.hidden.archived, 'archived client')} hidden`);
	if (caseload.hidden.filtered > 0) hidden.push(`${plural(caseload.hidden.filtered, 'client')} outside the filter`);
	return h('div', { cls: ['cr-dashboard', 'cr-caseload'] }, [
		h('h1', { text: 'Caseload' }),
		h('p', { cls: 'cr-facts', text: `${plural(caseload.clients.length, 'client')}, most recent session first. As of ${formatDay(caseload.today)}.${hidden.length ? ` ${hidden.join('; ')}.` : ''}` }),
		interactive && options.controls ? filters(options.controls) : null,
		caseload.clients.length > 0 ? clientsTable(caseload, interactive, options.firstRows) : h('p', { cls: 'cr-empty', text: 'No clients to show.' }),
		promisesSection(ledger, interactive),
	]);
}
