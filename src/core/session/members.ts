import { escapeRegExp } from '../text';
import { normaliseHeading } from './headings';
import { place, type Placement } from './placement';
import type { ReadingRules } from './rules';
import { coachLinePrefixesFor } from './who';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A step's text without the member it names, and that member. */

/** Longest name a speaker mark is looked for with. */
const MAX_NAME_LENGTH = 80;
const MAX_NAME_WORDS = 6;
export interface MemberStep {
	speaker: string;
	text: string;
	/** How the note named them, for the rule: "'Bob:'" or "'(@Bob)'". */
	mark: string;
}

/**
 * The members of a group session (`client: [Ann, Bob]`) and the marks that give a line or step to one of them:
 * `Bob:` or `**Bob:**` at the start of a line or step, `(@Bob)` or `@Bob` in a step. Each member is known by the name
 * as written and by its first word when no other member shares it. The coach's and the client's line prefixes
 * (`Coach:`, `Me:`, the `coachNames`, `Client:`) are never a member's: the coach is never a member.
 */
export class GroupMembers {
	private readonly byName = new Map<string, string>();
	private readonly linePattern: RegExp | null;
	private readonly mentionPattern: RegExp | null;
	private readonly placements = new Map<string, Placement>();

	constructor(
		members: readonly string[],
		private readonly rules: ReadingRules,
	) {
		const reserved = new Set([...coachLinePrefixesFor(rules.settings), ...rules.settings.clientLinePrefixes].map(normaliseHeading));
		const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? '';
		const firstWords = new Map<string, number>();
		for (const member of members) {
			const first = normaliseHeading(firstWord(member));
			firstWords.set(first, (firstWords.get(first) ?? 0) + 1);
		}
		// Names as written, for the patterns; looked up again by their normalised form.
		const written: string[] = [];
		const add = (name: string, member: string) => {
			// No one is called by more than a few words: a longer "name" (a broken list) marks no line, and keeps the
			// pattern small.
			if (name.length > MAX_NAME_LENGTH || name.trim().split(/\s+/).length > MAX_NAME_WORDS) return;
			const key = normaliseHeading(name);
			if (key === '' || reserved.has(key) || this.byName.has(key)) return;
			this.byName.set(key, member);
			written.push(name.trim());
		};
		for (const member of members) add(member, member);
		for (const member of members) {
			const first = firstWord(member);
			if (first.length > 1 && first !== member.trim() && firstWords.get(normaliseHeading(first)) === 1) add(first, member);
		}
		const names = written.sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'));
		const alternatives = names.join('|');
		this.linePattern = names.length ? new RegExp(`^[ \\t]*(?:\\*\\*|__)?(${alternatives})(?:\\*\\*|__)?[ \\t]*:(?!:)(?:\\*\\*|__)?[ \\t]*(.*)$`, 'iu') : null;
		// No lookbehind (iOS before 16.4 cannot compile one): `mention` skips an `@name` glued to a word (`me@Sam`).
		this.mentionPattern = names.length ? new RegExp(`[ \\t]*(\\(@(?:${alternatives})\\)|@(?:${alternatives}))(?![\\p{L}\\p{N}])`, 'giu') : null;
	}

	/** The first `(@name)` or `@name` of a member in `text` that is not glued to the word before it. */
	private mention(text: string): RegExpExecArray | null {
		const pattern = this.mentionPattern;
		if (!pattern) return null;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
			const mark = match[1] ?? '';
			const at = match.index + match[0].length - mark.length;
			if (mark.startsWith('(') || at === 0 || !WORD_CHARACTER.test(text.charAt(at - 1))) return match;
		}
		return null;
	}

	/** The member a name as written stands for. */
	private member(written: string): string | undefined {
		return this.byName.get(normaliseHeading(written));
	}

	/** The member a name as written stands for (`Bob`, `Bob Lee`), or undefined: a step's owner column or `Bob to …`. */
	named(written: string): string | undefined {
		return this.member(written.replace(/^@/, ''));
	}

	/** Where a line starting with a member's name goes, and the words after it; null when it names no member. */
	line(text: string): { placement: Placement; words: string } | null {
		const match = this.linePattern?.exec(text);
		const written = match?.[1];
		const member = written === undefined ? undefined : this.member(written);
		if (!match || member === undefined || written === undefined) return null;
		const key = written.toLowerCase();
		let placement = this.placements.get(key);
		if (!placement) {
			placement = place('client', this.rules.intern(`a line starting '${written}:' in a group session: ${member}'s words, no one else's`), null, false, member);
			this.placements.set(key, placement);
		}
		return { placement, words: match[2] ?? '' };
	}

	/** The member a step names, and its text without that mark; null when it names none. */
	step(text: string): MemberStep | null {
		const prefixed = this.linePattern?.exec(text);
		const written = prefixed?.[1];
		const byPrefix = written === undefined ? undefined : this.member(written);
		if (prefixed && byPrefix !== undefined) return { speaker: byPrefix, text: prefixed[2] ?? '', mark: `'${written ?? ''}:'` };
		const mention = this.mention(text);
		const mark = mention?.[1];
		if (!mention || mark === undefined) return null;
		const member = this.member(mark.replace(/^\(?@|\)$/g, ''));
		if (member === undefined) return null;
		return { speaker: member, text: text.slice(0, mention.index) + text.slice(mention.index + mention[0].length), mark: `'${mark}'` };
	}
}
