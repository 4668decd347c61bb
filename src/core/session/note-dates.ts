/**
 * Dates as people write them: `March 3, 2026`, `3 March 2026`, `Thursday 4 June 2026`, `14 Jul 2026`, `14/07/2026`,
 * ISO dates and date-times, `20260902-…` file names. Read as text, never through `Date`: a date is the calendar day
 * written, the same in every time zone.
 */

/** A day read from text, or a date whose day and month cannot be told apart (`03/04/2026`): a warning, never a guess. */
export type WrittenDate = { kind: 'day'; day: string } | { kind: 'ambiguous'; text: string };

const MONTHS: Record<string, number> = {
	jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
	jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
	dec: 12, december: 12,
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31));
}

function dayOf(year: number, month: number, day: number): WrittenDate | null {
	if (!isCalendarDay(year, month, day)) return null;
	return { kind: 'day', day: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
/**
 * A word start, without a lookbehind (older iOS has none): the character before is matched, not looked at. ASCII
 * classes, not `\p{L}`: Unicode property classes cost milliseconds to build on first use, in every note read.
 */
const B = '(?:^|[^A-Za-z0-9\\u00C0-\\u024F])';
const E = '(?![A-Za-z0-9\\u00C0-\\u024F])';
const ISO = new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`);
const ISO_SLASH = new RegExp(`${B}(\\d{4})/(\\d{1,2})/(\\d{1,2})${E}`);
/** `March 3, 2026`, `Mar 3rd 2026`. */
const MONTH_DAY_YEAR = new RegExp(`${B}${MONTH_NAME}\\s+${ORDINAL},?\\s+(\\d{4})${E}`, 'i');
/** `3 March 2026`, `3rd of March, 2026`, `14 Jul 2026`. */
const DAY_MONTH_YEAR = new RegExp(`${B}${ORDINAL}(?:\\s+of)?\\s+${MONTH_NAME},?\\s+(\\d{4})${E}`, 'i');
/** `14/07/2026`, `14.07.2026`, `14-07-2026`. */
const NUMERIC = new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${E}`);
/** `20260902-coaching.md`, `20260902 notes`. */
const COMPACT = new RegExp(`${B}(\\d{4})(\\d{2})(\\d{2})(?=[-_ .T]|$)`);

export interface WrittenDateOptions {
	/** Read `20260902` as a date (file names). */
	compact?: boolean;
	/** How the coach writes numeric dates (the `numericDateOrder` setting); unset, an ambiguous one is not read. */
	order?: string;
}

/**
 * The first date written in `text`, in any of the forms above. A `dd/mm/yyyy` whose parts could be either way round
 * (both 12 or under, and different) is ambiguous; `14/07/2026` is not (14 is no month).
 */
export function readWrittenDate(text: string, options: WrittenDateOptions = {}): WrittenDate | null {
	let m = ISO.exec(text);
	if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
	m = MONTH_DAY_YEAR.exec(text);
	if (m) return dayOf(Number(m[3]), monthNumber(m[1]), Number(m[2]));
	m = DAY_MONTH_YEAR.exec(text);
	if (m) return dayOf(Number(m[3]), monthNumber(m[2]), Number(m[1]));
	m = ISO_SLASH.exec(text);
	if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
	m = NUMERIC.exec(text);
	if (m) {
		const first = Number(m[1]);
		const second = Number(m[3]);
		const year = Number(m[4]);
		if (first > 12) return dayOf(year, second, first);
		if (second > 12) return dayOf(year, first, second);
		if (first === second) return dayOf(year, first, first);
		if (options.order === 'day-month') return dayOf(year, second, first);
		if (options.order === 'month-day') return dayOf(year, first, second);
		return isCalendarDay(year, first, second) ? { kind: 'ambiguous', text: `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}` } : null;
	}
	if (options.compact) {
		m = COMPACT.exec(text);
		if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
	}
	return null;
}

function monthNumber(name: string | undefined): number {
	return MONTHS[(name ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** A date in a file name (`2026-10-14 Susan.md`, `Grace Liu - 7 Oct 2026.md`, `20260902-call.md`), or null. */
export function writtenDateFromFileName(path: string, order = ''): WrittenDate | null {
	const name = (path.split('/').pop() ?? path).replace(/\.md$/i, '');
	return readWrittenDate(name, { compact: true, order });
}

/** A frontmatter value read as a written date: a string in any form above, or a `Date` read in UTC. */
export function writtenDateFromValue(value: unknown, order = ''): WrittenDate | null {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		return { kind: 'day', day: value.toISOString().slice(0, 10) };
	}
	if (typeof value === 'number' && Number.isInteger(value)) return readWrittenDate(String(value), { compact: true });
	if (typeof value !== 'string') return null;
	return readWrittenDate(value, { compact: /^\s*\d{8}\s*$/.test(value), order });
}
