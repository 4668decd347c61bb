import { describe, expect, it } from 'vitest';
import { normalize, type ReviewJson, scoreStyle, type StyleKey, type StyleOutputs } from './score';

const KEY: StyleKey = {
	style: 'sample',
	coachNames: ['Sam Rivera'],
	clients: [{ name: 'Jo Banks', sessions: ['2026-04-07', '2026-04-21'] }],
	notClients: ['Sam Rivera'],
	unnamedSessionNotes: ['Coaching/2026-05-12.md'],
	steps: [
		{ client: 'Jo Banks', owner: 'client', text: 'Email five art directors', status: 'done', sessions: ['2026-04-07', '2026-04-21'] },
		{ client: 'Jo Banks', owner: 'coach', text: 'pricing worksheet', status: 'open', sessions: ['2026-04-21'] },
	],
	quotes: [{ client: 'Jo Banks', text: "I'm tired of hearing myself say it.", session: 'Jo/2026-04-07.md' }],
	progress: [{ client: 'Jo Banks', text: 'it felt like a real business' }],
	coachNotes: [{ client: 'Jo Banks', text: "What's different this time?" }],
	private: [{ client: 'Jo Banks', text: 'Money worries sit under it' }],
};

function review(): ReviewJson {
	return {
		sessions: [
			{ path: 'Jo/2026-04-07.md', date: '2026-04-07', clientWords: [{ text: 'I’m tired of hearing myself **say it**.' }], coachNotes: [{ text: 'What’s different this time?' }] },
			{ path: 'Jo/2026-04-21.md', date: '2026-04-21', clientWords: [{ text: 'For the first time it felt like a real business.' }], coachNotes: [{ text: 'Money worries sit under it.' }] },
		],
		progress: [{ text: 'For the first time it felt like a real business.' }],
		goals: [],
		actionSteps: [
			{ text: 'Email five art directors', owner: 'client', status: 'done', mentions: [{ date: '2026-04-07', text: 'Email five art directors' }, { date: '2026-04-21', text: 'Email five art directors' }] },
			{ text: 'Send the pricing worksheet', owner: 'coach', status: 'open', mentions: [{ date: '2026-04-21', text: 'Send the pricing worksheet' }] },
		],
	};
}

function outputs(r: ReviewJson = review(), summary = '# Jo Banks\n\nEmail five art directors\n'): StyleOutputs {
	return {
		clients: { clients: [{ name: 'Jo Banks', sessions: 2 }], warnings: [{ path: 'Coaching/2026-05-12.md', line: 1, message: 'looks like a session but names no client' }] },
		reviews: { 'Jo Banks': { listedAs: 'Jo Banks', review: r, summary } },
	};
}

describe('scoreStyle', () => {
	it('passes every check when the output matches the key, ignoring quote style and emphasis', () => {
		const score = scoreStyle(KEY, outputs());
		expect(score.checks.filter((c) => !c.pass)).toEqual([]);
		expect(score.percent).toBe(100);
		expect(score.total).toBe(13);
		expect(score.quotesShownAsCoachNotes).toEqual([]);
		expect(score.coachNotesShownAsQuotes).toEqual([]);
	});

	it('fails every positive check when the client is not found', () => {
		const score = scoreStyle(KEY, { clients: { clients: [], warnings: [] }, reviews: {} });
		const passing = score.checks.filter((c) => c.pass).map((c) => c.kind);
		expect(passing).toEqual(['not-client']);
	});

	it('counts a quote shown as a coach note, and a coach note shown as the client’s words, as mix-ups', () => {
		const r = review();
		const first = r.sessions[0]!;
		r.sessions[0] = { ...first, clientWords: [{ text: "What's different this time?" }], coachNotes: [{ text: "She said: I'm tired of hearing myself say it." }] };
		const score = scoreStyle(KEY, outputs(r));
		expect(score.quotesShownAsCoachNotes).toEqual(["I'm tired of hearing myself say it."]);
		expect(score.coachNotesShownAsQuotes).toEqual(["What's different this time?"]);
		expect(score.checks.find((c) => c.kind === 'quote')?.pass).toBe(false);
		expect(score.checks.find((c) => c.kind === 'coach-note')?.pass).toBe(false);
	});

	it('fails a private text that reaches the client summary or a client step', () => {
		expect(scoreStyle(KEY, outputs(review(), 'Money worries sit under it')).checks.find((c) => c.kind === 'private')?.pass).toBe(false);
		const r = review();
		r.actionSteps.push({ text: 'Money worries sit under it', owner: 'client', status: 'open', mentions: [] });
		expect(scoreStyle(KEY, outputs(r)).checks.find((c) => c.kind === 'private')?.pass).toBe(false);
	});

	it('fails a step with the wrong owner, a wrong status, and a thread split in two', () => {
		const r = review();
		r.actionSteps = [
			{ text: 'Email five art directors', owner: 'client', status: 'open', mentions: [{ date: '2026-04-07', text: 'Email five art directors' }] },
			{ text: 'Email five art directors', owner: 'client', status: 'done', mentions: [{ date: '2026-04-21', text: 'Email five art directors' }] },
			{ text: 'Send the pricing worksheet', owner: 'client', status: 'open', mentions: [{ date: '2026-04-21', text: 'Send the pricing worksheet' }] },
		];
		const failed = scoreStyle(KEY, outputs(r)).checks.filter((c) => !c.pass).map((c) => `${c.kind}: ${c.item}`);
		expect(failed).toEqual(['step-status: Email five art directors', 'step-thread: Email five art directors', 'step: pricing worksheet', 'step-status: pricing worksheet']);
	});

	it('fails a coach listed as a client and an unnamed note left out of the warnings', () => {
		const out = outputs();
		out.clients = { clients: [...out.clients.clients, { name: 'sam rivera', sessions: 4 }], warnings: [] };
		const failed = scoreStyle(KEY, out).checks.filter((c) => !c.pass).map((c) => c.kind);
		expect(failed).toEqual(['not-client', 'unnamed-listed']);
	});

	it('compares text ignoring case, curly quotes, emphasis and spacing', () => {
		expect(normalize('  “I **finally**   did it,” she said ')).toBe('"i finally did it," she said');
	});
});
