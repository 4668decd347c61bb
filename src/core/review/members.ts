import type { ClientWords, SessionReading } from '../session/types';
import { clientKey } from '../names';

/** Another member's words in a group session: context for the reviewed client, marked with who said them. */
export interface OthersWords {
	text: string;
	line: number;
	rule: string;
	/** The member who said them, as the session's frontmatter names them. */
	speaker: string;
}

/** One session as one of its clients sees it: what is theirs or the whole group's, and the others' words apart. */
export interface MemberView {
	reading: SessionReading;
	othersWords: OthersWords[];
}

/**
 * A group session (`client: [Ann, Bob]`) seen by one member (`keys`: the client's name keys): the words, goals and steps
 * the note gives another member (`speaker`) are taken out of the reading, so they never count as the member's words,
 * progress, goals or steps; the others' words are kept apart as context. Unattributed lines stay the group's. A
 * session of one client, or one naming no speaker, is returned as it is, its lists shared and not copied.
 */
export function memberView(reading: SessionReading, keys: readonly string[]): MemberView {
	if (reading.clients.length < 2) return { reading, othersWords: [] };
	const isOther = (speaker: string | undefined) => speaker !== undefined && !keys.includes(clientKey(speaker));
	const othersSpeak = reading.clientWords.some((w) => isOther(w.speaker)) || reading.actionSteps.some((s) => isOther(s.speaker)) || reading.goals.some((g) => isOther(g.speaker));
	if (!othersSpeak) return { reading, othersWords: [] };
	const own: ClientWords[] = [];
	const othersWords: OthersWords[] = [];
	for (const words of reading.clientWords) {
		if (words.speaker !== undefined && isOther(words.speaker)) othersWords.push({ text: words.text, line: words.line, rule: words.rule, speaker: words.speaker });
		else own.push(words);
	}
	return {
		reading: {
			...reading,
			clientWords: own,
			goals: reading.goals.filter((g) => !isOther(g.speaker)),
			actionSteps: reading.actionSteps.filter((s) => !isOther(s.speaker)),
		},
		othersWords,
	};
}

/**
 * Each session's view by one client, kept while the reading is the same object: a rebuilt review then hands the
 * thread checkpoints (`ThreadCheckpoints`) the very readings of the build before, so a client in group sessions
 * links only what changed too. Held weakly: a reading replaced in the index takes its views with it.
 */
export class MemberViews {
	/** By reading, its views by each member asked for so far (a group has a few members). */
	private readonly byReading = new WeakMap<SessionReading, { keys: string; view: MemberView }[]>();

	view(reading: SessionReading, keys: readonly string[]): MemberView {
		// A session of one client is its own view: nothing to keep.
		if (reading.clients.length < 2) return memberView(reading, keys);
		const joined = keys.join('\n');
		let kept = this.byReading.get(reading);
		if (!kept) this.byReading.set(reading, (kept = []));
		const known = kept.find((k) => k.keys === joined);
		if (known) return known.view;
		const view = memberView(reading, keys);
		kept.push({ keys: joined, view });
		return view;
	}
}
