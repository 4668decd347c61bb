/**
 * A verb in the present where the client means the past, as speakers of English as a second language and casual
 * storytellers write it: "Yesterday I go to the gym finally", "Last month I save 400 euro", "I have send my CV to
 * three companies". With a time that is past before it, or "have" before it, the verb is read in the past, so the cues
 * of steps read it as the step it reports. "Today" is left alone: "today I go to the gym" may be a plan.
 */

/** Verbs in the past that do not add "-ed": the simple past, then the participle when it differs. */
const IRREGULAR: Readonly<Record<string, readonly [string, string?]>> = {
	go: ['went', 'gone'], make: ['made'], speak: ['spoke', 'spoken'], send: ['sent'], pay: ['paid'], sell: ['sold'],
	buy: ['bought'], meet: ['met'], write: ['wrote', 'written'], tell: ['told'], give: ['gave', 'given'],
	take: ['took', 'taken'], do: ['did', 'done'], get: ['got'], win: ['won'], run: ['ran', 'run'], find: ['found'],
	quit: ['quit'], apply: ['applied'], submit: ['submitted'], stop: ['stopped'], begin: ['began', 'begun'],
};
/** Verbs of a step that add "-ed" (or "-d" after an "e"). */
const REGULAR = 'finish open start talk call save book ask join visit sign launch pass complete change move register contact';
/** Verbs that are nouns as often after "have" ("I have book club", "I have call with HR", "I have start date"). */
const NOUNS_TOO = new Set('open start talk call book visit sign pass change move contact run'.split(' '));

const PAST = new Map<string, readonly [string, string]>([
	...Object.entries(IRREGULAR).map(([verb, [past, participle = past]]) => [verb, [past, participle]] as const),
	...REGULAR.split(' ').map((verb) => {
		const past = verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
		return [verb, [past, past]] as const;
	}),
]);
const VERB = [...PAST.keys()].join('|');
const DONE = [...PAST.keys()].filter((verb) => !NOUNS_TOO.has(verb)).join('|');
/**
 * A time that is past ("yesterday", "last week", not "on Monday", which may be the next), then "i" or "we", then the
 * verb; or "i have" or "we have" (not "have to"), then a verb that is no noun as well.
 */
const PRESENT_MEANT_AS_PAST = new RegExp(
	`\\b((?:yesterday|last (?:week|night|month|weekend|year)|this morning),? (?:i|we) (?:also |finally |already )?)(${VERB})\\b` +
		`|\\b((?:i|we) have (?:already |just |finally |now )?)(${DONE})\\b(?! to\\b)`,
	'g',
);

/** The text with each verb in the present that means the past put in the past (`PRESENT_MEANT_AS_PAST`). */
export function presentAsPast(text: string): string {
	if (!text.includes('have ') && !text.includes('yesterday') && !text.includes('last ') && !text.includes('morning')) return text;
	return text.replace(PRESENT_MEANT_AS_PAST, (whole: string, time?: string, verb?: string, have?: string, done?: string) => {
		if (time !== undefined && verb !== undefined) return time + (PAST.get(verb)?.[0] ?? verb);
		if (have !== undefined && done !== undefined) return have + (PAST.get(done)?.[1] ?? done);
		return whole;
	});
}
