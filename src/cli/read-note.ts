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

/**
 * The Node side of reading one note: the core reader, its frontmatter block through `yaml`, then the session model.
 * `headOnly` reads just who and when, for listing clients.
 */
export function readNoteText(path: string, text: string, settings: CoachingSettings, rules?: ReadingRules, headOnly = false): NoteReading {
	const document = headOnly ? readMarkdownHead(text) : readMarkdown(text);
	const frontmatter = parseFrontmatter(document.frontmatter);
	const session = readSession(path, text, frontmatter.data, settings, {
		document,
		headOnly,
		...(rules ? { rules } : {}),
		...(frontmatter.error ? { frontmatterError: frontmatter.error } : {}),
	});
	return { document, frontmatter, session };
}
