import type { CoachingSettings } from '../settings';

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

export type SpeakerSide = 'client' | 'coach' | 'unknown';

export interface SpeakerLine {
	name: string;
	side: SpeakerSide;
	/** The words after the tag; null for a turn header whose words follow on the next lines. */
	words: string | null;
}

function key(name: string): string {
	return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Who a speaker tag names in one note: `Them`, `Client` and the note's client (full or first name) are the client;
 * `Me`, `Coach` and the coach's names are the coach. In a group session only the names are known, and a member's
 * name is not the note's client. Anyone else (`Speaker 1`) is unknown, and unknown is never the client.
 */
export class Speakers {
	private readonly client = new Set<string>();
	private readonly coach = new Set<string>();

	constructor(settings: CoachingSettings, clients: readonly string[]) {
		for (const name of settings.clientLinePrefixes) this.client.add(key(name));
		if (clients.length === 1) {
			this.client.add('them');
			const name = key(clients[0] ?? '');
			if (name !== '') {
				this.client.add(name);
				this.client.add(name.split(' ')[0] ?? name);
			}
		}
		const coachNames = settings.coachNames ?? [];
		for (const name of [...settings.coachLinePrefixes, ...coachNames]) {
			const k = key(name.replace(/^@/, ''));
			if (k === '') continue;
			this.coach.add(k);
			this.coach.add(k.split(' ')[0] ?? k);
		}
	}

	side(name: string): SpeakerSide {
		const k = key(name.replace(/^@/, ''));
		// The coach wins a name both could have: privacy first.
		if (this.coach.has(k)) return 'coach';
		if (this.client.has(k)) return 'client';
		return 'unknown';
	}

	/** The speaker tag a line starts with, or null; only tags that name a speaker this note knows, or `Speaker N`. */
	read(line: string): SpeakerLine | null {
		const header = line.length <= TAG_REACH ? TURN_HEADER.exec(line) : null;
		if (header) {
			const name = (header[1] ?? '').trim();
			const side = this.side(name);
			if (side !== 'unknown' || /^speaker \d+$/i.test(name)) return { name, side, words: null };
		}
		const tagged = SPEAKER.exec(line.length <= TAG_REACH ? line : line.slice(0, TAG_REACH));
		if (!tagged) return null;
		const name = (tagged[1] ?? '').trim();
		const side = this.side(name);
		if (side === 'unknown' && !/^speaker \d+$/i.test(name)) return null;
		return { name, side, words: line.slice(tagged[0].length) };
	}
}
