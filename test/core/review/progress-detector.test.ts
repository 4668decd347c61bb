import { describe, expect, it } from 'vitest';
import { CUES, detectProgress, progressCues } from '../../../src/core/review/progress-detector';
import { corpus, type Labelled } from './progress-corpus';

interface Scores {
	precision: number;
	recall: number;
	count: number;
	falsePositives: number;
}

function scores(rows: readonly Labelled[]): Scores {
	let truePositives = 0;
	let falsePositives = 0;
	let falseNegatives = 0;
	for (const row of rows) {
		const flagged = detectProgress(row.text).progress;
		if (flagged && row.progress) truePositives++;
		else if (flagged) falsePositives++;
		else if (row.progress) falseNegatives++;
	}
	return {
		precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
		recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
		count: rows.length,
		falsePositives,
	};
}

/** Precision and recall of the whole file, then of each kind of coaching and each labelled category, printed. */
function report(name: string, rows: readonly Labelled[]): Scores {
	const groups = new Map<string, Labelled[]>();
	for (const row of rows) {
		const kind = row.id.replace(/^dev-/, '').split('-')[0] ?? '';
		for (const key of [`coaching: ${kind}`, `category: ${row.progress ? 'progress' : 'other'}/${row.category}`]) groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	const all = scores(rows);
	// A category holds one label: for progress its recall says it all, for other how many were wrongly flagged.
	const line = (label: string, s: Scores) => {
		const head = `  ${label.padEnd(34)} n=${String(s.count).padStart(3)}  `;
		if (label.startsWith('category: progress/')) return `${head}recall ${s.recall.toFixed(3)}`;
		if (label.startsWith('category: other/')) return `${head}wrongly flagged ${s.falsePositives}`;
		return `${head}precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}`;
	};
	console.log([`${name}:`, line('all', all), ...[...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => line(key, scores(group)))].join('\n'));
	return all;
}

describe('the progress detector on labelled statements', () => {
	it('reaches precision 0.92 and recall 0.9 on the corpus test part (never trained or tuned on)', () => {
		const test = corpus('test.tsv');
		expect(test.length).toBeGreaterThanOrEqual(350);
		const { precision, recall } = report('test part', test);
		expect(precision).toBeGreaterThanOrEqual(0.92);
		expect(recall).toBeGreaterThanOrEqual(0.9);
	});

	it("reaches precision and recall 0.9 on the project's 60 shared development statements", () => {
		const dev = corpus('dev-statements.tsv');
		expect(dev).toHaveLength(60);
		const { precision, recall } = report('shared dev statements', dev);
		expect(precision).toBeGreaterThanOrEqual(0.9);
		expect(recall).toBeGreaterThanOrEqual(0.9);
	});

	it('has a corpus of at least 1,200 statements, at least 700 of them held out for testing, with no statement in two parts', () => {
		const train = corpus('train.tsv');
		const test = corpus('test.tsv');
		expect(train.length + test.length).toBeGreaterThanOrEqual(1200);
		// Held out by count, not by share: the later rounds' batches, studied before they were trained on, add to the training part only.
		expect(test.length).toBeGreaterThanOrEqual(700);
		const dev = new Set(corpus('dev-statements.tsv').map((r) => r.text));
		const seen = new Set<string>();
		for (const row of [...train, ...test]) {
			expect(seen.has(row.text) || dev.has(row.text), row.text).toBe(false);
			seen.add(row.text);
		}
	});
});

describe("the issue's examples", () => {
	it.each([
		['I booked my first paying client', 'reports'],
		['Sales were up a third in March', 'a number that rose'],
		['Three weeks without a drink now', 'reports'],
		['my manager told me the report was excellent', "relays someone else's recognition"],
		["I'm getting faster at turning down extra work, I think", 'hedged'],
		['He said he finally spoke up in the meeting', 'reports'],
		['Revenue hit $8k this month', 'reports'],
		['Twelve people signed up', 'reports'],
		["I didn't quit this time", 'reports'],
		["I haven't bought anything online for three weeks", 'old habit that has stopped'],
		['I launched but only two people came', 'reports'],
		['“I finally wrote my sales page,” she said.', 'reports'],
		['She said she’d finally told her boss she’s leaving.', 'reports'],
		// A refusal told to someone is a step, not a plan; a third party's yes is the client's achievement.
		["Told my director I won't be taking on the third workstream.", 'reports a step taken'],
		['He said the bank approved the loan on Thursday.', 'reports something achieved'],
		// Numbers: "now, from before", and a weight lost in stones.
		["We're at 120 paying members, from 45 in the spring.", 'a number that rose'],
		["I've lost a stone since Christmas.", 'a number that fell, for the better'],
		// Someone noticing the client's change is recognition, praise word or not.
		["He said his wife noticed he's been home for dinner every night.", "relays someone else's recognition"],
	])('flags "%s", saying why in words a coach reads', (text, why) => {
		const verdict = detectProgress(text);
		expect(verdict.progress).toBe(true);
		expect(verdict.reason).toContain(why);
	});

	it.each([
		'I worked seventy hours and achieved nothing',
		'Not proud of myself this week',
		'Nothing has worked',
		'For the first time I feel lost',
		"I'm going to call three clients",
		"Tomorrow I'll finally call my sister",
		'I still haven’t called',
		'I tried to go to bed early but ended up scrolling till one',
		'I quit sugar for a week and then binged on Saturday',
		'For the first time I dread going in',
		'Should I tell my boss I’m looking?',
		'I don’t know if any of this is making a difference.',
		'My boss said I need to speak up more.',
		'Sales are down 20% on last year.',
		// Gains undone, steps regretted or abandoned, effort with nothing to show.
		'Stopped drinking for ten days then had a bottle of wine on Saturday.',
		'Went to one networking event and left after ten minutes.',
		'Not proud of how I handled the team meeting.',
		'Worked seventy hours and got nothing done that mattered.',
		// Changes for the worse, by words or by numbers.
		"My weight's gone up again, back to where I started.",
		"I used to sleep eight hours and now I'm lucky to get five.",
		// "The only one who cleans up" holds no number that rose; feedback asking for more is no recognition.
		"I'm sick of being the only one who cleans up.",
		'My boss said I need to be more visible with senior stakeholders.',
		// A trip is no step; a question's verb is not a report.
		'We went to the coast for the weekend with the kids.',
		'Should I let my deputy go?',
	])('does not flag "%s"', (text) => {
		expect(detectProgress(text)).toMatchObject({ progress: false, reason: null });
	});

	it('gives every flagged statement a reason from the rules, never a matched phrase', () => {
		const reasons = new Set(CUES.map((cue) => cue.reason));
		for (const row of [...corpus('test.tsv'), ...corpus('dev-statements.tsv')]) {
			const { progress, reason } = detectProgress(row.text);
			if (!progress) continue;
			expect(reason).not.toBeNull();
			expect(reasons.has((reason ?? '').replace(/ \(hedged\)$/, '')), reason ?? '').toBe(true);
			expect(reason).not.toMatch(/matched|phrase|says '/);
		}
	});

	it('reads a number that fell as a result when less is better, and as a change for the worse when more is', () => {
		expect(detectProgress('My blood pressure is down from 150 to 128.').reason).toBe('reports a result: a number that fell, for the better');
		expect(detectProgress('Orders fell from 300 to 210.').progress).toBe(false);
		expect(detectProgress('Subscribers went from 200 to 650.').reason).toBe('reports a result: a number that rose');
	});
});

/** A round of rules: each statement is new wording (in no corpus file); the cue named is the rule that reads it. */
function roundOfRules(title: string, cases: readonly (readonly [string, boolean, string])[]): void {
	describe(title, () => {
		it.each(cases)('%s', (text, progress, cue) => {
			expect(detectProgress(text).progress).toBe(progress);
			expect(progressCues(text)).toContain(cue);
		});
	});
}

roundOfRules('the fifth round: what independent writers showed, as general rules', [
		['I raised my day rate by a fifth. Nobody blinked.', true, 'this-time'],
		['The grant application is finally submitted.', true, 'achievement'],
		["For the first time in years I didn't dread the Sunday evening.", true, 'habit-stopped'],
		['I still hate cold calling but I hate it a bit less.', true, 'change'],
		['didnt order a single takeaway this week', true, 'habit-stopped'],
		['Blocked out Friday afternoons for writing. Then unblocked them on Thursday.', false, 'undone'],
		['Quit sugar for nine days, then the office birthday cake happened.', false, 'undone'],
		['My brother got the job I applied for.', false, 'others-did'],
		['She read me the email from her landlord: "The rent goes up in March."', false, 'shows-content'],
		["I told my boss I'd have the report over by the end of next month.", false, 'promised'],
	] as const);

roundOfRules('the sixth round: numbers in shorthand, streaks, praise waved away, and steps left undone', [
		['Conversion 2.1% \u2192 3.4% since the new landing page.', true, 'metric'],
		['Weight -3.2kg since the spring.', true, 'metric-less'],
		['Emails answered after 9pm: 2 this week, was 15.', true, 'metric-less'],
		['Forty days alcohol-free as of Sunday.', true, 'habit-stopped'],
		['Slipped at the christening, but I got straight back on the plan the next day.', true, 'recovered'],
		['A former client rang to ask if I would come back and run their offsite.', true, 'recognition'],
		['"You handled that brilliantly," my line manager said.', true, 'recognition'],
		['Team delivered the migration two weeks early.', true, 'achievement'],
		["My tax return's in, three weeks early.", true, 'achievement'],
		['Closed the year at 115% of quota.', true, 'achievement'],
		['Client reported setting up a standing order into savings.', true, 'step'],
		['My mum said I look well but she says that to everyone.', false, 'waved-away'],
		['If I had asked for the budget in June we would have it by now.', false, 'wished'],
		["I've decided to go part-time, just waiting for the right moment to tell my boss.", false, 'promised'],
		["Printed the CV. Didn't send it.", false, 'undone-after'],
		['I gave the keynote and nobody said thanks.', false, 'dumped-on'],
		['For the first time in twenty years I forgot her birthday.', false, 'worse'],
		['My director said I came across as defensive in the review.', false, 'feedback'],
	] as const);

roundOfRules('the ninth and tenth rounds: consequences, things come through, absences, numbers as people type them', [
		['So now on Thursdays I finish at three and do the school pick-up myself.', true, 'change'],
		['Planning permission came through on Friday!', true, 'achievement'],
		['Hit my goal weight this morning.', true, 'achievement'],
		["Haven't touched the overdraft once this month.", true, 'habit-stopped'],
		['Denies any purging since the last appointment.', true, 'habit-stopped'],
		['Cut the Monday meeting from 1 hour to 25 minutes.', true, 'metric-less'],
		['Mock exam 5/10 \u2192 7/10.', true, 'metric'],
		['Screen time down from 5h to 2h a day.', true, 'metric-less'],
		['Engagement went from forty-two to sixty-one.', true, 'metric'],
		['-3kg since the new year.', true, 'metric-less'],
		['Cleared my inbox on Monday. Full again by Wednesday.', false, 'reversed'],
		['Left the family group chat on Sunday and rejoined within the hour.', false, 'reversed'],
		['So proud of my nephew, he passed his driving test!', false, 'proud-of-other'],
		["I didn't sell a single painting all day.", false, 'negated'],
		['So now I have to redo the whole budget by Friday.', false, 'goal'],
	] as const);
