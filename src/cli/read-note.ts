import type { MarkdownDocument } from '../core/markdown';
import { type ParsedNote, parseNote, readNoteBody } from '../core/session';
import { readSession } from '../core/session';
import type { ReadingRules } from '../core/session';
import type { SessionReading } from '../core/session';
import { parseFrontmatter } from './frontmatter';

/** A note as `inspect` shows it: the note, its body as the block parser read it, and the session read from both. */
export interface NoteReading {
	note: ParsedNote;
	document: MarkdownDocument;
	session: SessionReading;
}

/** The Node side of the one way in: the core finds the frontmatter block, `yaml` (or its fast path) parses it. */
export function parseNoteText(path: string, text: string): ParsedNote {
	return parseNote(path, text, parseFrontmatter);
}

/** One note read in full, its document kept (for `inspect`): the body is read once, for both. */
export function readNoteText(path: string, text: string, rules: ReadingRules): NoteReading {
	const note = parseNoteText(path, text);
	const document = readNoteBody(note);
	return { note, document, session: readSession(note, rules, document) };
}
