import { describe, expect, it } from 'vitest';
import { findClient, groupClients } from '../../../src/core/review/clients';
import { renderClientSummary } from '../../../src/core/summary/render-client-summary';
import { renderMarkdown } from '../../../src/core/review/render-markdown';
import { memberView, MemberViews } from '../../../src/core/review/members';
import { buildReview, type ClientReview } from '../../../src/core/review/review';
import { StepWordsCache } from '../../../src/core/review/step-cache';
import { ThreadCheckpoints } from '../../../src/core/review/threads';
import { defaultSettings } from '../../../src/core/settings';
import { clientSummary } from '../../../src/core/summary/client-summary';
import { timeline } from '../../../src/ui/timeline';
import { textOf, walk } from '../../../src/ui/tree';
import { read, session, texts } from '../../helpers';

const GROUP = 'client: [Ann Lee, Bob Ray]\ndate: 2026-04-10';
const NOTE = session(
	[
		"## In their words",
		'Bob: I finally paid off the card.',
		'**Bob Ray:** My goal is a new flat.',
		'Ann: I managed to rest this week.',
		'We both want calmer mornings.',
		'',
		"## Client's goals",
		'- Bob: run a marathon',
		'- Feel settled',
		'',
		'## Action steps',
		'- [ ] Bob: call the landlord',
		'- [ ] **Bob:** price the van',
		'- [ ] book the dentist (@Bob Ray)',
		'- [ ] Ann Lee: email the school',
		'- [ ] plan the shared budget',
		'',
		'## Coach notes',
		'Coach: both tired.',
	].join('\n'),
	GROUP,
);

function reviewOf(name: string, notes: string[] = [NOTE]): ClientReview {
	const readings = notes.map((text, k) => read(text, `Groups/2026-04-1${k}.md`));
	const match = findClient(groupClients(readings), name);
	if (match.kind !== 'found') throw new Error(`no ${name}`);
	return buildReview(match.client, { today: '2026-05-01', settings: defaultSettings() });
}

describe('a group session’s members (issue 14, item 2)', () => {
	it('gives the words and steps a note attributes to one member to that member, as the reading’s speaker', () => {
		const reading = read(NOTE, 'Groups/2026-04-10.md');
		const speakers = reading.clientWords.map((w) => [w.text, w.speaker]);
		expect(speakers).toEqual([
			['I finally paid off the card.', 'Bob Ray'],
			['My goal is a new flat.', 'Bob Ray'],
			// A turn: the line after Ann's is Ann's too.
			['I managed to rest this week. We both want calmer mornings.', 'Ann Lee'],
			['run a marathon', 'Bob Ray'],
			['Feel settled', undefined],
		]);
		const steps = reading.actionSteps.map((s) => [s.text, s.owner, s.speaker]);
		expect(steps).toEqual([
			['call the landlord', 'client', 'Bob Ray'],
			['price the van', 'client', 'Bob Ray'],
			['book the dentist', 'client', 'Bob Ray'],
			['email the school', 'client', 'Ann Lee'],
			['plan the shared budget', 'client', undefined],
		]);
		expect(reading.actionSteps[2]?.rule).toBe("a checkbox under the heading 'Action steps'; Bob Ray's, from '(@Bob Ray)' in a group session");
		// The coach is never a member.
		expect(texts(reading.coachNotes)).toEqual(['both tired.']);
	});

	it('takes a member from `@Name` or `(@Name)` anywhere in a step, but not from an address glued to a word', () => {
		const note = session(['## Action steps', '- [ ] email the school @Ann Lee', '- [ ] write to ops@Bob.example', '- [ ] price the van @Bob'].join('\n'), GROUP);
		const steps = read(note, 'Groups/2026-04-10.md').actionSteps.map((s) => [s.text, s.speaker]);
		expect(steps).toEqual([
			['email the school', 'Ann Lee'],
			['write to ops@Bob.example', undefined],
			['price the van', 'Bob Ray'],
		]);
	});

	it('never shows another member’s words as the client’s words, progress, goals or steps, nor in the summary', () => {
		const ann = reviewOf('Ann Lee');
		const words = ann.sessions.flatMap((s) => texts(s.clientWords));
		expect(words).toEqual(['I managed to rest this week. We both want calmer mornings.', 'Feel settled']);
		expect(texts(ann.progress)).toEqual(['I managed to rest this week. We both want calmer mornings.']);
		expect(texts(ann.goals)).toEqual(['Feel settled']);
		expect(ann.actionSteps.map((t) => t.text).sort()).toEqual(['email the school', 'plan the shared budget']);
		const summary = renderClientSummary(clientSummary(ann));
		for (const bobs of ['paid off the card', 'new flat', 'marathon', 'landlord', 'van', 'dentist']) expect(summary).not.toContain(bobs);
		expect(summary).toContain('email the school');
		expect(summary).toContain('plan the shared budget');
	});

	it('shows the other members’ words as context marked with who said them, in the review and on the dashboard', () => {
		const ann = reviewOf('Ann Lee');
		expect(ann.sessions[0]?.othersWords?.map((w) => `${w.speaker}: ${w.text}`)).toEqual([
			'Bob Ray: I finally paid off the card.',
			'Bob Ray: My goal is a new flat.',
			'Bob Ray: run a marathon',
		]);
		expect(renderMarkdown(ann)).toContain('**Others in this session**\n\n- Bob Ray: I finally paid off the card. (line 6)');
		const tree = timeline(ann.sessions, ann.client);
		const others = [...walk(tree)].filter((n) => n.cls?.includes('cr-other-words'));
		expect(others.map(textOf)).toEqual(['Bob Ray: I finally paid off the card.', 'Bob Ray: My goal is a new flat.', 'Bob Ray: run a marathon']);
		// They sit apart from the client's own words, never among them.
		const quotes = [...walk(tree)].filter((n) => n.cls?.includes('cr-quote')).map(textOf);
		expect(quotes.some((q) => q.includes('paid off'))).toBe(false);
	});

	it('gives Bob his own words, progress and steps in his review, and Ann’s as context', () => {
		const bob = reviewOf('Bob Ray');
		expect(texts(bob.progress)).toContain('I finally paid off the card.');
		expect(bob.actionSteps.map((t) => t.text).sort()).toEqual(['book the dentist', 'call the landlord', 'plan the shared budget', 'price the van']);
		expect(bob.sessions[0]?.othersWords?.map((w) => w.speaker)).toEqual(['Ann Lee']);
	});

	it('keeps unattributed lines shared, and reads a one-client session as before', () => {
		const shared = reviewOf('Ann Lee', [session('## In their words\nWe both slept better.\n## Action steps\n- [ ] walk together', GROUP)]);
		expect(shared.sessions[0]?.othersWords).toBeUndefined();
		expect(texts(shared.sessions[0]?.clientWords ?? [])).toEqual(['We both slept better.']);
		const single = read(session('## In her words\nBob: said hi.', 'client: Ann Lee\ndate: 2026-04-10'));
		expect(single.clientWords.map((w) => [w.text, w.speaker])).toEqual([['Bob: said hi.', undefined]]);
	});

	it('keeps a member’s line inside a private scope the coach’s', () => {
		const reading = read(session('## Private notes\nBob: I am thinking of leaving.\n- [ ] Bob: call his sister', GROUP), 'Groups/x.md');
		expect(reading.clientWords).toEqual([]);
		expect(reading.actionSteps).toEqual([]);
		expect(texts(reading.coachNotes).join(' ')).toContain('leaving');
	});
});

describe('a group session’s views kept between review builds', () => {
	it('gives each member the view memberView gives, the same object while the reading is, for both members in turn', () => {
		const reading = read(NOTE, 'Groups/2026-04-10.md');
		const views = new MemberViews();
		const ann = views.view(reading, ['ann lee']);
		const bob = views.view(reading, ['bob ray']);
		expect(ann).toEqual(memberView(reading, ['ann lee']));
		expect(bob).toEqual(memberView(reading, ['bob ray']));
		expect(ann.othersWords.map((w) => w.speaker)).toContain('Bob Ray');
		expect(views.view(reading, ['ann lee'])).toBe(ann);
		expect(views.view(reading, ['bob ray'])).toBe(bob);
		// A new reading of the note (it changed): a new view.
		expect(views.view(read(NOTE, 'Groups/2026-04-10.md'), ['ann lee'])).not.toBe(ann);
	});

	it('lets a rebuilt review of a member link only the latest session, as a fresh build would', () => {
		const notes = [NOTE, NOTE.replace('2026-04-10', '2026-04-17'), NOTE.replace('2026-04-10', '2026-04-24').replace('plan the shared budget', 'plan the holiday budget')];
		const readings = notes.map((text, k) => read(text, `Groups/2026-04-1${k}.md`));
		const match = findClient(groupClients(readings), 'Ann');
		if (match.kind !== 'found') throw new Error('no Ann');
		class CountingCache extends StepWordsCache {
			looked = 0;
			override get(step: Parameters<StepWordsCache['get']>[0]) {
				this.looked++;
				return super.get(step);
			}
		}
		const options = { today: '2026-05-01', settings: defaultSettings(), threads: new ThreadCheckpoints(), views: new MemberViews() };
		const first = buildReview(match.client, { ...options, cache: new CountingCache() });
		const cache = new CountingCache();
		const again = buildReview(match.client, { ...options, cache });
		expect(again).toEqual(first);
		expect(again).toEqual(buildReview(match.client, { today: '2026-05-01', settings: defaultSettings() }));
		// Ann's steps in the latest session alone: the shared ones and her own, never Bob's.
		expect(cache.looked).toBe(match.client.sessions[2] ? memberView(match.client.sessions[2], match.client.keys).reading.actionSteps.length : -1);
	});
});
