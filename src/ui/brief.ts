import type { BriefItem, SessionBrief } from '../core/caseload';
import { formatDay, plural } from '../core/review';
import { h, type UiNode } from './tree';

function at(item: BriefItem): UiNode {
	const note = item.path.split('/').pop()?.replace(/\.md$/i, '') ?? item.path;
	return h('a', { cls: 'cr-source', text: `${note}, line ${item.line}`, source: { path: item.path, line: item.line } });
}

function section(title: string, empty: string, items: UiNode[], cls: string): UiNode {
	return h('section', { cls: ['cr-section', 'cr-brief-section', cls] }, [
		h('h2', { text: title }),
		items.length > 0 ? h('ul', { cls: 'cr-brief-list' }, items) : h('p', { cls: 'cr-empty', text: empty }),
	]);
}

function item(text: string, source: BriefItem, facts?: string): UiNode {
	return h('li', { cls: 'cr-brief-item' }, [
		h('span', { cls: 'cr-brief-text', text }),
		h('span', { cls: 'cr-thread-facts' }, [facts ? h('span', { text: `${facts} · ` }) : null, at(source)]),
	]);
}

/** The page before a session, in the brief's section order; `interactive` adds export and print buttons. */
export function renderBriefPage(brief: SessionBrief, interactive = false): UiNode {
	const last = brief.lastSession;
	return h('div', { cls: ['cr-dashboard', 'cr-brief'] }, [
		h('h1', { text: `Before the session with ${brief.client}` }),
		h('p', { cls: 'cr-facts', text: `${last ? `Last session ${formatDay(last.date)}` : 'No sessions yet'}. As of ${formatDay(brief.today)}.` }),
		interactive
			? h('div', { cls: ['cr-toolbar', 'cr-brief-toolbar'] }, [
					h('button', { text: 'Export as note', attrs: { 'data-action': 'export-brief' } }),
					h('button', { text: 'Print', attrs: { 'data-action': 'print-brief' } }),
				])
			: null,
		section('What progress means to them', 'No goals written down yet.', brief.progressMeans.map((g) => item(g.text, g)), 'cr-brief-goals'),
		section(
			'Their words last time',
			'Nothing in their words in the last session.',
			brief.lastWords.map((w) => h('li', { cls: ['cr-brief-item', 'cr-quote'] }, [h('blockquote', { cls: 'cr-item-text', text: w.text }), h('span', { cls: 'cr-thread-facts' }, [at(w)])])),
			'cr-brief-words',
		),
		section(
			'Their open steps',
			'No open steps.',
			brief.openSteps.map((s) => {
				const facts = [s.timesRaised > 1 ? `raised in ${s.timesRaised} sessions` : 'raised once'];
				if (s.firstRaised) facts.push(`since ${formatDay(s.firstRaised)}`);
				if (s.due) facts.push(`due ${formatDay(s.due)}`);
				if (s.status === 'in-progress') facts.push('in progress');
				return item(s.text, s, facts.join(', '));
			}),
			'cr-brief-steps',
		),
		section(
			'What you promised and have not delivered',
			'Nothing outstanding.',
			brief.openPromises.map((p) => {
				const facts: string[] = [];
				if (p.since) facts.push(`since ${formatDay(p.since)}${p.daysOpen ? ` (${plural(p.daysOpen, 'day')})` : ''}`);
				if (p.due) facts.push(`due ${formatDay(p.due)}`);
				return item(p.text, p, facts.join(', ') || undefined);
			}),
			'cr-brief-promises',
		),
		section('Questions for next time', 'No questions noted. Write them under a "Next time" heading in a session note.', brief.questions.map((q) => item(q.text, q)), 'cr-brief-questions'),
	]);
}
