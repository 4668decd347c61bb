import { MONTH } from './lexicon';
import { isWordCode } from './pattern-source';

/** The values the metric reads a number by (`numberValue`, "fifty-eight", "£1,200", "4.2k") and orders periods by. */

const NUMBER_NAMES: Record<string, number> = { zero: 0, none: 0, once: 1, twice: 2, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, weeks: 14, days: 1, half: 0.5 };

/** Minutes in a unit of time, so "two days" and "four hours" compare; null for any other word. */
const MINUTES: Record<string, number> = { second: 1 / 60, sec: 1 / 60, minute: 1, min: 1, hour: 60, hr: 60, day: 1440, week: 10080, wk: 10080, fortnight: 20160, month: 43800, year: 525600 };
export function timeUnit(word: string | undefined): number | null {
	if (word === undefined) return null;
	return MINUTES[word] ?? MINUTES[word.endsWith('s') ? word.slice(0, -1) : word] ?? null;
}

export function numberValue(text: string): number {
	const name = NUMBER_NAMES[text];
	if (name !== undefined) return name;
	// "fifty-eight": tens and units.
	const [tens, units] = text.split('-');
	const compound = tens !== undefined && units !== undefined ? (NUMBER_NAMES[tens] ?? Number.NaN) + (NUMBER_NAMES[units] ?? Number.NaN) : Number.NaN;
	if (!Number.isNaN(compound)) return compound;
	const value = Number.parseFloat(text.replace(/[£$€,]/g, ''));
	return Number.isNaN(value) ? Number.NaN : text.endsWith('k') ? value * 1e3 : text.endsWith('m') ? value * 1e6 : text.endsWith('b') ? value * 1e9 : value;
}

/** 1 when a number rose from `before` to `now`, -1 when it fell, 0 when it did not move or either is no number. */
export function moved(before: number, now: number): number {
	if (Number.isNaN(before) || Number.isNaN(now) || before === now) return 0;
	return now > before ? 1 : -1;
}

const MONTHS = MONTH.split('|');
/** When a period is, to order two: a month ("sep", "sept", "september") or quarter this year, a year before those; NaN for any other word. */
export function periodRank(word: string | undefined): number {
	if (word === undefined) return Number.NaN;
	const month = word.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(word)) + 1 : 0;
	if (month > 0) return month;
	if (/^[qh]\d$/.test(word)) return Number(word[1]) * (word[0] === 'q' ? 3 : 6);
	return /^\d{4}$/.test(word) ? Number(word) - 1e4 : Number.NaN;
}

/** Words a number that moved does not stand right after ("the three of us", "every two weeks"). */
const DETERMINERS = new Set('the only no every any which this that each another some'.split(' '));

/**
 * Whether a number at `at` stands where a number that moved may: at the start, after a mark (not a currency sign), or
 * after a space that follows the start, a mark or a word (a whole run of `\w`) that is no determiner. Checked by hand
 * where the number is found, as a lookbehind would; a pattern that looked for it at every place cost more.
 */
export function notAfterDeterminer(text: string, at: number): boolean {
	if (at === 0) return true;
	const before = text.charCodeAt(at - 1);
	// "£", "$", "€".
	if (before !== 32) return !isWordCode(before) && before !== 163 && before !== 36 && before !== 8364;
	let start = at - 1;
	while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
	return !DETERMINERS.has(text.slice(start, at - 1));
}
