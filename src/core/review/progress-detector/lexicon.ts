import { raw } from './pattern-source';

/**
 * Word lists the cues are built from: classes of words, never sentences. Each is a regular-expression alternative
 * over lower-case text with straight apostrophes (see `normalise.ts`).
 */

// A list's lines are alternatives joined with "|" (one run of them a line, for reading).
const words = (list: string): string => list.trim().split(/\s*\n\s*/).join('|');

/** Two to ten in words, in several lists of how many. */
export const TWO_TO_TEN = 'two|three|four|five|six|seven|eight|nine|ten';

/** How many: digits, number words, fractions. */
export const NUMBER = words(raw`
	\d[\d,.]*(?:kg|km|lbs?|k|m|%)?|[£$€]\s?\d[\d,.]*(?:k|m)?|one|${TWO_TO_TEN}|eleven
	twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[\w-]*|thirty[\w-]*
	forty[\w-]*|fifty[\w-]*|sixty|seventy|eighty|ninety|hundred|thousand|a dozen|a third|a quarter
	a fifth|half a stone|a stone|half|a couple|a (?:dress )?size|a few|several|zero|twice|once|three times|double
`);

/** The days of the week and the months, each written once. */
export const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** Spans of time a streak is counted in. */
export const TIME_SPAN = words(`days?|weeks?|months?|years?|nights?|mornings?|evenings?|fortnight|sessions?|quarters?`);

/** Verbs in the past that report a step the speaker took (irregular ones; regular ones end in -ed). */
export const IRREGULAR_PAST = words(`
	went|got|gave|told|took|made|sent|spoke|wrote|ran|won|sold|met|paid|put|rang|set|cut|hit
	left|found|bought|brought|built|began|chose|drove|flew|held|led|let|quit|saw|sat|shut
	slept|stood|swam|taught|threw|did|forgave|rode|stuck|caught|drew|wore|sang|tore
	undertook|withdrew|overcame|beat|fought|shook|split|rebuilt|rewrote|became|came|read|kept|grew|blocked out
`);

/** Words ending in -ed that are states, wishes or failures rather than steps taken. */
export const NOT_A_STEP_ED = words(`
	tired|bored|scared|worried|stressed|exhausted|overwhelmed|ashamed|interested|excited|fed|used
	supposed|planned|wanted|needed|meant|hoped|wished|promised|annoyed|confused
	depressed|frustrated|disappointed|embarrassed|terrified|isolated|drained|stuck|trapped
	rejected|ignored|passed|dreaded|struggled|failed|panicked|binged|relapsed|freaked|cancelled|canceled
	skipped|missed|snapped|shouted|lost|dropped|crashed|delayed|postponed|procrastinated|avoided
	refused|declined|weighed|withdrawn|scrolled|unmotivated|motivated|unsettled|unprepared|undervalued
	watched|rained|snowed|happened|arrived|stayed|ranted|moaned|complained|vented|grumbled|whinged
	argued|rowed|frightened|petrified|horrified|gutted|devastated|traumatised|shocked|concerned|agitated|irritated|cried
	sobbed|collapsed|underpaid|overworked|overloaded|unappreciated|unfocused|disorganised|distracted|paralysed|burned|burnt|bed|red|need|feed|seed|speed|weed|deed|shed|exceed|proceed|succeed
	indeed|based|related|named|ruled|minded|seated|talented|skilled|qualified|married|retired|acquired|closed|experienced
	wasted|bloated|expressed|voiced|wondered|queried
	knackered|shattered|frazzled|swamped|slammed|expected|assumed|suspected|imagined|pretended|described|griped
`);

/** Bad habits: what not doing, or no longer doing, is progress. */
export const HABIT = words(raw`
	drink\w*|drank|drunk|alcohol|wine|beers?|booze|sober|smok\w*|cigarettes?|vap\w*|bought|buy\w*
	shopping|shop online|spend\w*|spent|check\w*(?! (?:my |his |her |their )?(?:sugars?|blood|bp|glucose|feet|levels))(?!-in)|scroll\w*|shout\w*|snap\w*|yell\w*|binge\w*
	snack\w*|takeaways?|sugar|crisps|biscuits?|sweets|chocolate|energy drinks?|caffeine|skip\w*(?!-level)|miss\w*|cancel\w*
	apologis\w*|apologiz\w*|sorry|undersell\w*|undersold|discount\w*|undercut\w*|volunteer\w*|rewr\w*
	micromanag\w*|jump\w* in|rescu\w*|took over|take over|overrul\w*|overrid\w*|overrode|interrupt\w*|panic\w*|migraines?
	argu\w*|rows?|nails|text\w* (?:my|me|him|her) back|dial\w* in|dial\w* into|check\w* in|step\w* in|weekend emails|weekend work|weekends|go back to|went back to|email\w* (?:sent |answered )?after
	cc'?\w*|stay\w* late|work\w* (?:(?:a|an|one|single|the|in|on|at|through|any|every|my) ){0,2}(?:late|weekends?|sundays?|saturdays?|evenings?|nights?|lunch|past|overtime)|took work home
	weigh\w* myself|instagram|phone|slack|dashboard|rush job|overtime|late-night|worr\w*|overprepar\w*
	people-pleas\w*|said yes|say yes|agree\w* to|lowball\w*|flinch\w*|reach\w* for|touch\w* (?:a drop|alcohol|the vape|the bottle|a cigarette|the wine|the booze|a drink|booze|sugar|chocolate|the biscuits|(?:the|my) (?:credit )?cards?)|gambl\w*|betting|bets?|snor\w*|lunch at (?:my|the) desk|jump\w* into|freebies?|soda|fizzy(?: drinks?)?|fights?|flare-?ups?|impulse \w+|call\w* in sick|below-rate|under my (?:rate|minimum)|lose it|lost it|vending machine|(?:news|betting|gambling|shopping|dating|social media) (?:apps?|sites?)|(?:late|11pm|midnight|late-night) emails?|stay\w* past|sit\w* in on|(?:work )?laptop
	bit\w* my nails|nibbl\w*|doom\w*|cigs?|fags?|pints?|bottles?|junk|fast food|answer\w* (?:a single |any |one )?(?:emails?|messages?|calls?)
	sen[dt]\w* (?:a single )?emails? after|open\w* (?:the )?laptop|take \w+ home|beat\w* myself up|compar\w*
	quit|give up|gave up|cave|caved|back down|backed down|run away|ran away|freeze|froze
	let (?:[\w']+ ){0,3}(?:bully|push|pressure|talk me|walk over|guilt|rush|persuade|railroad|steamroll|wind|get to|rattle|upset|derail|spoil|ruin|wreck|drag|throw)\w*|eat\w* in front of|re-?check\w*|twitter|tiktok|facebook|reddit|youtube|netflix|telly|tv
	late|late \w+|1am|2am|3am|4am|log\w* (?:in|on)|logins?|whatsapps?|talk\w* over|undercharg\w*|sickies?|write-offs?|chargebacks?|dip\w* into|scales
	procrastinat\w*|overthink\w*|reinstall\w*|rais\w* my voice|lose my temper|lost my temper|bite|bitten
	raid\w*|reread\w*|redo\w*|redid|cry|cried|crying|in tears|lose my rag|lost my rag|lose my cool|lost my cool|blow up|blew up
	slam\w*|sulk\w*|nag\w*|overexplain\w*|overcommit\w*|overeat\w*|overate|overspen[dt]\w*|ruminat\w*|spiral\w*
	snooz\w*|oversle\w*|give in|gave in|go quiet|went quiet|go red|went red|get defensive|got defensive|get flustered|got flustered
	sick days?|sick leave|sick notes?|avoid\w*|hid|hide|hiding|second-guess\w*|inhalers?|painkillers?|sleeping pills?|crutches
	dread\w*|replay\w*|freak\w* out|personally|(?:lie|lay|lying) awake|all-nighters?|tantrums?|meltdowns?|urges?|cravings?|(?:my|his|her) ex
	pokies|scope creep|scaries|work (?:calls?|emails?)|escalat\w*|step\w* into|los[et] the rag|lent|lend\w*
`);

/** Quantities where less is better. */
export const LESS_IS_BETTER = words(raw`
	overdraft|loans?|arrears|credit card|bills|weigh\w*|pounds?|lbs?|kg|kilos?|stones?|(?:a|one|two|dress|clothes|jeans|trouser) size|waist|blood pressure|bp|cholesterol
	hba1c|sugars?|glucose|heart rate|cigarettes?|drinks?|units|coffees?|screen time|hours|meetings?|churn
	attrition|phq-?9|gad-?7|bmi|rhr|pain|fatigue|hot flushes|night sweats|symptoms|hypos|bounce(?: rate)?|debtor days|days to pay|dso|escalat\w*|(?:\d+k|race|run|mile|marathon|lap|parkrun) times?|burn|chargebacks?|time to hire|resting hr|takeaways?|cigs|staff turnover|turnover in|costs?|spending|debt|overdue|unpaid|outstanding|complaints?|vacancies
	incidents?|refunds?|refund requests|(?:panic )?attacks|doomscroll\w*|pickups|late nights?|sick days|bugs|no-?shows?|absences|overtime|arguments|meltdowns|headaches|tantrums|penalt\w*|injur\w*|mistakes|spent [£$€]|inbox|unread|backlog
	time-to-hire|response times?|wait times?|waiting times?|prep time|turnaround|days to|absence
	errors?|defects?|migraines?|panic attacks?|meeting load|headcount vacancies|open headcount
	billable hours|hours a week|hrs?|mtgs?|smok\w*|vap\w*|drinking|mtg load|cycle(?: times?)?|lead times?|commute|to one|to under|from weeks|overheads|expenses|rent|premiums|cancellations|late payments
	missed (?:\w+ )?(?:doses?|deadlines?|sessions?|payments?|appointments?|meds|pills|workouts?|classes|days|shifts)|takes? (?:me |us |her |him |them )?(?:about |around |under |just |only )?\d+ ?(?:min\w*|hours?|hrs?|days?|weeks?)
`);

/** Words that make a number a result that rose. */
export const UP = words(`up|went past|gone past|broke through|double (?:last|the|what|that)|triple (?:last|the|what|that)|twice (?:as many|as much|last|what)|gained|put on|hit|reached|topped|passed|crossed|exceeded|beat|rose|risen|increased|grew|grown|doubled|tripled|higher|climbed|jumped|more than doubled|gone up|went up|soared|record|best|most ever|top`);

/** Words that make a number a result that fell. */
export const DOWN = words(`down|fell|fallen|dropped|decreased|lower|fewer|halved|cut|reduced|shrunk|shrank|slashed|lost`);

/** States that are bad to be in: no longer in one is a change for the better ("my back doesn't ache any more"). */
const BAD_STATE = raw`ache|aching|hurt|hurting|scare|scares|scared|scary|frighten\w*|bother\w*|worr\w*|panic\w*|dread\w*|terrif\w*|afraid|anxious|an apology|apologetic|a battle|a fight|a struggle|an issue|a problem|a chore|a nightmare|an ordeal|throb\w*|flare\w*|keeps? me awake|swallowed|eaten up|consumed`;

/** The better (a state changed for the better). */
export const BETTER = words(raw`
	better|easier|calmer|happier|lighter|stronger|fitter|healthier|faster|quicker|braver|kinder
	clearer|steadier|quieter|smoother|closer|sharper|brighter|more confident|more patient|more comfortable
	more settled|more relaxed|more present|more open|more honest|more positive|more engaged|more focused
	more organised|more measured|more deliberate|more approachable|more myself|more energy|more rested
	more balanced|more in control|more even|more openly|more often|more time|more trusted|more assertive
	less thrown|less (?:[\w-]+ )?dread|less out of breath|less sore|less angry|less afraid|less frantic|less tense
	less scary|less of a|improv\w*|lifting|easing|faded|eased|settling|mostly gone
	more like myself|lit up|shorter|fewer|less often|back (?:in|within) (?:the )?(?:normal |healthy |target )?range|back to normal|all clear
	more \w+ful|(?:confidence|self-esteem|patience|energy|savings|network|business|audience|following) (?:\w+ ){0,4}(?:grown|grew|growing|improved|up)
	manageable|doable|bearable|under control|sustainable|tidier|more visible|more (?:vegetables|veg|water|fruit|sleep|exercise|rest|steps|time with|time for)
	no pain|pain-?free|not a twinge|no twinges?|no niggles?|without (?:any )?pain|(?:sleeping|sleeps) through|slept through (?:the night|most nights|every night|all week)
	(?:fine|held up|solid) (?:after|through|during) (?:the|my|a|an|all|every)
	(?:trust|like|enjoy|love|believe in|value|respect|back) myself more|turn\w* a corner|on the up|on the mend|getting there|back on track
	(?:making|made) (?:a lot of |lots of |some |real |good |great |so much |huge |steady )?progress|moving forward|in a better place|less (?:\w+(?:gy|ny|py|ky|ty|dy|ly|sy|ed|ful|ous|ive))
	less (?:stiff|swollen|achy|frequent|intense|severe|irritable|hard|difficult|awkward|daunting|overwhelming|draining|exhausting|chaotic|hectic|stuck|lost|alone)
	(?:enjoy\w*|laugh\w*|smil\w*|sleeping|talking|dancing|singing|painting|reading|cooking|mine|myself|normal|hopeful) (?:[\w']+ ){0,2}again|free[ds]? up|freeing up
	(?:cravings?|pain|anxiety|symptoms?|urges?|panic|stress|headaches?|worry|worries) (?:\w+ ){0,3}(?:weaker|less|lower|easing|eased|better|gone|fewer|shorter|milder|quieter|down)
	(?:trust|believe in|value|respect|back|rely on|listen to) (?:my own [\w-]+|my (?:judgement|judgment|instincts?|gut|voice|decisions|opinions?)) more
	stopped (?:\w+ing )?(?:into |in |like )?(?:a |an )?(?:fight|row|argument|battle|nightmare|chore|struggle|drama|ordeal|slog|war|shouting match|cliff edge|grind|drag|mountain|fraud|failure|burden|punishment|impostor|imposter|outsider)s?
	less like (?:a|an|hard work|work|begging)|more in charge
	(?:hate|dread|mind|fear|resent) (?:it|them|that|this|him|her|\w+ing)? ?(?:a (?:bit|little|lot) |much |way |far )?less
	finally feel\w* (?:like (?:i (?:belong|can|deserve|fit|matter|know)|i'm (?:allowed|good enough|enough|in charge|getting somewhere)|myself|a (?:real|proper))|(?:ready|confident|calm|settled|at peace|in control|able|allowed|free|heard|seen|rested|normal|hopeful|proud|safe|strong)\b)
	(?:has|have|'s|'ve) (?:really |definitely |slowly |gradually |finally |noticeably |actually )?(?:softened|mellowed|thawed|lifted|calmed down|settled down|quietened|quieted|loosened up)
	without (?:my (?:heart|hands|voice|legs) \w+ing|(?:\w+ )?(?:panick?ing|shaking|freaking out|feeling (?:sick|guilty|awful|anxious|bad|terrible|like a fraud)|dreading|going red|blushing|sweating|second-guessing|overthinking|rehearsing|apologising|apologizing|flinching|spiralling|spiraling|a meltdown|a panic attack|losing (?:it|my temper|sleep)|beating myself up|getting (?:upset|defensive|angry|flustered|wound up)))
	not as (?:scared|anxious|nervous|worried|stressed|tired|angry|bothered|frightened|overwhelmed|defensive|reactive|hard on myself|lonely|sad|low|snappy|tense|stiff|sore|achy|bad|frantic|intimidated|self-conscious|shy|wound up|precious|touchy|jumpy|daunting|scary|hard|painful) (?:[\w']+ ){0,5}as (?:i|she|he|we|they|it) (?:was|were|used to|did)
	(?:haven't|hasn't|don't|doesn't|isn't|aren't|not) [^.,;]{0,30}\bas (?:much|badly|often|hard|bad|long) (?:this (?:year|time|week|month|winter|season)|now|lately|these days|as (?:i|it|they|she|he|we) (?:did|used to|was|were))
	(?:haven't|hasn't|don't|doesn't|didn't|isn't|aren't|won't) [^.,;]{0,40}\bthe way (?:i|it|they|she|he|we) (?:did|used to|was|were)
	no longer (?:[\w']+ )?(?:${BAD_STATE})|(?:doesn't|don't|isn't|aren't|'s not|'re not|'m not|not) (?:[\w']+ )?(?:${BAD_STATE})\b[^.]{0,40}?\b(?:any ?more|these days|nowadays|now)
	more (?!drinking|smoking|snacking|scrolling|worrying|spending|gambling|vaping|arguing|shouting|working|crying|eating|panicking|overthinking)[a-z]+ing than (?:the whole of |all of |in all of |in |during )?(?:last (?:week|month|year|quarter|term|summer|spring|autumn|winter)|the (?:whole|entire) (?:of )?(?:last |previous )?\w+|(?:${MONTH})\b)
	looser|freer|suppler|more flexible|more mobile|less tight|(?:come|came|coming) on (?:loads|a lot|leaps and bounds|so much|massively|no end|a treat)
	second nature|(?:got|getting|get) into (?:a|the) good (?:habit|routine|rhythm)|(?:got|getting|get) into (?:a|the) (?:habit|routine|rhythm) of (?:\w+ing (?:my |the |a |an )?)?(?:exercis\w*|walk\w*|run\w*|stretch\w*|meditat\w*|journal\w*|read\w*|cook\w*|sav\w*|plan\w*|prepar\w*|ask\w*|saying no|delegat\w*|leav\w* on time|switch\w* off|going to bed|bed by|early nights|breakfast)
	(?:notic\w*|catch\w*|spot\w*) (?:[\w']+ ){0,6}?(?:earlier|sooner|quicker|in time|and (?:stop|stopping|pause|pausing|actually|change|breathe)|more(?=[,.;!]|$))
	(?:coming|come|comes|came) to (?:me|my|him|her|us) (?:\w+ )?(?:earlier|sooner|directly)
`);

/** The worse. */
export const WORSE = words(raw`
	stopped (?:going to (?:the gym|my|her|his|our|yoga|church|class|book|choir|practice|training)|talking to each other|seeing (?:my |her |his )?friends|exercising|laughing|enjoying|eating properly|looking after)|worse|worst|worsen\w*|downhill|deteriorat\w*|more stressed|more anxious|more cynical|more isolated
	more siloed|more tired|less sleep|less energy|less patient|lowest|fell again|gave way|more than ever
	(?:my |the |a )?first (?:drink|pint|glass of wine|cigarette|cig|fag|smoke|vape|bet|binge|takeaway|panic attack|migraine|drop) (?:in|for) (?:\d+|[a-z]+) (?:days?|weeks?|months?|years?)|(?:doesn't|don't|didn't|won't) (?:help|work|enjoy|laugh|fit|trust|speak|visit)\w* (?:[\w']+ ){0,4}?any ?more
	made a loss|posted a loss|(?:got|getting|gone|gotten) slower|(?:started|starting|begun) (?:feeling|getting|having) (?:sick|ill|anxious|panicky|headaches|migraines|nightmares|palpitations|low|worse)|started staying (?:at (?:the office|work) )?(?:till|until|late)|(?:started|starting|begun) (?:dreading|hating|resenting|avoiding|skipping|cancelling|snapping at|shouting at|panicking|crying)
	as bad as ever|(?:harder|tougher|more difficult) (?:now )?than (?:ever|before|it was|in the first|at the start|last)|than ever|ever been|more hours|heavier|lost \w+ of my|lost two|lost three|lost another|lost our|lost my best
	(?:drinking|eating|smoking|spending|worrying|snacking|vaping|gambling|scrolling) (?:way |much |a lot |far |a bit |even )?more\b|more junk|more (?:one-star|1-star|bad|negative|poor) (?:reviews|ratings)|more (?:complaints|refunds|returns|cancellations|no-shows|sick days)
	put (?:it |them |(?:\w+ )?(?:weight|kilos?|kg|pounds|lbs|stone) |(?:[\w']+ ){1,3}(?:of it|lot) )?back on|regained|piled (?:it )?back on|had to lay|laid off|dropped again|shrunk|shrank
	(?:anxiety|stress|pain|drinking|spending|debt|worry|panic|cravings?|hours|weight|blood pressure|cholesterol|overdraft|arrears|waist) (?:\w+ ){0,3}(?:gone up|went up|crept up|increased|risen|rose|up again|back up)
	(?:sales|revenue|profits?|orders|bookings|income|savings|engagement|morale|footfall|numbers|traffic|margins?|scores?|turnover) (?:\w+ ){0,3}(?:fallen|fell|dropped|declined|dipped|slumped|slipped|shrunk)
`);

/** What recognition sounds like. */
export const PRAISE = words(raw`
	great|excellent|brilliant|outstanding|superb|fab|fabulous|wonderful|terrific|exceptional|stellar
	the reason|a credit|ahead|on track|doing well|flying|smashing it|progress|progressing|most \w+|one of the (?:best|most)|reliable|dependable|talented|capable|skilled|kind|calm
	phenomenal|incredible|remarkable|first-class|top-notch|perfect|solid|thorough|insightful|inspiring
	helpful|powerful|polished|professional|sharp|exactly|glowing|genuinely|best|well|good|amazing|fantastic|impressive|impressed|proud|clearest
	strongest|clear|spot on|textbook|(?:the |my )(?!earliest\b|latest\b)[a-z]+est|tidiest|pleased|chuffed|calmer|happier|more|less|easier|lighter
	improvement|improved|helping|come on (?:loads|a lot|leaps and bounds|so much|massively|no end)|made a (?:real |big |huge )?difference|making a (?:real |big |huge )?difference|come a long way|respect\w*|trusted|trust|fair|ready|credible|strong|lovely
	surprised|changed|thank\w*|compliment\w*|recommend\w*|raved|by name|keep doing|favourite|rested|lit up
	approachable|listened to|patient|seem \w+er|(?:much|so much|a lot|way|loads) \w+er|look \w+|looks? amazing|so much|really pleased
	noticed|natural|confident|happy|helped|useful|loved|love|valuable|nailed|the one|easier to
	ready for|night and day|exceeds|exceeded expectations|doing the work|read this
	way up|on point|moved the needle|go-to|the person (?:everyone|people) (?:goes|go) to|the model for|dignity|completely different|consistent|fundable|turnaround
	unrecognisable|unrecognizable|transformed|the only|one of the few|coherent|carried|worth
	crisp|exemplary|clean|the adult in the room|a proper \w+|vote of confidence|high-potential|made my day|younger|the hard part
	myself|refer|best it's been|best they'd had|double take|keep going|well done|gorgeous|beautiful|stunning|saved (?:the|us|our|my)|how it should be done
`);

/**
 * Contractions written without their apostrophe, none of them a word of its own (so not "wont", "cant", "id", "were"):
 * a word list here, so a note opening "Havent told…" is not taken for a client's name (`named-client.ts`).
 */
export const CONTRACTIONS_UNMARKED = 'didnt|dont|doesnt|couldnt|wouldnt|shouldnt|havent|hasnt|hadnt|isnt|wasnt|werent|arent|im|ive|youre|theyre|thats|whats';
