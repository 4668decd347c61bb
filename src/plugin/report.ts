import { Notice } from 'obsidian';

/**
 * Runs something the coach asked for, in the background; if it fails, a notice says what and why, so no failure is
 * silent and no promise rejection goes unhandled.
 */
export function runAsked(task: () => Promise<unknown>, failure: string): void {
	Promise.resolve()
		.then(task)
		.catch((error: unknown) => {
			new Notice(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
		});
}
