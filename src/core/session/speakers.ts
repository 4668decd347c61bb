import type { GroupMembers } from './members';
import type { CoachingSettings } from '../settings';
import { place, type Placement } from './placement';
import type { ReadingRules } from './rules';
import { coachLinePrefixesFor } from './who';

/**
 * A speaker tag at the start of a line, with a timestamp before or after the name or none: `Name:`, `**Name:**`,
 * `**Name**:`, `Name (00:12:03):`, `[00:12] Name:`, `**Them** *(10:02:19)*:`, `Speaker 1:`. Group 1 is the name,
 * the words follow the match.
 */
const SPEAKER = /^[ \t]*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?[ \t]+)?(?:\*\*|__)?([\p{L}][\p{L}\p{N}.'\u2019 -]{0,40}?)(?:\*\*|__)?[ \t]*(?:[*_]?[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?[*_]?)?[ \t]*(?:\*\*|__)?:(?!:|\/\/)(?:\*\*|__)?[ \t]*/u;
/** A tag is near the start of its line: only so much of a line is searched for one, so a long line costs no more. */
const TAG_REACH = 120;
/** A transcript's turn header alone on its line, the words on the lines after it (Otter: `Jo Banks  12:04`). */
const TURN_HEADER = /^[ \t]*(?:\*\*|__)?([\p{L}][\p{L}\p{N}.'\u2019 -]{0,40}?)(?:\*\*|__)?[ \t]+[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?[ \t]*$/u;
const NUMBERED_SPEAKER = /^speaker \d+$/i;

export type SpeakerSide = 'client' | 'coach' | 'member' | 'unknown';

export interface SpeakerLine {
	name: string;
	side: SpeakerSide;
	/** For a group session's member, the member as the frontmatter names them. */
	member?: string;
	/** The words after the tag; null for a turn header whose words follow on the next lines. */
	words: string | null;
}

function key(name: string): string {
	// Most names are written with single spaces: only the others pay for a pattern.
	const plain = /\s\s|[\t\n\r]/.test(name) ? name.replace(/\s+/g, ' ') : name;
	return plain.trim().toLowerCase();
}

/** The speaker names the settings give each side, as compared: made once per settings (`compileRules`), not per note. */
export interface SpeakerKeys {
	coach: ReadonlySet<string>;
	client: ReadonlySet<string>;
}

export function speakerKeys(settings: CoachingSettings): SpeakerKeys {
	const coach = new Set<string>();
	for (const name of coachLinePrefixesFor(settings)) {
		const k = key(name.replace(/^@/, ''));
		if (k === '') continue;
		coach.add(k);
		coach.add(k.split(' ')[0] ?? k);
	}
	return { coach, client: new Set(settings.clientLinePrefixes.map(key)) };
}

/** Whether a line could end with a time (`12:04`, `(12:04)`): its last character past spaces is a digit or a bracket. */
function mayEndWithTime(line: string): boolean {
	let at = line.length - 1;
	while (at >= 0 && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at--;
	const c = line.charCodeAt(at);
	return (c >= 48 && c <= 57) || c === 41 || c === 93;
}

/**
 * Who a speaker tag names in one note: `Them`, `Client` and the note's client (full or first name) are the client;
 * `Me`, `Coach` and the coach's names are the coach. In a group session a member's name is that member alone, and
 * `Them` says no one in particular. Anyone else (`Speaker 1`, `Them` in a group) is unknown, and unknown is never the
 * client: their words are the coach's notes.
 */
export class Speakers {
	/** The one client's own names (`them`, full and first name); none in a group session. */
	private readonly clientNames: string[] = [];
	/** Where each tag's words go, by name and kind: one object per speaker, not per line (made on the first tag). */
	private placements: Map<string, Placement> | null = null;

	constructor(
		private readonly rules: ReadingRules,
		clients: readonly string[],
		private readonly members: GroupMembers | null = null,
	) {
		if (clients.length === 1) {
			const name = key(clients[0] ?? '');
			this.clientNames.push('them');
			if (name !== '') this.clientNames.push(name, name.split(' ')[0] ?? name);
		}
	}

	/** Which side a name is on; a group member's name is `member` (see `memberNamed`). */
	side(name: string): SpeakerSide {
		const k = key(name.replace(/^@/, ''));
		// The coach wins a name both could have: privacy first.
		const { speakers } = this.rules;
		if (speakers.coach.has(k)) return 'coach';
		if (speakers.client.has(k) || this.clientNames.includes(k)) return 'client';
		if (this.members?.named(name) !== undefined) return 'member';
		return 'unknown';
	}

	/** A tag for `name` on `side`, or null for a name no one knows (a `Name:` line may be anything: "Note:", "Goal:"). */
	private tag(name: string, side: SpeakerSide, words: string | null): SpeakerLine | null {
		if (side === 'member') return { name, side, member: this.members?.named(name), words };
		if (side !== 'unknown' || NUMBERED_SPEAKER.test(name) || key(name) === 'them') return { name, side, words };
		return null;
	}

	/** The speaker tag a line starts with, or null; only tags that name a speaker this note knows, or `Speaker N`. */
	read(line: string): SpeakerLine | null {
		// A header ends with its time; a tag's colon is near the start: lines that have neither need no pattern.
		const header = line.length <= TAG_REACH && mayEndWithTime(line) ? TURN_HEADER.exec(line) : null;
		if (header) {
			const name = (header[1] ?? '').trim();
			const tag = this.tag(name, this.side(name), null);
			if (tag) return tag;
		}
		const colon = line.indexOf(':');
		if (colon < 0 || colon > TAG_REACH) return null;
		const tagged = SPEAKER.exec(line.length <= TAG_REACH ? line : line.slice(0, TAG_REACH));
		if (!tagged) return null;
		const name = (tagged[1] ?? '').trim();
		return this.tag(name, this.side(name), line.slice(tagged[0].length));
	}

	/**
	 * Where a tag's words go, with the rule that says why: the client's for the client, a member's for that member
	 * alone (never another member's words), else the coach's.
	 */
	placement(tag: SpeakerLine): Placement {
		const id = `${tag.words === null ? 'header' : 'tag'}\u0000${key(tag.name)}`;
		const placements = (this.placements ??= new Map<string, Placement>());
		let known = placements.get(id);
		if (!known) {
			const what = tag.words === null ? `a transcript turn headed '${tag.name}' and a time, its words on the lines after` : `a speaker tag '${tag.name}:'`;
			const member = tag.side === 'member' ? (tag.member ?? null) : null;
			const why =
				tag.side === 'client'
					? "the client (their name, 'Them' or 'Client')"
					: member !== null
						? `${member} in a group session: ${member}'s words, no one else's`
						: tag.side === 'coach'
							? "the coach (a coach's name, 'Me' or 'Coach')"
							: "a speaker the note does not name as its client: the coach's, never the client's";
			const target = tag.side === 'client' || member !== null ? 'client' : 'coach';
			known = place(target, this.rules.intern(`${what}, ${why}`), null, false, member);
			placements.set(id, known);
		}
		return known;
	}
}
