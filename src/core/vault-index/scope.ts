import { type Frontmatter, getField } from '../session/frontmatter-fields';
import type { SessionReading, Warning } from '../session/types';
import type { CoachingSettings } from '../settings';

/** What is known of a note's frontmatter before its text is read (Obsidian's metadata cache, or a parsed head). */
export interface NoteHead {
	/** The parsed properties; null when the note has none or its YAML is broken. */
	frontmatter: Frontmatter | null;
	/** Whether the note opens with a frontmatter block, parsed or not. */
	hasFrontmatter: boolean;
}

function trimSlashes(folder: string): string {
	return folder.replace(/^\/+|\/+$/g, '');
}

function isMarkdownPath(path: string): boolean {
	return path.length > 3 && path.slice(-3).toLowerCase() === '.md';
}

function underFolder(path: string, folder: string): boolean {
	return folder !== '' && path.startsWith(`${folder}/`);
}

/**
 * The one scope rule, for the plugin and the command line alike: whether a note may be a session or a profile.
 * A Markdown note under the client folder always may (its folder names the client); elsewhere it must be under one of
 * the session folders (any folder when none are set), and, when its head is known, its frontmatter must name a client
 * or mark a profile, or be broken (it is read to warn and to salvage the client). Without a head, the path decides and
 * the reading does the rest (`keepsReading`).
 */
export function mayBeSession(path: string, settings: CoachingSettings, head?: NoteHead | null): boolean {
	if (!isMarkdownPath(path)) return false;
	if (underFolder(path, trimSlashes(settings.clientFolder))) return true;
	const folders = settings.sessionFolders.map(trimSlashes).filter((f) => f !== '');
	if (folders.length > 0 && !folders.some((f) => underFolder(path, f))) return false;
	if (!head) return true;
	const { frontmatter } = head;
	if (!frontmatter) return head.hasFrontmatter;
	if (settings.clientKeys.some((key) => getField(frontmatter, key) !== undefined)) return true;
	const type = getField(frontmatter, settings.typeKey);
	return typeof type === 'string' && type.trim().toLowerCase() === settings.profileTypeValue.toLowerCase();
}

/** Frontmatter values that say a note is no session whatever it holds (as `sessionLikeness` reads its tags). */
const NOT_SESSION_KEYS = ['tags', 'tag', 'type', 'category', 'categories'];
const NOT_SESSION_VALUE = /\b(?:daily|journal|books?|reading|templates?)\b/i;

function markedNotSession(frontmatter: Frontmatter): boolean {
	return NOT_SESSION_KEYS.some((key) => {
		const value = getField(frontmatter, key);
		const values: unknown[] = Array.isArray(value) ? value : [value];
		return values.some((v) => typeof v === 'string' && NOT_SESSION_VALUE.test(v));
	});
}

/**
 * Whether a note is worth reading at all: one that may be a session or profile by its head (`mayBeSession`), and
 * any other note in the session folders that its frontmatter does not mark as a daily, journal, book or template
 * note. Such a note may name its client in property lines atop its body (an exported page) or look like a session
 * that names no one, which the warnings tell; what it is, reading decides (`VaultIndex.admit`).
 */
export function mayHoldSession(path: string, settings: CoachingSettings, head?: NoteHead | null): boolean {
	if (mayBeSession(path, settings, head)) return true;
	if (!mayBeSession(path, settings)) return false;
	if (/(?:^|\/)templates?\//i.test(path)) return false;
	return !(head?.frontmatter && markedNotSession(head.frontmatter));
}

/** A warning about a note's frontmatter: reported even for a note that is no one's, since it may be what hid its client. */
export function isFrontmatterWarning(warning: Warning): boolean {
	return warning.kind === 'frontmatter-invalid' || warning.kind === 'frontmatter-unclosed';
}

/** Whether the index keeps a reading: a session or a profile, or a note whose broken frontmatter needs a warning. */
export function keepsReading(reading: SessionReading): boolean {
	return reading.role !== 'none' || reading.warnings.some(isFrontmatterWarning);
}

/** The warnings a kept reading reports: all of a session's or profile's; only the frontmatter's for anyone else's. */
export function reportedWarnings(reading: SessionReading): readonly Warning[] {
	return reading.role !== 'none' ? reading.warnings : reading.warnings.filter(isFrontmatterWarning);
}
