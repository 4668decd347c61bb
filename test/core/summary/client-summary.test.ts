import { describe, expect, expectTypeOf, it } from 'vitest';
import { findClient, groupClients } from '../../../src/core/review/clients';
import { renderClientSummary } from '../../../src/core/summary/render-client-summary';
import { renderMarkdown } from '../../../src/core/review/render-markdown';
import { buildReview, type ClientReview } from '../../../src/core/review/review';
import { defaultSettings } from '../../../src/core/settings';
import { type ClientSummary, clientSummary, type SummaryQuote, type SummarySession, type SummaryStep } from '../../../src/core/summary/client-summary';
import { renderClientSummaryPage } from '../../../src/ui/client-summary';
import { standalonePage } from '../../../src/ui/standalone';
import { toHtml } from '../../../src/ui/to-html';
import { read } from '../../helpers';
import { CLIENT_CONSTRUCTS, type Construct, generateVault, PRIVATE_CONSTRUCTS } from './note-generator';

const SETTINGS = defaultSettings();
const TODAY = '2026-11-22';

function reviewOf(notes: Record<string, string>, reversed: boolean): ClientReview {
	const readings = Object.entries(notes).map(([path, text]) => read(text, path, SETTINGS));
	if (reversed) readings.reverse();
	const match = findClient(groupClients(readings), 'Ann Lee');
	if (match.kind !== 'found') throw new Error('Ann Lee is not one client');
	return buildReview(match.client, { today: TODAY, settings: SETTINGS });
}

/** Every output a client may be sent: the Markdown, the HTML page, and the summary as data. */
function summaryOutputs(review: ClientReview): string[] {
	const summary = clientSummary(review);
	return [
		renderClientSummary(summary),
		toHtml(renderClientSummaryPage(summary), 'vault'),
		standalonePage(review, { vault: 'vault', css: '', clientFacing: true }),
		JSON.stringify(summary),
	];
}

/** Private tokens found in any output, and client tokens missing from any. */
export function summaryProblems(outputs: readonly string[], tokens: ReadonlyMap<string, Construct>): { leaked: string[]; missing: string[] } {
	const leaked: string[] = [];
	const missing: string[] = [];
	for (const [token, construct] of tokens) {
		const found = outputs.map((out) => out.includes(token));
		if (construct.kind === 'private' && found.some(Boolean)) leaked.push(`${construct.name} (${token})`);
		if (construct.kind === 'client' && !found.every(Boolean)) missing.push(`${construct.name} (${token})`);
	}
	return { leaked, missing };
}

const covered = [...CLIENT_CONSTRUCTS, ...PRIVATE_CONSTRUCTS];

describe('the client summary, over generated notes', () => {
	it('holds no private token and every client token, in the Markdown, the HTML and the data', () => {
		for (let seed = 1; seed <= 120; seed++) {
			const vault = generateVault(seed, covered);
			const problems = summaryProblems(summaryOutputs(reviewOf(vault.notes, seed % 2 === 0)), vault.tokens);
			expect(problems, `seed ${seed}:\n${Object.entries(vault.notes).map(([p, t]) => `== ${p}\n${t}`).join('\n')}`).toEqual({ leaked: [], missing: [] });
		}
	});

	it('would fail a summary that drops everything, and one that shows everything', () => {
		const vault = generateVault(7, covered);
		const clientTokens = [...vault.tokens.values()].filter((c) => c.kind === 'client').length;
		expect(summaryProblems([''], vault.tokens).missing).toHaveLength(clientTokens);
		expect(clientTokens).toBeGreaterThanOrEqual(CLIENT_CONSTRUCTS.length);
		// The coach's review holds the private tokens the summary must not.
		expect(summaryProblems([renderMarkdown(reviewOf(vault.notes, false))], vault.tokens).leaked.length).toBeGreaterThan(5);
	});
});

describe('the ClientSummary type', () => {
	it('holds the client’s words, goals, progress, steps, promises and dates, and nothing else', () => {
		expectTypeOf<keyof ClientSummary>().toEqualTypeOf<'client' | 'sessionCount' | 'firstSession' | 'lastSession' | 'goals' | 'progress' | 'steps' | 'promises' | 'sessions'>();
		expectTypeOf<keyof SummaryStep>().toEqualTypeOf<'text' | 'status' | 'firstRaised' | 'due' | 'doneDate'>();
		expectTypeOf<keyof SummaryQuote>().toEqualTypeOf<'text' | 'date'>();
		expectTypeOf<keyof SummarySession>().toEqualTypeOf<'date' | 'words'>();
	});

	it('is built fresh: no path, line, rule, rating or coach note rides along at run time', () => {
		const vault = generateVault(3, covered);
		const summary = clientSummary(reviewOf(vault.notes, false));
		const json = JSON.stringify(summary);
		for (const key of ['path', 'line', 'rule', 'reason', 'coachNotes', 'ratings', 'mentions', 'owner', 'id', 'warnings', 'profilePath']) expect(json).not.toContain(`"${key}"`);
		expect(Object.keys(summary).sort()).toEqual(['client', 'firstSession', 'goals', 'lastSession', 'promises', 'sessionCount', 'sessions', 'steps', 'progress'].sort());
		expect(summary.steps.length + summary.promises.length).toBeGreaterThan(0);
		for (const step of [...summary.steps, ...summary.promises]) expect(Object.keys(step).sort()).toEqual(['doneDate', 'due', 'firstRaised', 'status', 'text']);
	});
});
