import { detach } from '../text';
import { NONE } from './none';
import type { SessionReading } from './types';

/**
 * A reading made fit to keep for a long time, as the plugin's index does: every text copied out of its note into a
 * string of its own (one byte a character where it can be), and every list cut to its length. The reader itself
 * does not copy, since a reading used once and dropped (the command line) would pay for nothing. `fromWide`: the
 * note is stored two bytes a character (`isWide`), so its pieces are worth narrowing.
 */
export function compactReading(reading: SessionReading, fromWide = true): SessionReading {
	reading.clientWords = cut(reading.clientWords);
	reading.coachNotes = cut(reading.coachNotes);
	reading.goals = cut(reading.goals);
	reading.questions = cut(reading.questions);
	reading.actionSteps = cut(reading.actionSteps);
	reading.warnings = cut(reading.warnings);
	if (reading.statusReports) reading.statusReports = cut(reading.statusReports);
	if (reading.markers) reading.markers = cut(reading.markers);
	for (const report of reading.statusReports ?? []) {
		report.subject = detach(report.subject, fromWide);
		report.text = detach(report.text, fromWide);
	}
	for (const list of [reading.clientWords, reading.coachNotes, reading.goals, reading.actionSteps]) for (const item of list) item.text = detach(item.text, fromWide);
	return reading;
}

/** A list cut to its length; an empty one is the list every reading shares. */
function cut<T>(list: readonly T[]): readonly T[] {
	return list.length === 0 ? NONE : list.slice();
}
