// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticVault } from '../../bench/synthetic-vault';
import { asksDetector } from '../../src/core/caseload';
import { localToday } from '../../src/core/review/days';
import { ProgressDetections } from '../../src/core/review/progress';
import { detectProgress } from '../../src/core/review/progress-detector';
import { buildReview, reviewReadings } from '../../src/core/review/review';
import { type CoachingSettings, defaultSettings } from '../../src/core/settings';
import { CaseloadFacts, type CaseloadFactsOptions } from '../../src/plugin/caseload-facts';
import { type IndexSources, SessionIndex } from '../../src/plugin/session-index';
import type { App, TFile } from '../stubs/obsidian';
import { fakeAppFromNotes, metadataFor } from '../stubs/fake-vault';
import { startPlugin } from './harness';

/** Four clients of 30 sessions, and one more whose notes hold a Wins item, a win:: field and the coach's marks. */
const NOTES = [
	...syntheticVault(120, 3, 4),
	{
		path: 'Clients/Ada Lowe/2026-10-01.md',
		text: '---\nclient: Ada Lowe\ndate: 2026-10-01\n---\n## In their words\n- I finally booked the venue.\n- I said no to the extra project. [progress:: no]\n- Honestly I am tired this week. [progress:: yes]\n\n## Wins\n- Ran the whole 5k without stopping\n\nwin:: Sent the proposal\n',
	},
];

interface Detector {
	/** Every text the detector read, in order, and whether every client's facts were current then. */
	read: string[];
	factsReadyAtEach: boolean[];
}

/**
 * The plugin's index over a stub vault, and its background work (`CaseloadFacts`) as the plugin starts it, with the
 * index's options but a detector that counts what it reads (the index's own `detections` take no detector).
 */
async function background(settings: CoachingSettings = defaultSettings(), options: CaseloadFactsOptions = {}, more: { capacity?: number; onRead?: () => void } = {}) {
	const app: App = fakeAppFromNotes(NOTES);
	const sources: IndexSources<TFile> = {
		listMarkdownFiles: () => app.vault.getMarkdownFiles(),
		read: (file) => app.vault.cachedRead(file),
		metadata: (file) => app.metadataCache.getFileCache(file),
	};
	const index = new SessionIndex(sources, { getSettings: () => settings, showStatus: () => undefined });
	await index.build();
	const detector: Detector = { read: [], factsReadyAtEach: [] };
	const detections = new ProgressDetections((text) => {
		detector.read.push(text);
		detector.factsReadyAtEach.push(facts.ready);
		more.onRead?.();
		return detectProgress(text).reason;
	}, more.capacity);
	const facts = new CaseloadFacts(
		{
			get ready() {
				return index.ready;
			},
			allClients: () => index.allClients(),
			reviewOptions: (today) => ({ ...index.reviewOptions(today), detections }),
			onUpdated: (callback) => index.onUpdated(callback),
		},
		options,
	);
	const ref = facts.start();
	const stop = () => {
		facts.dispose();
		index.offref(ref);
		index.dispose();
	};
	stopping.push(stop);
	const review = (entry: ReturnType<typeof index.allClients>[number]) => buildReview(entry, { ...index.reviewOptions(localToday()), detections });
	return { app, index, facts, detector, detections, review };
}

const stopping: (() => void)[] = [];
afterEach(() => {
	for (const stop of stopping.splice(0)) stop();
});

/** The texts a review of every client asks the detector about, read from nothing. */
function askedByReviews(index: SessionIndex<TFile>): Set<string> {
	const asked = new Set<string>();
	for (const entry of index.allClients()) {
		for (const reading of reviewReadings(entry, index.reviewOptions(localToday()))) for (const words of reading.clientWords) if (asksDetector(words)) asked.add(words.text);
	}
	return asked;
}

describe('progress verdicts worked out in the background, after the caseload facts', () => {
	it('leaves "Review client" nothing to detect on any client, with the verdicts a review from nothing gives', async () => {
		const { index, facts, detector, review } = await background();
		await facts.whenIdle();
		const asked = askedByReviews(index);
		expect(asked.size).toBeGreaterThan(20);
		// Each statement a review asks about, read once; nothing else (no Wins item, no win:: field, no marked line).
		expect(new Set(detector.read)).toEqual(asked);
		expect(detector.read).toHaveLength(asked.size);
		expect(detector.read).not.toContain('Ran the whole 5k without stopping');
		expect(detector.read).not.toContain('Honestly I am tired this week.');
		// Facts first: the detector ran only once every client's facts were current.
		expect(detector.factsReadyAtEach.every(Boolean)).toBe(true);
		const before = detector.read.length;
		for (const entry of index.allClients()) {
			const built = review(entry);
			expect(built.progress).toEqual(buildReview(entry, { ...index.reviewOptions(localToday()), detections: new ProgressDetections() }).progress);
		}
		expect(detector.read.length).toBe(before);
	});

	it("reads a changed note's new statement in the background, and only it", async () => {
		const { app, index, facts, detector, review } = await background();
		await facts.whenIdle();
		const before = detector.read.length;
		const path = 'Clients/Ada Lowe/2026-10-01.md';
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`No note ${path}`);
		const text = (await app.vault.read(file)).replace('- I finally booked the venue.\n', '- I finally booked the venue.\n- I ran my first half marathon on Sunday.\n');
		app.vault.modifyQuietly(path, text);
		app.metadataCache.setCache(path, metadataFor(text));
		await index.refresh(file);
		expect(facts.idle).toBe(false);
		await facts.whenIdle();
		expect(detector.read.slice(before)).toEqual(['I ran my first half marathon on Sunday.']);
		// The changed client's facts were current again before it was read.
		expect(detector.factsReadyAtEach.at(-1)).toBe(true);
		const ada = index.allClients().find((entry) => entry.name === 'Ada Lowe');
		if (!ada) throw new Error('No Ada');
		expect(review(ada).progress.map((p) => p.text)).toContain('I ran my first half marathon on Sunday.');
		expect(detector.read.length).toBe(before + 1);
	});

	it('detects nothing in the background when detection is off', async () => {
		const slices: number[] = [];
		const { facts, detector } = await background({ ...defaultSettings(), detectProgress: false }, { onSlice: (_, verdicts) => slices.push(verdicts.detected) });
		await facts.whenIdle();
		expect(facts.clients()?.length).toBe(5);
		expect(detector.read).toEqual([]);
		expect(slices.length).toBeGreaterThan(0);
		expect(slices.every((n) => n === 0)).toBe(true);
	});

	it('keeps each slice within its budget: a statement more only while the slowest lately still fits', async () => {
		// A clock of the test's own: each statement read takes 4 ms of it, nothing else any, so a 10 ms slice holds two.
		let clock = 0;
		const slices: { ms: number; detected: number; factsReady: boolean }[] = [];
		const { facts, detector } = await background(
			defaultSettings(),
			{
				sliceMs: 10,
				now: () => clock,
				onSlice: (ms, verdicts) => slices.push({ ms, detected: verdicts.detected, factsReady: facts.ready }),
			},
			{ onRead: () => (clock += 4) },
		);
		await facts.whenIdle();
		const read = slices.reduce((sum, s) => sum + s.detected, 0);
		expect(read).toBe(detector.read.length);
		expect(read).toBeGreaterThan(20);
		expect(Math.max(...slices.map((s) => s.detected))).toBe(2);
		expect(slices.every((s) => s.ms <= 10)).toBe(true);
		// Facts first: no slice reads a statement before every client's facts are current.
		const firstRead = slices.findIndex((s) => s.detected > 0);
		expect(slices.slice(0, firstRead).some((s) => s.factsReady)).toBe(true);
		expect(slices.slice(firstRead).every((s) => s.factsReady)).toBe(true);
		expect(slices.filter((s) => s.detected > 0).length).toBeGreaterThanOrEqual(Math.ceil(read / 2));
	});

	it('fills the cache ahead only up to its cap, and a second pass reads nothing again', async () => {
		const { facts, detector, detections } = await background(defaultSettings(), {}, { capacity: 10 });
		await facts.whenIdle();
		expect(detector.read).toHaveLength(10);
		expect(detections.size).toBe(10);
		facts.refreshAll();
		await facts.whenReady();
		await facts.whenIdle();
		expect(detector.read).toHaveLength(10);
	});

	it('stops on unload: whoever waits is let go, and nothing more is read', async () => {
		const { index, facts, detector } = await background();
		await facts.whenReady();
		// The facts are current; the verdicts' first slice is waiting for its turn.
		const idle = facts.whenIdle();
		const cleared = vi.spyOn(window, 'clearTimeout');
		facts.dispose();
		expect(cleared).toHaveBeenCalledTimes(1);
		await idle;
		// A change after unload schedules nothing: the index's update finds the background stopped.
		const scheduled = vi.spyOn(window, 'setTimeout');
		index.trigger('updated', null);
		expect(scheduled).not.toHaveBeenCalled();
		expect(detector.read).toEqual([]);
		vi.restoreAllMocks();
	});
});

describe('in the plugin itself', () => {
	it('knows the verdict on every statement a review asks about once the background work is done', async () => {
		const h = await startPlugin({ notes: NOTES });
		try {
			await (h.plugin as unknown as { whenBackgroundIdle(): Promise<void> }).whenBackgroundIdle();
			const index = (h.plugin as unknown as { index: SessionIndex<TFile> }).index;
			const asked = askedByReviews(index);
			expect(asked.size).toBeGreaterThan(20);
			expect([...asked].filter((text) => !index.core.detections.knows(text))).toEqual([]);
			expect(index.core.detections.size).toBe(asked.size);
		} finally {
			h.plugin.unload();
		}
	});
});
