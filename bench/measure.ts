/** Small timing helpers: a median of repetitions, which shared and noisy machines need. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median of `reps` timed runs, after one untimed run so the JIT compiler has seen the code (for both sides of a ratio). */
export function time(fn: () => void, reps: number): number {
	fn();
	const samples: number[] = [];
	for (let r = 0; r < reps; r++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	return median(samples);
}
