import { UNCLOSED_FRONTMATTER } from '../markdown/document';
import { splitLines } from '../markdown/lines';
import type { MarkdownDocument } from '../markdown/types';
import type { CoachingSettings } from '../settings';
import type { BodyReading } from './body-classifier';
import { classifyBody } from './classify-body';
import { getField, readStringList } from './frontmatter-fields';
import { NONE } from './none';
import { type ParsedNote, readNoteBody } from './parse-note';
import { type Head, readHead } from './read-head';
import type { ReadingRules } from './rules';
import type { Extract, SessionReading } from './types';

export type { FrontmatterError, ParsedNote } from './parse-note';

const UNCLOSED = Object.freeze([{ kind: 'frontmatter-unclosed' as const, line: 0, message: UNCLOSED_FRONTMATTER }]);

/**
 * Who and when a note says (role, clients, date, session number, ratings, a profile's aliases and goals property),
 * read from its frontmatter, path and file name without reading its body: enough to list clients. Its warnings
 * are the head's: the body's show when the note is read in full.
 */
export function readWhoAndWhen(note: ParsedNote, rules: ReadingRules): SessionReading {
	const headEnd = note.unclosed ? note.text.length : note.bodyOffset;
	const head = readHead(note, rules.settings, note.unclosed ? UNCLOSED : NONE, note.text.slice(0, headEnd), () => splitLines(note.text).lines);
	return finish(head, rules.settings, null);
}

/**
 * Reads one note as a coaching session: who and when, then its body sorted into the client's words, the coach's
 * notes and action steps. `document` is the body already read by the block parser (`readNoteBody`), for a caller
 * that keeps it. When the properties are missing although the note has a frontmatter block, what can be read is
 * salvaged and a warning says so. Never throws on note content.
 */
export function readSession(note: ParsedNote, rules: ReadingRules, document: MarkdownDocument = readNoteBody(note)): SessionReading {
	const head = readHead(note, rules.settings, document.problems, note.text, () => document.lines);
	const body = classifyBody(document, rules, head.reading.role === 'profile', head.unclosedEnd, head.reading.clients, head.propertyLines);
	return finish(head, rules.settings, body);
}

/** The reading: the body's lists (the shared empty one without a body), a profile's goals and aliases, the warnings. */
function finish(head: Head, settings: CoachingSettings, body: BodyReading | null): SessionReading {
	const { reading, data, note } = head;
	// An inline `<!--` its paragraph never closed hid text the block reader could not see.
	for (const problem of body?.problems ?? NONE) note.warn(problem.kind, problem.line + 1, problem.message);
	let goals: readonly Extract[] = body ? body.goals : NONE;
	if (reading.role === 'profile') {
		const goalLine = note.keyLine(settings.goalsKey);
		const rule = `the "${settings.goalsKey}" property of the profile`;
		const profileGoals = readStringList(getField(data, settings.goalsKey)).map((goal) => ({ text: goal, line: goalLine, rule }));
		// After the body's own: a new list, so the shared empty one is never changed.
		if (profileGoals.length > 0) goals = [...goals, ...profileGoals];
	}
	// Named one by one, not spread: a spread copy cost the command line a tenth of its run.
	return {
		path: reading.path,
		role: reading.role,
		clients: reading.clients,
		date: reading.date,
		dateSource: reading.dateSource,
		number: reading.number,
		ratings: reading.ratings,
		actionSteps: body ? body.actionSteps : NONE,
		clientWords: body ? body.clientWords : NONE,
		coachNotes: body ? body.coachNotes : NONE,
		goals,
		questions: body && body.questions.length > 0 ? body.questions : NONE,
		tags: readTags(getField(data, 'tags')),
		archived: reading.role === 'profile' && isArchived(getField(data, settings.archivedKey), settings.archivedValue),
		aliases: reading.role === 'profile' ? readStringList(getField(data, settings.aliasesKey)) : NONE,
		warnings: note.warnings ?? NONE,
		statusReports: body?.statusReports ?? NONE,
		markers: body?.markers ?? NONE,
	};
}

/** Frontmatter tags (a list, or one text of tags split by commas or spaces), without `#`, lower case; NONE for none. */
export function readTags(value: unknown): readonly string[] {
	const items = typeof value === 'string' ? value.split(/[,\s]+/) : readStringList(value);
	// A set, not a search of the list: a hostile note may list a million tags.
	let tags: Set<string> | null = null;
	for (const item of items) {
		const tag = item.trim().replace(/^#/, '').toLowerCase();
		if (tag !== '') (tags ??= new Set()).add(tag);
	}
	return tags ? [...tags] : NONE;
}

/** Whether a property's value is the archived value (any case), or a list holding it. */
function isArchived(value: unknown, archivedValue: string): boolean {
	const wanted = archivedValue.trim().toLowerCase();
	if (wanted === '') return false;
	const values = Array.isArray(value) ? value : [value];
	return values.some((v) => typeof v === 'string' && v.trim().toLowerCase() === wanted);
}
