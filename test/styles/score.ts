/**
 * Scores the command line's reading of a style vault against its answer key (test/fixtures/styles/README.md).
 * Pure Node: it only reads the JSON the CLI prints (`clients --json`, `review --json`) and the client-facing
 * Markdown (`review --client-facing --markdown`), so any reader behind the CLI can be scored the same way.
 */

export type Owner = 'client' | 'coach';
export type Status = 'open' | 'in-progress' | 'done' | 'dropped';

export interface StyleKey {
	style: string;
	/** The coach's own names and handles, as `detect --coach` would be given the first one. */
	coachNames: string[];
	clients: { name: string; sessions: string[] }[];
	/** Names that must never be listed as clients: the coach, people mentioned, template placeholders. */
	notClients: string[];
	/** Vault-relative paths of notes that look like sessions but name no client: each must be in the warnings. */
	unnamedSessionNotes: string[];
	steps: { client: string; owner: Owner; text: string; status: Status; sessions: string[] }[];
	quotes: { client: string; text: string; session: string }[];
	progress: { client: string; text: string }[];
	coachNotes: { client: string; text: string }[];
	private: { client: string; text: string }[];
}

/** The parts of `clients --json` the scorer reads. */
export interface ClientsJson {
	clients: { name: string; sessions: number }[];
	warnings: { path: string; line: number; message: string }[];
}

interface Item {
	text: string;
}

/** The parts of `review --json` the scorer reads. */
export interface ReviewJson {
	sessions: { path: string; date: string | null; clientWords: Item[]; coachNotes: Item[] }[];
	progress: Item[];
	goals?: unknown[];
	actionSteps: { text: string; owner: string; status: string; mentions: { date: string | null; text: string }[] }[];
}

export interface ClientOutput {
	/** The client's name as the CLI lists it. */
	listedAs: string;
	review: ReviewJson;
	/** The client-facing summary (Markdown), or null when it could not be made. */
	summary: string | null;
}

export interface StyleOutputs {
	clients: ClientsJson;
	/** Keyed by the key's client name; missing when the CLI did not find the client. */
	reviews: Record<string, ClientOutput | undefined>;
}

export type CheckKind =
	| 'client'
	| 'sessions'
	| 'not-client'
	| 'unnamed-listed'
	| 'step'
	| 'step-status'
	| 'step-thread'
	| 'quote'
	| 'progress'
	| 'coach-note'
	| 'private';

export interface Check {
	kind: CheckKind;
	client: string | null;
	item: string;
	pass: boolean;
	/** Why it failed: what was found instead. */
	detail: string;
}

export interface StyleScore {
	style: string;
	checks: Check[];
	passed: number;
	total: number;
	percent: number;
	byKind: Partial<Record<CheckKind, { passed: number; total: number }>>;
	/** Hard condition: key quotes (the client's words) that appear inside the coach's notes. */
	quotesShownAsCoachNotes: string[];
	/** Hard condition: the coach's notes or private text that appear among the client's words or progress. */
	coachNotesShownAsQuotes: string[];
}

/** Case, quote style, emphasis markers, escapes and spacing do not matter when comparing text. */
export function normalize(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019\u201b]/g, "'")
		.replace(/[\u201c\u201d\u201e]/g, '"')
		.replace(/\\/g, '')
		.replace(/\*\*|__|~~|==/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Client names match ignoring case, accents and spacing. */
export function sameName(a: string, b: string): boolean {
	const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
	return fold(a) === fold(b);
}

const holds = (haystack: string, needle: string) => normalize(haystack).includes(normalize(needle));

function check(kind: CheckKind, client: string | null, item: string, pass: boolean, detail = ''): Check {
	return { kind, client, item, pass, detail: pass ? '' : detail };
}

function clientTexts(review: ReviewJson): string[] {
	const goals = (review.goals ?? []).map((g) => (typeof g === 'string' ? g : typeof g === 'object' && g !== null && 'text' in g ? String(g.text) : ''));
	return [...review.sessions.flatMap((s) => s.clientWords.map((w) => w.text)), ...review.progress.map((p) => p.text), ...goals];
}

function coachTexts(review: ReviewJson): string[] {
	return review.sessions.flatMap((s) => s.coachNotes.map((n) => n.text));
}

function stepTexts(step: ReviewJson['actionSteps'][number]): string[] {
	return [step.text, ...step.mentions.map((m) => m.text)];
}

function clientChecks(key: StyleKey, outputs: StyleOutputs): Check[] {
	const checks: Check[] = [];
	for (const c of key.clients) {
		const out = outputs.reviews[c.name];
		const listed = outputs.clients.clients.find((l) => sameName(l.name, c.name));
		checks.push(check('client', c.name, c.name, listed !== undefined && out !== undefined, 'not listed as a client'));
		const dates = (out?.review.sessions ?? []).map((s) => s.date ?? '?').sort();
		const want = [...c.sessions].sort();
		checks.push(check('sessions', c.name, `${want.length} sessions`, dates.join(',') === want.join(','), `found [${dates.join(', ')}]`));
	}
	for (const name of key.notClients) {
		const listed = outputs.clients.clients.find((l) => sameName(l.name, name));
		checks.push(check('not-client', null, name, listed === undefined, `listed as a client with ${listed?.sessions ?? 0} sessions`));
	}
	for (const path of key.unnamedSessionNotes) {
		const file = path.split('/').pop() ?? path;
		const warned = outputs.clients.warnings.some((w) => w.path === path || w.message.includes(path) || w.message.includes(file));
		checks.push(check('unnamed-listed', null, path, warned, 'not in the warnings'));
	}
	return checks;
}

function stepChecks(key: StyleKey, outputs: StyleOutputs): Check[] {
	const checks: Check[] = [];
	for (const s of key.steps) {
		const review = outputs.reviews[s.client]?.review;
		const candidates = (review?.actionSteps ?? []).filter((a) => stepTexts(a).some((t) => holds(t, s.text)));
		const owned = candidates.filter((a) => a.owner === s.owner);
		const covered = (a: (typeof candidates)[number]) => s.sessions.filter((d) => a.mentions.some((m) => m.date === d)).length;
		const best = owned.sort((a, b) => covered(b) - covered(a))[0];
		const found = candidates.length === 0 ? 'no step holds this text' : `found with owner ${candidates.map((a) => a.owner).join('/')}`;
		checks.push(check('step', s.client, s.text, best !== undefined, found));
		checks.push(check('step-status', s.client, s.text, best?.status === s.status, best ? `status ${best.status}, want ${s.status}` : found));
		if (s.sessions.length > 1) {
			const dates = best ? [...new Set(best.mentions.map((m) => m.date))].join(', ') : '';
			checks.push(check('step-thread', s.client, s.text, best !== undefined && covered(best) === s.sessions.length, best ? `thread holds [${dates}], want [${s.sessions.join(', ')}]` : found));
		}
	}
	return checks;
}

function wordChecks(key: StyleKey, outputs: StyleOutputs): Check[] {
	const checks: Check[] = [];
	for (const q of key.quotes) {
		const session = outputs.reviews[q.client]?.review.sessions.find((s) => s.path === q.session);
		const pass = session?.clientWords.some((w) => holds(w.text, q.text)) ?? false;
		checks.push(check('quote', q.client, q.text, pass, session ? 'not among the client words of its session' : 'session not found'));
	}
	for (const p of key.progress) {
		const review = outputs.reviews[p.client]?.review;
		checks.push(check('progress', p.client, p.text, review?.progress.some((x) => holds(x.text, p.text)) ?? false, 'not in progress'));
	}
	for (const n of key.coachNotes) {
		const review = outputs.reviews[n.client]?.review;
		const asClient = review ? clientTexts(review).find((t) => holds(t, n.text)) : undefined;
		checks.push(check('coach-note', n.client, n.text, review !== undefined && asClient === undefined, review ? `shown as client words: ${asClient}` : 'client not found'));
	}
	for (const p of key.private) {
		const out = outputs.reviews[p.client];
		const clientSteps = (out?.review.actionSteps ?? []).filter((a) => a.owner === 'client').flatMap(stepTexts);
		const leak = out ? [...clientTexts(out.review), ...clientSteps].find((t) => holds(t, p.text)) : undefined;
		const inSummary = out?.summary != null && holds(out.summary, p.text);
		const detail = !out ? 'client not found' : leak !== undefined ? `shown as the client's: ${leak}` : 'in the client-facing summary';
		checks.push(check('private', p.client, p.text, out !== undefined && leak === undefined && !inSummary, detail));
	}
	return checks;
}

function mixUps(key: StyleKey, outputs: StyleOutputs): Pick<StyleScore, 'quotesShownAsCoachNotes' | 'coachNotesShownAsQuotes'> {
	const quotesShownAsCoachNotes = key.quotes
		.filter((q) => {
			const review = outputs.reviews[q.client]?.review;
			return review !== undefined && coachTexts(review).some((t) => holds(t, q.text));
		})
		.map((q) => q.text);
	const coachNotesShownAsQuotes = [...key.coachNotes, ...key.private]
		.filter((n) => {
			const review = outputs.reviews[n.client]?.review;
			return review !== undefined && clientTexts(review).some((t) => holds(t, n.text));
		})
		.map((n) => n.text);
	return { quotesShownAsCoachNotes, coachNotesShownAsQuotes };
}

export function scoreStyle(key: StyleKey, outputs: StyleOutputs): StyleScore {
	const checks = [...clientChecks(key, outputs), ...stepChecks(key, outputs), ...wordChecks(key, outputs)];
	const byKind: StyleScore['byKind'] = {};
	for (const c of checks) {
		const k = (byKind[c.kind] ??= { passed: 0, total: 0 });
		k.total++;
		if (c.pass) k.passed++;
	}
	const passed = checks.filter((c) => c.pass).length;
	const percent = checks.length === 0 ? 0 : Math.round((1000 * passed) / checks.length) / 10;
	return { style: key.style, checks, passed, total: checks.length, percent, byKind, ...mixUps(key, outputs) };
}

/** Runs the command line with the given arguments: in-process in tests, or `node bin/coaching-review.mjs`. */
export type RunCli = (argv: string[]) => Promise<{ status: number; out: string; err: string }>;

/** A fixed day, so "open for N days" never depends on the clock. */
export const SCORING_TODAY = '2026-12-31';

/** Asks the CLI for everything the key needs: the client list, then each key client's review and summary. */
export async function collectOutputs(vault: string, key: StyleKey, cli: RunCli, config?: string): Promise<StyleOutputs> {
	const withConfig = (argv: string[]) => (config ? [...argv, '--config', config] : argv);
	const listed = await cli(withConfig(['clients', vault, '--json']));
	if (listed.status !== 0) throw new Error(`clients --json failed (${listed.status}): ${listed.err}`);
	const clients = JSON.parse(listed.out) as ClientsJson;
	const reviews: StyleOutputs['reviews'] = {};
	for (const c of key.clients) {
		const match = clients.clients.find((l) => sameName(l.name, c.name));
		if (!match) continue;
		const base = ['review', vault, '--client', match.name, '--today', SCORING_TODAY];
		const json = await cli(withConfig([...base, '--json']));
		if (json.status !== 0) continue;
		const summary = await cli(withConfig([...base, '--client-facing', '--markdown']));
		reviews[c.name] = { listedAs: match.name, review: JSON.parse(json.out) as ReviewJson, summary: summary.status === 0 ? summary.out : null };
	}
	return { clients, reviews };
}

/** One line per style: overall percentage, then each kind of check. */
export function scoreTable(scores: StyleScore[]): string {
	const kinds: CheckKind[] = ['client', 'sessions', 'not-client', 'unnamed-listed', 'step', 'step-status', 'step-thread', 'quote', 'progress', 'coach-note', 'private'];
	const head = ['style', 'score', ...kinds, 'quote→coach', 'coach→quote'];
	const rows = scores.map((s) => [
		s.style,
		`${s.percent}% (${s.passed}/${s.total})`,
		...kinds.map((k) => (s.byKind[k] ? `${s.byKind[k].passed}/${s.byKind[k].total}` : '-')),
		String(s.quotesShownAsCoachNotes.length),
		String(s.coachNotesShownAsQuotes.length),
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	return [head, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}
