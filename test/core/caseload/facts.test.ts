import { describe, expect, it } from 'vitest';
import { syntheticVault } from '../../../bench/synthetic-vault';
import { parseFrontmatter } from '../../../src/cli/frontmatter';
import { type CaseloadClient, CaseloadFactsCache, caseloadRow, clientFacts, clientFactsInSteps, collectPromises, type FactsStep, oneLine, quarterStart } from '../../../src/core/caseload';
import type { ClientEntry } from '../../../src/core/review/clients';
import { daysBetween } from '../../../src/core/review/days';
import { buildReview, type ClientReview } from '../../../src/core/review/review';
import { StepWordsCache } from '../../../src/core/review/step-cache';
import { ThreadCheckpoints } from '../../../src/core/review/threads';
import { parseNote } from '../../../src/core/session/parse-note';
import { defaultSettings } from '../../../src/core/settings';
import { VaultIndex } from '../../../src/core/vault-index';
import { exampleVault, TODAY } from '../../vault';

const isOpen = (status: string) => status === 'open' || status === 'in-progress';

/** A client's row as the review (built in full, for `today`) has each number: what the dashboard shows. */
function rowFromReview(review: ClientReview, archived: boolean) {
	const today = review.today;
	const quarter = quarterStart(today);
	const coachOpen = review.actionSteps.filter((t) => t.owner === 'coach' && isOpen(t.status));
	const ages = coachOpen.flatMap((t) => (t.daysOpen !== null ? [t.daysOpen] : []));
	const withWords = [...review.sessions].reverse().find((s) => s.clientWords.length > 0);
	const words = withWords?.clientWords[0];
	return {
		name: review.client,
		lastSession: review.lastSession,
		daysSince: review.lastSession ? daysBetween(review.lastSession, today) : null,
		sessions: review.sessionCount,
		openSteps: review.followThrough.open + review.followThrough.inProgress,
		recurringSteps: review.actionSteps.filter((t) => t.owner === 'client' && t.recurring).length,
		openPromises: review.coachPromises.open,
		oldestPromiseDays: ages.length > 0 ? Math.max(...ages) : null,
		latestWords: words ? oneLine(words.text) : null,
		cadenceDays: review.cadenceDays,
		sessionsThisQuarter: review.sessions.filter((s) => s.date !== null && s.date >= quarter && s.date <= today).length,
		latestWordsAt: withWords && words ? { path: withWords.path, line: words.line, date: withWords.date } : null,
		archived,
		profilePath: review.profilePath,
	};
}

/** Every open promise as the reviews have them, keyed by client and line. */
function promisesFromReviews(reviews: readonly ClientReview[]) {
	return reviews
		.flatMap((review) =>
			review.actionSteps
				.filter((t) => t.owner === 'coach' && isOpen(t.status))
				.map((t) => {
					const latest = t.mentions[t.mentions.length - 1]!;
					return { client: review.client, text: t.text, since: t.firstRaised, daysOpen: t.daysOpen, due: t.due, overdue: t.overdue, status: t.status, timesRaised: t.timesRaised, path: latest.path, line: latest.line };
				}),
		)
		.sort((a, b) => `${a.client}|${a.path}|${a.line}`.localeCompare(`${b.client}|${b.path}|${b.line}`));
}

/**
 * The facts are worked out once, by one day; the rows and promises drawn from them for another day must hold the
 * numbers of a review built in full for that day.
 */
function expectSameAsReview(entries: readonly ClientEntry[], index: VaultIndex, factsDay: string, today: string): void {
	const facts = entries.map((entry) => clientFacts(entry, index.reviewOptions(factsDay)));
	const reviews = entries.map((entry) => buildReview(entry, index.reviewOptions(today)));
	expect(facts.map((client) => caseloadRow(client, today))).toEqual(reviews.map((review, i) => rowFromReview(review, facts[i]!.archived)));
	const ledger = collectPromises(facts, { today });
	const fromLedger = ledger.promises
		.flatMap((p) => p.clients.map((client) => ({ client, text: p.text, since: p.since, daysOpen: p.daysOpen, due: p.due, overdue: p.overdue, status: p.status, timesRaised: p.timesRaised, path: p.path, line: p.line })))
		.sort((a, b) => `${a.client}|${a.path}|${a.line}`.localeCompare(`${b.client}|${b.path}|${b.line}`));
	expect(fromLedger).toEqual(promisesFromReviews(reviews));
}

function syntheticIndex(): VaultIndex {
	const index = new VaultIndex(defaultSettings(), { compact: true });
	for (const note of syntheticVault(600, 7, 20)) index.put(index.read(parseNote(note.path, note.text, parseFrontmatter)));
	index.finishBuild();
	return index;
}

describe("a client's caseload facts", () => {
	it('give the same numbers as the review on the example vault, for the day they were worked out and another', async () => {
		const vault = await exampleVault();
		expectSameAsReview(vault.clients, vault.index, TODAY, TODAY);
		expectSameAsReview(vault.clients, vault.index, TODAY, '2027-01-03');
		const rows = vault.clients.map((entry) => caseloadRow(clientFacts(entry, vault.index.reviewOptions(TODAY)), TODAY));
		// Not a vault of zeros: the comparison covers promises, recurring steps and words.
		expect(rows.some((r) => r.openPromises > 0 && r.recurringSteps > 0 && r.oldestPromiseDays !== null && r.latestWords !== null)).toBe(true);
	});

	it('give the same numbers as the review on a synthetic vault, in every note style it writes', () => {
		const index = syntheticIndex();
		const entries = index.clients();
		expect(entries).toHaveLength(20);
		// Its sessions run from January to May 2015: a day inside them (a quarter part-filled), and one long after.
		expectSameAsReview(entries, index, '2015-05-10', '2015-05-10');
		expectSameAsReview(entries, index, '2015-05-10', '2016-02-29');
		const rows = entries.map((entry) => caseloadRow(clientFacts(entry, index.reviewOptions('2015-05-10')), '2015-05-10'));
		expect(rows.some((r) => r.sessionsThisQuarter > 0 && r.recurringSteps > 0 && r.openPromises > 0)).toBe(true);
	});

	it('hold no progress reading: the costly part of a review is left out, and nothing else changes', async () => {
		const vault = await exampleVault();
		const daniel = vault.clients.find((c) => c.name === 'Daniel Reyes')!;
		const options = vault.index.reviewOptions(TODAY);
		expect(buildReview(daniel, options).progress.length).toBeGreaterThan(0);
		const withoutProgress = buildReview(daniel, { ...options, progress: null });
		const full = buildReview(daniel, options);
		expect({ ...withoutProgress, progress: [] }).toEqual({ ...full, progress: [] });
	});
});

describe("a client's facts in steps", () => {
	/** Counts the steps looked at: a step's words are asked for once each time it is linked. */
	class CountingCache extends StepWordsCache {
		looked = 0;
		override get(step: Parameters<StepWordsCache['get']>[0]) {
			this.looked++;
			return super.get(step);
		}
	}

	function run(steps: Generator<FactsStep, CaseloadClient, void>): { said: FactsStep[]; facts: CaseloadClient } {
		const said: FactsStep[] = [];
		let result = steps.next();
		while (!result.done) {
			said.push(result.value);
			result = steps.next();
		}
		return { said, facts: result.value };
	}

	it('link each session, then build, linking each step once, and give what clientFacts gives', () => {
		const index = syntheticIndex();
		const entry = index.clients()[0]!;
		const cache = new CountingCache();
		const { said, facts } = run(clientFactsInSteps(entry, { ...index.reviewOptions(TODAY), cache }));
		expect(said).toEqual([...entry.sessions.map((): FactsStep => 'link'), 'build']);
		// The build takes the linked threads: no step is linked twice.
		expect(cache.looked).toBe(entry.sessions.reduce((n, s) => n + s.actionSteps.length, 0));
		expect(facts).toEqual(clientFacts(entry, index.reviewOptions(TODAY)));
	});

	it('link the latest session alone when the checkpoint holds the others, and give the same facts', () => {
		const index = syntheticIndex();
		const entries = index.clients();
		for (const entry of entries) run(clientFactsInSteps(entry, index.reviewOptions(TODAY)));
		// The latest client's checkpoint is kept; its latest note edited.
		const entry = entries[entries.length - 1]!;
		const last = entry.sessions[entry.sessions.length - 1]!;
		const note = syntheticVault(600, 7, 20).find((n) => n.path === last.path)!;
		index.put(index.read(parseNote(note.path, `${note.text}\n## I will\n- [ ] Post the new map @coach\n`, parseFrontmatter)));
		const edited = index.clients().find((e) => e.key === entry.key)!;
		const { said, facts } = run(clientFactsInSteps(edited, index.reviewOptions(TODAY)));
		expect(said).toEqual(['link', 'build']);
		expect(facts.promises.map((p) => p.text)).toContain('Post the new map');
		expect(facts).toEqual(clientFacts(edited, { ...index.reviewOptions(TODAY), threads: undefined }));
	});
});

describe('the facts kept between draws', () => {
	/** How many calls of `fill` it takes, each allowed one client (its sessions linked and one build), until every client's facts are current. */
	function passes(cache: CaseloadFactsCache, entries: readonly ClientEntry[], index: VaultIndex): number {
		for (let n = 1; ; n++) {
			let allowed = true;
			const oneClient = (step: FactsStep) => {
				const go = allowed;
				if (step === 'build') allowed = false;
				return go;
			};
			if (cache.fill(entries, index.reviewOptions(TODAY), oneClient)) return n;
			expect(cache.complete(entries)).toBe(false);
		}
	}

	it('are worked out a client at a time when asked to stop after each, and each is then current', () => {
		const index = syntheticIndex();
		const entries = index.clients();
		const cache = new CaseloadFactsCache();
		expect(cache.clients(entries)).toBeNull();
		expect(passes(cache, entries, index)).toBe(entries.length);
		expect(cache.complete(entries)).toBe(true);
		expect(cache.clients(entries)?.map((c) => c.name)).toEqual(entries.map((e) => e.name));
	});

	it('work out again only the clients a change touched, showing their old facts until then', () => {
		const index = syntheticIndex();
		const cache = new CaseloadFactsCache();
		const more = () => true;
		cache.fill(index.clients(), index.reviewOptions(TODAY), more);
		const before = cache.clients(index.clients()) as CaseloadClient[];
		const entry = index.clients()[3]!;
		const last = entry.sessions[entry.sessions.length - 1]!;
		const note = syntheticVault(600, 7, 20).find((n) => n.path === last.path)!;
		const change = index.put(index.read(parseNote(note.path, `${note.text}\n## I will\n- [ ] Post the new map @coach\n`, parseFrontmatter)));
		cache.forget(index.affectedKeys(change));
		expect(cache.complete(index.clients())).toBe(false);
		// Until worked out again, the old facts stand: the page never empties.
		expect(cache.clients(index.clients())).toEqual(before);
		expect(passes(cache, index.clients(), index)).toBe(1);
		const after = cache.clients(index.clients()) as CaseloadClient[];
		after.forEach((client, i) => {
			if (i === 3) expect(client).not.toBe(before[i]);
			else expect(client).toBe(before[i]);
		});
		expect(after[3]?.promises.map((p) => p.text)).toContain('Post the new map');
		expect(before[3]?.promises.map((p) => p.text)).not.toContain('Post the new map');
	});

	it('can stop between any two steps of a client (each session linked, then the build) and go on from there', () => {
		const index = syntheticIndex();
		const entries = index.clients();
		const cache = new CaseloadFactsCache();
		const asked: FactsStep[] = [];
		let calls = 0;
		for (;;) {
			calls++;
			let allowed = true;
			const oneStep = (step: FactsStep) => {
				const go = allowed;
				if (go) asked.push(step);
				allowed = false;
				return go;
			};
			if (cache.fill(entries, index.reviewOptions(TODAY), oneStep)) break;
		}
		const expected = entries.flatMap((e) => [...e.sessions.map((): FactsStep => 'link'), 'build' as const]);
		expect(asked).toEqual(expected);
		expect(calls).toBe(expected.length);
		const options = index.reviewOptions(TODAY);
		expect(cache.clients(entries)).toEqual(entries.map((e) => clientFacts(e, options)));
	});

	it('start a client again when its notes change while it is half worked out', () => {
		const index = syntheticIndex();
		const cache = new CaseloadFactsCache();
		cache.fill(index.clients(), index.reviewOptions(TODAY), () => true);
		const entry = index.clients()[3]!;
		const last = entry.sessions[entry.sessions.length - 1]!;
		const note = syntheticVault(600, 7, 20).find((n) => n.path === last.path)!;
		const first = index.put(index.read(parseNote(note.path, `${note.text}\n## I will\n- [ ] Post the old map @coach\n`, parseFrontmatter)));
		cache.forget(index.affectedKeys(first));
		// Stopped after two steps of that client.
		let steps = 0;
		expect(cache.fill(index.clients(), index.reviewOptions(TODAY), () => steps++ < 2)).toBe(false);
		const second = index.put(index.read(parseNote(note.path, `${note.text}\n## I will\n- [ ] Post the new map @coach\n`, parseFrontmatter)));
		cache.forget(index.affectedKeys(second));
		expect(cache.fill(index.clients(), index.reviewOptions(TODAY), () => true)).toBe(true);
		const texts = cache.clients(index.clients())?.[3]?.promises.map((p) => p.text);
		expect(texts).toContain('Post the new map');
		expect(texts).not.toContain('Post the old map');
		expect(cache.clients(index.clients())?.[3]).toEqual(clientFacts(index.clients()[3]!, index.reviewOptions(TODAY)));
	});

	it('keep no thread checkpoints on a first pass, and one for a client whose latest note changed, linked alone next time', () => {
		const index = syntheticIndex();
		let kept = 0;
		const store = new (class extends ThreadCheckpoints {
			override keep(...args: Parameters<ThreadCheckpoints['keep']>) {
				kept++;
				super.keep(...args);
			}
		})();
		const options = () => ({ ...index.reviewOptions(TODAY), threads: store });
		const cache = new CaseloadFactsCache();
		cache.fill(index.clients(), options(), () => true);
		expect(kept).toBe(0);
		const entry = index.clients()[3]!;
		const last = entry.sessions[entry.sessions.length - 1]!;
		const note = syntheticVault(600, 7, 20).find((n) => n.path === last.path)!;
		const edit = (step: string) => cache.forget(index.affectedKeys(index.put(index.read(parseNote(note.path, `${note.text}\n## I will\n- [ ] ${step} @coach\n`, parseFrontmatter)))));
		edit('Post the old map');
		const steps: FactsStep[] = [];
		cache.fill(index.clients(), options(), (step) => steps.push(step) > 0);
		expect(kept).toBe(1);
		expect(steps).toHaveLength(entry.sessions.length + 1);
		// Edited again: linked on from the checkpoint, the latest session alone.
		edit('Post the new map');
		steps.length = 0;
		cache.fill(index.clients(), options(), (step) => steps.push(step) > 0);
		expect(steps).toEqual(['link', 'build']);
		expect(cache.clients(index.clients())?.[3]).toEqual(clientFacts(index.clients()[3]!, index.reviewOptions(TODAY)));
	});

	it('are all worked out again for other settings', () => {
		const index = syntheticIndex();
		const cache = new CaseloadFactsCache();
		const entries = index.clients();
		cache.fill(entries, index.reviewOptions(TODAY), () => true);
		const archived = { ...index.reviewOptions(TODAY), settings: { ...index.settings, archivedClients: [entries[0]!.name] } };
		expect(cache.fill(entries, archived, () => false)).toBe(false);
		expect(cache.fill(entries, archived, () => true)).toBe(true);
		expect(cache.clients(entries)?.filter((c) => c.archived).map((c) => c.name)).toEqual([entries[0]!.name]);
	});
});
