import { type EventRef, Events } from 'obsidian';
import { type CaseloadClient, CaseloadFactsCache, type FactsStep, ProgressVerdictsAhead } from '../core/caseload';
import { type ClientEntry, localToday, type ReviewOptions } from '../core/review';
import type { SessionIndex } from './session-index';

/** Fired once every client's facts are current again. */
export const FACTS_UPDATED = 'updated';

export interface CaseloadFactsOptions {
	/** Milliseconds of work a slice may take before it yields to Obsidian (10: a frame is 16). */
	sliceMs?: number;
	/**
	 * Wait after the index changes (a build done, a note read again) before working: changes that come together (a
	 * rename is a removal and a read) are worked out in one pass. The index already waits for typing to stop.
	 */
	delayMs?: number;
	/**
	 * Told the length of each slice of work, and of it the progress verdicts' part: how long, and how many statements
	 * the detector read (for the bench and the tests).
	 */
	onSlice?: (ms: number, verdicts: { ms: number; detected: number }) => void;
	/** The clock slices are timed by (tests give one of their own, so a slice's budget is counted, not waited for). */
	now?: () => number;
}

/**
 * Every client's caseload facts, worked out in the background once the index is built and kept current as notes
 * change: in slices of a few milliseconds, yielding to Obsidian between them, so opening the caseload only draws rows.
 * A changed note makes only its clients' facts stale, worked out again shortly after (`delayMs`, so changes that come
 * together make one pass; the index already waits for typing to stop before it reads a note again).
 *
 * Then, once the facts are current, the progress detector's verdicts on the clients' statements, in slices likewise
 * (`ProgressVerdictsAhead`, kept in the index's `detections`): a coach's first "Review client" of a long history
 * would otherwise run the detector over every statement (and, the first in a session, make its tables). Facts come
 * first: a change stops the verdicts until its clients' facts are current again. Events are wired by the plugin
 * (`start` returns the index's event, for it to register); this class only reacts.
 */
export class CaseloadFacts extends Events {
	private readonly cache = new CaseloadFactsCache();
	private readonly verdicts = new ProgressVerdictsAhead();
	private timer: number | null = null;
	private disposed = false;
	private waiting: (() => void)[] = [];
	private waitingForIdle: (() => void)[] = [];
	/** Whether the facts are to be announced when next current (a change came since they last were). */
	private factsOwed = true;
	/** How long the last review build of a client's facts took: what the next is expected to take. */
	private buildMs: number | null = null;
	/** How long a statement's verdict lately took (it decays, so the first, slow ones are soon forgotten). */
	private verdictMs = 0;
	private readonly now: () => number;

	constructor(
		private readonly index: Pick<SessionIndex, 'ready' | 'allClients' | 'reviewOptions' | 'onUpdated'>,
		private readonly options: CaseloadFactsOptions = {},
	) {
		super();
		this.now = options.now ?? (() => performance.now());
	}

	/** Listens to the index, and starts at once when it is already built. */
	start(): EventRef {
		const ref = this.index.onUpdated((keys) => {
			this.cache.forget(keys);
			this.verdicts.forget(keys);
			this.factsOwed = true;
			this.schedule(this.options.delayMs ?? 50);
		});
		this.schedule(0);
		return ref;
	}

	/** Every client's facts are worked out again, and their statements looked at again (display settings changed). */
	refreshAll(): void {
		this.cache.forget(null);
		this.verdicts.forget(null);
		this.factsOwed = true;
		this.schedule(this.options.delayMs ?? 50);
	}

	/** Whether every client's facts are current. */
	get ready(): boolean {
		return this.index.ready && this.cache.complete(this.index.allClients());
	}

	/** Every client's facts in the index's order, stale ones included until redone; null until each client has some. */
	clients(): CaseloadClient[] | null {
		return this.index.ready ? this.cache.clients(this.index.allClients()) : null;
	}

	/** Settles once every client's facts are current (at once when they are), or when disposed. */
	whenReady(): Promise<void> {
		if (this.ready || this.disposed) return Promise.resolve();
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	/** Whether the background has nothing left to do: every client's facts current, every verdict worked out. */
	get idle(): boolean {
		return this.ready && !this.factsOwed && this.verdicts.done;
	}

	/** Settles once the background has nothing left to do (at once when so), or when disposed. */
	whenIdle(): Promise<void> {
		if (this.idle || this.disposed) return Promise.resolve();
		return new Promise((resolve) => this.waitingForIdle.push(resolve));
	}

	/** Called each time every client's facts are current again. */
	onUpdated(callback: () => void): EventRef {
		return this.on(FACTS_UPDATED, callback);
	}

	/** The next slice after `delayMs`; a change while one waits puts it off again (the next slice of a pass does not). */
	private schedule(delayMs: number): void {
		if (this.disposed || !this.index.ready) return;
		if (this.timer !== null) {
			if (delayMs === 0) return;
			window.clearTimeout(this.timer);
		}
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.work();
		}, delayMs);
	}

	/**
	 * One slice of work: the facts first; once every client's are current, they are announced and the slice ends;
	 * the next slices work out the verdicts. Schedules the next while something is left.
	 */
	private work(): void {
		if (this.disposed || !this.index.ready) return;
		const start = this.now();
		const sliceMs = this.options.sliceMs ?? 10;
		const entries = this.index.allClients();
		const options = this.index.reviewOptions(localToday());
		// Always one step of a client's facts, so that every slice moves on; another only when it should fit: a
		// session linked taking as long as the slowest of this slice, a build as long as the last build (until one is
		// timed, a build only starts a slice).
		let previous = -1;
		let previousStep: FactsStep = 'link';
		let slowestLink = 0;
		let factsWorked = false;
		const more = (next: FactsStep) => {
			const now = this.now();
			const first = previous < 0;
			if (!first) {
				if (previousStep === 'build') this.buildMs = now - previous;
				else slowestLink = Math.max(slowestLink, now - previous);
			}
			previous = now;
			previousStep = next;
			if (first) return (factsWorked = true);
			return now - start + (next === 'build' ? (this.buildMs ?? Number.POSITIVE_INFINITY) : slowestLink) <= sliceMs;
		};
		const factsDone = this.cache.fill(entries, options, more);
		if (!factsDone || this.factsOwed || factsWorked) {
			this.options.onSlice?.(this.now() - start, { ms: 0, detected: 0 });
			// Verdicts or not, the next slice (facts first again, should a change come meanwhile).
			this.schedule(0);
			if (!factsDone) return;
			this.factsOwed = false;
			for (const resolve of this.waiting.splice(0)) resolve();
			this.trigger(FACTS_UPDATED);
			return;
		}
		this.workOnVerdicts(start, sliceMs, entries, options);
	}

	/**
	 * The slice's verdicts: a statement at a time, each only when it should fit (taking as long as the slowest lately);
	 * the first always, so that every slice moves on. Before each client too (its known texts cost lookups).
	 */
	private workOnVerdicts(start: number, sliceMs: number, entries: ClientEntry[], options: ReviewOptions): void {
		const begun = this.now();
		const known = options.detections?.size ?? 0;
		let previous = -1;
		const more = () => {
			const now = this.now();
			const first = previous < 0;
			if (!first) this.verdictMs = Math.max(now - previous, this.verdictMs * 0.75);
			previous = now;
			return first || now - start + this.verdictMs <= sliceMs;
		};
		const done = this.verdicts.fill(entries, options, more);
		const end = this.now();
		// The background only adds to the cache (`prefill` never pushes a text out): what it holds more is what was read.
		this.options.onSlice?.(end - start, { ms: end - begun, detected: (options.detections?.size ?? 0) - known });
		if (!done) {
			this.schedule(0);
			return;
		}
		for (const resolve of this.waitingForIdle.splice(0)) resolve();
	}

	dispose(): void {
		this.disposed = true;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		for (const resolve of this.waiting.splice(0)) resolve();
		for (const resolve of this.waitingForIdle.splice(0)) resolve();
	}
}
