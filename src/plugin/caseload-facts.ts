import { type EventRef, Events } from 'obsidian';
import { type CaseloadClient, CaseloadFactsCache } from '../core/caseload';
import { localToday } from '../core/review';
import type { SessionIndex } from './session-index';

/** Fired once every client's facts are current again. */
export const FACTS_UPDATED = 'updated';

export interface CaseloadFactsOptions {
	/** Milliseconds of work a slice may take before it yields to Obsidian (10: a frame is 16). */
	sliceMs?: number;
	/** Told the length of each slice of work, for the bench. */
	onSlice?: (ms: number) => void;
}

/**
 * Every client's caseload facts, worked out in the background once the index is built and kept current as notes
 * change: in slices of a few milliseconds, yielding to Obsidian between them, so opening the caseload only draws rows.
 * A changed note makes only its clients' facts stale; the index already waits for typing to stop before it reads a
 * note again, and changes that arrive together are worked out in one pass. Events are wired by the plugin (`start`
 * returns the index's event, for it to register); this class only reacts.
 */
export class CaseloadFacts extends Events {
	private readonly cache = new CaseloadFactsCache();
	private scheduled = false;
	private disposed = false;
	private waiting: (() => void)[] = [];

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
			this.schedule();
		});
		this.schedule();
		return ref;
	}

	/** Every client's facts are worked out again (display settings changed). */
	refreshAll(): void {
		this.cache.forget(null);
		this.schedule();
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

	private schedule(): void {
		if (this.scheduled || this.disposed || !this.index.ready) return;
		this.scheduled = true;
		window.setTimeout(() => this.work(), 0);
	}

	/** One slice of work; schedules the next while some client's facts are missing or stale. */
	private work(): void {
		this.scheduled = false;
		if (this.disposed || !this.index.ready) return;
		const start = performance.now();
		const sliceMs = this.options.sliceMs ?? 10;
		// Always one client, so that every slice moves on; another only when it should fit, the slowest client so far
		// being what the next may take.
		let previous = -1;
		let slowest = 0;
		const more = () => {
			const now = performance.now();
			if (previous < 0) {
				previous = now;
				return true;
			}
			slowest = Math.max(slowest, now - previous);
			previous = now;
			return now - start + slowest <= sliceMs;
		};
		const done = this.cache.fill(this.index.allClients(), this.index.reviewOptions(localToday()), more);
		this.options.onSlice?.(performance.now() - start);
		if (!done) {
			this.schedule();
			return;
		}
		for (const resolve of this.waiting.splice(0)) resolve();
		this.trigger(FACTS_UPDATED);
	}

	dispose(): void {
		this.disposed = true;
		for (const resolve of this.waiting.splice(0)) resolve();
	}
}
