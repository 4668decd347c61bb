import { lineBounds } from './line-bounds';
import { parseNote } from '../session/parse-note';
import { compileRules } from '../session/rules';
import { type ProgressMark, progressMarkField } from '../session/progress-mark';
import { readSession } from '../session/read-session';
import type { CoachingSettings } from '../settings';

/** The client's statement as the index saw it: the edit goes ahead only if the note still holds exactly this. */
export interface IndexedWords {
	/** 1-based line the statement starts on. */
	line: number;
	/** Its text as read, without a mark. */
	text: string;
}

export type MarkResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

/** A mark at the end of a line, before a block id and trailing spaces: the one space before it is part of it. */
const MARK_IN_LINE = /( ?\[progress::[ \t]*)(yes|no)([ \t]*\])((?:\s+\^[A-Za-z0-9-]+)?\s*)$/i;
const LINE_TAIL = /((?:\s+\^[A-Za-z0-9-]+)?\s*)$/;

/**
 * Marks one client statement "progress" (`yes`), "not progress" (`no`) or unmarks it (`null`) in a note's text, and
 * changes nothing else: ` [progress:: yes]` is added at the end of its first line (before a block id), its value
 * changed, or the field removed. Unmarking a mark this added gives back the note byte for byte. Refuses, changing
 * nothing, when the note no longer holds the statement as it was indexed, or when it is a win (progress by
 * definition).
 */
export function setProgressMark(path: string, text: string, expected: IndexedWords, mark: ProgressMark | null, settings: CoachingSettings, frontmatter: Record<string, unknown> = {}): MarkResult {
	const reading = readSession(parseNote(path, text, frontmatter), compileRules(settings));
	const now = reading.clientWords.find((w) => w.line === expected.line);
	if (!now || now.text !== expected.text) {
		return { ok: false, reason: `${path} has changed since it was read: line ${expected.line} no longer holds "${expected.text}". Nothing was written; try again.` };
	}
	if (now.winRule !== null) return { ok: false, reason: `"${expected.text}" is a win (${now.winRule}), which always counts as progress. Nothing was written.` };
	const bounds = lineBounds(text, expected.line);
	if (!bounds) return { ok: false, reason: `${path} has no line ${expected.line}.` };
	const line = text.slice(bounds.start, bounds.end);
	const existing = MARK_IN_LINE.exec(line);
	let updated: string;
	if (existing) {
		const [whole, open = '', , close = '', tail = ''] = existing;
		const head = line.slice(0, existing.index);
		updated = mark === null ? head + tail : head + open + mark + close + tail;
		if (whole === '') return { ok: false, reason: `Line ${expected.line} of ${path} could not be read.` };
	} else {
		if (mark === null) return { ok: true, text, changed: false };
		const tail = LINE_TAIL.exec(line);
		const cut = tail ? tail.index : line.length;
		updated = line.slice(0, cut) + progressMarkField(mark) + line.slice(cut);
	}
	if (updated === line) return { ok: true, text, changed: false };
	return { ok: true, text: text.slice(0, bounds.start) + updated + text.slice(bounds.end), changed: true };
}
