import { formatDay } from '../review/format';
import type { ClientReview, ReviewThread } from '../review/review';
import type { CoachingSettings } from '../settings';

/** The built-in template: PRODUCT.md's headings, with the open steps and promises carried forward. */
export const DEFAULT_SESSION_TEMPLATE = `---
client: "[[{{client}}]]"
date: {{date}}
session: {{session}}
client_rating:
coach_rating:
---
# Session {{session}} with {{client}}

## In their words

## Coach notes

## Action steps
{{open_steps}}

## Coach commitments
{{open_promises}}
`;

export interface NewSessionOptions {
	today: string;
	/** The template's text; `DEFAULT_SESSION_TEMPLATE` when the coach has none. */
	template: string;
	settings: CoachingSettings;
	/** Makes an id for a carried step whose thread has none; tests pass a predictable one. */
	makeId: (index: number) => string;
}

export interface NewSessionNote {
	text: string;
	number: number;
	carried: number;
}

function carriedLine(thread: ReviewThread, id: string | null, style: string, marker: string): string {
	const box = thread.status === 'in-progress' ? '/' : ' ';
	const parts = [`- [${box}] ${thread.text}`];
	if (marker) parts.push(marker);
	if (thread.due) parts.push(style === 'dataview' ? `[due:: ${thread.due}]` : `📅 ${thread.due}`);
	if (id) parts.push(style === 'dataview' ? `[id:: ${id}]` : `🆔 ${id}`);
	return parts.join(' ');
}

/**
 * A new session note for a client: the template with the client, today's date and the next session number,
 * and the open steps and the coach's open promises carried forward with their ids, so their threads go on.
 */
export function buildNewSessionNote(review: ClientReview, options: NewSessionOptions): NewSessionNote {
	const numbers = review.sessions.map((s) => s.number).filter((n): n is number => n !== null);
	const number = (numbers.length > 0 ? Math.max(...numbers) : review.sessionCount) + 1;
	const style = options.settings.carryForwardIdStyle === 'dataview' || options.settings.carryForwardIdStyle === 'none' ? options.settings.carryForwardIdStyle : 'tasks';
	const open = (t: ReviewThread) => t.status === 'open' || t.status === 'in-progress';
	let made = 0;
	const idFor = (thread: ReviewThread) => thread.id ?? (style === 'none' ? null : options.makeId(made++));
	const hasPromiseSlot = options.template.includes('{{open_promises}}');
	const marker = options.settings.coachOwnerMarkers[0] ?? '@coach';
	const steps = review.actionSteps.filter((t) => t.owner === 'client' && open(t)).map((t) => carriedLine(t, idFor(t), style, ''));
	const promises = review.actionSteps.filter((t) => t.owner === 'coach' && open(t)).map((t) => carriedLine(t, idFor(t), style, hasPromiseSlot ? '' : marker));
	// Only these names are filled in: a lookup in a plain object would also find `{{constructor}}` and its source.
	const values = new Map<string, string>(Object.entries({
		client: review.client,
		date: options.today,
		day: formatDay(options.today),
		session: String(number),
		open_steps: (hasPromiseSlot ? steps : [...steps, ...promises]).join('\n'),
		open_promises: promises.join('\n'),
	}));
	const text = options.template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values.get(key) ?? whole);
	return { text, number, carried: steps.length + promises.length };
}

/** `Clients/Susan Lee/2026-11-22.md`, or the first free `… (2).md`: an existing note is never overwritten. */
export function newSessionPath(settings: CoachingSettings, client: string, today: string, exists: (path: string) => boolean): string {
	const folder = [settings.clientFolder.replace(/^\/+|\/+$/g, ''), client.replace(/[\\/:*?"<>|#^[\]]/g, ' ').trim()].filter(Boolean).join('/');
	for (let n = 1; ; n++) {
		const path = `${folder}/${today}${n === 1 ? '' : ` (${n})`}.md`;
		if (!exists(path)) return path;
	}
}
