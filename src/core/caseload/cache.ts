import type { ClientEntry } from '../review/clients';
import { buildReview, type ClientReview, type ReviewOptions } from '../review/review';
import { type CaseloadClient, caseloadClient } from './caseload';

/**
 * Each client's review kept between draws of the caseload, so a changed note rebuilds only its clients' reviews.
 * Everything is rebuilt for another day or other settings; `forget` drops the clients a change touched (the index's
 * updated keys), or every client (null).
 */
export class CaseloadCache {
	private readonly reviews = new Map<string, ClientReview>();
	private stamp: { today: string; settings: unknown } | null = null;

	forget(keys: ReadonlySet<string> | null): void {
		if (keys === null) this.reviews.clear();
		else for (const key of keys) this.reviews.delete(key);
	}

	/** Every entry's caseload facts, reviews built only where none is kept. */
	clients(entries: readonly ClientEntry[], options: ReviewOptions): CaseloadClient[] {
		if (this.stamp?.today !== options.today || this.stamp.settings !== options.settings) {
			this.reviews.clear();
			this.stamp = { today: options.today, settings: options.settings };
		}
		const seen = new Set<string>();
		const clients = entries.map((entry) => {
			seen.add(entry.key);
			let review = this.reviews.get(entry.key);
			// A kept review of another entry under the same key (the grouping changed) is not this client's.
			if (!review || review.client !== entry.name || review.sessionCount !== entry.sessions.length) {
				review = buildReview(entry, options);
				this.reviews.set(entry.key, review);
			}
			return caseloadClient(entry, review, options.settings.archivedClients);
		});
		// Clients no longer in the vault are not kept.
		if (this.reviews.size > seen.size) for (const key of this.reviews.keys()) if (!seen.has(key)) this.reviews.delete(key);
		return clients;
	}
}
