import { anyOf, matchesNotAfterEndings, notAfter } from './preceding';
import { DUMPED_ON, IN_CIRCLES, LAPSED, OTHERS_DID, PROMISED, RECOVERED, SELF_MOCKING, UNDONE_AFTER, WAVED_AWAY, WITH_A_CATCH } from './turns';
import { type Statement, readStatement } from './statement';
import { metricGateWords } from './metric';
import { type Gates, type WordIndex, buildWordIndex, has, prefixKey } from './word-index';
import { WORD_WEIGHTS } from './weights';
import { BETTER, HABIT, MONTH, TIME_SPAN, TWO_TO_TEN, WEEKDAY } from './lexicon';
import { ABSENCE, CAME_THROUGH, LATER, LED_TO, NOT_YET, PROUD_OF_OTHER, QUOTED_PRAISE, REVERSED, SAVED, SHARE_DONE, SOUGHT_AFTER, TIMED, TIMED_PACE, UNDERSTATED } from './plain-speech';
import { ACHIEVEMENT_WORDS, ADVERBS, AFTER_JOY, AGAIN, changeWords, COUNT, FEEDBACK, FEELING, FIRST, FIRST_WORSE, firstWorse, FUTURE_TIME, GETTING, HABIT_STOPPED, HEDGE, NEGATED_STEP, NUMBER_WORD, otherSubject, PAST, QUESTION, REALISATION_WORDS, RECOGNITION, RECOGNITION_WORDS, SELF, START, STEP, STREAK_WORDS, TAKES, UNDONE_AFTER_WORDS, WORSE_RE, both, gated, habitGateOf, withReversal, patternParts, re, withWont } from './cue-patterns';
import { raw } from './pattern-source';
import { oneByteText } from './gated-parts';

/**
 * The cues a statement is read by: each a general pattern of how people report progress (a step taken, a result, a
 * streak, an old habit stopped, someone's recognition, a change) or report something else (a plan, a wish, a
 * question, a doubt, a struggle, a gain undone, a change for the worse). A cue for progress carries the reason a
 * coach reads when it decides; the weights that balance the cues are learned (`weights.ts`).
 */
export interface Cue {
	id: string;
	/** +1 for a cue of progress, -1 for a cue against. The trainer keeps each weight on its side. */
	side: 1 | -1;
	/** Why a statement is progress when this cue decides it: rule text a coach reads. */
	reason: string;
	/** What the statement must have before any part is tried (a cheap look at its words), when anything. */
	needs?: (statement: Statement) => boolean;
	/**
	 * The cue holds when one of its parts does. A function: cutting the patterns into their gated parts (by the recipes
	 * of `gated-parts.ts`) still takes a few milliseconds, so it is done at the first detection, not when the plugin loads.
	 */
	parts: () => readonly CuePart[];
}

/** One way a cue can hold: a test, tried only on a statement that has the part's gate word (when it has one). */
export interface CuePart {
	/** Words the statement must have one of (whole, or beginning with a prefix), or null: always tried. */
	gate: { words: readonly string[]; prefixes: readonly string[] } | null;
	test: (statement: Statement) => boolean;
}

export type { Statement } from './statement';


/** Gains a statement reports as undone ("…and then binged on Saturday") do not count. */
/** A streak free of an old habit, counted: "Day 40 sober", "three months smoke-free", "ten weeks AF". */
const FREE_STREAK = re(raw`\b(?:${NUMBER_WORD}|a) (?:${TIME_SPAN}|wks?|mths?|yrs?)(?: now| today)? (?:sober|clean|dry|(?:smoke|alcohol|booze|drink|sugar|vape|nicotine|gambling|bet|caffeine|porn|debt|spend|shopping)[ -]?free|af|off (?:the )?(?:booze|drink|cigarettes|cigs|fags|vape|sugar))\b|\bday (?:${NUMBER_WORD})[,.]? (?:sober|clean|dry|(?:smoke|alcohol|booze|drink|sugar|vape|nicotine|gambling)[ -]?free|af)\b|\b(?:sober|clean|smoke-?free|alcohol-?free|dry) (?:for|since) (?!(?:a|the) (?:while|bit)\b)|\b(?:sober|clean|smoke-?free|alcohol-?free|dry|af) (?:\d+\/(?:52|7|12)|(?:x ?)?\d+ (?:wks?|weeks?|days?|months?|mths?))|\bno (?:[\w-]+ ){0,2}x ?\d+ (?:wks?|weeks?|days?|months?|mths?)\b`);

/** A cue read by any of several gated patterns: each part keeps what its own pattern needs, and the cue holds when one part does. */
const orGated = (...cues: Pick<Cue, 'needs' | 'parts'>[]): Pick<Cue, 'needs' | 'parts'> => ({
	needs: undefined,
	parts: () => cues.flatMap(({ needs, parts }) => (needs === undefined ? parts() : parts().map((part) => ({ gate: part.gate, test: (st: Statement) => needs(st) && part.test(st) })))),
});

const HABIT_GAINS = 'step streak now';
const WORSE_AT_GAINS = 'step now streak first no-longer';
/** "I'm not sure I've actually changed": a doubt about the change outweighs the change. */
const DOUBT_GAINS = 'step change now hedge habit-less no-longer';
/** "My boss said I need to be more visible": feedback asking for change is no recognition, and the change is wished for. */
const FEEDBACK_GAINS = 'recognition change';
/** "We went to the coast for the weekend": a trip or a routine is no step toward anything. */
const ROUTINE_GAINS = 'step';
const UNDONE_GAINS = 'step achievement first finally habit-stopped no-longer streak now change';

/** Which cues a normalised statement shows, in the order of `CUES`. */
export function cueValues(text: string): boolean[] {
	return cueValuesOf(readCues(text));
}

/** A normalised statement, read for the cues (`readStatement`). */
export function readCues(text: string): Statement {
	return readStatement(oneByteText(text), wordIndex());
}

/**
 * Which cues a read statement shows. A part whose gate word the statement lacks is not tried: the one look-up per word
 * of `readStatement` says which parts may match (`Statement.opened`), then only those and the ungated ones run.
 */
export function cueValuesOf(statement: Statement): boolean[] {
	return Array.from(cueFlags(statement), (flag) => flag === 1);
}

/**
 * `cueValuesOf` as flags (1: the cue holds) in an array that is the detector's own and is overwritten by the next
 * call: read it before detecting again. One array for every statement, so a detection allocates none. The cues
 * `unasked` marks are not tried (their flag stays 0) unless they veto others: a detection needs no cue the model
 * gives no weight.
 */
export function cueFlags(statement: Statement, unasked?: readonly boolean[]): Uint8Array {
	const { values, needs } = tablesOfParts();
	values.fill(0);
	// 0: not asked yet, 1: the cue's `needs` holds, 2: it does not, or the cue is vetoed or not asked for: it is not tried.
	needs.fill(0);
	if (unasked !== undefined) for (let i = 0; i < needs.length; i++) if (unasked[i] === true && VETOES_FIRST[i] !== true) needs[i] = 2;
	// The cues that veto others first: a gain they veto is false whatever its parts say, so its parts need not run.
	tryParts(statement, values, needs, true);
	applyVetoes(statement, values, needs);
	tryParts(statement, values, needs, false);
	return values;
}

/**
 * `cueFlags` for a detection, the cues of progress first: a statement is progress only when one of them holds, and
 * the cues against only ever take a gain away, so when none holds the cues against are not tried at all (null; about
 * half of what clients say). Otherwise the flags are `cueFlags`'s, each cue of progress tried once.
 */
export function progressFlags(statement: Statement, { unasked, gains, rest }: Asking): Uint8Array | null {
	if (!GAINS_FIRST) return cueFlags(statement, unasked);
	const { values, needs } = tablesOfParts();
	values.fill(0);
	needs.set(gains);
	tryParts(statement, values, needs, false);
	if (values.indexOf(1) < 0) return null;
	// Then as `cueFlags`: the cues that veto others, their vetoes, the rest; the gains, known now, are not tried again.
	needs.set(rest);
	tryParts(statement, values, needs, true);
	applyVetoes(statement, values, needs);
	tryParts(statement, values, needs, false);
	return values;
}

/** The cues a detection leaves out, and the `needs` each round of `progressFlags` starts from: worked out once, not per statement. */
export interface Asking {
	unasked: readonly boolean[];
	gains: Uint8Array;
	rest: Uint8Array;
}

export const asking = (unasked: readonly boolean[]): Asking => ({
	unasked,
	gains: Uint8Array.from(CUES, (_, i) => (IS_GAIN[i] === true && unasked[i] !== true ? 0 : 2)),
	rest: Uint8Array.from(CUES, (_, i) => (IS_GAIN[i] === true || (unasked[i] === true && VETOES_FIRST[i] !== true) ? 2 : 0)),
});

function applyVetoes(statement: Statement, values: Uint8Array, needs: Uint8Array): void {
	for (const [at, gains, when] of VETOES) {
		if (values[at] !== 1 || (when !== undefined && !when(statement))) continue;
		for (const i of gains) {
			values[i] = 0;
			needs[i] = 2;
		}
	}
}

/** Tries the parts a statement opens (and the ungated ones) of the cues that veto others, or of the rest. */
function tryParts(statement: Statement, values: Uint8Array, needs: Uint8Array, vetoing: boolean): void {
	const { ungated, cue: cueOf, tests } = tablesOfParts();
	const { opened } = statement;
	// The parts the words open first: they are narrower and cheaper, and a cue one of them shows needs no ungated part.
	for (let k = 0; k < ungated.length + opened.length; k++) {
		const id = k < opened.length ? (opened[k] ?? 0) : (ungated[k - opened.length] ?? 0);
		const cue = cueOf[id] ?? 0;
		if (values[cue] === 1 || VETOES_FIRST[cue] !== vetoing) continue;
		if (needs[cue] === 0) {
			const need = CUES[cue]?.needs;
			needs[cue] = need === undefined || need(statement) ? 1 : 2;
		}
		if (needs[cue] === 1 && tests[id]?.(statement) === true) values[cue] = 1;
	}
}

/** Faces of dismay, irony or embarrassment (🙃 🫠 😩 🙈 🤦 😬 😫 😭 😞 😔 😣 😖 😒 🙄 😕 😟 😢 😥 😓 💀), as UTF-16 pairs. */
const GLUM = /\uD83D[\uDE43\uDE29\uDE48\uDE2C\uDE2B\uDE2D\uDE1E\uDE14\uDE23\uDE16\uDE12\uDE44\uDE15\uDE1F\uDE22\uDE25\uDE13\uDC80]|\uD83E[\uDD26\uDEE0]/;

/** One cue: its id, its side, the reason a coach reads, and how it is read. */
const cue = (id: string, side: 1 | -1, reason: string, read: Pick<Cue, 'needs' | 'parts'>): Cue => ({ id, side, reason, ...read });

export const CUES: readonly Cue[] = [
	// For progress.
	cue('step', 1, 'reports a step taken', orGated(gated(STEP, (st) => st.past), gated(UNDERSTATED))),
	cue('achievement', 1, 'reports something achieved', orGated(gated(re(raw`${START}${SELF}?\s*${ADVERBS}(?:made (?:the )?shortlist|got (?=the|my|our|into|through|shortlisted|approved|picked|promoted|\d|first|a (?:promotion|raise|pay rise|place|job|contract|grant|yes|distinction|first|new client|new job|callback|full))|landed|won|passed|earned|secured|closed|signed|completed|finished|achieved|hit|reached|made|launched|published|delivered|graduated|qualified|nailed|smashed|accomplished|climbed|survived|paid off)\b(?! (?:nothing|nowhere|no\b|worse|over|rejected|rock bottom|(?:the |a |an |another |my )?(?:form )?(?:rejection|refusal|knock-?back|boot|sack|limit|wall|brick wall)|bought|ill|sick|up to|stuck|lost|it wrong|back))|(?:^|[.!?;:,] |\b(?:i|we|i've|we've|i'd|we'd|have|has|and|but|just|finally|now|officially|also) )(?:was|were|got|been|is|i'm|am) (?:made (?:a |the )?(?:head|lead|manager|director|partner|captain|chair|permanent|senior|principal)|appointed|elected|re-elected|certified|accredited|licensed|called to the bar|accepted|approved|published|shortlisted|offered|promoted|selected|picked|nominated|invited|hired|signed off|funded|featured|awarded|chosen|asked to (?:lead|present|mentor|speak|join))\b|\b(?:offer|application|proposal|bid|pitch|book|article|paper|app|grant|loan|visa) (?:was |got |has been )?(?:accepted|approved|published|successful|funded)\b|\b(?:approved|accepted|funded|shortlisted|signed off|greenlit) (?:our|my)\b|\b(?:approved|accepted|funded|signed off|greenlit|granted) (?:the|our|my) (?:\w+ )?(?:loan|grant|application|proposal|bid|visa|mortgage|budget|business case|funding|request|transfer|promotion|pitch|offer)\b|\b(?:the|our|my) [\w-]+(?: [\w-]+)? (?:hit|reached|finished|completed|launched|went live|passed|exceeded|beat|won|made (?:more|a profit|money))\b|(?:^|[.!?;] )(?:(?!(?:not|never|nothing|none|no|still|yet|to|will|be|being|half|almost|nearly|deadline|[\w]+n't)\b)[\w:/&'-]+ ){1,5}(?:signed|done|closed|sorted|booked|sent|submitted|accepted|approved|paid|live|launched|finished|completed?|delivered|agreed|fixed|filed|renewed|consolidated|updated|mastered|published|registered|cleared|returned|repaid|confirmed|passed|hired|collected|rewritten)(?: \d\d?\/\d\d?)?(?:[.!,:]|$)|^(?!(?:nothing|none|no|not|never)\b)(?:(?!(?:not|never|nothing|still|yet|to|will|be|being|no|deadline|[\w]+n't)\b)[\w&'-]+ ){1,5}(?:submitted|booked(?! (?:solid|out|up)\b)|signed|written|sent(?! (?:me|us|round|around)\b)|filed|approved|paid off|cleared|completed|finished|launched|live|accepted|agreed|collected|kept|received|recieved|registered|extended)\b(?! (?:by|on|for|next|tomorrow|soon|until|yet|to be|in (?:the )?(?:${MONTH}|spring|summer|autumn|winter|new year)))(?![^.]*\?)|^[\w &'-]{2,40}: (?:\d+|all|most) (?:of |\/ ?)\d+ (?:[\w-]+ )?(?:done|written|complete|completed|finished|sent|submitted)\b|^(?:(?!fell\b)[\w-]+ ){1,2}(?:in!|through(?:[.!]|$))|\bthrough to (?:the )?(?:next|final|last|second|third|[2-9](?:nd|rd|th)|\w+-round)\b|\b(?:offers?|keys|contract|visa|cheque) (?:[\w-]+ ){0,4}in (?:my |our )?hands?\b|\b(?:the|our|my) (?:[\w-]+ )?(?:deal|sale|round|refinanc\w*|acquisition|purchase|merger) (?:has )?(?:closed|completed|went through)\b|^[\w-]+(?: [\w-]+)?(?:'s| is| are|'re) (?:all |now |finally )?(?:done|finished|sorted|complete|paid off|cleared|submitted|signed|live)(?:[.!,]|$)|\bour [\w-]+ got (?:the|a|an|our|its)\b|\b(?:target|goal)\b.{0,20}\b(?:hit|reached|met|smashed)\b|\bsold out\b|\bbroke even\b|!$|\b(?:closed|finished|done|delivered|shipped|launched|came in|landed|went live|went out|completed|submitted),? (?:[\w-]+ ){0,4}(?:on time|on budget|early|under budget|ahead of (?:schedule|plan))\b|\b(?:1\d\d|[2-9]\d\d)% (?:of|to) (?:[\w-]+ )?(?:target|quota|plan|goal|budget)\b|\b(?:quota|target|plan) attainment (?:1\d\d|[2-9]\d\d)%|\b(?:ahead of|above|beat|beating|exceeded|smashed) (?:the |our |my )?(?:target|quota|plan|goal|forecast)\b|\b(?:went|gone|turned|is now|are now) (?:cash-?flow )?(?:positive|into (?:the )?black|into profit|profitable)\b|\b(?:the|my|our) (?:[\w-]+ ){0,2}[\w-]+(?: is| are| was| were|'s|'re) (?:now |finally |all |half |nearly |almost |officially |actually )?(?:done|finished|complete|completed|written|drafted|built|live|submitted|published|booked(?! (?:solid|out|up)\b)|signed|signed off|sorted|fixed|paid off|cleared|filed|launched|handed in|sent off|in the post|mastered|announced|approved|empty|(?:in|out)(?=[.!,;]|$))\b(?! (?:by|on|for|next|tomorrow|soon|until|yet)\b)`), ACHIEVEMENT_WORDS), gated(CAME_THROUGH), gated(TIMED_PACE, (st) => st.hasNumber && st.text.includes(':')), gated(TIMED, (st) => st.hasNumber), gated(SAVED), gated(SHARE_DONE))),
	cue('first', 1, 'reports something done for the first time', gated(FIRST, has('first never first-ever 1st'), (s) => !firstWorse(s.text))),
	cue('finally', 1, 'reports something finally done', gated(re(raw`\bfinally\s+(?:${PAST}|got|did|have|had|said|admitted|asked|spoke)\b|\b${PAST}\b[^.!?]{0,40}\bat last\b`), has('finally last'))),
	cue('metric', 1, 'reports a result: a number that rose', { parts: () => [{ gate: null, test: (s) => s.metric === 1 }] }),
	cue('metric-less', 1, 'reports a result: a number that fell, for the better', { parts: () => [{ gate: null, test: (s) => s.metric === 2 }] }),
	cue('count', 1, 'reports a result: a count of things done', gated(COUNT, (st) => st.hasNumber || TAKES(st))),
	cue('record', 1, 'reports a result: a best or a record', gated(re(raw`\b(?:best (?:month|week|year|quarter|day|time|result|score|ever|yet)|our best|my best(?! (?:friends?|mates?|pals?|people|staff|engineers?|clients?|customers?|players?|team|man|girl)\b)|record|most ever|personal best|pbs?|first (?:five|six|seven|[5-9])-figure|first (?:month|week|quarter|year|day|time) (?:over|above|past)|top (?:three|five|ten|\d+)|highest|fastest)\b`), has('best record most personal first top highest fastest pb pbs'))),
	// "4/5 days", "14 out of 16 days logged", "No-spend days 19/30", "OKRs 4/5 green": a tally of days kept (not "mood 3/10").
	cue('tally', 1, 'reports a result: a tally of days kept', gated(re(raw`\b(?:[2-9]|[1-9]\d) ?(?:\/|of|out of) ?\d+ (?:weekdays|workdays|days|nights|mornings|evenings|sessions|weeks|workouts|runs|swims|walks|lunches|green|done|complete|logged|planned|this (?:week|month))\b|\b(?:days|nights|mornings|evenings|sessions|workouts)(?: [\w-]+)?:? (?:[2-9]|[1-9]\d) ?\/ ?\d+\b`), (s) => s.hasNumber)),
	cue('streak', 1, 'reports a streak', gated(re(raw`\b(?:${NUMBER_WORD})\s+(?:${TIME_SPAN})\b.{0,25}\b(?:without|sober|clean|free|in a row|straight|running|smoke-free|off)\b|\bday \d+\b|\b(?:${NUMBER_WORD}) (?:${TIME_SPAN}) of (?:\w+ )?(?:yoga|running|walking|journaling|meditat\w*|sobriety|training|exercise|practice|writing|reading)\b|\b(?:in a row|every (?:day|morning|night|evening|week|${WEEKDAY})(?: this| that| for| of| since)?|(?:${NUMBER_WORD}) (?:days?|nights?|mornings?|evenings?|times?) (?:out of|a week|this week|in a row)|(?:${NUMBER_WORD}) out of (?:seven|7|five|5|ten|10)|(?:${NUMBER_WORD}) (?:${WEEKDAY}|weekend)s (?:running|in a row|straight))\b`), (s) => s.hasNumber || STREAK_WORDS(s))),
	// A streak free of an old habit ("Day 40 sober", "three months smoke-free") is the habit stopped, said as a count.
	cue('habit-stopped', 1, 'reports an old habit that has stopped', orGated(gated(HABIT_STOPPED, both(has("didn't haven't hasn't hadn't never don't won't no not without zero 0 stopped quit cut gave given off did have has do"), (s) => s.habit)), gated(FREE_STREAK), gated(ABSENCE))),
	cue('habit-less', 1, 'reports an old habit cut down', gated(re(raw`\b(?:${HABIT})\w* (?:way |much |a lot |far |a bit |a little )?less\b|\b(?:much |way |far |a lot |a bit |a little )?less (?:${HABIT})|\bcut (?:down|back) (?:on )?(?:${HABIT})`), has('less cut'))),
	cue('no-longer', 1, 'reports a change for the better: something no longer done', gated(re(raw`\b(?:no longer|any more|anymore|no more|stopped (?:being|buying|checking|worrying|apologising|overthinking)|quit (?:the|smoking|drinking|sugar|my)|cut (?:out|down)|given up (?:\w+ing|sugar|alcohol|booze|caffeine|the)|gave up (?:\w+ing|sugar|alcohol|booze|caffeine|the)|used to)\b`))),
	cue('own-words', 1, 'reports progress, in their own words', gated(re(raw`\b(?:making (?:a lot of |lots of |some |real |good |great |so much |huge |steady )?progress|made (?:\w+ )?(?:a lot of |some |real |good |great |so much )?progress|progressing|come (?:such |a )?(?:long way|far)|moving forward|turned a corner|on the right track|a breakthrough)\b`), has('making made progressing come moving turned track breakthrough'))),
	cue('change', 1, 'reports a change for the better', orGated(gated(re(raw`\b(?:${BETTER})\b`)), gated(LED_TO))),
	cue('compared', 1, 'reports a change for the better, against how it was', gated(re(raw`\b(?:the way (?:i|it|they|she|he|we) (?:did|used to)|(?:as|than) (?:i|we)(?:'d)? (?:ever )?(?:used to|did|was|were|have|had)|than (?:before|ever before|it was|they were|last (?:time|year|month|week))|used to (?:be|get|take|have|do|spend|feel|dread|hate)|i can (?:now )?\w+ (?:\w+ ){0,3}(?:now|again|without)|(?:i'm|i am) (?:now )?able to|i've learned to|i've learnt to|i've become|i find it (?:easier|less|more)|less of a (?:battle|struggle|fight|chore)|(?:moved|shifted|gone|went|switched) from (?:[\w']+ ){0,3}?\w+ing\b[^.]{0,60}\bto (?:\w+ing|just))\b`), has("way as than used can i'm am i've find less from"))),
	cue('now', 1, 'reports a new habit', gated(anyOf(notAfter(['right ', 'for ', 'just ', 'until ', 'till ', 'by ', 'up to ', ' months ', ' weeks ', ' years ', ' days ', ' twice ', ' times ', ' missed ', ' wks ', ' mths ', ' yrs '], 'now', raw`\bnow\b(?! (?:i'm going|i'll|i need|i want|what|on\b))`), raw`\b(?:i've|i have|we've) been (?:going|doing|taking|cooking|walking|running|swimming|reading|meditating|journaling|practising|practicing|using|eating|getting up|sleeping|saving|exercising|training|stretching|seeing|leaving|logging off|finishing|saying no)\b|\b(?:i'm|we're) finally \w+ing\b|\bkept (?:the |my )?\w+ (?:out of|away|downstairs|off)\b|\basked (?:me )?how i (?:stay|do|manage|keep|got)\b|\b(?:i'm|we're|i am|we are) (?!drinking|eating|spending|smoking|vaping|worrying|working|arguing|shouting|snacking|scrolling|gambling|panicking|crying|struggling|fighting|missing|losing)\w+ing (?:a (?:lot|bit|little) |much |way |far )?more\b|\b(?:these days|lately|nowadays|recently|most (?:days|nights|mornings|evenings|weeks)|instead of|instead\b|since (?:i|we|our|the last|last)|now,? rather than|started (?:\w+ing|to)|i'm (?:\w+ing) (?:again|properly|every))\b`))),
	cue('recognition', 1, "relays someone else's recognition", orGated(gated(RECOGNITION, RECOGNITION_WORDS), gated(SOUGHT_AFTER), gated(QUOTED_PRAISE))),
	cue('realisation', 1, 'reports a realisation, presented as new', gated(re(raw`\b(?:i(?:'ve)? realis|i(?:'ve)? realiz|realised|realized|it clicked|clicked for me|worked out (?:that|why|what)|i see now|made me see|dawned on me|it hit me|came to see|come to see|figured out|finally landed|i understand now|i've learned|i learned|learnt that|i noticed that i|i've noticed i|penny (?:has )?dropped|finally (?:sees|see|gets|understands|accepts|believes) (?:that|how|why|it)|i now see|now i see|now see that|big realis|realisation:|realization:|light-?bulb moment|epiphany|aha moment|i'm learning that|i am learning that|i'm starting to (?:see|understand|realise|realize|get)|learning that|(?:seen|clocked|spotted|noticed) (?:the |that |this )?(?:pattern|link|connection|it like that|it that way)|(?:'d|had) never clocked)\w*`), (s) => s.realise || REALISATION_WORDS(s))),
	cue('this-time', 1, 'reports an old pattern broken', gated(re(raw`\b(?:this time|for once|which for me is huge|huge for me|big (?:deal|one) for me|old me|a month ago|a year ago|months ago|not once|not even once|even though i wanted|wanted to, didn't|and it was fine|and nothing (?:bad happened|caught fire)|sky didn't fall|(?:nobody|no one|no-one) (?:even )?(?:died|fainted|blinked|flinched|objected|complained|minded|batted an eye(?:lid)?|fell over|exploded)|nothing (?:broke|exploded|fell apart|went wrong|bad happened|terrible happened|awful happened|blew up)|the world (?:didn't|did not) (?:end|fall)|(?:the )?world kept turning|nobody (?:even )?missed (?:it|them|me)|no idea why i was (?:so )?(?:scared|worried|nervous|anxious|afraid)|(?:don't|do not) know why i (?:was so \w+|waited|put it off)|should have done (?:it|this|that) (?:years|months|ages) ago|(?:which|that) (?:hasn't|has not|hadn't|had not) happened (?:since|in|for)|(?:best|right) (?:decision|call|thing) (?:i've|i have|i)(?: ever)? (?:made|done)|the sky didn't|still (?:got|get) done|hasn't fallen apart|(?:didn't|did not|never|wouldn't) (?:take the bait|rise to it|get drawn in|bite|cave|give in|snap|react|panic|flinch)|\b(?:didn't|did not|haven't|hasn't|wasn't|not|never|no) [^.]{0,60}\bfirst time in (?:ages|years|months|a (?:long )?while|forever))\b`), has("bait rise drawn bite cave give snap react panic ages years months while forever time once huge big old ago wanted didn't minded fine nothing sky still hasn't nobody one no-one world idea why happened decision call thing"))),
	cue('did-it-anyway', 1, 'reports a step taken, even if the result disappointed', gated(re(raw`\bbut it's (?:live|out there|up|a start)\b|\bbut i'll go back\b|\bit's done\b|\bbut (?:it's|that's) progress\b|\bdone\.?$|, done (?:this|last) (?:wk|week|month)[.!]*$|\band (?:all|everything)\b|\bbut (?:i|we) (?:had|did|got|went|made|asked|tried|started|finished|sent|launched|pitched|showed|ran it|turned up)\b`), has("but it's done and"))),
	cue('recovered', 1, 'reports a step taken despite a setback', gated(re(RECOVERED))),
	cue('hedge', 1, 'reports a change, hedged', gated(HEDGE, undefined, changeWords)),

	// Against progress.
	cue('plan', -1, 'states a plan', orGated(withWont(gated(anyOf(notAfter(["when i'm ", 'when ', 'been ', 'i was ', 'we were ', 'keep '], '(?:going|gonna|about)', raw`\b(?:going to|gonna|about to)\s+(?!bed\b|the\b|a\b|an\b|my\b|work\b|school\b|church\b|sleep\b|lunch\b|dinner\b|\w+ing\b)`), notAfter(['without ', 'without even ', 'stop ', 'stopped '], 'thinking', raw`\bthinking (?:of|about)\b`), raw`\b(?:i'd|we'd) (?:stop|start|quit|cut|call|ring|go|do|try|get|write|send|tell|ask|finish|take|make|give|see|keep|leave|pay|book|join|run|speak|talk|spend|save|sort|fix|check|apply|pitch|post|email|text|exercise|walk|sleep|eat|drink|come)\b|\b(?:i'll(?! take (?:it|that|the win|the compliment))|we'll|will|shall|i'd better|plan(?:s|ning)? to (?!the\b|a\b|an\b|my\b|our\b|his\b|her\b|their\b|them\b|him\b|me\b|us\b)|plan is|planning (?:to|a|an|on|for)|intend\w*|(?:i've|i have|we've|we have|she's|he's|has|have) decided(?::| to| that)|decided (?:that )?(?:i'm|we're|i'll|we'll|i am|we are|she's|he's|she'll|he'll)(?! not\b)|setting up a meeting|i'm meeting|we're meeting|i've got (?:a|an|the) (?:call|interview|meeting|presentation|board)|starting the|the idea is|looking into|gonna)\b|\b${FUTURE_TIME}\b`), has("going gonna about decided i'll we'll will won't shall i'd plan plans planning intend intends intending intended thinking setting meeting have starting idea looking next tomorrow tonight from after once by"))), gated(LATER))),
	cue('goal', -1, 'states a goal or a wish', gated(re(raw`(?!i'd like to think|i like to think)(?:\b(?:i|we)(?:'d| would| do| really| just| still| also| so)* (?:want|wish|hope|need to|like to|love to|like|love|have to|must|should|ought|aim)\b|^(?:want|wants|hoping|hope|would like|need to|needs to|would love|wish)\b|^(?:target|goal)(?:'s| is)\b|\b(?:hoping|goal(?! weight| time| pace)|aim is|aiming|ideally|dream|desperate to|what i (?:really )?want|i'd like|i'd love|(?:talked|spoke|spoken|talking|speaking) about (?:wanting|hoping|needing|trying|planning) to)\b)`))),
	cue('question', -1, 'asks a question', gated(QUESTION, has('?'))),
	cue('doubt', -1, 'doubts whether anything changes', gated(re(raw`\b(?:but i don't (?:feel|believe|see|think) (?:it|that|so)|haven't noticed (?:any|a)|not sure|unsure|(?:isn't|is not|aren't|am not|i'm not|wasn't) convinced|don't know (?:if|whether|what)|no idea(?! why i)|can't tell|cannot tell|can't say|hard to say|i doubt|doubts|not convinced|i wonder|wonder if|maybe i'm just|who knows|or just|or is it|i don't think|don't think (?:it|the|anything)|is it even|whether|or (?:i|it|maybe|we|they)(?:'ve|'m|'s| might| may| could| was| have| had)* just|don't know (?:\w+ )?any ?more|i (?:don't|do not) feel (?:any )?(?:\w+er|different)|(?:asked|wondered|wants to know|wanted to know) (?:me |you |us )?(?:if|whether)(?! i'd (?:teach|coach|mentor|lead|run|help|consider|join|come back|present|speak|train|show)\b))\b`), has("not unsure don't no can't cannot hard doubt doubts wonder maybe who or is whether haven't but asked wondered wants wanted"))),
	cue('negated', -1, 'reports a step not taken', gated(NEGATED_STEP)),
	cue('still-not', -1, 'reports something still not done', orGated(gated(re(raw`\bstill (?:haven't|hasn't|not|no|isn't|aren't|doesn't|don't|can't|waiting|nothing|doing (?:two|half)|answering|giving|stuck|\w+ing (?:the|my|everything|all))|\b(?:no|zero|nothing|none|not a single|not one) (?:\w+ )?(?:progress|change|movement|callbacks?|response|sales?|word|luck|decision|improvement|difference|new)\b|\bnothing (?:[\w']+ ){0,3}?(?:has |have |'s )?(?:changed|worked|helped|moved|happened|came|come)\b|\bnothing's (?:(?:really |actually |much )?changed|worked|helped|moved|happened|came|come)\b|\bnothing (?:helps|works|changes)\b|\bdid (?:none|nothing) of\b|\bnever got (?:a)?round to\b|\b(?:achieved|got|gained|got done|accomplished|finished|sold|made) (?:\w+ly )?(?:nothing|nowhere|no\b)|\b(?:that's|that is|it's|this is|it is) not (?:really |exactly )?progress\b|\b(?:spoke to|talked to|called|emailed|rang|pitched|sold|sent) (?:zero|nobody|no one|not one|not a single)\b|\b(?:exactly|just|still) (?:how|as|where) (?:it|they|i) (?:was|were|left it)\b|\bbefore i knew it\b|\bthe (?:week|month|day|evening|weekend|year) (?:had |has )?gone\b|\bnot (?:real|much of a) progress\b|\bnothing (?:done|out of it|back|to show)\b|\bno (?:better|different)\b|\bnot (?:making|made|seeing) (?:any |much )?(?:progress|difference)\b|\bnot (?:\w+ ){0,2}(?:proud|happy|pleased|better|good|improved|easier|any different)\b|\b(?:isn't|aren't|hasn't|haven't|don't|doesn't) (?:\w+ ){0,2}(?:improved|better|changed|easier|helped|working)\b`)), gated(NOT_YET))),
	cue('undone', -1, 'reports a gain undone', withReversal(gated(anyOf(notAfter(['ok. ', 'okay. ', 'fine. ', 'sure. ', 'yes. ', 'enough. ', 'ok and ', 'okay and ', 'fine and ', 'sure and ', 'yes and ', 'enough and '], 'that', '\\bthat was it\\b'), raw`\b(?:(?:gave|given|give) up(?! (?:[\w-]+[ -])?(?:${HABIT}))|then (?:i )?(?:had|drank|ate|smoked|vaped|blew|splurged|gambled|ordered|demolished|scoffed|inhaled|polished off) (?:a |an |another |some |more |two |three |the )?(?:\w+ ){0,3}(?:wine|beers?|drinks?|bottle|pints?|cigarettes?|cake|takeaways?|pizza|chocolate|biscuits|crisps|vape|bet|£\d\S*|\$\d\S*)|then (?:blew|splurged)|back (?:to )?where i (?:started|was|began)|not (?:\w+ )?(?:proud|happy|pleased) (?:of|with|about) (?:how|what|the way)|(?:and |then )?left (?:after|within) (?:ten|five|fifteen|twenty|\d+|a few|half an hour|an hour)|(?:,|and|then) (?:i |we )?(?:cancelled|quit|deleted|stopped going|pulled out of) (?:the|my|it|our)(?! (?:[\w-]+ )?(?:app|apps|account|profile|subscription)\b)|and (?:i |we )?(?:didn't|did not|never) (?:go|do|mention|say|ask|send|open|follow)|(?:and|but) (?:i |we )?(?:got|achieved|gained|accomplished|have|had) (?:nothing|no(?:thing)? (?:to show|result|results|better))|got nothing (?:done|back|out of)|(?:achieved|accomplished|gained) nothing|(?:got|getting) no better|nothing to show|still (?:red|behind|nowhere)|then (?:binged|cancelled|stopped|panicked|deleted|withdrew|quit|dropped|lost|took|redid|said never mind|drove|filled|put|let|worked|spent|brought|agreed|gave|went back|said yes|backed down|reverted|undid|changed my mind|had \w+ every)|back to (?:\w+ing|square one|the old|my old)|had (?:it|them) back (?:on|up|in)|back at (?:the|my) old|(?:it's|its|they're|it is|just) sitting there|(?:it's|its|it is) in (?:my |the )?drafts|i'm back|put \w+ back|took (?:it|them) (?:back|down)|brought (?:it|them) back|spent it all|hung up|let (?:her|him|me|my|them) go|but (?:i )?(?:haven't|didn't|never|i've not|'ve not|have not)(?! (?:[\w']+ ){0,3}?(?:${HABIT})\b)|(?:withdrew|withdrawn)(?! from)|blowout|slipped up|(?:was|were|i'm|am|is|are|'s) back (?:to|on|in)\b(?! (?:normal|range|health|full|work after))|still (?:sitting|in my|unsent|unopened|on my desk|in the drawer)|\b(?:then|but|and) (?:i |we )?(?:deferred|postponed|pulled out|backed out|withdrew|cancelled|abandoned|shelved|scrapped|ditched|returned it|sent it back|took it back|gave it back)|dropped out|chickened out|bottled it|lost my nerve|deleted it|never rescheduled|filled it back|redid it|still in the box|binned(?! (?:[\w'-]+ ){0,4}?(?:${HABIT})\b)|drove home|(?:lost|lose|broke|break|broken) (?:my|the|her|his|their|our) streak|turned (?:round|back)|didn't turn up|softened it|never did|only happened once|then nothing|relapsed|broke it|caved|fell off|slipped back|ended up(?! (?:(?:talking|chatting|laughing|staying) for|enjoying|loving|signing|winning|agreeing|with (?:an? |two |three |\d+ )?(?:offers?|job|deal|contract|yes))\b)|(?:^|[.,;!?] |\b(?:i|we|i've|i'd|had|and|but|so|then|just|even|really|actually|also|once|twice) )tried to|meant to|was going to|was about to|promised myself|i said i'd|and then i|but then|until (?:i|we)|and gave up|started again\b|got in the way|went out the window|fell by the wayside|fizzled|petered out|didn't last|didn't stick|crept back|creeping back|(?:only )?lasted (?:\w+ ){0,2}(?:days?|hours?|minutes?|a day|a week|an hour|a fortnight)|so i (?:stopped|gave up|quit)\b|reinstalled|re-downloaded|redownloaded|resubscribed|went back on|walked out|because i (?:panicked|bottled|was scared|got scared|chickened)|(?:then |i )panicked and|an hour later|the same night|lasted (?:till|until|about|all of|a day|a week|an hour|one|two|three|\d)|for (?:a|an|one|${TWO_TO_TEN}|eleven|twelve|a few|\d+) (?:days?|weeks?|hours?|minutes?|nights?)[.,]? (?:and )?then\b|then (?:the|a|an) [\w' -]{1,30}? happened|(?:turned|switched) (?:it|them) off and|slept (?:right )?through (?:it|them|my alarm|the alarm|the (?:\w+ )?(?:session|class|meeting|appointment|call))|went (?:straight )?back (?:to (?:sleep|bed)|in(?:to)? the|on (?:the|it))|gave it (?:away|back)|didn't go[.!]?$|haven't (?:opened|used|read|started|worn|listened to) (?:it|them)|haven't (?:been|gone) (?:back )?since|(?:straight|right) back to|still (?:there|in (?:my |the )?drafts)|saved it in (?:my )?drafts|(?:it's|it is|they're|they are) back (?:up|down) to|(?:so|to|thinking) (?:i'd|i could|i would|we'd|we could|we would) have (?:more )?[\w ]{2,20}?,? and now (?:i|we) (?:have|'ve got|get) (?:none|nothing|no \w+|even less))\b`)))),
	cue('worse', -1, 'reports a change for the worse', { parts: () => [{ gate: null, test: (s) => s.metric === -1 }, ...patternParts(WORSE_RE), ...patternParts(FIRST_WORSE)] }),
	cue('again', -1, 'reports something happening again', { needs: has('again'), parts: () => [{ gate: { words: ['again'], prefixes: [] }, test: (s) => matchesNotAfterEndings(s.text, AGAIN, [], AFTER_JOY) }] }),
	cue('old-habit', -1, 'reports an old habit, still there', gated(anyOf(notAfter(["n't ", 'not ', 'never ', 'no ', "didn't ", "haven't "], '(?:had|ordered|ate|drank|bought|smoked|argued|rowed|until|till|bed|sleep|vaped|scrolled|snacked|binged|worked|stayed|shouted|snapped|skipped|spent)', raw`\b(?:(?:had|ordered|ate|drank|bought|smoked) (?:a |another |more |some )?(?:takeaways?|pizza|wine|beers?|cigarettes?|crisps|biscuits|chocolate|cake|junk|fast food)|bought (?:another|more|yet)|argued|rowed|(?:until|till) (?:midnight|one|two|three|\d)|(?:bed|sleep) at (?:midnight|one|two|three|[1-4](?:am)?)\b|smoked|vaped|scrolled|snacked|binged|worked (?:late|till|until|all|through|every)|stayed (?:late|up)|shouted|snapped|skipped|ate (?:badly|junk|rubbish|late)|spent (?:the whole|all))\b`), raw`\bback (?:to|on) (?:the )?(?:wine|drink|drinking|booze|beers?|smoking|smokes|vaping|vape|cigs|fags|takeaways|scrolling|sugar|snacking|gambling|betting)\b|\b(?:apologis\w*|apologiz\w*|said sorry|snapped|shouted|yelled|cancelled(?: on me)?|checked|refreshed|interrupted) (?:[\w']+ ){0,3}?(?:like |about |maybe |at least )?(?:\d+|${TWO_TO_TEN}|eleven|twelve|twenty|a dozen|a hundred) times\b|^(?:drinking|smoking|vaping|scrolling|snacking|bingeing|skipping|avoiding|working late)\b|\b(?:drank|smoked|vaped|binged|snacked|scrolled|gambled) (?:[\w']+ ){0,3}?(?:most|every|all|three|four|five|six) (?:nights?|days?|evenings?|mornings?|weekends?)\b|\b(?:i've been|been|i'm|i was) \w+ing (?:[\w']+ ){0,3}?(?:biscuits|crisps|chocolate|junk|sweets|cake|takeaways?|wine|beer|booze|vodka|cigarettes?)\b`))),
	cue('struggle', -1, 'reports a struggle', gated(anyOf(raw`\bran out of (?:time|steam|energy|money)\b|\beven though (?:i|we|she|he)(?:'d| had) (?:\w+ )?(?:practised|practiced|agreed|said|promised|planned|decided|rehearsed)\b|\b(?:missed|blew) the deadline\b|\b(?:missing|missed) (?:\w+ )?deadlines\b|\bdeadline's (?:gone|passed)\b|\b(?:always |still |just |usually |often )?end up \w+ing\b|\bhad to (?:borrow|ask (?:my|for)|sell|take out|move back|dip into)\b|\b(?:two|three|four|five|six|another|more|\d+) rejections\b|\b(?:did|doing|do) it (?:all )?myself\b|\bbut still (?:rough|bad|struggling|anxious|tired|not|no|haven't|can't|hard|difficult|stuck|awful|low|exhausted)\b|\bstill feel(?:s|ing)? (?:like (?:a|an|the|such a|i'm|i am|i don't|i can't|i have to|an? \w+)|(?:so |really |very )?(?:stuck|lost|out of my depth|small|invisible|useless|behind|guilty))\b|\b(?:keep|keeps|kept|keeping) (?:\w+ing|on)\b|\b(?:i've been|i'm|been|i was) (?:\w+ )?(?:drinking|smoking|vaping|scrolling|snacking|bingeing|eating (?:late|at)|skipping|checking|buying|spending|shouting|snapping|working (?:late|weekends))\b(?! (?:way |much |a lot |far |a bit |a little )?less)(?![^.]*\b(?:instead of|less than|fewer))|\b(?:can't|couldn't(?! (?:have )?do(?:ne)? (?:it|this) without)|cannot|can not|unable|struggl\w*|froze|freeze|blank\w*|nightmare|drowning|avoid\w*|procrastinat\w*(?! less)|all weekend|every night|every time|nothing helps|got nowhere|too tired|another (?:week|month|day|night|weekend|year|quarter) (?:of|where|when)|cried|crying|in tears|broke down|no time|behind|rejection|lost (?:it|my temper)|swallowed|pulled into|firefighting|back-to-back|exhausted|hardly|barely slept|eating my feelings|panic attack in|mess|rough|awful|terrible|badly|midnight|2am|3am|till (?:one|two|midnight)|as always|same old|yet again|(?:i'm|i am|feel|feeling|get|got|getting) stuck|ignored|talked over|passed over|doing everything myself|living on|caved|freaked)\b`, notAfter(['after ', 'been ', "i'd been ", "i've been "], 'putting', raw`\bputting (?:it )?off\b`)))),
	cue('feeling', -1, 'states a feeling, with no change', gated(FEELING, undefined, (s) => !GETTING.test(s.text))),
	cue('complaint', -1, 'states a complaint', gated(re(raw`\b(?:hate|sick of|fed up|drives me mad|ridiculous|a joke|useless|disaster|robbery|unfair|exhausting|too many|too much|always (?:\w+s|late|the one)|never (?:does|answers|reads|calls|listens|tells|helps)|takes credit|blocks everything|keep changing|everyone expects|nobody (?:ever|reads|in)|no one ever|grumbled|moaned|griped|ranted|vented|whinged)\b`), has('hate sick fed drives ridiculous joke useless disaster robbery unfair exhausting too always never takes blocks keep everyone nobody no grumbled moaned griped ranted vented whinged'))),
	cue('feedback', -1, 'relays feedback asking for change', gated(FEEDBACK, has('said says told tells wants want suggested thinks asked reckons but find finds found'))),
	cue('routine', -1, 'describes a routine event', gated(re(raw`\b(?:the usual|as usual|same as (?:usual|always|ever|last)|same (?:[\w'-]+ ){1,4}?as (?:always|ever|usual|before)|same [\w-]+, same|like everyone else|like every (?:week|year)|for the weekend|on holiday|for (?:a|the) holiday|for the conference|for work|for a (?:visit|wedding|funeral)|(?:went|flew|drove|travelled|popped) (?:over |up |down )?to (?:my|our|his|her|the|a) [\w']+ (?:wedding|funeral|birthday|party|christening|graduation|house|place)|visit(?:ed|ing)? (?:my|our|the) (?:family|parents|in-laws|mum|dad|sister|brother)|paid the bills|did the (?:big |weekly |food |school )?(?:shop|run|laundry|washing|ironing)|topped up the|walked the dog|put the bins out|(?:pasted|forwarded|copied|screenshotted|showed (?:me|us)|sent (?:me|us)|read out) (?:this|these|the following)(?: from| in| to| here|:))\b`), has('usual same like everyone for on visit visited visiting went flew drove travelled popped bills shop run laundry washing ironing topped dog bins pasted forwarded copied screenshotted showed sent read'))),
	cue('lapsed', -1, 'reports a good habit lapsed or a turn for the worse', gated(re(LAPSED))),
	cue('self-mocking', -1, 'mocks a failing of their own', gated(re(SELF_MOCKING))),
	// A jotting signed off with a grimace, an eye-roll or a face-palm ("opened slack instead 🙃", "Wt 88.4 (was 86.9) 😩").
	// The faces' first halves looked for first: a look costs less than a run of the pattern, out of the processor's caches.
	cue('glum', -1, 'signs it off with a grimace', { parts: () => [{ gate: null, test: (s) => (s.text.includes('\uD83D') || s.text.includes('\uD83E')) && GLUM.test(s.text) }] }),
	cue('others-did', -1, 'reports what someone else did, or what happened to them', gated(re(OTHERS_DID))),
	cue('dumped-on', -1, 'complains of work or credit unfairly shared', gated(re(DUMPED_ON))),
	cue('in-circles', -1, 'reports a step that went badly or round in circles', gated(re(IN_CIRCLES))),
	cue('undone-after', -1, 'reports a step undone or dropped soon after', gated(re(UNDONE_AFTER), UNDONE_AFTER_WORDS)),
	cue('promised', -1, 'reports a promise or a booking for later', gated(re(PROMISED))),
	cue('not-since', -1, 'reports something not done since', gated(re(raw`\b(?:hasn't|haven't|has not|have not)\b(?!\s+(?:\w+\s+){0,4}?(?:${HABIT})(?:\b|$))(?! happened\b)[^.;]{0,50}\bsince\b`))),
	cue('shows-content', -1, 'describes something shown or read out', gated(re(raw`\b(?:showed|read|pasted|forwarded|played|sent) (?:me |us )?(?:out |in |over )?[^.:!?]{0,50}?:(?!\d)`), has('showed read pasted forwarded played sent'))),
	cue('with-a-catch', -1, 'reports good news with a catch', gated(re(WITH_A_CATCH))),
	cue('asked-how', -1, 'asks how or whether to do something', gated(re(raw`^(?:i |she |he )?(?:asked|wondered|queried) (?:me |us )?(?:how|whether|if|what|why|when|where|about|for (?:advice|ideas|tips))\b|,? (?:she|he) (?:asked|wondered)[.!?]?$`), has('asked wondered queried'))),
	cue('wished', -1, 'wishes something had gone differently', gated(re(raw`^if (?:i|we)(?:'d| had) (?!not\b)\w+|\b(?:i|we) wish (?:i|we)(?:'d| had)\b|\b(?:thought|hoped|expected|assumed) (?:i|we)(?:'d| would| had)(?: have)? (?:done|got|sent|\w+ed)\b|\bbe (?:a lot |much |so much |far )?\w+er(?: \w+)? if (?:i|we)\b`), has('if wish thought hoped expected assumed'))),
	cue('waved-away', -1, 'waves the praise or the gain away', gated(re(WAVED_AWAY))),
	cue('reversed', -1, 'reports a step taken back straight after', gated(REVERSED)),
	cue('proud-of-other', -1, "is proud of someone else's gain", gated(PROUD_OF_OTHER)),
	cue('other-subject', -1, 'describes what someone or something else did', { parts: () => [{ gate: null, test: (s) => otherSubject(s.text) }] }),
];


const UNDONE_AT = CUES.findIndex((cue) => cue.id === 'undone');
const OLD_HABIT_AT = CUES.findIndex((cue) => cue.id === 'old-habit');
const WORSE_AT = CUES.findIndex((cue) => cue.id === 'worse');
const DOUBT_AT = CUES.findIndex((cue) => cue.id === 'doubt');
const FEEDBACK_AT = CUES.findIndex((cue) => cue.id === 'feedback');
const ROUTINE_AT = CUES.findIndex((cue) => cue.id === 'routine');
const QUESTION_AT = CUES.findIndex((cue) => cue.id === 'question');
const ASKS_FIRST = /^(?:should|shall|can|could|would|will|do|does|did|is|are|am|was|were|have|has|why|how|what|when|where|who|which)\b[^.!]*\?$/;
/** The cues named in `ids`, split by " ", by index. */
const indexesOf = (ids: string): number[] => CUES.flatMap((cue, i) => (ids.split(' ').includes(cue.id) ? [i] : []));
const UNDONE_GAIN_AT = indexesOf(UNDONE_GAINS);
const HABIT_GAIN_AT = indexesOf(HABIT_GAINS);
const DOUBT_GAIN_AT = indexesOf(DOUBT_GAINS);
const WORSE_AT_GAIN_AT = indexesOf(WORSE_AT_GAINS);
const ROUTINE_GAIN_AT = indexesOf(ROUTINE_GAINS);
const FEEDBACK_GAIN_AT = indexesOf(FEEDBACK_GAINS);
const QUESTION_GAIN_AT = indexesOf('step achievement');
const NOTICED_GAIN_AT = indexesOf('recognition realisation');
const NOTICED = /\b(?:notic\w*|spotted|pointed out|picked up on|clocked|realis\w*|realiz\w*)\b/;
const TURN_VETOES: readonly (readonly [number, number[]])[] = ([
	['lapsed', 'step now streak first no-longer compared change habit-stopped habit-less hedge'],
	['self-mocking', 'step achievement record first streak finally change hedge now'],
	['others-did', 'step achievement first finally count record metric metric-less habit-stopped no-longer now change recognition'],
	['dumped-on', 'step achievement recognition habit-stopped'],
	['in-circles', 'step achievement count finally'],
	['undone-after', 'step achievement first finally habit-stopped no-longer streak now count'],
	['promised', 'step achievement'],
	['not-since', 'now step streak'],
	['shows-content', 'step achievement change record no-longer first metric metric-less count now finally'],
	['reversed', 'step achievement first finally habit-stopped no-longer streak now count metric metric-less'],
	['proud-of-other', 'step achievement first finally count record metric metric-less recognition streak'],
	['waved-away', 'step achievement recognition metric metric-less change now hedge habit-stopped no-longer'],
	['asked-how', 'step achievement change'],
	['wished', 'step change achievement recognition now habit-stopped'],
	['with-a-catch', 'step achievement recognition now change first finally'],
] as const).map(([id, gains]) => [CUES.findIndex((cue) => cue.id === id), indexesOf(gains)] as const);

/**
 * What vetoes what, in one list: a cue that holds (and, for a question, asks first: "Should I let my deputy go?")
 * makes the gains listed false.
 */
const VETOES: readonly (readonly [number, readonly number[], ((s: Statement) => boolean)?])[] = [
	// A gain the statement reports as undone.
	[UNDONE_AT, UNDONE_GAIN_AT],
	// A streak or a new habit of the old behaviour ("I worked late every night this week") is no gain.
	[OLD_HABIT_AT, HABIT_GAIN_AT],
	// "I've started having Sunday night panics again": the step is the change for the worse.
	[DOUBT_AT, DOUBT_GAIN_AT],
	[WORSE_AT, WORSE_AT_GAIN_AT],
	// "I've noticed I'm drinking more", "my boss noticed my numbers slipping": what was noticed is the change for the worse.
	[WORSE_AT, NOTICED_GAIN_AT, (s) => NOTICED.test(s.text)],
	[ROUTINE_AT, ROUTINE_GAIN_AT],
	[FEEDBACK_AT, FEEDBACK_GAIN_AT],
	// A lapse, a joke at their own expense, someone else's doing, work dumped on them: the verb in the past is no step of theirs.
	...TURN_VETOES,
	// "Should I let my deputy go?": the verb belongs to the question.
	[QUESTION_AT, QUESTION_GAIN_AT, (s) => ASKS_FIRST.test(s.text)],
];

/**
 * The cues tried first, for each cue: those that veto others. A cue that both vetoes and is vetoed would need its
 * own value first; none does, and should one, every cue is tried in one pass and vetoed after, as before.
 */
const VETOES_FIRST: readonly boolean[] = ((): boolean[] => {
	const first = CUES.map((_, i) => VETOES.some(([at]) => at === i));
	const vetoedTrigger = VETOES.some(([, gains]) => gains.some((i) => first[i] === true));
	return vetoedTrigger ? CUES.map(() => true) : first;
})();

/** The cues of progress. */
const IS_GAIN: readonly boolean[] = CUES.map((cue) => cue.side === 1);
/** Whether the cues of progress can be tried before the others: none of them vetoes a cue (none does). */
const GAINS_FIRST = CUES.every((cue, i) => cue.side !== 1 || VETOES_FIRST[i] !== true);

interface PartTables {
	/** For each part, in one list over every cue: its cue's index and its test. */
	cue: number[];
	tests: CuePart['test'][];
	ungated: number[];
	/** Which parts each word opens (`Gates`). */
	gates: Gates;
	/** `cueFlags`'s answer and its scratch, one entry a cue. */
	values: Uint8Array;
	needs: Uint8Array;
}

function buildPartTables(): PartTables {
	const cue: number[] = [];
	const tests: CuePart['test'][] = [];
	const ungated: number[] = [];
	const byWord = new Map<string, number[]>();
	const byPrefix = new Map<number, { prefix: string; part: number }[]>();
	CUES.forEach((_, index) => {
		for (const part of CUES[index]?.parts() ?? []) {
			const id = cue.length;
			cue.push(index);
			tests.push(part.test);
			if (part.gate === null) ungated.push(id);
			for (const word of part.gate?.words ?? []) {
				const parts = byWord.get(word);
				if (parts === undefined) byWord.set(word, [id]);
				else parts.push(id);
			}
			for (const prefix of part.gate?.prefixes ?? []) {
				const key = prefixKey(prefix);
				const entries = byPrefix.get(key);
				if (entries === undefined) byPrefix.set(key, [{ prefix, part: id }]);
				else entries.push({ prefix, part: id });
			}
		}
	});
	const habit = habitGateOf();
	return { cue, tests, ungated, gates: { byWord, byPrefix, partCount: cue.length, habit }, values: new Uint8Array(CUES.length), needs: new Uint8Array(CUES.length) };
}

/**
 * The part tables and the word index, built at the first detection (cutting the patterns into parts takes a few
 * milliseconds, better not spent at the plugin's load) and kept: constants worked out late, never changed after.
 */
let partTables: PartTables | null = null;
const tablesOfParts = (): PartTables => (partTables ??= buildPartTables());

/** Every word and prefix a gate of the cues, the `HABIT` look or the metric names: words the detector knows. */
export function gateWords(): string[] {
	const { byWord, byPrefix, habit } = tablesOfParts().gates;
	const prefixes = [...byPrefix.values()].flatMap((entries) => entries.map(({ prefix }) => prefix));
	return [...byWord.keys(), ...prefixes, ...(habit?.words ?? []), ...[...(habit?.prefixes.values() ?? [])].flat(), ...metricGateWords()];
}
let index: WordIndex | null = null;
const wordIndex = (): WordIndex => (index ??= buildWordIndex(tablesOfParts().gates, WORD_WEIGHTS));
