import type { ClientEntry } from '../review/clients';
import { progressPattern } from '../review/progress';
import { type ReviewOptions, reviewReadings } from '../review/review';
import type { ClientWords, SessionReading } from '../session/types';
import type { CoachingSettings } from '../settings';

/**
 * Whether a review asks the progress detector about the words, when detection is on: as `progressReason` does, words
 * a Wins heading or a `win::` field makes progress, and words the coach marked, are decided without it.
 */
export function asksDetector(words: ClientWords): boolean {
	return words.winRule === null && words.progressMark !== 'yes' && words.progressMark !== 'no';
}

/**
 * The progress detector's verdicts on every client's statements, worked out ahead of the coach's reviews and kept in
 * the review options' `detections` (the plugin's index keeps them for its life), so a "Review client" finds each one
 * there. Only the statements a review of the client asks the detector about (`asksDetector`), and only when detection
 * is on. A change makes only the clients it touched to be looked at again (`forget` with the index's updated keys);
 * a text already known costs a lookup. Worked out a statement at a time, while `more()` says to go on, so a slice of
 * background work can end between any two.
 */
export class ProgressVerdictsAhead {
	/** Every client is to be looked at (a first pass, new settings), besides those in `keys`. */
	private all = true;
	private readonly keys = new Set<string>();
	private settings: CoachingSettings | null = null;
	/** The client a slice stopped in the middle of, and where. */
	private working: { entry: ClientEntry; readings: SessionReading[]; session: number; word: number } | null = null;

	/** The clients a change touched (the index's updated keys), or every client (null), are looked at again. */
	forget(keys: ReadonlySet<string> | null): void {
		if (keys === null) this.all = true;
		else for (const key of keys) this.keys.add(key);
		if (this.working && (keys === null || keys.has(this.working.entry.key))) this.working = null;
	}

	/** Whether nothing is left to look at. */
	get done(): boolean {
		return !this.all && this.keys.size === 0 && this.working === null;
	}

	/**
	 * Runs the detector on the statements of the clients to look at, in the entries' order, asking `more()` before
	 * each client and each statement the detector reads. Stops early, with nothing left to do, once the cache is full
	 * (`ProgressDetections.prefill` never pushes a text out). True once nothing is left.
	 */
	fill(entries: readonly ClientEntry[], options: ReviewOptions, more: () => boolean): boolean {
		if (this.settings !== options.settings) {
			this.settings = options.settings;
			this.forget(null);
		}
		const matcher = options.progress !== undefined ? options.progress : progressPattern(options.settings);
		const detections = options.detections;
		if (matcher?.detect !== true || !detections) return this.finish();
		// Every client, named one by one, so that a pass stopped by a slice's end goes on where it was.
		if (this.all) for (const entry of entries) this.keys.add(entry.key);
		this.all = false;
		for (const entry of entries) {
			if (this.working?.entry !== entry) {
				if (!this.keys.has(entry.key)) continue;
				if (!more()) return false;
				this.working = { entry, readings: reviewReadings(entry, options), session: 0, word: 0 };
			}
			const at = this.working;
			for (; at.session < at.readings.length; at.session++, at.word = 0) {
				const words = at.readings[at.session]?.clientWords ?? [];
				for (; at.word < words.length; at.word++) {
					const said = words[at.word];
					if (!said || !asksDetector(said) || detections.knows(said.text)) continue;
					// Full: no statement after this one would be kept either.
					if (detections.full) return this.finish();
					if (!more()) return false;
					detections.prefill(said.text);
				}
			}
			this.keys.delete(entry.key);
			this.working = null;
		}
		return this.finish();
	}

	private finish(): true {
		this.all = false;
		this.keys.clear();
		this.working = null;
		return true;
	}
}
