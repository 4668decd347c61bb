import { describe, expect, it } from 'vitest';
import { syntheticVault } from '../../../bench/synthetic-vault';
import { parseFrontmatter } from '../../../src/cli/frontmatter';
import type { ClientEntry } from '../../../src/core/review/clients';
import { buildReview, reviewReadings } from '../../../src/core/review/review';
import { StepWordsCache } from '../../../src/core/review/step-cache';
import { linkThreads, ThreadCheckpoints, ThreadLinker } from '../../../src/core/review/threads';
import { parseNote } from '../../../src/core/session/parse-note';
import { defaultSettings } from '../../../src/core/settings';
import { VaultIndex } from '../../../src/core/vault-index';
import { exampleVault, TODAY } from '../../vault';

/** Counts the steps looked at: a step's words are asked for once each time it is linked. */
class CountingCache extends StepWordsCache {
	looked = 0;
	override get(step: Parameters<StepWordsCache['get']>[0]) {
		this.looked++;
		return super.get(step);
	}
}

function syntheticClients(): ClientEntry[] {
	const index = new VaultIndex(defaultSettings(), { compact: true });
	for (const note of syntheticVault(600, 7, 20)) index.put(index.read(parseNote(note.path, note.text, parseFrontmatter)));
	index.finishBuild();
	return index.clients();
}

/** Links a session a step, counting the steps, and says what each step left. */
function stepped(linker: ThreadLinker): { steps: number; remaining: number[] } {
	const remaining = [linker.remaining];
	let steps = 0;
	for (let more = true; more; ) {
		more = linker.step();
		steps++;
		remaining.push(linker.remaining);
	}
	return { steps, remaining };
}

describe('threads linked a session at a time', () => {
	it('are the threads linked in one go, for every client of the example vault and of a synthetic vault', async () => {
		const vault = await exampleVault();
		const entries = [...vault.clients, ...syntheticClients()];
		const settings = defaultSettings();
		let threads = 0;
		for (const entry of entries) {
			const sessions = reviewReadings(entry, { today: TODAY, settings });
			const linker = new ThreadLinker(sessions);
			const { steps, remaining } = stepped(linker);
			// One session a step, none left after the last.
			expect(steps).toBe(Math.max(1, sessions.length));
			expect(remaining[remaining.length - 1]).toBe(0);
			expect(remaining[0]).toBe(sessions.length);
			expect(linker.step()).toBe(false);
			const result = linker.result();
			expect(result).toEqual(linkThreads(sessions));
			threads += result.length;
		}
		// Not a comparison of empty lists.
		expect(threads).toBeGreaterThan(entries.length * 3);
	});

	it('give the threads linked in one go when the result is asked for half way', () => {
		const entry = syntheticClients()[2]!;
		const sessions = reviewReadings(entry, { today: TODAY, settings: defaultSettings() });
		expect(sessions.length).toBeGreaterThan(4);
		const linker = new ThreadLinker(sessions);
		linker.step();
		linker.step();
		expect(linker.remaining).toBe(sessions.length - 2);
		expect(linker.result()).toEqual(linkThreads(sessions));
	});

	it('keep the checkpoint linking in one go keeps, so an edit to the latest session is one step', () => {
		const entry = syntheticClients()[5]!;
		const sessions = reviewReadings(entry, { today: TODAY, settings: defaultSettings() });
		const store = new ThreadCheckpoints();
		stepped(new ThreadLinker(sessions, new StepWordsCache(), { store, key: 'a' }));
		const last = sessions[sessions.length - 1]!;
		const edited = [...sessions.slice(0, -1), { ...last, actionSteps: last.actionSteps.slice(1) }];
		const cache = new CountingCache();
		const resumed = new ThreadLinker(edited, cache, { store, key: 'a' });
		expect(resumed.remaining).toBe(1);
		expect(stepped(resumed).steps).toBe(1);
		expect(cache.looked).toBe(edited[edited.length - 1]!.actionSteps.length);
		expect(resumed.result()).toEqual(linkThreads(edited));
	});

	it('are taken by the review as they are, linking nothing again', async () => {
		const vault = await exampleVault();
		for (const entry of vault.clients) {
			const options = { today: TODAY, settings: defaultSettings() };
			const linker = new ThreadLinker(reviewReadings(entry, options));
			const threads = linker.result();
			const cache = new CountingCache();
			const review = buildReview(entry, { ...options, cache }, threads);
			expect(cache.looked).toBe(0);
			expect(review).toEqual(buildReview(entry, options));
		}
	});
});
