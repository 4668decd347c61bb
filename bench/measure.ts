/** Small timing helpers: a median of repetitions, which shared and noisy machines need. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** How long each figure's code runs untimed first: a pass over 1,000 notes takes ~10 ms, and V8 has the reader fully compiled only after several. */
export const WARM_UP_MS = 300;

/**
 * The median of `reps` timed runs, after running untimed for a while (at least once) so the JIT compiler has
 * compiled the code: the same for both sides of a ratio. The reader section also prints its first, cold pass.
 */
export function time(fn: () => void, reps: number): number {
	const warm = performance.now() + WARM_UP_MS;
	do fn();
	while (performance.now() < warm);
	const samples: number[] = [];
	for (let r = 0; r < reps; r++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

/**
 * The medians of `reps` timed runs of each of `fns`, taking turns (one run of each a round) after running them
 * untimed for a while: a figure and its baseline then see the same moments of a shared machine, and their ratio
 * does not move with its load.
 */
export function timeInTurns(fns: (() => void)[], reps: number): number[] {
	const warm = performance.now() + WARM_UP_MS;
	do for (const fn of fns) fn();
	while (performance.now() < warm);
	const samples: number[][] = fns.map(() => []);
	for (let r = 0; r < reps; r++) {
		fns.forEach((fn, k) => {
			const start = performance.now();
			fn();
			samples[k]?.push(performance.now() - start);
		});
	}
	return samples.map(median);
}
