import { type Events, Modal, Notice } from './obsidian';

/**
 * A source of signals: calls `notify` each time what it watches may have changed, and returns how to stop watching.
 * Tests wait on these, never on a clock or a poll: a slow machine only waits longer.
 */
export type Signal = (notify: () => void) => () => void;

/**
 * Settles once `condition` holds: checked at once, then again on each signal. No clock: should no signal ever make the
 * condition true, the test fails by the runner's own time limit, never passes by chance.
 */
export function until(condition: () => boolean, ...signals: Signal[]): Promise<void> {
	if (condition()) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const stops: (() => void)[] = [];
		let done = false;
		const finish = (error?: Error) => {
			done = true;
			for (const stop of stops) stop();
			if (error) reject(error);
			else resolve();
		};
		const check = () => {
			if (done) return;
			try {
				if (condition()) finish();
			} catch (error) {
				finish(error instanceof Error ? error : new Error('The condition threw'));
			}
		};
		for (const signal of signals) {
			const stop = signal(check);
			if (done) stop();
			else stops.push(stop);
		}
	});
}

/** Any change in the DOM under `root` (nodes added or removed, text, attributes), detached or in a page. */
export function domChanges(root: Node): Signal {
	return (notify) => {
		const observer = new MutationObserver(notify);
		observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
		return () => observer.disconnect();
	};
}

/** The named events of an Obsidian `Events`: the vault's, the metadata cache's, the plugin's index's. */
export function eventsOf(emitter: Events, ...names: string[]): Signal {
	return (notify) => {
		const refs = names.map((name) => emitter.on(name, notify));
		return () => {
			for (const ref of refs) emitter.offref(ref);
		};
	};
}

/** The vault's own events for every write, creation, rename and deletion. */
export const vaultEvents = (vault: Events): Signal => eventsOf(vault, 'create', 'modify', 'rename', 'delete');

/** Each notice the plugin shows (the stub's `Notice` records it and tells its listeners). */
export const noticeShown: Signal = (notify) => {
	Notice.listeners.add(notify);
	return () => Notice.listeners.delete(notify);
};

/** Each modal as it opens (the stub's `Modal` records it and tells its listeners). */
export const modalOpened: Signal = (notify) => {
	Modal.listeners.add(notify);
	return () => Modal.listeners.delete(notify);
};

/** Whether a promise has settled, and its settling as a signal (a build's end, say). */
export function settling(promise: Promise<unknown>): { settled: () => boolean; signal: Signal } {
	let settled = false;
	const listeners = new Set<() => void>();
	const done = () => {
		settled = true;
		for (const listener of [...listeners]) listener();
	};
	promise.then(done, done);
	return {
		settled: () => settled,
		signal: (notify) => {
			listeners.add(notify);
			return () => listeners.delete(notify);
		},
	};
}
