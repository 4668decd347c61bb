import { describe, expect, it } from 'vitest';
import { progressPattern, reviewWords } from '../../../src/core/review/progress';
import type { SessionReading } from '../../../src/core/session/types';
import { type CoachingSettings, defaultSettings } from '../../../src/core/settings';
import { read, session, texts } from '../../helpers';

// One positive test and one near miss for every row of PRODUCT.md's "How notes are read" table.

describe('session notes', () => {
	it('names the client from client:, coachee:, a wiki-link or a list', () => {
		expect(read(session('', 'client: Susan Lee'), 'notes/a.md').clients).toEqual(['Susan Lee']);
		expect(read(session('', 'coachee: "[[Clients/Susan Lee|Sue]]"'), 'notes/a.md').clients).toEqual(['Susan Lee']);
		expect(read(session('', 'client:\n  - "[[Ana]]"\n  - Ben'), 'notes/a.md').clients).toEqual(['Ana', 'Ben']);
		expect(read(session('', 'client: [[Ana]]'), 'notes/a.md').clients).toEqual(['Ana']);
		expect(read(session('text', 'date: 2026-10-14'), 'Clients/Ana/2026-10-14.md')).toMatchObject({ role: 'session', clients: ['Ana'] });
	});

	it('takes the name from a link to the note, with its folder, heading, alias and .md left out', () => {
		const names = ['[[Clients/Susan Lee.md#Goals|Sue]]', '[[Susan Lee#^block]]', '[[a/b/Susan Lee.MD]]', '[[ Susan Lee ]]', 'Clients/Susan Lee'];
		expect(names.map((client) => read(session('', `client: "${client}"`), 'notes/a.md').clients)).toEqual([
			['Susan Lee'],
			['Susan Lee'],
			['Susan Lee'],
			['Susan Lee'],
			['Clients/Susan Lee'],
		]);
	});

	it('takes the client from the first folder under the clients folder, and only from there', () => {
		const client = (path: string) => read('text', path).clients;
		expect([client('Clients/Susan Lee/2026-10-14.md'), client('Clients/Susan Lee/2026/10-14.md'), client('Clients//x.md'), client('ClientsX/Susan/x.md'), client('Other/Clients/Susan/x.md')]).toEqual([
			['Susan Lee'],
			['Susan Lee'],
			[],
			[],
			[],
		]);
	});

	it('near miss: a daily note full of checkboxes, or an unknown key, is no session', () => {
		const daily = read('---\ndate: 2026-10-14\n---\n- [ ] buy milk\n- [ ] call mum', 'Daily/2026-10-14.md');
		expect(daily.role).toBe('none');
		expect(read(session('', 'clients_met: Susan'), 'notes/a.md').role).toBe('none');
		const empty = read(session('', 'client:'), 'notes/a.md');
		expect(empty.role).toBe('none');
		expect(empty.warnings.map((w) => [w.line, w.message])).toEqual([[2, 'The "client" field names no client.']]);
	});
});

describe('client profiles', () => {
	it('is the note named after the client, or type: client, with aliases and goals', () => {
		expect(read('# Susan', 'Clients/Susan Lee.md')).toMatchObject({ role: 'profile', clients: ['Susan Lee'] });
		expect(read('# Susan', 'Clients/Susan Lee/Susan Lee.md')).toMatchObject({ role: 'profile', clients: ['Susan Lee'] });
		const typed = read('---\ntype: client\naliases: [Sue, S. Lee]\ngoals:\n  - Launch the course\n---\n## Goals\n- Feel calmer about money', 'People/Susan Lee.md');
		expect(typed).toMatchObject({ role: 'profile', clients: ['Susan Lee'], aliases: ['Sue', 'S. Lee'] });
		expect(texts(typed.goals)).toEqual(['Feel calmer about money', 'Launch the course']);
		expect(typed.clientWords).toEqual([]);
	});

	it('near miss: another note in a client folder is a session, not a profile', () => {
		expect(read('text', 'Clients/Susan Lee/Intake.md').role).toBe('session');
		expect(read('text', 'Clients/Susan Lee/Susan Leeds.md').role).toBe('session');
		expect(read('text', 'Clients/Susan Lee/x/Susan Lee.md').role).toBe('session');
		expect(read('text', 'ClientsArchive/Susan Lee.md').role).toBe('none');
		expect(read('text', 'Clients/Susan Lee.MD')).toMatchObject({ role: 'profile', clients: ['Susan Lee'] });
		expect(read('---\ntype: session\n---\n', 'People/Susan Lee.md').role).toBe('none');
	});
});

describe('dates', () => {
	it('reads the frontmatter date, else a date in the file name', () => {
		expect(read(session('', 'client: A\ndate: 2026-10-14'), 'x/2026-01-01.md')).toMatchObject({ date: '2026-10-14', dateSource: 'frontmatter' });
		expect(read(session('', 'client: A'), 'x/2026-10-14 Susan.md')).toMatchObject({ date: '2026-10-14', dateSource: 'file name' });
	});

	it('near miss: an impossible date is no date, and a session without one is warned about', () => {
		const bad = read(session('', 'client: A\ndate: 2026-02-30'), 'x/note.md');
		expect(bad.date).toBeNull();
		expect(bad.warnings.map((w) => w.line)).toEqual([3, 1]);
		expect(bad.warnings[1]?.message).toMatch(/has no date/);
		expect(read(session('', 'client: A'), 'x/2026-13-01.md').date).toBeNull();
	});
});

describe('session number and ratings', () => {
	it('reads session, client_rating and coach_rating', () => {
		expect(read(session('', 'client: A\ndate: 2026-10-14\nsession: 7\nclient_rating: 8\ncoach_rating: "4"'))).toMatchObject({
			number: 7,
			ratings: { client: 8, coach: 4 },
		});
	});

	it('near miss: a rating outside 0 to 10 or a word is left out with a warning', () => {
		const reading = read(session('', 'client: A\ndate: 2026-10-14\nsession: first\nclient_rating: 11'));
		expect(reading).toMatchObject({ number: null, ratings: { client: null, coach: null } });
		expect(reading.warnings.map((w) => w.line)).toEqual([5, 4]);
	});
});

describe("the client's words", () => {
	it('comes from the client-words headings, whatever their level, case, emoji or punctuation', () => {
		const reading = read(session('## 💬 IN HER WORDS:\nI said it.\n### Client reflections\nAnother.\n# In *their* words\nThird.'));
		expect(reading.clientWords.map((w) => [w.text, w.rule])).toEqual([
			['I said it.', "the heading '💬 IN HER WORDS:'"],
			['Another.', "the heading 'Client reflections'"],
			['Third.', "the heading 'In *their* words'"],
		]);
	});

	it('comes from blockquotes and quote callouts outside the coach sections', () => {
		const reading = read(session('Intro.\n\n> I want this.\n\n> [!quote] On money\n> Money is fine.\n\n## Coach notes\n> A quote I noted down.'));
		expect(reading.clientWords.map((w) => [w.text, w.rule])).toEqual([
			['I want this.', 'a blockquote'],
			['Money is fine.', 'a > [!quote] callout'],
		]);
		expect(texts(reading.coachNotes)).toEqual(['Intro.', 'A quote I noted down.']);
	});

	it('comes from lines starting Client: and from client::, quote:: and win:: fields', () => {
		const reading = read(session('Client: I am ready.\n\n**Client:** Bold too.\n\nquote:: Less is more.\n\nShe said [client:: yes, now].'));
		expect(reading.clientWords.map((w) => [w.text, w.rule])).toEqual([
			['I am ready.', "a line starting 'Client:'"],
			['Bold too.', "a line starting 'Client:'"],
			['Less is more.', 'the field quote::'],
			['yes, now', 'the field client::'],
		]);
	});

	it("near miss: Client: in the middle of a sentence, and a quote under Coach notes, stay the coach's", () => {
		const reading = read(session('We spoke. Client: was quiet.\n\n## Coach notes\n\n> She quoted Brené Brown.\n\nThe client said little.'));
		expect(reading.clientWords).toEqual([]);
		expect(texts(reading.coachNotes)).toEqual(['We spoke. Client: was quiet.', 'She quoted Brené Brown.', 'The client said little.']);
	});

	it('keeps the words as written: a paragraph joined into one quote, links as their text, block ids and comments out', () => {
		const reading = read(session("## In her words\n  I  finally [[Launch|launched]]  %%hm%% it. ^q1\nOn my own.\n\n> It's a first <!-- note --> for me.\n> Really."));
		expect(reading.clientWords.map((w) => [w.text, w.line])).toEqual([
			['I  finally launched   it. On my own.', 6],
			["It's a first  for me. Really.", 9],
		]);
	});

	it('near miss: a heading that only contains the words is not a client-words heading', () => {
		expect(read(session('## Notes on her words\nMine.')).clientWords).toEqual([]);
	});
});

describe('progress statements', () => {
	/** The client's words as a review sees them. */
	const reviewed = (reading: SessionReading, settings: CoachingSettings = defaultSettings()) => reviewWords(reading.clientWords, progressPattern(settings));

	it('marks a Wins section, a win:: field and sentences of change, with their reasons', () => {
		const reading = read(session("## Wins\n- Sold three seats\n\n## In her words\nI finally sent the newsletter.\n\nI’m making progress.\n\nwin:: First paid client"));
		expect(reviewed(reading).map((w) => [w.text, w.progress, w.progressReason])).toEqual([
			['Sold three seats', true, "under the heading 'Wins'"],
			['I finally sent the newsletter.', true, 'reports a step taken'],
			['I’m making progress.', true, 'reports a change for the better'],
			['First paid client', true, 'the field win::'],
		]);
		// The reader says what where the words stand makes progress; the detector reads the words when they are reviewed.
		expect(reading.clientWords.map((w) => w.winRule)).toEqual(["under the heading 'Wins'", null, null, 'the field win::']);
	});

	it('finds a phrase across the line break of a merged paragraph, reported with one space', () => {
		const settings = { ...defaultSettings(), progressPhrases: ['I finally'], detectProgress: false };
		const reading = read(session('## In her words\nI\nfinally did it.'), undefined, settings);
		expect(reviewed(reading, settings).map((w) => [w.text, w.progressReason])).toEqual([['I finally did it.', "says 'I finally'"]]);
	});

	it("near miss: 'I'm exhausted', 'overworked' and a coach's sentence with 'finally' are not progress", () => {
		const reading = read(session("## In her words\nI'm exhausted.\n\nI feel overworked.\n\n## Coach notes\nShe finally seems proud."));
		expect(reviewed(reading).map((w) => w.progress)).toEqual([false, false]);
		expect(texts(reading.coachNotes)).toEqual(['She finally seems proud.']);
	});

	it('uses the phrases from the settings beside the detector, and only them (and wins) with detection off', () => {
		const settings = { ...defaultSettings(), progressPhrases: ['Big Week'] };
		const reading = read(session('## In her words\nA big week.\n\nI finally did it.\n\nNothing has worked.'), undefined, settings);
		expect(reviewed(reading, settings).map((w) => [w.progress, w.progressReason])).toEqual([
			[true, "says 'big week'"],
			[true, 'reports a step taken'],
			[false, null],
		]);
		const off = { ...settings, detectProgress: false };
		expect(reviewed(reading, off).map((w) => w.progress)).toEqual([true, false, false]);
	});
});

describe("the coach's notes", () => {
	it('comes from coach headings, [!coach] callouts, Coach: and Me: lines, and all other prose', () => {
		const reading = read(session("Opening.\n\n## Observations\nShe hesitated.\n\n## In her words\nCoach: What next?\n\nMe: Try it.\n\n> [!coach] Private\n> Watch energy."));
		expect(reading.coachNotes.map((n) => [n.text, n.rule])).toEqual([
			['Opening.', "other prose, the coach's notes by default"],
			['She hesitated.', "the heading 'Observations'"],
			['What next?', "a line starting 'Coach:'"],
			['Try it.', "a line starting 'Me:'"],
			['Watch energy.', 'a > [!coach] callout'],
		]);
		expect(reading.clientWords).toEqual([]);
	});

	it('near miss: "Meeting:" is not a Me: line and "Coaching:" is not a Coach: line', () => {
		const reading = read(session('## In her words\nMeeting: went well.\n\nCoaching: helps.'));
		expect(texts(reading.clientWords)).toEqual(['Meeting: went well.', 'Coaching: helps.']);
	});
});

describe("the client's steps", () => {
	it('are checkboxes anywhere, and plain items under the step headings', () => {
		const reading = read(session('- [ ] Call the bank\n\n## Homework\n- Write the bio\n\n## Next steps\n1. Book the venue\n\n> - [ ] Quoted step'));
		expect(reading.actionSteps.map((s) => [s.text, s.owner, s.status, s.line])).toEqual([
			['Call the bank', 'client', 'open', 5],
			['Write the bio', 'client', 'open', 8],
			['Book the venue', 'client', 'open', 11],
			['Quoted step', 'client', 'open', 13],
		]);
	});

	it('near miss: plain items elsewhere, and checkboxes in code or comments, are no steps', () => {
		const reading = read(session('## Topics\n- pricing\n\n```\n- [ ] code\n```\n\n%%\n- [ ] comment\n%%\n\n<!--\n- [ ] html\n-->\n\n- [ ] real %% - [ ] inline %%'));
		expect(texts(reading.actionSteps)).toEqual(['real']);
	});
});

describe("the coach's promises", () => {
	it('are checkboxes marked @coach, @me, #coach or [owner:: coach], or under the promise headings', () => {
		const reading = read(session('- [ ] Send worksheet @coach\n- [ ] Intro to Jo @me\n- [ ] Book room #coach\n- [ ] Find article [owner:: coach]\n\n## Follow-up for me\n- Email the recording'));
		expect(reading.actionSteps.map((s) => [s.text, s.owner])).toEqual([
			['Send worksheet', 'coach'],
			['Intro to Jo', 'coach'],
			['Book room', 'coach'],
			['Find article', 'coach'],
			['Email the recording', 'coach'],
		]);
		expect(reading.actionSteps[0]?.rule).toBe("a checkbox; the coach's own, from the marker @coach");
	});

	it('finds markers of your own in any case, closes up the space they leave and keeps the rest as written', () => {
		const settings = { ...defaultSettings(), coachOwnerMarkers: ['mine!', '@Coach'] };
		const reading = read(session('- [ ] Book the hall MINE! today\n- [ ] Send notes @COACH\n- [ ] Call  Jo\tback'), undefined, settings);
		expect(reading.actionSteps.map((s) => [s.text, s.owner])).toEqual([
			['Book the hall today', 'coach'],
			['Send notes', 'coach'],
			['Call  Jo\tback', 'client'],
		]);
	});

	it('closes up the space a taken-out signifier, field or marker leaves, wherever it stood', () => {
		const reading = read(session('- [ ] Book @coach the room\n- [ ] call📅 2026-01-01now\n- [ ] a [id:: x1] b\n- [ ] ✅ 2026-01-01 📅 2026-02-02 Both first\n- [ ] x (due:: 2026-01-01)y'));
		expect(reading.actionSteps.map((s) => s.text)).toEqual(['Book the room', 'call now', 'a b', 'Both first', 'x y']);
	});

	it('near miss: @coach inside a word, #coaching or an email address are no owner markers', () => {
		const reading = read(session('- [ ] Ask jo@coach.com\n- [ ] Read about #coaching\n- [ ] Check x@coach\n- [ ] Client owns it [owner:: client]\n- [ ] See café@coach or 𝐀@coach'));
		expect(reading.actionSteps.map((s) => [s.text, s.owner])).toEqual([
			['Ask jo@coach.com', 'client'],
			['Read about #coaching', 'client'],
			['Check x@coach', 'client'],
			['Client owns it', 'client'],
			['See café@coach or 𝐀@coach', 'client'],
		]);
	});

	it('takes out a marker that follows another one directly, when nothing joins them', () => {
		const settings = { ...defaultSettings(), coachOwnerMarkers: ['mine!', '@coach'] };
		const reading = read(session('- [ ] Book the hall mine!@coach today\n- [ ] Ask @coach then #coach@coach'), undefined, settings);
		expect(reading.actionSteps.map((s) => [s.text, s.owner, s.rule])).toEqual([
			['Book the hall today', 'coach', "a checkbox; the coach's own, from the marker mine!"],
			['Ask then #coach@coach', 'coach', "a checkbox; the coach's own, from the marker @coach"],
		]);
	});
});

describe('step status, dates and ids', () => {
	it('reads each status character, Tasks dates and Dataview due dates', () => {
		const reading = read(session('- [ ] a 📅 2026-11-01\n- [x] b ✅ 2026-10-13\n- [-] c\n- [/] d\n- [>] e\n- [ ] f [due:: 2026-12-01]\n- [ ] g ❌ 2026-10-10'));
		expect(reading.actionSteps.map((s) => [s.text, s.status, s.due, s.doneDate, s.carried])).toEqual([
			['a', 'open', '2026-11-01', null, false],
			['b', 'done', null, '2026-10-13', false],
			['c', 'dropped', null, null, false],
			['d', 'in-progress', null, null, false],
			['e', 'open', null, null, true],
			['f', 'open', '2026-12-01', null, false],
			['g', 'dropped', null, null, false],
		]);
	});

	it('near miss: a checkbox character the README does not list makes no step, and a date in the text is not a due date', () => {
		const reading = read(session('- [?] Ask about it\n- [🙂] Smile more\n- [ ] Send by 2026-11-01'));
		expect(reading.actionSteps.map((s) => [s.text, s.status, s.due])).toEqual([['Send by 2026-11-01', 'open', null]]);
		// Not lost: the items are the coach's notes, their box kept as text.
		expect(reading.coachNotes.map((n) => n.text)).toEqual(['[?] Ask about it', '[🙂] Smile more']);
	});

	it('under a steps heading, an item with an unlisted box is a plain step, its box part of its text', () => {
		const reading = read(session('## Action steps\n- [🙂] Smile more'));
		expect(reading.actionSteps.map((s) => [s.text, s.statusChar])).toEqual([['[🙂] Smile more', null]]);
	});

	it('reads explicit ids from 🆔, [id:: …] and ^block-id', () => {
		const reading = read(session('- [ ] a 🆔 x1\n- [ ] b [id:: x2]\n- [ ] c ^x3'));
		expect(reading.actionSteps.map((s) => [s.text, s.id])).toEqual([
			['a', 'x1'],
			['b', 'x2'],
			['c', 'x3'],
		]);
	});

	it('near miss: a caret inside the text is no block id', () => {
		expect(read(session('- [ ] Grow 2^10 followers')).actionSteps[0]).toMatchObject({ text: 'Grow 2^10 followers', id: null });
	});
});

describe('settings', () => {
	it('renames every key, heading and marker', () => {
		const settings = {
			...defaultSettings(),
			clientKeys: ['klient'],
			dateKey: 'datum',
			clientWordsHeadings: ['Ihre Worte'],
			coachOwnerMarkers: ['@ich'],
			clientLinePrefixes: ['K'],
		};
		const reading = read('---\nklient: Ana\ndatum: 2026-10-14\n---\n## Ihre Worte\nJa.\n\nK: Gut.\n\n- [ ] Liste @ich', 'x.md', settings);
		expect(reading).toMatchObject({ role: 'session', clients: ['Ana'], date: '2026-10-14' });
		expect(texts(reading.clientWords)).toEqual(['Ja.', 'Gut.']);
		expect(reading.actionSteps[0]?.owner).toBe('coach');
	});
});
