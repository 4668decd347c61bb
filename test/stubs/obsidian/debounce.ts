/** Obsidian's `debounce`, following obsidian.d.ts: the call runs once, `timeout` ms after the first call (after the last with `resetTimer`), with the latest arguments. */

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: [...T] | null = null;
	const fire = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		const args = pending;
		pending = null;
		if (args) return cb(...args);
	};
	const debounced = ((...args: [...T]) => {
		pending = args;
		if (timer !== null && resetTimer) clearTimeout(timer);
		if (timer === null || resetTimer) timer = setTimeout(fire, timeout);
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pending = null;
		return debounced;
	};
	debounced.run = fire;
	return debounced;
}
