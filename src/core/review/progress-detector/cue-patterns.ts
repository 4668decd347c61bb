import { gatedParts, patternWhenUsed } from './gated-parts';
import { isWordCode, raw } from './pattern-source';
import { type Alternatives, anyOf, matchesNotAfterEndings, notAfter } from './preceding';
import type { Statement } from './statement';
import { has, twoLetterKey } from './word-index';
import type { Cue, CuePart } from './cues';
import { BETTER, HABIT, IRREGULAR_PAST, NOT_A_STEP_ED, NUMBER, PRAISE, WEEKDAY, WORSE } from './lexicon';

/**
 * The patterns the cues (`cues.ts`) are built from, and the helpers that build them: how people report a step, a
 * result, a change, recognition, or something else. Each is cut into word-gated parts at the first detection, by
 * the recipe worked out for it when the detector was built (`gated-parts.ts`).
 */

/** A test that both tests hold. */
export const both = (a: (s: Statement) => boolean, b: (s: Statement) => boolean) => (s: Statement): boolean => a(s) && b(s);

export const re = (source: string): RegExp => new RegExp(source);

/**
 * A pattern's parts, each gated on a word it cannot match without (`gated-parts.ts`), with a further test when given.
 * The alternatives that must not stand after something (`NotAfter`) are parts of their own, checked by hand.
 */
export function patternParts(pattern: RegExp | Alternatives, also?: (s: Statement) => boolean): CuePart[] {
	const { source, notAfter: notAfters } = pattern instanceof RegExp ? { source: pattern.source, notAfter: [] } : pattern;
	const withAlso = (test: (s: Statement) => boolean): ((s: Statement) => boolean) => (also === undefined ? test : (s) => test(s) && also(s));
	const plain = source === '' ? [] : gatedParts(source).map(({ gate, source: part }) => {
		const pattern = patternWhenUsed(part);
		return { gate, test: withAlso((s) => pattern().test(s.text)) };
	});
	const checked = notAfters.flatMap(({ endings, phrase, before }) =>
		gatedParts(phrase).map(({ gate, source: part }) => {
			const everywhere = patternWhenUsed(part, 'g');
			return { gate, test: withAlso((s) => matchesNotAfterEndings(s.text, everywhere(), endings, before)) };
		}),
	);
	return [...plain, ...checked];
}

/** A cue that is a pattern, looked for only when the statement has what it needs (when given). */
export const gated = (pattern: RegExp | Alternatives, needs?: (s: Statement) => boolean, also?: (s: Statement) => boolean): Pick<Cue, 'needs' | 'parts'> => ({ needs, parts: () => patternParts(pattern, also) });

/** "again", not right after a word of joy ("laughing again", "I feel like me again"). */
export const AGAIN = /\bagain\b(?! and again)/g;
export const AFTER_JOY = /\b(?:laugh\w*|talk\w*|smil\w*|danc\w*|cook\w*|running|walking|excited|enjoy\w*|mine|myself|reading|sleeping|singing|painting|normal|happy|loving|hopeful|me|fun|ours|love)(?: [\w']+){0,2} $/;
/** "won't" states a plan, unless it is what someone was told ("I told him I won't be in on Fridays"). */
export const WONT = /\bwon't\b/g;
export const AFTER_TELLING = /\b(?:told|said to|wrote to|emailed|let) [^.;]{0,40}$/;
export const withWont = (cue: Pick<Cue, 'needs' | 'parts'>): Pick<Cue, 'needs' | 'parts'> => ({ ...cue, parts: () => [...cue.parts(), { gate: { words: ["won't"], prefixes: [] }, test: (s) => matchesNotAfterEndings(s.text, WONT, [], AFTER_TELLING) }] });

/** The same verb undone later in the statement ("I blocked Saturday. Then I unblocked it."): a part of its own, found by a scan. */
export const withReversal = (cue: Pick<Cue, 'needs' | 'parts'>): Pick<Cue, 'needs' | 'parts'> => ({ ...cue, parts: () => [...cue.parts(), { gate: null, test: (s) => reversed(s.text) }] });

const isLetterCode = (code: number): boolean => code >= 97 && code <= 122;

/** Whether a word "un…ed" stands after the same word without its "un" ("blocked … unblocked"): a scan, not a backreference. */
function reversed(text: string): boolean {
	// "un", then the space before it: a look for " un" stops at every space, which costs twice as much.
	for (let at = text.indexOf('un', 1) - 1; at >= 0; at = text.indexOf('un', at + 2) - 1) {
		if (text.charCodeAt(at) !== 32) continue;
		let end = at + 3;
		while (isLetterCode(text.charCodeAt(end))) end++;
		if (end - at < 8 || text.charCodeAt(end - 2) !== 101 || text.charCodeAt(end - 1) !== 100) continue;
		const done = text.slice(at + 3, end);
		for (let before = text.indexOf(done); before >= 0 && before < at; before = text.indexOf(done, before + 1)) {
			if (!isLetterCode(text.charCodeAt(before - 1)) && !isLetterCode(text.charCodeAt(before + done.length))) return true;
		}
	}
	return false;
}

/** The client (or the client's team) as the one who acts; a bare verb at a sentence's start has the client as subject. */
export const SELF = raw`(?:(?:i|we)(?:'ve|'d)?|me and \w+|\w+ and i|my team|the team|our team|i and \w+)`;
export const ADVERBS = raw`(?:(?:finally|actually|just|also|then|even|really|properly|eventually|successfully|already|have|had|'ve|'d|'ve now|now|both|all|literally|at last|officially)\s+)*`;
export const PAST = raw`(?:(?=[a-z]{2,}ed)(?!(?:${NOT_A_STEP_ED})\b)[a-z]{2,}ed|(?!got to\b|got (?:an? |the |my )?(?:email|letter|call|message|text|invite|bill|reminder|notice|ticket|cold|flu|covid|sick|ill)\b|kept (?:\w+ing|on)\b|stuck(?! (?:to|with|at it|it)\b))(?:${IRREGULAR_PAST}))`;
export const START = raw`(?:^|[.!?;:,]\s*|\b(?:and|but|so|then|today|yesterday|this week|last week|on \w+day)\s+)`;
export const NUMBER_WORD = `(?:${NUMBER})`;
export const FUTURE_TIME = raw`(?:next (?:week|month|year|quarter|time|session|payday|pay day|${WEEKDAY}|spring|summer|autumn|winter)|tomorrow|tonight|from (?:monday|january|next|now on|the new year|the \d+\w*)|in the new year|after (?:christmas|the holidays|bonus season|the audit|the launch|the summer|new year)|once (?:the|things|it|i(?! \w+ed\b| (?:told|got|sent|said|did|went|made|spoke|rang|put|took|gave)\b))|by (?:june|march|spring|summer|christmas|next|the end))`;

export const FEELING = re(raw`^(?:i |honestly |just |really )*(?:feel|feeling|i'm|i am|am|i've been feeling)\s+(?:(?:so|very|really|just|a bit|kind of|quite|pretty|totally|completely|a little|all|more and more|bit|always|constantly|still)\s+)*(?:tired|exhausted|lonely|sad|anxious|scared|worried|stressed|overwhelmed|stuck|flat|lost|bored|fine|okay|ok|guilty|fed up|nervous|terrified|dreading|ashamed|angry|frustrated|low|drained|heavy|huge|invisible|alone|hopeless|unmotivated|numb|down(?! to| by| from| \d)|achy|frightened|trapped|miserable|hurt|upset|gutted|a fraud|like|responsible|out of|useless|awful|rubbish|grey|all over|fragile|raw|empty|jealous|resentful|torn|confused|unsure)\b|^(?:lonely|tired|bored|worried|drained|achy|exhausted|anxious|sad|stressed|overwhelmed|fine|okay|ok)\b|\b(?:i feel like|i just feel|makes me feel)\b|^(?:feels|feel) (?!more|less|better|lighter|calmer|stronger)\w+`);
export const GETTING = /\b(?:getting|slowly|finally|more|less|better|easier|improv\w*|progress|making)\b/;

export const COUNT = re(raw`\b(?:${NUMBER_WORD}) (?:new|more|extra|additional|paying|repeat) \w+|\btakes? (?:us|me) to\b|\b(?:i'm|we're) (?:now )?(?:at|on) (?:${NUMBER_WORD})\b|\b(?:${NUMBER_WORD}) (?:\w+ )?(?:clients?|interviews?|offers?|orders?|sales|subscribers|sign-?ups|bookings|enquiries|leads|referrals|retainers|customers|followers|downloads|books|miles|km|lengths|press-ups|push-ups|steps|workouts|runs|classes|applications|recruiters|people|words|kilos|pounds|dinners|pages|chapters|sessions|calls|members|first-round calls|first interviews|pre-orders|phone screens|second rounds) (?!(?:[\w']+ ){0,3}(?:cancel\w*|lost|left|quit|churned|dropped|rejected|declined|missed|no-?show\w*|complain\w*|fell|off sick|overdue|unpaid|owed)\b)(?:in|this|since|last|so far|a week|a day|every|out|from|on [\w-]+ (?:this|last) (?:week|month|year|quarter))\b|\baverag\w* (?:[\w-]+ ){0,2}?(?:${NUMBER_WORD})`);
/**
 * The head of a relative clause, right before "I …": a noun after "the", "every", "all" … that is no time ("the day I
 * quit") nor place in a phrase of its own ("in the meeting I spoke up"), or "everything", "anything" ….
 */
const RELATIVE_HEAD = new RegExp(
	raw`(?:^|[.!?;:,]\s*|(?:^|\s)(?!(?:in|at|on|during|after|before|since|until|till|through|throughout|over|across|into|from|by|within|for|to|told|tell|tells|telling|said|say|says|showed|shown|wrote|emailed|texted|messaged|reminded|assured|convinced|informed|promised|warned|thanked)\s)[\w']+\s)(?:the|every|each|any|all|those|these|all the|one of the|some of the|any of the)\s(?:[\w'-]+\s){0,2}?(?!(?:time|times|day|days|week|weeks|moment|minute|minutes|second|hour|hours|morning|mornings|evening|evenings|night|nights|weekend|weekends|month|months|year|years|afternoon|way|first|last|next|end|point|after|before|when|while|because|if|as|since|until|till|once|that|which|who|where|and|but|so|then|though|although|how|what|why)\s$)[\w'-]+\s$` +
		raw`|\b(?:everything|anything|something|nothing|whatever)\s$`,
);

/** Steps done, after "i've" or "has": both of `STEP`'s lists of them hold these, in this order. */
const STEPS_DONE = 'been to|joined|started|begun|done|made|set up|signed|booked|hired|moved';
const STEPS_DONE_TOO = 'sent|told|asked|cut|finished|sorted|found|written|paid|opened|closed|applied|delegated|launched|changed|taken';

export const STEP = anyOf(notAfter(["n't ", 'not ', 'never '], 'had ', raw`\bhad (?:coffee|lunch|dinner|drinks|(?:a|the|that|my) (?:\w+ )?(?:chat|conversation|talk|word|call)|my first|(?:the|my|a|an) (?:\w+ ){0,2}(?:checked|done|fixed|seen to|looked at|removed|tested|serviced|repaired|scanned|valued|signed))\b`),
	// "Since I took over", "since I went back to work": the time a change is counted from, not a step; "the VP I'd
	// promoted resigned", "every hire I put forward", "everything I put on my plate": what is told of is something else.
	notAfter(['since ', ' in ', ' of ', ' on ', ' from '], '', raw`\b${SELF}\s+${ADVERBS}${PAST}\b(?! across as\b)`, RELATIVE_HEAD), raw`\bsaid no\b|${START}${SELF}?\s*${ADVERBS}${PAST}\b(?! (?:me|us|across as)\b)|\b(?:i've|we've|i have|we have)\s+(?:now\s+|finally\s+|also\s+|just\s+)?(?:${STEPS_DONE}|put|${STEPS_DONE_TOO}|${PAST})\b`,
	// "I have been able to register the business name"; a coach's record opening with "has" ("Client has joined a walking group").
	raw`\b(?:i|we)(?:'ve| have) been able to (?!(?:stop|cut|quit|give up)\b)\w+|^(?:has|have) (?:now |finally |also |just |since )?(?:${STEPS_DONE}|${STEPS_DONE_TOO}|had|arranged|attended|completed|registered|${PAST})\b`,
	// A coach's record of a step, framed: "She described switching her 6am slot to a walk", "He reported setting up a shared calendar".
	raw`^(?:i |client )?(?:described|reported|mentioned|talked about|spoke about|told me about|noted|explained) (?!(?:wanting|hoping|trying|planning|struggling|feeling|needing|thinking|considering|wondering|worrying|dreading|avoiding|missing|losing|failing|being|having|getting|going|looking|waiting|nothing|something)\b)(?!(?:drink|smok|vap|scroll|snack|bing|gambl|shout|snap|skipp|miss|cancel|avoid|procrastinat|overeat|overspend|spend|buy|work|worr|panick|cry)\w*\b)[a-z]{3,}ing\b`,
	// "Cancelled four subscriptions I'd forgotten about": a cost cut is a step; a cancelled session or plan is not (`NOT_A_STEP_ED`).
	raw`${START}${SELF}?\s*${ADVERBS}(?:cancelled|canceled) (?:[\w-]+ ){0,3}?(?:subscriptions?|memberships?|direct debits?|standing orders?|policy|policies)\b`);

export const FIRST = re(raw`\b(?:1st|first)(?: time| one)? (?:in|since) (?:\w+ ){0,2}(?:years?|months?|yrs?|mths?|ages|forever|the \w+)\b|\bnever (?:done|did|had|been) (?:that |this |it )?before\b|\b(?:my|our|a|the|his|her) (?:very )?first\b(?! of\b)|\bfirst (?:paying|paid|ever|time|client|sale|order|customer|hire|employee|invoice|month|five|wholesale|retainer|full)\b|\bfirst-ever\b`);
export const FIRST_WORSE = re(raw`(?:\bfor the |^)first time(?: ever| in (?:my |our |his |her )?[\w-]+(?: [\w-]+)?| since (?:[\w']+ ){1,3}?(?:opened|started|began|joined|launched))?,? (?:i|we|my|the|he|she|they)\b\s*(?:(?!(?:really|actually|just|honestly)\b)[\w-]+ )?(?:(?:really|actually|just|honestly) )*(?:got (?:a |an )?(?:bad|poor|negative|below|needs|low|terrible|awful|warning|written)|lost (?:money|a client|the)|made a loss|used the word|went (?:into|over) (?:my |our )?overdraft|'m|am|forgot|hid|lied|relapsed|binged|cried|had (?:a |an )?(?:panic attack|meltdown|relapse|row|argument)|feel|felt|dread|hate|can't|cannot|don't|doesn't|have to|had to|doubt|wonder|was|were|'ve (?:started|been|missed|failed|lost|forgotten|cried|snapped|shouted)|'s (?:been|started|had)|missed|failed|lost|snapped|shouted|panicked|froze|think|thought|could(?:n't)?|knee|board)\b`);
const FIRST_WORSE_WHEN_USED = patternWhenUsed(FIRST_WORSE.source);
/** Whether `FIRST_WORSE` matches: its copy compiled at the first use (`patternWhenUsed`) is asked. */
export const firstWorse = (text: string): boolean => FIRST_WORSE_WHEN_USED().test(text);
export const HEDGE = re(raw`\b(?:don't want to overstate|don't want to jinx|i suspect|i'd like to think|i think|i guess|i suppose|i reckon|i'd say|maybe|perhaps|probably|possibly|might|seems?|seemed|a bit|a little|slightly|sort of|kind of|touch wood|early days|i feel like|feels like|it feels|mostly|thinks|not saying i'm|believes?|tentatively|cautiously|not to jinx it|dunno if|i wonder if it's|could just be|could be (?:a fluke|coincidence|luck|nothing)|imagining it|too soon to tell)\b`);
const CHANGE_WORDS = patternWhenUsed(raw`\b(?:${BETTER}|less|more|getting|creeping|slowly|lately|since|faded|progress|starting to|beginning to|begun to|started to|turning|(?:is|are|'s|'re) (?:really |actually |finally )?(?:working|helping|paying off|picking up|thawing|kicking in)|not as \w+|as much|thawing|earlier|sooner|sticking|enjoying|warming to|looking forward|(?:didn't|hasn't|haven't|did not) (?:show up|come back|kick in|feel the need))\b`);
/** "now", not right after "right": with `CHANGE_WORDS`, what makes a hedge a hedged change. */
const NOW_NOT_RIGHT = /(?=now)\bnow\b/g;
/** The commonest words each an alternative of `CHANGE_WORDS`: with one (and no "_", a letter to `\b`), no need of it. */
const PLAIN_CHANGE_WORDS = has('better less more since calmer lighter getting quicker earlier easier happier');
export const changeWords = (s: Statement): boolean => (PLAIN_CHANGE_WORDS(s) && !s.text.includes('_')) || CHANGE_WORDS().test(s.text) || matchesNotAfterEndings(s.text, NOW_NOT_RIGHT, ['right ']);
export const HABIT_STOPPED = re(raw`(?:(?:^|[.!?,;]\s*|\b(?:i|we|i've|i have|i'd|and|but|so|which|still|now|finally|even|also)\s+)(?:didn't|did not|haven't|have not|hasn't|has not|hadn't|never|don't|do not|won't)|\b(?:no|not(?! sure\b| convinced\b| certain\b)|without|zero|0(?= \D)|not a single|not one|no more|stopped|quit|cut out|gave up|given up|off the))(?! (?:stop|stopped|quit|give up|given up|cut|manage to stop|managed to (?:cut|stop|quit|give up|kick|break)|break) (?:\w+ing|the|my|on|down|out|back|it|them|sugar|alcohol|booze|caffeine)\b)(?! (?:switch|switched|turn|turned|log|logged|put|shut) (?:[\w']+ ){0,2}(?:off|away|down)\b)(?! (?:real |big |much )?(?:change|difference|improvement|progress|let-up|better)\b)\s+(?:(?!and\b)[\w'-]+\s+){0,5}?(?:${HABIT})(?![ -]free\b)(?:\b|$)`);
export const NEGATED_STEP = re(raw`\b(?:i've not|i have not|we've not|not (?:been |done |started )?yet|didn't|did not|haven't|have not|hasn't|has not|hadn't|never|couldn't|wasn't able|not able|failed to|forgot to|not managed|didn't manage|haven't managed|not got round|didn't get round)\b(?!\s+(?:\w+\s+){0,4}?(?:${HABIT})(?![ -]free\b)(?:\b|$))(?! (?:have )?do(?:ne)? (?:it|this) without)(?! (?:take the bait|rise to it|get drawn in|bite|cave|give in|snap|react|panic|fall|fallen|flinch|mind|minded|complain|complained|hurt|kill|die|died|go perfectly|feel like a|dip|dipped|drop|dropped|suffer|suffered|slip|slipped|fell|missed a beat|noticed)\b)(?! (?:\w+ )?(?:done|did|been|had|seen|thought of|looked at|felt|noticed) (?:\w+ ){0,3}?before)(?! happened (?:since|in|for)\b)(?![^.]*\b(?:this time|for once|not once|for the first time))`);
export const QUESTION = re(raw`(?:^|[.!?]\s+)(?:why|how|what|when|where|who|which|should|shall|is|are|am|do|does|did|can|could|would|will|was|were|if|any|has|have)\b[^.!?]*\?|^[^.!]*\bor\b[^.!]*\?$`);
export const WORSE_RE = re(raw`\b(?:${WORSE})|\b(?:that|this|it) never used to (?:happen|be (?:like this|a problem|an issue))\b|\bnever used to (?:[\w']+ ){0,2}?(?:mind|lose|snap|shout|cry|panic|drink|smoke|worry|dread|argue|yell|freeze|skip|miss|need)\b|\b(?:started|begun|taken to|gone back to) (?:skipping|drinking|smoking|vaping|snacking|bingeing|binging|scrolling|gambling|shouting|snapping|losing my temper|biting|crying|panicking|avoiding|procrastinating|working late|staying late|overeating|overspending|eating (?:badly|junk|late))\b|\b(?:started|starting) \w+ing (?:\w+ )*again\b|\bi'm (?:\w+ing) (?:more|less) than (?:ever|before)|\b(?:more|less) (?:stressed|sleep|energy) than\b`);
export const SPEAKS_PRAISE = `(?:put (?:me|my name|him|her|them) forward|put my name (?:first|on)|singled out|commended|voted (?:me|us)|called out my|gave (?:me|us) a (?:shout-?out|mention)|vouched for me|praised|thanked|complimented|congratulated|nominated me|recommended|raved|applauded|celebrated)`;
export const SPEAKS = raw`(?:(?:took|pulled) (?:me|her|him) aside to say|calling (?:us|me|her|him|it|my|our)|called (?:her|his)|commented on|mentioned|(?:pleased|happy|impressed|delighted) (?:with|by)|told (?:her|him|them|us|(?:my|our|the) [\w-]+(?: [\w-]+)?)|used the word|called (?:my|our|me|it|the)|described (?:it|my|me|our|the) as|(?:called|rang|wrote|emailed|messaged|texted|phoned) (?:me |afterwards |back |later )?to say|said|says|reckons|reckoned|told me|tells me|noticed|has noticed|have noticed|had noticed|keeps? saying|commented|thanked|praised|wrote|sent me|nominated me|picked me|pulled me aside|forwarded|complimented|gave (?:me|us)|did a double take|stopped me|raved|renewed|recommended|referred|asked to collaborate)`;
export const RECOGNITION_WORDS = has('if whether came comes coming said says told tells noticed thanked praised called wrote emailed messaged texted rang phoned commented complimented nominated picked pulled forwarded gave double stopped raved renewed recommended referred asked invited chose used described put vouched congratulated applauded celebrated surprised impressed chuffed pleased delighted thrilled proud shout five standing name card saying keep keeps collaborate calling left posted sent reached asking ask added replied mentioned happy with by kudos thanking named star praise thanks testimonial review compliment compliments repeat singled commended voted chosen selected reckons reckoned');
export const RECOGNITION = re(raw`\b(?!i\b)[a-z'-]+ (?:asked|rang to ask|called to ask|emailed to ask|messaged to ask|reached out (?:asking|to ask)|got in touch (?:asking|to ask)|came back (?:asking|to ask)) (?:me |us |her |him )?(?:if (?:i'd|i would|i could|we could|we'd|we would|they could|she could|he could|she'd|he'd) |whether (?:i'd|i would|i could) |to |for )(?:come back|present|lead|run|refer|pitch|subcontract|see more|speak|mentor|join|direct|the slides|my slides|a copy|more|collaborate|partner|take over|take on)\b|\breferred (?:[\w']+ ){0,3}(?:to me|to us)\b|\b(?:referred|sent) (?:me|us) (?:\w+ )?(?:new )?(?:clients?|customers?|friends?|referrals?)\b|\b(?:left|wrote|posted|gave) (?:me |us )?(?:a |an )?(?!(?:one|1|two|2)-star|bad|negative|poor|terrible|scathing|nasty|angry)(?:[\w-]+ )?(?:review|testimonial|thank-you|shout-?out)\b|\b(?:emailed|wrote|messaged|rang|called|texted) (?:me |us )?to (?:thank|say thanks)\b|\bsent (?:me |us )?(?:a )?(?:thank-you|thank you|thanks)\b|\byou(?:'ve| have| are|'re| were| look| did| didn't| handled| made| seem)\b[^.?]{0,80}?,? (?:(?:my|the|our|his|her|a|an) [\w' -]{1,30}?|[a-z]+) (?:said|told me|says|wrote|added|replied)\b(?=[^?]*$)|\b(?:said|told me|says|wrote),? you(?:'ve| have| are|'re| were| look| did| didn't| handled| made| seem)\b|\b(?!i\b|you\b)[a-z'-]+ ${SPEAKS_PRAISE}\b|\b(?!i\b)[a-z'-]+,? ${SPEAKS}\b.*\b(?:${PRAISE})\b|\b(?:${PRAISE})\b.*\b(?!i\b)[a-z'-]+ (?:said|says)[.!]?$|\b(?!i\b)[a-z'-]+(?: (?:was|were|is|are|seemed|seems)|'s) (?:\w+ )?(?:surprised|impressed|chuffed|pleased|delighted|thrilled|proud|happy(?! to| for| about))\b|\b(?:asked|invited|chose|picked) (?:me|us) to (?:lead|mentor|present|speak|join|run|help|chair|advise|collaborate|refer|teach|demo|cater|train|host|represent|judge|front|pace|coach|take over|keynote)|\b(?:shout-out|kudos|five-star|5-star|standing ovation|asked for me|by name|nominated|got picked|picked for|a card saying|thank(?:ed|ing) (?:me|us)|named (?:me|us))\b|\basked (?:if|whether) (?:they|she|he|we) could (?:refer|hire|book|feature|work with|partner|use|quote|share|recommend)\b|\bmy name (?:came|comes|keeps coming) up\b|^(?:praise|kudos|thanks|shout-?out|compliments?|testimonial|repeat (?:booking|order|business)|(?!(?:one|1|two|2|three|3)-star|bad|negative|poor|mixed)[\w-]+ (?:[\w-]+ )?review) (?:in )?from\b|(?:^| )(?!(?:wasn't|weren't|not|never|isn't) )[a-z]+ (?:chosen|selected) (?:for|as|to)\b|\b(?:picked|chose|selected) (?:\w+ of )?my [\w-]+(?: [\w-]+)? (?:for|as)\b|\b(?!i\b)[a-z'-]+ (?:has |have |had )?noticed (?:that )?(?:i|i'm|i've|i'd|me|my)\b`);
/** How a client comes across to others, asking for change: "came across as defensive", "find me intimidating". */
const HARSH = '(?:a bit |quite |too |very |really )?(?:intimidating|abrupt|harsh|cold|defensive|aggressive|arrogant|rude|dismissive|distant|unapproachable|difficult|scary|blunt|intense|impatient|nervous|weak|unprepared|disengaged|hostile|closed|guarded)';
export const FEEDBACK = re(raw`\b(?:find|finds|found) me ${HARSH}\b|\b(?:said|says|thinks|told (?:me|her|him))\b (?:that )?(?:the|my|our|his|her|their) [\w -]{1,30}? (?:needs?|could do with) (?:more|clear|clearer|a|an|to|work|fixing|tightening|rethinking|cutting)\b|\b(?:said|says|told me|thinks)\b[^.]*\b(?:i'd|he'd|she'd|they'd|we'd|would) rather\b|\b(?:came|come|comes|coming) across as ${HARSH}\b|\b(?:not sustainable|unsustainable)\b|\b(?:needs?|wants?) me to\b|\b(?:said|says|told me|told us|told her|told him|tells me|tells us|wants|suggested|thinks|asked me to (?!lead|present|mentor|speak)|reckons)\b[^.]*\b(?:need (?:\w+ ){0,2}(?:more )?(?:months?|years?|weeks?) of|(?:i've |i have |you've |you have )?got to (?:stop|start|be|get|cut|take|delegate|learn)|need to|needs to|should|must|have to|has to|to (?:stop|cut|be more|lose|get|delegate|tighten|come|take|try)|more often|too \w+|wants me to|need (?:a|an|more)|i'm always|i don't|hard to|isn't|aren't|not enough|confusing|unclear|hurtful|boring|messy|wrong|rude|slow|late|disappointed|disappointing|worried|concerned|not good|needs work|justification|more numbers|not (?:quite )?(?:ready|there)|(?:wasn't|isn't|weren't|aren't) ready|redo|re-do|interrupt\w*|talk over|needs sorting|no clear)\b|\b(?:wants|want) (?:me|us) to be\b|\b(?:feedback|appraisal|review|3[6]0)\b[^.]*\bbut (?:i |i'm |it's |no |not |needs? )`);

export const TAKES = has('takes take');
export const STREAK_WORDS = has('in every day one two three four five six seven eight nine ten twelve fifteen twenty thirty forty a few couple several');
export const REALISATION_WORDS = has('clicked out see sees gets understands accepts believes penny dawned hit figured landed understand learned learnt noticed learning starting light bulb lightbulb epiphany aha seen clocked spotted');
export const ACHIEVEMENT_WORDS = has('! was got landed won passed earned secured closed signed completed finished achieved hit reached made launched published sold broke delivered graduated qualified nailed smashed accomplished climbed survived paid accepted approved shortlisted offered promoted selected picked nominated invited hired funded featured awarded chosen asked successful met exceeded beat went done sorted booked sent submitted live complete agreed fixed filed greenlit written drafted built cleared handed post shipped gone turned came positive black profit profitable out early attainment ahead above beating target quota plan goal budget forecast in mastered announced empty renewed consolidated updated registered returned repaid appointed elected re-elected certified accredited licensed confirmed extended through collected rewritten');

/** The words `UNDONE_AFTER` cannot match without one of: it runs only on a statement that has one. */
export const UNDONE_AFTER_WORDS = has("pulled restarted scrapped shelved overrode overruled withdrew binned ditched reversed undid redid did abandoned raided emptied cancelled dropped bottled caved deleted unfollowed reinstalled let again since once twice undone ruined wrecked wiped back day monday tuesday wednesday thursday friday saturday sunday weekend lunchtime buried full messy mess chaos cluttered overflowing piled piling control untidy how stopped gave given quit kept backed went had smoked drank ate bought spent ordered that put then didn't never haven't have almost nearly");
/** A statement that opens with someone or something else as the subject, with no "i", "me" or "we" soon after. */
const OTHER_SUBJECT = patternWhenUsed(raw`^(?:the|my|our|a|an|his|her|their|its|it|there|[a-z]+'s)\b(?![^,.]{0,40}\b(?:i|me|my|we|us|our)\b)(?![^,.]{0,40}\b(?:went|go|going|gone|was|were|is|are|been|got|'s) (?:really |so |very |surprisingly |pretty |quite |actually |now |finally |all |half |nearly |almost |officially )?(?:well|great|brilliant|smoothly|fine|good|amazing|excellent|a success|a hit|done|finished|complete|written|drafted|built|live|submitted|published|booked|signed|sorted|approved|accepted|confirmed|announced|granted)\b)`);
export const OTHER_SUBJECTS = new Set('the my our a an his her their its it there'.split(' '));

/** Whether the first word is one `OTHER_SUBJECT` opens with ("the", "my" … or "someone's"): a look before the pattern runs. */
export function opensWithOtherSubject(text: string): boolean {
	let end = 0;
	while (text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
	if (end === 0) return false;
	if (!isWordCode(text.charCodeAt(end)) && OTHER_SUBJECTS.has(text.slice(0, end))) return true;
	return text.startsWith("'s", end) && !isWordCode(text.charCodeAt(end + 2));
}
/** A statement that opens with someone or something else as the subject (`OTHER_SUBJECT`), its first word looked at first. */
export const otherSubject = (text: string): boolean => opensWithOtherSubject(text) && OTHER_SUBJECT().test(text);
export interface HabitGate {
	words: Set<string>;
	/** The prefixes, by their first two letters (`twoLetterKey`). */
	prefixes: Map<number, string[]>;
}

/**
 * The words of `HABIT` (whole, or beginning with a prefix of one): `HABIT_STOPPED` cannot match without one, and this
 * look at the statement's words (`Statement.habit`) is much cheaper than the pattern, which most statements with
 * "not" or "have" would run.
 */
/** The alternatives of `HABIT` that `gatedPatterns` leaves ungated (its gates need three letters), gated by hand. */
export const HABIT_HAND_GATES = new Map<string, { words: string[]; prefixes: string[] }>([[String.raw`\b(?:cc'?\w*|re-?check\w*)\b`, { words: ['re'], prefixes: ['cc', 'recheck'] }]]);

export function habitGateOf(): HabitGate | null {
	const gate: HabitGate = { words: new Set(), prefixes: new Map() };
	for (const part of gatedParts(raw`\b(?:${HABIT})\b`)) {
		const partGate = part.gate ?? HABIT_HAND_GATES.get(part.source);
		// An alternative without a gate: the look cannot rule anything out.
		if (partGate === undefined) return null;
		for (const word of partGate.words) gate.words.add(word);
		for (const prefix of partGate.prefixes) {
			// A prefix of one letter would need a key of its own; none is expected, so the look gives up rather than miss one.
			if (prefix.length < 2) return null;
			const key = twoLetterKey(prefix);
			gate.prefixes.set(key, [...(gate.prefixes.get(key) ?? []), prefix]);
		}
	}
	return gate;
}

