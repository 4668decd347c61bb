import type { ClientEntry } from '../review/clients';
import type { ReviewOptions } from '../review/review';
import type { CoachingSettings } from '../settings';
import { type CaseloadClient, clientFactsInSteps, type FactsStep } from './facts';

/**
 * Each client's caseload facts, kept between draws and worked out a few clients at a time (`fill`), so the caseload
 * only draws rows. A changed note makes only its clients' facts stale (`forget` with the index's updated keys);
 * stale facts are still shown until their replacement is ready, so the page never empties while it catches up.
 * Other settings make every client's facts stale.
 */
export class CaseloadFactsCache {
	private readonly byKey = new Map<string, CaseloadClient>();
	private readonly stale = new Set<string>();
	/**
	 * Clients whose notes changed since their facts were worked out: only their threads are checkpointed (a coach
	 * editing a latest note makes more changes to it). A first pass over every client keeps none: a few clients are
	 * kept, so each copy would be dropped a few clients later, work and garbage for nothing.
	 */
	private readonly changed = new Set<string>();
	private settings: CoachingSettings | null = null;
	/** The client whose facts a slice stopped in the middle of, and the steps left. */
	private working: { entry: ClientEntry; steps: Generator<FactsStep, CaseloadClient, void>; next: FactsStep } | null = null;

	/** The clients a change touched (the index's updated keys), or every client (null), are worked out again. */
	forget(keys: ReadonlySet<string> | null): void {
		for (const key of keys ?? this.byKey.keys()) this.stale.add(key);
		if (keys) for (const key of keys) this.changed.add(key);
		// A client half worked out from notes that changed starts again.
		if (this.working && (keys === null || keys.has(this.working.entry.key))) this.working = null;
	}

	private needs(entry: ClientEntry): boolean {
		const kept = this.byKey.get(entry.key);
		// Kept facts of another entry under the same key (the grouping changed) are not this client's.
		return !kept || this.stale.has(entry.key) || kept.name !== entry.name || kept.sessionCount !== entry.sessions.length;
	}

	/**
	 * Works out the facts of the clients that lack them or whose facts are stale, in order, while `more(step)` says to
	 * go on (asked before each step of a client's facts, told what it does: `clientFactsInSteps`). A client stopped in
	 * the middle of goes on from there at the next call, unless its notes changed. True once every client's facts are
	 * current.
	 */
	fill(entries: readonly ClientEntry[], options: ReviewOptions, more: (step: FactsStep) => boolean): boolean {
		if (this.settings !== options.settings) {
			this.settings = options.settings;
			this.forget(null);
		}
		for (const entry of entries) {
			if (!this.needs(entry)) continue;
			// The index's entry for a client is new after its notes change: steps of an older entry are not taken up.
			if (this.working?.entry !== entry) {
				const steps = clientFactsInSteps(entry, this.changed.has(entry.key) ? options : { ...options, threads: undefined });
				// The first yield, before any work, says what the first step does.
				const first = steps.next();
				this.working = { entry, steps, next: first.done ? 'build' : first.value };
			}
			const working = this.working;
			for (;;) {
				if (!more(working.next)) return false;
				const step = working.steps.next();
				if (!step.done) {
					working.next = step.value;
					continue;
				}
				this.byKey.set(entry.key, step.value);
				this.stale.delete(entry.key);
				this.changed.delete(entry.key);
				this.working = null;
				break;
			}
		}
		this.stale.clear();
		this.changed.clear();
		// Clients no longer in the vault are not kept.
		if (this.byKey.size > entries.length) {
			const present = new Set(entries.map((e) => e.key));
			for (const key of this.byKey.keys()) if (!present.has(key)) this.byKey.delete(key);
		}
		return true;
	}

	/** Whether every client has current facts. */
	complete(entries: readonly ClientEntry[]): boolean {
		return entries.every((entry) => !this.needs(entry));
	}

	/**
	 * Every client's facts, in the entries' order, stale ones included; null while a client has none at all (the
	 * caseload then waits rather than show part of the practice).
	 */
	clients(entries: readonly ClientEntry[]): CaseloadClient[] | null {
		const clients: CaseloadClient[] = [];
		for (const entry of entries) {
			const kept = this.byKey.get(entry.key);
			if (!kept) return null;
			clients.push(kept);
		}
		return clients;
	}
}
