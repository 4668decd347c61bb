import { readMarkdown } from '../markdown/document';
import { findFrontmatter } from '../markdown/frontmatter';
import type { FrontmatterBlock, MarkdownDocument } from '../markdown/types';
import type { Frontmatter } from './frontmatter-fields';

export interface FrontmatterError {
	message: string;
	/** 1-based line in the note, when the parser knew it. */
	line?: number;
}

/** What a YAML parser made of a frontmatter block: the properties, or null and why. */
export interface ParsedFrontmatter {
	data: Frontmatter | null;
	error?: FrontmatterError;
}

/** Parses a frontmatter block (the command line's `yaml`); called only for a note that has one. */
export type FrontmatterParser = (block: FrontmatterBlock) => ParsedFrontmatter;

/** One note, its frontmatter found once: what `readSession` and `readWhoAndWhen` read. Plain data. */
export interface ParsedNote {
	readonly path: string;
	readonly text: string;
	/** The YAML block Obsidian reads as properties; null when the note has none (or one holding only comments). */
	readonly block: FrontmatterBlock | null;
	/** The properties: Obsidian's, or what the parser made of `block`; null when there are none or they did not parse. */
	readonly frontmatter: Frontmatter | null;
	/** Why the parser gave no properties for `block`. */
	readonly frontmatterError?: FrontmatterError;
	/** Where the body starts: a position in `text` and its 0-based line (0 for a frontmatter never closed). */
	readonly bodyOffset: number;
	readonly bodyLine: number;
	/** Set when `---` opens a frontmatter that no `---` line closes. */
	readonly unclosed: boolean;
	/** The closed block, even one holding only blank lines and comments: the block parser's yaml section. */
	readonly fences: FrontmatterBlock | null;
}

/**
 * The one way a note's text comes in: its frontmatter end is found here, once. `frontmatter` is the properties
 * already parsed (Obsidian's metadata cache: null or absent when it has none), or a parser to run on the block
 * found. When a block's properties are missing, the reader salvages what it can and warns.
 */
export function parseNote(path: string, text: string, frontmatter?: Frontmatter | null | FrontmatterParser): ParsedNote {
	const scan = findFrontmatter(text);
	const block = scan.hasContent ? scan.block : null;
	let data: Frontmatter | null = null;
	let error: FrontmatterError | undefined;
	if (typeof frontmatter === 'function') {
		if (block) {
			const parsed = frontmatter(block);
			data = parsed.data;
			error = parsed.error;
		}
	} else data = frontmatter ?? null;
	return {
		path,
		text,
		block,
		frontmatter: data,
		...(error ? { frontmatterError: error } : {}),
		bodyOffset: scan.bodyOffset,
		bodyLine: scan.bodyLine,
		unclosed: scan.unclosed,
		fences: scan.block,
	};
}

/** The note's body read by the block parser, from where `parseNote` found it starts (the whole note is split). */
export function readNoteBody(note: ParsedNote): MarkdownDocument {
	return readMarkdown(note.text, {}, { block: note.fences, hasContent: note.block !== null, unclosed: note.unclosed, bodyOffset: note.bodyOffset, bodyLine: note.bodyLine });
}
