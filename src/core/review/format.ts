/** Small wording helpers shared by the Markdown and text renderers. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-10-14` as "14 Oct 2026": the same in every locale and time zone. */
export function formatDay(day: string | null): string {
	if (!day) return 'no date';
	const [y, m, d] = day.split('-');
	return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "about every 2 weeks" from a median gap in days. */
export function describeCadence(days: number | null): string | null {
	if (days === null) return null;
	if (days <= 1) return 'about daily';
	if (days < 7) return `about every ${days} days`;
	const weeks = Math.round(days / 7);
	if (days < 28) return weeks === 1 ? 'about weekly' : `about every ${weeks} weeks`;
	const months = Math.round(days / 30);
	return months <= 1 ? 'about monthly' : `about every ${months} months`;
}

export function firstName(name: string): string {
	return name.trim().split(/\s+/)[0] ?? name;
}

export const STATUS_LABEL: Record<string, string> = {
	open: 'open',
	'in-progress': 'in progress',
	done: 'done',
	dropped: 'dropped',
};
