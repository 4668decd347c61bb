import { readMarkdown, readMarkdownHead } from '../core/markdown/document';
import type { MarkdownDocument } from '../core/markdown/types';
import { readSession } from '../core/session/read-session';
import type { SessionReading } from '../core/session/types';
import type { ReadingRules } from '../core/session/rules';
import type { CoachingSettings } from '../core/settings';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter';

export interface NoteReading {
	document: MarkdownDocument;
	frontmatter: ParsedFrontmatter;
	session: SessionReading;
}

export interface ReadNoteOptions {
	/** The settings compiled once for many notes. */
	rules?: ReadingRules;
	/** Read just who and when, for listing clients. */
	headOnly?: boolean;
	/** Keep the whole document as the block parser reads it (for `inspect`), not only the head. */
	fullDocument?: boolean;
}

/**
 * The Node side of reading one note: the core reader finds its frontmatter block, `yaml` parses it, then the session
 * model reads the note. `document` is the note's head unless `fullDocument` is asked for.
 */
export function readNoteText(path: string, text: string, settings: CoachingSettings, options: ReadNoteOptions = {}): NoteReading {
	const document = options.fullDocument ? readMarkdown(text) : readMarkdownHead(text);
	const frontmatter = parseFrontmatter(document.frontmatter);
	const session = readSession(path, text, frontmatter.data, settings, {
		document,
		headOnly: options.headOnly === true,
		...(options.rules ? { rules: options.rules } : {}),
		...(frontmatter.error ? { frontmatterError: frontmatter.error } : {}),
	});
	return { document, frontmatter, session };
}
