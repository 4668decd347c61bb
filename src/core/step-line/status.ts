import type { StepStatus } from './types';

/**
 * The checkbox characters a step may hold, as the README lists them: `[ ]` open, `[x]`/`[X]` done, `[-]` dropped,
 * `[/]` in progress, `[>]` carried forward (still open). Any other character (`[🙂]`, `[?]`) makes no step.
 */
export function isStepStatusChar(char: string): boolean {
	return char === ' ' || char === 'x' || char === 'X' || char === '-' || char === '/' || char === '>';
}

/** The status a checkbox character stands for; null (a plain list item) and `>` are open. */
export function statusFromChar(char: string | null): StepStatus {
	switch (char) {
		case 'x':
		case 'X':
			return 'done';
		case '-':
			return 'dropped';
		case '/':
			return 'in-progress';
		default:
			return 'open';
	}
}

/** The checkbox character each status is written as. */
export const STATUS_CHAR: Readonly<Record<StepStatus, string>> = { open: ' ', done: 'x', dropped: '-', 'in-progress': '/' };
