import { formatDay, plural } from './format';

/** Opening and closing quotation marks a client's words may already be written with. */
const OPENING = /^["“„«‘'‚‹「『]/u;
const CLOSING = /["“”«»‘’'‹›」』][.!?…,]?$/u;

/** Whether `text` is already a quotation, so the product adds no marks of its own ("“"I finally…"”" otherwise). */
export function hasOwnQuotes(text: string): boolean {
	const trimmed = text.trim();
	return trimmed.length >= 2 && OPENING.test(trimmed) && CLOSING.test(trimmed);
}

/** `text` in curly quotation marks, unless it already has its own. */
export function quoted(text: string): string {
	return hasOwnQuotes(text) ? text.trim() : `“${text.trim()}”`;
}

/**
 * How many sessions and when, one wording everywhere: "1 session on 2 Nov 2026", "5 sessions from 3 Jun 2026 to
 * 2 Nov 2026", "no sessions yet". Sessions without a date are counted but give no day.
 */
export function sessionSpan(count: number, first: string | null, last: string | null): string {
	if (count === 0) return 'no sessions yet';
	const n = plural(count, 'session');
	if (!first) return n;
	if (!last || last === first) return `${n} on ${formatDay(first)}`;
	return `${n} from ${formatDay(first)} to ${formatDay(last)}`;
}

/** "raised in N sessions": the one wording for a step or promise that came back. */
export function raisedIn(times: number): string {
	return `raised in ${plural(times, 'session')}`;
}
