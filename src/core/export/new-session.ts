import { formatDay } from '../review/format';
import type { ClientReview, ReviewThread } from '../review/review';
import type { CoachingSettings } from '../settings';
import { formatStepLine, type StepIdStyle } from '../step-line';
import { clientFileName, safeFolder } from './file-names';
import { inertMarkdown } from '../markdown/inert-markdown';
import { fillFrontmatter, splitFrontmatter } from './yaml-frontmatter';

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
	/** Set when the template's frontmatter is not YAML and the built-in one was used: say so to the coach. */
	notice: string | null;
}

/**
 * The template filled in: its frontmatter through the YAML serializer (a client name can never add a property), its
 * body with the client's name written inert. `markdown` holds the body's values already written as Markdown.
 */
function fillTemplate(template: string, values: Record<string, string | number>, markdown: Record<string, string>): { text: string; notice: string | null } {
	const { yaml, body } = splitFrontmatter(template);
	let notice: string | null = null;
	let head = '';
	if (yaml !== null) {
		const filled = fillFrontmatter(yaml, values);
		if (filled === null) {
			notice = "The template's frontmatter is not valid YAML; the built-in frontmatter was used.";
			head = fillFrontmatter(splitFrontmatter(DEFAULT_SESSION_TEMPLATE).yaml ?? '', values) ?? '';
		} else head = filled;
	}
	// Only the template's own variables are filled: a plain object would also find `{{constructor}}` and its source.
	const filledBody = body.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(markdown, key) ? (markdown[key] ?? whole) : whole));
	return { text: head === '' ? filledBody : `${head}\n${filledBody}`, notice };
}

function carriedLine(thread: ReviewThread, id: string | null, style: StepIdStyle, marker: string): string {
	return formatStepLine({ status: thread.status === 'in-progress' ? 'in-progress' : 'open', text: inertMarkdown(thread.text), marker, due: thread.due, id, style });
}

/**
 * A new session note for a client: the template with the client, today's date and the next session number,
 * and the open steps and the coach's open promises carried forward with their ids, so their threads go on.
 */
export function buildNewSessionNote(review: ClientReview, options: NewSessionOptions): NewSessionNote {
	const numbers = review.sessions.map((s) => s.number).filter((n): n is number => n !== null);
	const number = (numbers.length > 0 ? Math.max(...numbers) : review.sessionCount) + 1;
	const style: StepIdStyle = options.settings.carryForwardIdStyle === 'dataview' || options.settings.carryForwardIdStyle === 'none' ? options.settings.carryForwardIdStyle : 'tasks';
	const open = (t: ReviewThread) => t.status === 'open' || t.status === 'in-progress';
	let made = 0;
	const idFor = (thread: ReviewThread) => thread.id ?? (style === 'none' ? null : options.makeId(made++));
	const hasPromiseSlot = options.template.includes('{{open_promises}}');
	const marker = options.settings.coachOwnerMarkers[0] ?? '@coach';
	const steps = review.actionSteps.filter((t) => t.owner === 'client' && open(t)).map((t) => carriedLine(t, idFor(t), style, ''));
	const promises = review.actionSteps.filter((t) => t.owner === 'coach' && open(t)).map((t) => carriedLine(t, idFor(t), style, hasPromiseSlot ? '' : marker));
	const values: Record<string, string | number> = { client: review.client, date: options.today, day: formatDay(options.today), session: number };
	const markdown: Record<string, string> = {
		client: inertMarkdown(review.client),
		date: options.today,
		day: formatDay(options.today),
		session: String(number),
		open_steps: (hasPromiseSlot ? steps : [...steps, ...promises]).join('\n'),
		open_promises: promises.join('\n'),
	};
	const { text, notice } = fillTemplate(options.template, values, markdown);
	return { text, number, carried: steps.length + promises.length, notice };
}

export type NewSessionPlace = { ok: true; path: string; notice: string | null } | { ok: false; reason: string };

/**
 * `Clients/Susan Lee/2026-11-22.md`, or the first free `… (2).md`: an existing note is never overwritten. The client's
 * folder is theirs alone (`clientFileName`); a client folder setting that climbs out or is hidden is refused.
 */
export function newSessionPath(settings: CoachingSettings, client: string, today: string, exists: (path: string) => boolean): NewSessionPlace {
	const root = safeFolder(settings.clientFolder, 'client folder');
	if (!root.ok) return root;
	const name = clientFileName(client);
	const folder = [root.folder, name.name].filter(Boolean).join('/');
	for (let n = 1; ; n++) {
		const path = `${folder}/${today}${n === 1 ? '' : ` (${n})`}.md`;
		if (!exists(path)) return { ok: true, path, notice: name.notice };
	}
}
