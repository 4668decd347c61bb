/** Arithmetic on calendar days `YYYY-MM-DD`, in UTC so the time zone never moves a day. */

export function dayNumber(day: string): number {
	const y = Number(day.slice(0, 4));
	const m = Number(day.slice(5, 7));
	const d = Number(day.slice(8, 10));
	return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function daysBetween(from: string, to: string): number {
	return dayNumber(to) - dayNumber(from);
}

/** Today as a calendar day in the local time zone (what the coach's calendar says). */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `YYYY-MM-DD` naming a day the calendar has: `2026-02-30` and `2026-13-45` are not days. */
export function isDay(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const [y, m, d] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
	// Date.UTC rolls an impossible day over into the next month; a real one comes back as written.
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
