import { describe, expect, it } from 'vitest';
import { findClient, groupClients } from '../../../src/core/review/clients';
import { renderClientSummary } from '../../../src/core/summary/render-client-summary';
import { buildReview } from '../../../src/core/review/review';
import { compileRules } from '../../../src/core/session/rules';
import { Scopes } from '../../../src/core/session/scope';
import type { SessionReading } from '../../../src/core/session/types';
import { defaultSettings } from '../../../src/core/settings';
import { clientSummary } from '../../../src/core/summary/client-summary';
import { readMarkdown } from '../../../src/core/markdown/document';
import { read, session, texts } from '../../helpers';

/** What the client may be sent of one note: the client summary's Markdown. */
function summaryOf(note: string): string {
	const match = findClient(groupClients([read(note)]), 'Susan Lee');
	if (match.kind !== 'found') throw new Error('no Susan Lee');
	return renderClientSummary(clientSummary(buildReview(match.client, { today: '2026-11-01', settings: defaultSettings() })));
}

/** Nothing of `secret` is the client's in the reading or the summary, and it is kept with the coach's notes. */
function expectPrivate(reading: SessionReading, note: string, secret: string): void {
	const clientSide = [...texts(reading.clientWords), ...texts(reading.goals), ...texts(reading.actionSteps)];
	expect(clientSide.filter((t) => t.includes(secret))).toEqual([]);
	expect(texts(reading.coachNotes).some((t) => t.includes(secret))).toBe(true);
	expect(summaryOf(note)).not.toContain(secret);
}

describe('a coach’s or private scope dominates everything inside it (issue 14, item 1)', () => {
	it('keeps a checkbox under Private notes the coach’s own to-do, never a client step or a promise', () => {
		const note = session('## Private notes\n- [ ] Ask my supervisor about a referral\n- [x] Re-read the contract @coach\n\n## Action steps\n- [ ] Book the venue');
		const reading = read(note);
		expect(texts(reading.actionSteps)).toEqual(['Book the venue']);
		expectPrivate(reading, note, 'supervisor');
		expectPrivate(reading, note, 'Re-read the contract');
		const toDo = reading.coachNotes.find((n) => n.text.includes('supervisor'));
		expect(toDo?.rule).toBe("a checkbox [ ] inside the heading 'Private notes': the coach's own to-do, never a client's step");
	});

	it('keeps a checkbox in a coach callout, and a plain item under a steps heading inside a private scope, the coach’s', () => {
		const note = session('## Session\n> [!coach] My thoughts\n> - [ ] Draft the referral letter\n\n## Private\n### Action steps\n- Call the supervisor line');
		const reading = read(note);
		expect(reading.actionSteps).toEqual([]);
		expectPrivate(reading, note, 'referral letter');
		expectPrivate(reading, note, 'supervisor line');
	});

	it('lets no nested Goals or Wins heading under Private notes or Observations make its content the client’s', () => {
		for (const outer of ['## Private notes', '## Observations', '## Coach notes:', '## 🔒 Private notes']) {
			for (const inner of ['### Goals', "### Client's goals", '#### Wins', '### In her words']) {
				const note = session(`${outer}\n${inner}\n- She wants to leave her job\n`);
				const reading = read(note);
				expect(reading.goals, `${outer} / ${inner}`).toEqual([]);
				expectPrivate(reading, note, 'leave her job');
			}
		}
		// The scope closes with its heading level: a sibling Wins heading is the client's again.
		const after = read(session('## Private notes\n### Wins\n- hidden\n## Wins\n- I finally ran 5k'));
		expect(texts(after.clientWords)).toEqual(['I finally ran 5k']);
		expect(after.coachNotes[0]?.rule).toBe("the heading 'Wins' inside the heading 'Private notes', a private scope: the coach's alone");
	});

	it('keeps Client: lines and quote::, win:: and goal:: fields inside Private notes or a coach callout the coach’s', () => {
		const bodies = [
			'## Private notes\nClient: I want to quit',
			'## Private notes\nquote:: I want to quit',
			'## Private notes\nwin:: I want to quit',
			'## Private notes\ngoal:: I want to quit',
			'## My notes\n**Client:** I want to quit',
			'> [!coach]\n> Client: I want to quit',
			'> [!coach]\n> quote:: I want to quit',
			'> [!COACH]- Private\n> win:: I want to quit',
			'> [!coach]\n> goal:: I want to quit',
		];
		for (const body of bodies) {
			const note = session(`## In her words\nShe is fine.\n\n${body}\n`);
			const reading = read(note);
			expectPrivate(reading, note, 'quit');
			expect(reading.goals).toEqual([]);
		}
		expect(read(session('## Private notes\nClient: I want to quit')).coachNotes[0]?.rule).toBe(
			"a line starting 'Client:' inside the heading 'Private notes', a private scope: the coach's alone",
		);
	});

	it('gives a line that continues a Coach: line under In her words the coach, as the paragraph', () => {
		const note = session('## In her words\nCoach: I asked about the budget.\nShe seemed to avoid the question.\n\nI finally sent the invoice.');
		const reading = read(note);
		expect(texts(reading.clientWords)).toEqual(['I finally sent the invoice.']);
		expect(texts(reading.coachNotes)).toEqual(['I asked about the budget. She seemed to avoid the question.']);
		expect(summaryOf(note)).not.toContain('avoid');
		// And a Client: turn under a neutral heading carries its next line with it.
		const turn = read(session('## Session\nClient: I did the thing\nand it felt good.\nMe: Good.\nWe moved on.'));
		expect(texts(turn.clientWords)).toEqual(['I did the thing and it felt good.']);
		expect(texts(turn.coachNotes)).toEqual(['Good. We moved on.']);
	});

	it('keeps a quote callout nested in a coach callout the coach’s, at any depth and after a blank quote line', () => {
		for (const body of [
			'> [!coach]\n> > [!quote]\n> > It was the worst week',
			'> [!coach] Notes\n> Context.\n>\n> > [!quote]\n> > It was the worst week',
			'> [!coach]\n> - item\n>   > [!quote]\n>   > It was the worst week',
			'> [!coach]\n> > [!note]\n> > > [!quote]\n> > > It was the worst week',
			'> [!coach]\n> > It was the worst week',
		]) {
			const note = session(`## Session\n${body}\n`);
			const reading = read(note);
			expectPrivate(reading, note, 'worst week');
		}
		// A quote callout after the coach's callout has ended (a blank line) is the client's again.
		const apart = read(session('## Session\n> [!coach]\n> Mine.\n\n> [!quote]\n> I finally slept well'));
		expect(texts(apart.clientWords)).toEqual(['I finally slept well']);
	});
});

describe('what a coach marks private', () => {
	it('takes any heading whose words say private or confidential, and a private callout, as a private scope', () => {
		for (const body of ["## Coach's private notes\n### Wins\n- I finally left", '### Confidential: referral\nClient: I finally left', '## Session\n> [!private]\n> > [!quote]\n> > I finally left']) {
			const note = session(`${body}\n`);
			expectPrivate(read(note), note, 'finally left');
		}
		expect(read(session("## Coach's private notes\nClient: hi")).coachNotes[0]?.rule).toBe(
			"a line starting 'Client:' inside the heading 'Coach's private notes', private by its words, a private scope: the coach's alone",
		);
	});
});

describe('Scopes', () => {
	const rules = compileRules(defaultSettings());

	it('follows headings: private outranks coach, a shallower heading closes the scope', () => {
		const scopes = new Scopes(readMarkdown(''), rules);
		expect(scopes.kind(-1)).toBe('client');
		scopes.enterHeading(2, rules.headingEntry('Coach notes'));
		expect(scopes.kind(-1)).toBe('coach');
		scopes.enterHeading(3, rules.headingEntry('Private'));
		expect(scopes.at(-1)).toEqual({ kind: 'private', rule: "the heading 'Private'" });
		scopes.enterHeading(3, rules.headingEntry('In her words'));
		expect(scopes.at(-1)).toEqual({ kind: 'coach', rule: "the heading 'Coach notes'" });
		scopes.enterHeading(1, rules.headingEntry('Session'));
		expect(scopes.kind(-1)).toBe('client');
	});

	it('follows callouts and the callouts around them', () => {
		const doc = readMarkdown('> [!quote]\n> a\n\n> [!coach]\n> > [!quote]\n> > b\n\n> > [!quote]\n> > c\n');
		const scopes = new Scopes(doc, rules);
		const calloutOf = (line: number) => doc.table.callout(line);
		expect(scopes.kind(calloutOf(1))).toBe('client');
		expect(scopes.at(calloutOf(5))).toEqual({ kind: 'coach', rule: 'a > [!coach] callout' });
		expect(scopes.kind(calloutOf(8))).toBe('client');
	});
});
