import { type EventRef, Events } from 'obsidian';
import { type CaseloadClient, CaseloadFactsCache, type FactsStep } from '../core/caseload';
import { localToday } from '../core/review';
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
	/** Told the length of each slice of work, for the bench. */
	onSlice?: (ms: number) => void;
}

/**
 * Every client's caseload facts, worked out in the background once the index is built and kept current as notes
 * change: in slices of a few milliseconds, yielding to Obsidian between them, so opening the caseload only draws rows.
 * A changed note makes only its clients' facts stale, worked out again shortly after (`delayMs`, so changes that come
 * together make one pass; the index already waits for typing to stop before it reads a note again). Events are wired by the plugin (`start`
 * returns the index's event, for it to register); this class only reacts.
 */
export class CaseloadFacts extends Events {
	private readonly cache = new CaseloadFactsCache();
	private timer: number | null = null;
	private disposed = false;
	private waiting: (() => void)[] = [];
	/** How long the last review build of a client's facts took: what the next is expected to take. */
	private buildMs: number | null = null;

	constructor(
		private readonly index: Pick<SessionIndex, 'ready' | 'allClients' | 'reviewOptions' | 'onUpdated'>,
		private readonly options: CaseloadFactsOptions = {},
	) {
		super();
	}

	/** Listens to the index, and starts at once when it is already built. */
	start(): EventRef {
		const ref = this.index.onUpdated((keys) => {
			this.cache.forget(keys);
			this.schedule(this.options.delayMs ?? 50);
		});
		this.schedule(0);
		return ref;
	}

	/** Every client's facts are worked out again (display settings changed). */
	refreshAll(): void {
		this.cache.forget(null);
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

	/** One slice of work; schedules the next while some client's facts are missing or stale. */
	private work(): void {
		if (this.disposed || !this.index.ready) return;
		const start = performance.now();
		const sliceMs = this.options.sliceMs ?? 10;
		// Always one step of a client's facts, so that every slice moves on; another only when it should fit: a
		// session linked taking as long as the slowest of this slice, a build as long as the last build (until one is
		// timed, a build only starts a slice).
		let previous = -1;
		let previousStep: FactsStep = 'link';
		let slowestLink = 0;
		const more = (next: FactsStep) => {
			const now = performance.now();
			const first = previous < 0;
			if (!first) {
				if (previousStep === 'build') this.buildMs = now - previous;
				else slowestLink = Math.max(slowestLink, now - previous);
			}
			previous = now;
			previousStep = next;
			if (first) return true;
			return now - start + (next === 'build' ? (this.buildMs ?? Number.POSITIVE_INFINITY) : slowestLink) <= sliceMs;
		};
		const done = this.cache.fill(this.index.allClients(), this.index.reviewOptions(localToday()), more);
		this.options.onSlice?.(performance.now() - start);
		if (!done) {
			this.schedule(0);
			return;
		}
		for (const resolve of this.waiting.splice(0)) resolve();
		this.trigger(FACTS_UPDATED);
	}

	dispose(): void {
		this.disposed = true;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		for (const resolve of this.waiting.splice(0)) resolve();
	}
}
