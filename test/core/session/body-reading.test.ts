import { describe, expect, it } from 'vitest';
import { linkThreads } from '../../../src/core/review/threads';
import { parseNote } from '../../../src/core/session/parse-note';
import { readSession } from '../../../src/core/session/read-session';
import { compileRules } from '../../../src/core/session/rules';
import { defaultSettings } from '../../../src/core/settings';

const settings = { ...defaultSettings(), coachNames: ['Sam Rivera'] };
const rules = compileRules(settings);
const read = (body: string, date = '2026-04-07', path = `S/${date}.md`) => readSession(parseNote(path, `---\nclient: Jo Banks\ndate: ${date}\n---\n${body}`), rules);
const words = (body: string) => read(body).clientWords.map((w) => w.text);
const notes = (body: string) => read(body).coachNotes.map((w) => w.text);

describe('issue 16: sections without headings (item 3)', () => {
	it('a bold label opens a section like a heading of that name', () => {
		const steps = read('**Homework**\n- Walk daily\n\n**Coach reflections**\n- she lit up\n').actionSteps.map((s) => s.text);
		expect(steps).toEqual(['Walk daily']);
	});
	it('a plain label counts only when it names a known section, by its first name', () => {
		expect(read('Homework or between-session practice:\n- Journal nightly\n').actionSteps.map((s) => s.text)).toEqual(['Journal nightly']);
		expect(read('Things we discussed:\n- pricing\n').actionSteps).toEqual([]);
	});
	it("GROW's lettered heading gives its role", () => {
		expect(read('## W — Way forward\n1. Email five art directors\n').actionSteps.map((s) => s.text)).toEqual(['Email five art directors']);
	});
});

describe('issue 16: speakers (item 4)', () => {
	it('client, coach and unknown speakers, with timestamps', () => {
		const body = 'Jo Banks  12:04\nI booked the stand.\n\nSam Rivera  12:05\nWhat changed?\n\n**Them** *(10:02:19)*: I stopped asking friends.\n\n**Me** *(10:02:40)*: Why?\n\nSpeaker 2: I am someone else.\n';
		expect(words(body)).toEqual(['I booked the stand.', 'I stopped asking friends.']);
		expect(notes(body)).toEqual(['What changed?', 'Why?', 'I am someone else.']);
	});
	it('inside a coach scope a client speaker stays the coach', () => {
		expect(words('## Private notes\nJo: I hate this job\n')).toEqual([]);
	});
});

describe('issue 16: quotes in the coach prose (item 5)', () => {
	it('the quote alone is the client words; scare quotes and titles are not', () => {
		const body = 'Client stated, "I finally said no to the extra shift." We talked.\n\nShe says "we" for wins and reads "The Lean Startup".\n';
		expect(words(body)).toEqual(['I finally said no to the extra shift.']);
		expect(notes(body).join(' | ')).not.toContain('extra shift');
	});

	it('two quoted words right after a speech verb are said; two alone are a scare quote', () => {
		const body = 'She laughed and said two of them were "easy, really". The "easy part" came later.\n';
		expect(words(body)).toEqual(['easy, really']);
		expect(notes(body).join(' | ')).toContain('easy part');
	});

	it('in a note that quotes its client, an unquoted line of the client’s words in no one’s first person is the coach’s record', () => {
		const body = '### Wins since last session\n- Finished the pricing write-up\n- "I presented it without a single slide."\n- I booked the venue\n';
		const reading = read(body);
		expect(reading.clientWords.map((w) => w.text)).toEqual(['"I presented it without a single slide."', 'I booked the venue']);
		expect(reading.coachNotes.map((w) => w.text)).toEqual(['Finished the pricing write-up']);
		expect(reading.coachNotes[0]?.rule).toContain("unquoted in a note that quotes the client");
		// Without a quoted item the note sets no such convention: the heading decides, as before.
		expect(words('### Wins since last session\n- Finished the pricing write-up\n')).toEqual(['Finished the pricing write-up']);
	});
});

describe('issue 16: steps (item 6)', () => {
	it('owner names, tables and strikethrough', () => {
		const steps = read('## Next steps\n- Jo: book two interviews\n- Sam to send the worksheet\n- Draft intro (me)\n- ~~Gym daily~~\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| Call Ravi | Sam | done |\n| Pick a template | Jo | open |\n').actionSteps;
		expect(steps.map((s) => [s.text, s.owner, s.status])).toEqual([
			['book two interviews', 'client', 'open'],
			['Sam to send the worksheet', 'coach', 'open'],
			['Draft intro', 'coach', 'open'],
			['Gym daily', 'client', 'dropped'],
			['Call Ravi', 'coach', 'done'],
			['Pick a template', 'client', 'open'],
		]);
	});
});

describe('issue 16: status told later (item 7)', () => {
	it('a later review line updates the earlier step, with its line as evidence', () => {
		const first = read('## Next steps\n- Email five art directors\n- Ask about a four-day week\n', '2026-04-07');
		const later = read('**Since last time**\n✅ Art director emails: sent all five\nFour-day week: not asked\n', '2026-04-21');
		const threads = linkThreads([first, later]);
		const status = threads.map((t) => [t.mentions[0]?.text, t.mentions[t.mentions.length - 1]?.status, t.sessionCount]);
		expect(status).toEqual([
			['Email five art directors', 'done', 1],
			['Ask about a four-day week', 'open', 1],
		]);
		expect(threads[0]?.mentions[1]?.rule).toContain('✅ Art director emails');
	});
});

describe('issue 16 under the scope rule of issue 14: every speaker, quote, label, table and report obeys it', () => {
	const group = (body: string) => readSession(parseNote('G/2026-04-07.md', `---\nclient: [Ann Lee, Bob Diaz]\ndate: 2026-04-07\n---\n${body}`), rules);

	it('a quote inside a private section or a coach callout stays private', () => {
		const body = '## Private notes\nShe said "I am going to quit my job next month."\n\n## Session\n> [!coach]\n> He told me, "I never finish anything I start."\n';
		const reading = read(body);
		expect(reading.clientWords).toEqual([]);
		expect(reading.coachNotes.map((n) => n.text).join(' | ')).toContain('quit my job');
		expect(reading.coachNotes.map((n) => n.rule).join(' | ')).toContain('Private notes');
	});

	it("a transcript turn or a speaker tag naming the client inside a private scope stays the coach's", () => {
		const body = '## Private notes\nJo Banks  12:04\nI hate this job.\n\n**Them** *(10:02:19)*: I might quit.\n';
		expect(words(body)).toEqual([]);
		expect(notes(body)).toEqual(['I hate this job.', 'I might quit.']);
	});

	it('a label opens a private scope by its words, and a label inside a private heading stays private', () => {
		const labelled = read('**Private notes**\nJo: I feel stuck.\n- [ ] Ask my supervisor about a referral\n');
		expect(labelled.clientWords).toEqual([]);
		expect(labelled.actionSteps).toEqual([]);
		const nested = read('## 🔒 Private Notes\n**Wins:**\n- I ran 5k without stopping\n\n**Homework:**\n- Refer to a therapist\n');
		expect(nested.clientWords).toEqual([]);
		expect(nested.actionSteps).toEqual([]);
		expect(nested.coachNotes.map((n) => n.text)).toEqual(['I ran 5k without stopping', 'Refer to a therapist']);
	});

	it('a table of steps or a review line inside a private scope is neither a step nor a report', () => {
		const reading = read('## Private notes\n| Action | Owner | Status |\n| --- | --- | --- |\n| Call the referral line | Jo | open |\n\n✅ Therapist intro: done\n');
		expect(reading.actionSteps).toEqual([]);
		expect(reading.statusReports ?? []).toEqual([]);
		expect(reading.coachNotes.map((n) => n.text).join(' | ')).toContain('Call the referral line');
	});

	it("in a group session a member's speaker tag, transcript turn, owner name or owner column gives that member alone; 'Them' is no one's", () => {
		const body =
			'## What the client said\n**Bob Diaz** *(10:02:19)*: I got the job.\n\nAnn Lee  10:03\nI am still looking.\n\n**Them** *(10:04:00)*: We both laughed.\n\n## Next steps\n- Bob to send his CV\n\n| Action | Owner |\n| --- | --- |\n| Call a recruiter | Ann |\n';
		const reading = group(body);
		expect(reading.clientWords.map((w) => [w.speaker, w.text])).toEqual([
			['Bob Diaz', 'I got the job.'],
			['Ann Lee', 'I am still looking.'],
		]);
		expect(reading.coachNotes.map((n) => n.text)).toEqual(['We both laughed.']);
		expect(reading.actionSteps.map((s) => [s.speaker, s.text])).toEqual([
			['Bob Diaz', 'Bob to send his CV'],
			['Ann Lee', 'Call a recruiter'],
		]);
	});

	it('every new rule explains itself in words a coach can check', () => {
		const reading = read('**Homework**\n- Walk daily\n\nJo Banks  12:04\nI booked the stand.\n\nSpeaker 2: someone else\n\nShe said, "I finally said no to the extra shift."\n');
		const rules = [...reading.actionSteps, ...reading.clientWords, ...reading.coachNotes].map((x) => x.rule);
		expect(rules).toEqual([
			"a list item under the label 'Homework'",
			"a transcript turn headed 'Jo Banks' and a time, its words on the lines after, the client (their name, 'Them' or 'Client')",
			"quoted speech in the coach's prose, the client's words",
			"a speaker tag 'Speaker 2:', a speaker the note does not name as its client: the coach's, never the client's",
			"prose under the label 'Homework', the coach's notes by default",
		]);
	});
});

describe("issue 16: the coach's third-person account under a heading of the client's words (item 5)", () => {
	it("is the coach's; its quotes are the client's; first-person lines stay the client's", () => {
		const body =
			'**What the client said:**\n- She has been acting head for four months and is "doing the job without the title or the pay"\n- "If I don\'t apply, someone else will get it."\n- Worried about losing her Year 11 classes.\n- My boss said she would back me.\n';
		const reading = read(body);
		expect(reading.clientWords.map((w) => w.text)).toEqual(['doing the job without the title or the pay', '"If I don\'t apply, someone else will get it."', 'My boss said she would back me.']);
		expect(reading.coachNotes.map((n) => n.text)).toEqual(['She has been acting head for four months and is "…"', 'Worried about losing her Year 11 classes.']);
		expect(reading.coachNotes[1]?.rule).toBe("under the label 'What the client said' but about the client in the third person: the coach's account, not the client's words");
	});
});

describe('issue 16: a section named for whoever owns its steps (item 3)', () => {
	it("`For <coach>` holds the coach's promises, `For <client>` the client's steps; another name leaves the heading's role", () => {
		const steps = read('## Action items\n\n**For Sam**:\n- [ ] Send the checklist\n\n**For Jo**:\n- Plan two experiments\n\n**For the team**:\n- Share the notes\n').actionSteps;
		expect(steps.map((s) => [s.owner, s.text])).toEqual([
			['coach', 'Send the checklist'],
			['client', 'Plan two experiments'],
			['client', 'Share the notes'],
		]);
		expect(read('**For the team**:\n- Share the notes\n').actionSteps).toEqual([]);
	});
});

describe('issue 16: which earlier step a status told later is about (item 7)', () => {
	it('the step its subject describes most fully, the client’s on a tie, the coach’s when marked (me)', () => {
		const first = read('## Next steps\n- Write the first-engineer job description\n- Fill in the pricing worksheet\n\n## My commitments\n- Share two example job descriptions from founders\n- Send the pricing worksheet\n', '2026-03-03');
		const later = read('**Since last time**\n- Job description: written and posted on two boards\n- Worksheet (me): sent on the 9th\n', '2026-03-17');
		const threads = linkThreads([first, later]);
		const status = threads.map((t) => [t.owner, t.mentions[0]?.text, t.mentions[t.mentions.length - 1]?.status]);
		expect(status).toEqual([
			['client', 'Write the first-engineer job description', 'done'],
			['client', 'Fill in the pricing worksheet', 'open'],
			['coach', 'Share two example job descriptions from founders', 'open'],
			['coach', 'Send the pricing worksheet', 'done'],
		]);
	});
});

describe('issue 16: steps written as prose in a template (item 6)', () => {
	it("a `Label: text` line after a list starts the next field; under a steps label, a line naming its owner is that owner's step", () => {
		const body =
			'Homework or between-session practice:\n- Keep a log of weekend work\nReferrals, coordination, or follow-up: Coach to send the boundary-setting handout.\nNext appointment: 16 June 2026\n\nHomework:\nFollow-up: I will send him the CV examples.\nNext session focus: the director.\n';
		const reading = read(body);
		expect(reading.actionSteps.map((s) => [s.owner, s.text])).toEqual([
			['client', 'Keep a log of weekend work'],
			['coach', 'Coach to send the boundary-setting handout.'],
			['coach', 'I will send him the CV examples.'],
		]);
		expect(reading.actionSteps[1]?.rule).toBe("a line under the label 'Homework or between-session practice' naming who will do it ('Coach'): the coach's promise");
		expect(reading.coachNotes.map((n) => n.text)).toEqual(['Next appointment: 16 June 2026', 'Next session focus: the director.']);
	});

	it('inside a private scope such a line is no step', () => {
		expect(read('## Private notes\n**Homework:**\nCoach to refer her to a therapist.\n').actionSteps).toEqual([]);
	});
});

describe("issue 16: the client's name marks the coach's account too (item 5)", () => {
	it('a line naming the client in the third person is the coach’s, a first-person one the client’s', () => {
		const reading = read('## Wins\n- Jo booked the fair stand\n- I booked the fair stand, Jo!\n');
		expect(reading.coachNotes.map((n) => n.text)).toEqual(['Jo booked the fair stand']);
		expect(reading.clientWords.map((w) => w.text)).toEqual(['I booked the fair stand, Jo!']);
	});
});

describe('issue 16: "Progress since last session" told in sentences (item 7)', () => {
	it('a sentence joins the step most of whose words it holds; the first clause tells the outcome', () => {
		const first = read('## Next steps\n- Jo: book two more interviews with strangers\n- Sam: send the interview question bank\n- Jo: write 300 words a day\n- Jo: call the bank about the loan\n', '2026-09-02');
		const later = read(
			'### Progress since last session\n- Booked three interviews with strangers; two are done\n- Received the question bank from Sam\n- 300 words a day: managed 9 of 14 days; section 1 is drafted\n- The weather was lovely\n',
			'2026-09-16',
		);
		const threads = linkThreads([first, later]);
		expect(threads.map((t) => [t.mentions[0]?.text, t.mentions[t.mentions.length - 1]?.status])).toEqual([
			['book two more interviews with strangers', 'done'],
			['send the interview question bank', 'done'],
			['write 300 words a day', 'done'],
			['call the bank about the loan', 'open'],
		]);
	});
});

describe('issue 16: what a review line says of its outcome (item 7)', () => {
	it('a bare "no" is not done, "no Saturday jobs" a result; a default review name opens the section', () => {
		const reports = read('Follow-ups from last call:\n- Saturday decision: no Saturday jobs from May\n- Partner conversation: no.\n- Demo script: not tried yet, no demos booked\n').statusReports ?? [];
		expect(reports.map((r) => [r.subject, r.status])).toEqual([
			['Saturday decision', 'done'],
			['Partner conversation', 'open'],
			['Demo script', 'open'],
		]);
	});
});

describe('issue 16: an unclear line under a heading of the client’s words is the coach’s (item 5)', () => {
	it('"they" with no first person is the coach’s account; beside "I" it is the client speaking of others', () => {
		const reading = read('## What the client said\n- They shipped the feature a week early\n- They said I was ready for it\n');
		expect(reading.coachNotes.map((n) => n.text)).toEqual(['They shipped the feature a week early']);
		expect(reading.clientWords.map((w) => w.text)).toEqual(['They said I was ready for it']);
	});
});

describe('issue 16: a label with its text on the same line (item 3)', () => {
	it('opens its section for its own text and the lines after; an unknown bold label ends the one before', () => {
		const body =
			"**What the client said:** I finally asked for the raise.\n\n**Coach's observations:** She said \"I'm done waiting\" and sat up.\n\n**What the client said:**\n- I felt steady.\n\n**Session impact**: High, she argued from evidence.\n\nHomework: read chapter 3\n\n**Aisha Rahman**: not a label\n";
		const reading = readSession(parseNote('S/x.md', `---\nclient: Aisha Rahman\ndate: 2026-04-07\n---\n${body}`), rules);
		expect(reading.clientWords.map((w) => w.text)).toEqual(['I finally asked for the raise.', 'I felt steady.', 'not a label']);
		expect(reading.coachNotes.map((n) => n.text)).toEqual(['She said "I\'m done waiting" and sat up.', 'High, she argued from evidence.']);
		expect(reading.actionSteps.map((s) => [s.text, s.rule])).toEqual([['read chapter 3', "the text after the label 'Homework', a step"]]);
	});

	it('inside a private scope its text stays private', () => {
		const reading = read('## Private notes\n**What the client said:** I want to quit.\n**Homework:** refer to a therapist\n');
		expect(reading.clientWords).toEqual([]);
		expect(reading.actionSteps).toEqual([]);
	});
});

describe("issue 16: quotes in the coach's account of the client (item 5)", () => {
	it('any quoted phrase of three words or more is the client’s, a title is not', () => {
		const reading = read('## Thesis\nJo feels she can\'t ask for help because "everyone else seems to manage".\n\nShe reads "The Lean Startup" and calls it "the thing".\n');
		expect(reading.clientWords.map((w) => w.text)).toEqual(['everyone else seems to manage']);
	});
});
