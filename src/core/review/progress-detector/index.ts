import { CUES, asking, cueValuesOf, progressFlags, readCues } from './cues';
import { normaliseStatement } from './normalise';
import { BIAS, WEIGHTS } from './weights';

/**
 * Whether a client's statement reports progress, by the labelling rule in `test/fixtures/progress/README.md`: a
 * step taken, a result, a streak, an old habit stopped, someone's recognition, a change for the better (hedged or
 * not) count; a plan, a wish, a question, a doubt, a struggle, a gain undone or a change for the worse do not.
 *
 * Why rules plus a small linear model: the cues are general patterns of how people talk (a verb in the past with
 * the client as subject, a number that rose, "not … for three weeks"), written by hand so they hold for statements
 * nobody here has seen and so each can say why in a coach's words; how much each cue counts against the others
 * (a step taken beats "again", a plan beats a verb in the past) is learned from the training corpus by
 * `scripts/train-progress-detector.mjs`, because those trade-offs are many and hand-set weights drift. No word of the
 * corpus is a feature, so the model cannot memorise its sentences. Pure and offline. Fast: the statement is read in
 * one pass, each word looked up once in one table that answers every word list, gate and weight (`statement.ts`,
 * `word-index.ts`); each cue's patterns are split into parts gated on a word they cannot match without (`gates.ts`,
 * worked out when the detector is built and kept as recipes, `gated-parts.ts`, so a new process only follows them), so
 * a statement runs the few parts its words open rather than every pattern; and the cues that veto others run first, so
 * a gain they veto runs none.
 */
export interface ProgressVerdict {
	progress: boolean;
	/** Why it is progress, as rule text a coach reads ("reports a result: a number that rose"); null when it is not. */
	reason: string | null;
	/**
	 * The model's score: above 0 is progress. When no cue of progress holds, the cues against are not tried and the
	 * score leaves them out (the statement is not progress either way).
	 */
	score: number;
}

export function detectProgress(statement: string): ProgressVerdict {
	const text = normaliseStatement(statement);
	let score = BIAS;
	let bestWeight = 0;
	let bestReason: string | null = null;
	let hedged = false;
	const read = readCues(text);
	const values = progressFlags(read, ASKING);
	// No cue of progress holds: not progress, whatever the cues against would say (they were not tried).
	if (values === null) return { progress: false, reason: null, score: score + read.wordScore };
	for (let i = 0; i < CUE_WEIGHTS.length; i++) {
		const weight = CUE_WEIGHTS[i] ?? 0;
		if (weight === 0 || values[i] !== 1) continue;
		score += weight;
		if (i === HEDGE_AT) hedged = true;
		// A hedge gives the reason only when nothing else argues for progress ("I think the team is starting to own things").
		const rank = i === HEDGE_AT ? 0 : weight;
		if (weight > 0 && (bestReason === null || rank > bestWeight)) {
			bestWeight = rank;
			bestReason = CUES[i]?.reason ?? null;
		}
	}
	score += read.wordScore;
	// Words only tip the balance: a statement is progress only when a cue of progress speaks for it, and says why.
	if (score <= 0 || bestReason === null) return { progress: false, reason: null, score };
	return { progress: true, reason: hedged && !bestReason.includes('hedged') ? `${bestReason} (hedged)` : bestReason, score };
}

/** Each cue's weight, in the order of `CUES`. */
const CUE_WEIGHTS: readonly number[] = CUES.map((cue) => WEIGHTS[cue.id] ?? 0);
const HEDGE_AT = CUES.findIndex((cue) => cue.id === 'hedge');
/** The cues with no weight: they change neither the score nor the reason, so a detection does not try them. */
const ASKING = asking(CUE_WEIGHTS.map((weight) => weight === 0));

/** Which cues a statement shows, by id: what the trainer learns from and what `inspect` can show. */
export function progressCues(statement: string): string[] {
	const values = cueValuesOf(readCues(normaliseStatement(statement)));
	return CUES.filter((_, i) => values[i] === true).map((cue) => cue.id);
}

export { normaliseStatement } from './normalise';
export { CUES, cueValues } from './cues';
