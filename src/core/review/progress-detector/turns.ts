import { HABIT, MONTH, NUMBER, TWO_TO_TEN, WEEKDAY } from './lexicon';
import { raw } from './pattern-source';

/**
 * Patterns of three ways a statement can sound like progress and not be: a good habit that lapsed or a turn for the
 * worse ("I used to meditate every day", "the walks have lapsed", "I gained it all back"), a joke at one's own
 * expense ("Well done me, I managed to forget her birthday"), and something someone else did or that happened to the
 * client ("My sister got the job", "We got a new manager"). General shapes of speech, not sentences of the corpus.
 */

/** Good habits and states whose loss is a change for the worse. */
const GOOD_HABIT = raw`(?:the |my |our |her |his |their )?(?:gym|stretch\w*|exercis\w*|meds|medication|tablets|therapy|physio\w*|class\w*|yoga|pilates|journal\w*|meditat\w*|walk\w*|run\w*|jog\w*|swim\w*|train\w*|budget\w*|planning|plan|routine|practice|practising|practicing|lessons|cooking|early nights|morning \w+|evening \w+|sunday \w+|weekly \w+|daily \w+)`;

export const LAPSED = [
	// "I used to love this job", "I used to be much better at switching off", "used to meditate every day".
	raw`\bused to (?:be (?:\w+ )?(?:better|happier|fitter|calmer|healthier|good|great|fine|so \w+|much \w+|really \w+|more \w+)|love|enjoy|like|look forward|feel (?:good|great|fine|calm|happy|confident)|sleep (?:well|better|through)|have (?:energy|time|friends)|${GOOD_HABIT})`,
	// A good habit kept for a while, stopped now: "I was meditating every morning for a month, now I stopped completely".
	raw`\b(?:was|were|been) ${GOOD_HABIT}\b[^.]{0,60}\bnow,? (?:i've |i have |i |we've |we |she's |she |he's |he )?(?:completely |totally |just |kind of )?(?:stopped|quit|gave up|given up)\b`,
	// "the walks have lapsed", "journaling fell by the wayside", "I've let the planning slip".
	raw`\b(?:lapsed(?! (?:[\w-]+ )?(?:clients?|customers?|members?|subscribers?|donors?|accounts?|users?|patients?)\b)|fallen by the wayside|fell by the wayside|fallen off|fell off|gone out (?:of )?the window|went out (?:of )?the window|tailed off|fizzled out|petered out|died a death|gone to pot|went to pot)\b`,
	// "My streak broke at 41 days", "the streak of no weekend emails ended at six weeks".
	raw`\bstreak (?:[\w'-]+ ){0,5}?(?:broke|ended|snapped|died|is over|was over|went)\b`,
	raw`\blet (?:[\w'-]+ ){0,3}(?:slip|slide|lapse)\b`,
	// A mark against them received: "got a 'needs improvement' on my appraisal", "got a written warning".
	raw`\b(?:got|received|given|had) (?:an? |my |the )?(?:first )?(?:(?:written |formal |final |verbal )?warning|needs improvement|(?:poor|bad|low|negative) (?:rating|review|score|mark)|one-star|1-star|(?:parking |speeding )?(?:fine|ticket)|telling-off|bollocking|complaint about me)\b`,
	// "nobody knows what they're doing any more": a loss, not a habit stopped.
	raw`\b(?:nobody|no one|none of us|none of them) [^.;]{0,50}\bany ?more\b`,
	// "I stopped going to the gym", "she's stopped doing her stretches", "gave up the running".
	raw`(?:^|[.,;:!?] |(?:^|\s)(?!(?:\w+n't|not|never)\s)[\w']+ )(?:stopped|quit|dropped|gave up|given up|abandoned|ditched|skipped) (?:going to |doing |taking |using |practising |practicing |the |my |her |his |all )*(?:[\w-]+ )?${GOOD_HABIT}\b`,
	// "I used to get my steps in, now I don't leave my desk"; "I'm not the organised one any more, I used to be".
	raw`\bused to\b[^.]{0,60}\bnow (?:i|we|it|she|he|they)(?: \w+)? (?:don't|doesn't|never|can't|barely|hardly|rarely|haven't|won't|am not|'m not|isn't)\b|(?:[,;] |\band |\bbut )(?:i|we|she|he|it) used to be[.!]?$`,
	// "We've slipped from third to seventh": a place in a ranking lost.
	raw`\b(?:slipped|slid|dropped|fell|fallen|tumbled|sank) (?:from )?(?:first|second|third|fourth|fifth|top|\d+(?:st|nd|rd|th)) (?:place )?to\b`,
	// "I've gone from running three times a week to not at all"; "now I'm lucky to get five".
	raw`\b(?:gone|went) from (?![£$€])[^.]{1,50} to (?:not at all|nothing|zero|none|never|barely|hardly)\b`,
	raw`\bnow (?:i'm|i am|it's|it is|we're|i|we) (?:lucky|maybe|barely|hardly|only (?:once|managing|getting))\b`,
	// "I gained back all the weight", "it's crept back up", "put it all back on".
	raw`\b(?:gained|put|piled) (?:it |the weight |all (?:the weight |of it |it )?|\w+ (?:kilos?|pounds|stone) )?(?:all )?back(?: on)?\b`,
	raw`\b(?:crept|creeping|crawled|drifted|slid|sliding|slipped|slipping) back (?:up|down|in|on|to)\b`,
	raw`\bback (?:up )?to (?:my |our |the )?old (?:ways|habits|self|routine|weight)\b`,
	// A turn for the worse without a number: "I'm snappier with the kids", "morale was better before the targets",
	// "confidence is on the floor", "the bonus has mostly gone on takeaways", "stress is through the roof".
	raw`\b(?:snappier|grumpier|angrier|crankier|lazier|sadder|lonelier|moodier|tetchier|edgier|sloppier|unhappier|fatter)\b`,
	raw`\bmore (?:irritable|short-tempered|withdrawn|forgetful|impatient|reactive|defensive|negative|cynical|isolated|anxious|stressed|tired|distracted|scattered|resentful)\b`,
	raw`\b(?:on the floor|through the floor|rock bottom|all-time low|nose-?dived|tanked|plummet\w*|plunged|flat-?lined|stalled|(?:gone|went|going|slid) backwards|taken a (?:real |big |huge |massive )?(?:knock|hit|battering))\b`,
	raw`\b(?:gone|went|disappeared|vanished|blown) (?:\w+ )?on (?:\w+ ){0,2}(?:takeaways?|booze|wine|drink|clothes|shopping|gambling|betting|bets|cigarettes|fags|vapes|junk|sweets|crisps|nights out)\b`,
	raw`\b(?:better|happier|easier|calmer|healthier|higher|stronger|sky-high|great|brilliant|glowing) (?:before(?! (?:a|an|the|my|our|his|her|their|each|every|big|presentations?|meetings?|interviews?|exams?|bed|work|sessions?|calls?|pitches|[a-z]+ing)\b)|back when|last year|in the old days)\b`,
	raw`\b(?:was|were) (?:much |far |a lot |way |so much )?(?:better|happier|easier|calmer|healthier|higher|stronger|great|brilliant) before\b`,
	raw`\b(?:anxiety|stress|pain|drinking|spending|debt|worry|panic|cravings?|blood pressure|cholesterol|overdraft|arrears) (?:[\w']+ ){0,3}(?:through the roof|sky-high|sky-?rocketed|soared|spiked|doubled|tripled)\b`,
].join('|');

/** Sarcasm about one's own failings: praise words around a failure. */
export const SELF_MOCKING = [
	raw`\b(?:well done me|go me|good job me|congratulations to me|congrats to me|gold star for me|give me a medal|world champion|winning at life|if you count|if that counts|said no one|not!)`,
	raw`\b(?:a real talent for|an expert at|expert at|really nailed|nailed) (?:procrastinat|avoid|overthink|doom|worry|panick|miss|forget|ignor|skipp|saying yes)\w*`,
	raw`\bmanaged to (?:forget|miss|lose|break|burn|upset|offend|oversleep|spill|crash|annoy|skip|fail|sleep through|double-book|insult|blow|ruin|mess|argue|snap|shout|waste|be late|be the last|spend (?:the |all |my )?(?:whole|entire|all)|eat (?:the |a )?(?:whole|entire))\w*`,
	// "The only thing I managed all week was the school run."
	raw`\bthe only (?:thing|things) (?:i|we) (?:managed|got done|achieved)\b`,
	// "I've got very good at not opening the accounts", "good at looking calm while I'm falling apart".
	raw`\b(?:good|better|expert|skilled) at (?:hiding|pretending|faking|dodging|putting (?:it |things )?off|not (?:opening|dealing)|looking (?:calm|fine|busy|ok|okay)\b[^.]{0,40}\bwhile)\b`,
	raw`\b(?:another|a new) personal best: `,
	// "The only thing that's grown is my to-do list."
	raw`\bthe only (?:thing|one|bit|part|number) (?:that's|that has|that is|i've|i have|we've) (?:\w+ )?(?:grown|improved|gone up|increased|got better|got bigger|risen|gained)\b`,
	raw`\b(?:nice one|good one|well done|top marks|bravo|go|good job|great job),? (?:me|myself)\b`,
	raw`\b(?:my|her|his|our|their|the) only (?:workout|exercise|activity|vegetables?|veg|fruit|reading|break|rest|fresh air|social life|win|achievement|progress)\b`,
].join('|');

/** People and bodies other than the client, as the subject a statement starts with. */
const OTHER_PARTY = raw`(?:(?:my|our|his|her|their) (?:(?:little |big |older |younger |best )?(?:sister|brother|husband|wife|son|daughter|mum|mom|dad|mother|father|partner|boyfriend|girlfriend|kids?|children|parents|cousin|aunt|uncle|nan|gran|grandma|grandad|niece|nephew|fianc\w*|in-laws|ex|friend|mate|flatmate|housemate|neighbours?)|colleagues?|boss|manager|co-?founder|business partner|deputy|predecessor|competitors?|competition|landlord|rival|mentee|peer|peers|ceo|director|line manager|team-?mates?)|the (?:company|board|business|firm|competition|competitors?|landlord|department|organisation|organization|market|management|leadership team|exec team|senior team|head office|other team|it team|marketing team|sales team|finance team)|head office|hr|marketing|management|the team|they)`;

/** Things that happen to the client: a new boss arrives. */
const ARRIVED = raw`(?:manager|boss|ceo|md|director|head of \w+|team lead|lead|neighbours?|landlord|teacher|gp|doctor|colleague|starter|policy|system|owner|chair|chairman|chairwoman)`;

export const OTHERS_DID = [
	// "My sister got the job", "The board approved the merger", "My competitor down the road just won …": no client in
	// the clause that follows, nor a step of theirs in the next ("They opened at $92k, I countered").
	raw`^(?:${OTHER_PARTY})(?:'s|'ve)?(?: (?:down|across|up|from|at|in|next|over|round) (?:the )?[\w'-]+(?: [\w'-]+)?)?(?: (?:finally|just|also|actually|has|have|had|'s|'ve))* (?:got|won|passed|launched|hired|announced|moved|sold|started|retired|finished|bought|booked|landed|signed|opened|closed|restructured|changed|introduced|released|promoted|appointed|made|ran|reached|hit|broke|beat|completed|qualified|graduated|secured|raised|built|lost|given up|gave up|quit|stopped|cleared|left|cut|dropped|joined|become|done)\b(?![^.;,]*\b(?:i|me|my|i'm|i've|myself|we|us|our|we've|we're)\b)(?![^.]*[,;] (?:and |but |so |then )?(?:i|we) [a-z]+ed\b)`,
	raw`\b(?:we|i) (?:got|have|'ve got|have got) (?:a|an) new ${ARRIVED}\b|\b(?:they|staff|people|directs|reports|engineers|developers|nurses|members) (?:have |had |both |all )*(?:handed|gave|given|put) in their notice\b`,
	// What others now ask of the client, or did in place of asking them: "Head office wants weekly numbers now", "went to
	// the press instead of coming to me".
	raw`^(?!i\b|we\b)(?:[\w'-]+ ){1,3}(?:wants?|expects?|insists on|demands?) [^.]{0,60}?\bnow\b|\binstead of (?:coming|talking|going|speaking|telling|asking|calling|checking) (?:to |with )?me\b`,
	// Circumstances, not doings: "diagnosed with type 2", "she's on nights now", "she is now the sole earner".
	raw`\b(?:diagnosed with|(?:is|'s|are|'re|am|'m) (?:now )?on (?:nights|night shifts?|lates|earlies|shifts)|(?:is|'s|am|'m) (?:now )?the (?:sole|main|only) (?:earner|breadwinner|carer))\b`,
	// What changed around the client, not by them: "my division got merged", "the company was acquired".
	raw`\b(?:got|was|were|has been|have been) (?:merged|acquired|restructured|reorganised|reorganized|bought out|taken over|absorbed)\b`,
	raw`^(?:i'm |i am )?(?:so |really |very |just )*(?:proud|pleased|happy|thrilled|chuffed|made up) (?:of|for) (?:${OTHER_PARTY})\b`,
	raw`\b(?:so |really |very )?proud of (?:him|her|them)\b|\b(?:got|won|landed) the (?:job|role|promotion|place|contract|part|deal|account) (?:i|we) (?:applied for|went for|wanted|pitched for|interviewed for)\b`,
	raw`^(?:${OTHER_PARTY})'s (?:[\w-]+ ){1,2}(?:got|was|has been|is|just got) (?:picked up|published|accepted|shortlisted|chosen|signed|funded|sold|approved)\b`,
	raw`^(?:(?:our|my|the|a|one of our) (?:[\w-]+ )?(?:competitors?|rivals?|competition)) (?:has |have |had |just |finally |also |now )*(?:launched|released|opened|raised|hired|won|cut|dropped|announced|started|landed|signed|poached|undercut|copied|moved|expanded)\b`,
].join('|');

/** Complaints the general complaint cue does not name: work dumped on the client, credit taken by others. */
export const DUMPED_ON = raw`\b(?:landed with|lumped with|saddled with|dumped on me|dumped it on me|stuck with(?! it\b)|(?:i|we) did (?:all|most) (?:of )?the work|(?:got|gets|takes|took|stole) (?:all )?the (?:credit|praise)|takes? credit)\b`
	// Work done and nobody thanked or answered: "not one person said thanks", "presented it as hers", "never heard back".
	+ raw`|\b(?:didn't|did not|never|nobody|no one|no-one|not one person|not a single person)(?: even| once| ever)? (?:said thanks|said thank you|thanked (?:me|us)|mentioned it|acknowledged (?:it|me|us)|heard back|told me why)\b|\b(?:didn't|did not|never) even (?:notice|noticed|mention|mentioned)\b|\bno thanks\b|\bpresented it as (?:hers|his|theirs|their own)\b|\bexcept (?:for )?me\b|\bwithout even (?:checking|asking|looking at me)\b`
	// Worn down for others: "nobody once asked how I was", "got no acknowledgement", "worked 71 hours just to stand still".
	+ raw`|\b(?:nobody|no one)(?: else)?(?: once| even| ever)? (?:asked (?:how|if|whether|me how)|knows i|helped|has done|did a)\b|\b(?:got|with|and) no (?:acknowledgement|thanks|credit|recognition)\b|\bfor everyone else\b|\bjust to stand still\b|\b(?:worked|working|did|doing|pulled|clocked|put in) (?:about |around |over |nearly |another )?(?:[4-9]\d|fifty|sixty|seventy|eighty)[- ]?(?:hours?|hrs?)\b(?! less| fewer)|\b\d\d[- ]?(?:hour|hr) days\b|\bdouble shifts\b`;

/** A step that went badly or round in circles: the same thing over and over, hours for little, late, cut short, done out of fear. */
export const IN_CIRCLES = [
	raw`\b(?:checked|re-?wrote|re-?read|refreshed|re-?did|looked at|opened|edited|changed|re-?checked|went over|practised|practiced|deleted|restarted) [^.]{0,40}?\b(?:(?:about |around |maybe |like |at least )?(?:\d+|${TWO_TO_TEN}|twenty|thirty|forty|fifty|a hundred|dozens of|a dozen) times|again and again|over and over)\b`,
	raw`\bfor (?:\w+ ){0,2}(?:hours|hour|days|day|weeks|week|evenings?) and (?:only |just )?(?:wrote|did|got|managed|finished|produced|sent|made) (?:one|a single|nothing|two|half|a paragraph|about)\b`,
	raw`\bmade it (?:to|through) (?:friday|the weekend|the end of (?:the )?(?:week|day|month|quarter))\b`,
	raw`\bbecause (?:i|we|she|he) (?:couldn't face|couldn't say no|didn't know how|felt (?:i|we) had to|felt obliged|was scared|was too scared|was afraid|panicked)\b`,
	raw`\b(?:turned up|showed up|arrived|got in|was|were|ran) (?:\w+ )?late\b|\bhad to (?:stop|give up|turn back|leave|quit|cancel|walk out|go home|pull out)\b`,
	raw`\b(?:agreed to|said yes to) (?:everything|all of it|it all|all of them)\b`,
	// "Came out of the meeting feeling two inches tall", "Finished the week completely drained": how it left them, not a step.
	raw`\b(?:came|got|went|left|walked|finished|ended|drove|woke) (?:[\w'-]+ ){0,8}?feeling (?!(?:so |really |much |a lot |quite |pretty |a bit )?(?:great|good|better|proud|calm|calmer|confident|lighter|fine|ok|okay|brilliant|amazing|fab|fantastic|happy|positive|clear|clearer|strong|stronger|relieved|pleased|chuffed|energi\w*|excited|hopeful|rested|refreshed|buzz\w*|like (?:i (?:can|could)|myself|a new|a different)))`,
	raw`\bfinished (?:the|my|that) (?:[\w-]+ ){0,2}(?:week|day|month|quarter|year|shift|block|term|night)s? (?:absolutely |completely |totally |utterly |so |really )?(?:drained|wrecked|exhausted|shattered|knackered|broken|fried|frazzled|burnt out|on fumes)`,
	raw`\b(?:called|phoned|rang) in sick\b|\bsat (?:there|in the car|in the car park)\b|\bthen (?:drove|went|walked|came) (?:straight )?(?:home|back)\b|\band still (?:missed|hate|hated|lost|failed|didn't|couldn't|can't|got nowhere)\b`,
].join('|');

/** A step that stood only for a moment: done, then undone, dropped or never repeated. */
export const UNDONE_AFTER = [
	// Taken back, or followed by the old thing: "then basically nothing", "then asked Jo to do it", "then added six more",
	// "until the Packers game, then it was a twelve-pack", "and now the chairman has reversed it", "got eaten by".
	raw`\bthen,? (?:basically |just |pretty much )?(?:nothing|zero|none)\b|\bthen (?:i |he |she |we |they )?(?:asked \w+ to do it|backed off|backed out|handed it back|gave it back|added \w+ more|rewrote|redid|joined \w+|took (?:them|it|him|her) on anyway|pulled out|reversed it|cancelled (?:it|both|them|all))\b|\b(?:then|and) (?:it was|i had|had) (?:a |an )?(?:massive|big|huge|\w+-pack|like \d+)\b|\buntil (?:the |my |a |his |her )?[\w' -]{1,25}?,? then\b|\b(?:and )?now (?:the |my |our |his |her )?[\w-]+(?: [\w-]+)? (?:has |have )?(?:reversed|scrapped|cancelled|undone|overruled)\b|\bgot eaten (?:up )?by\b|\bso not really\b|\bthen (?:my|his|her|our|their|the|a|an) [\w' -]{1,30}? (?:happened|came|started|hit|kicked in|landed)\b|\b(?:habit|pattern|old pattern|old habit|old me)s? (?:is|are|'s|was) back\b|\bmoved (?:it|everything|them|it all) back\b|\b(?:carried|put|hung|brought) (?:all )?(?:the |them |it )?(?:\w+ )?back (?:up|in|on)\b|\brelapse\b|\bput (?:all of it|it all|the lot|it|them|most of it|half of it|everything) back\b|\bstopped after (?:wk|week|day|session) \d`,
	// Out before it happened, or back on the sofa after: "Pulled out of the talk", "then sat and watched telly instead".
	raw`^(?:i |we )?(?:pulled out of|dropped out of|backed out of|bailed on|withdrew from)\b|(?:,|\band|\bthen|\bbut) (?:i |we |i've |we've )?(?:dropped out|pulled out|backed out)\b|\bthen (?:i )?(?:just )?(?:sat (?:and|there|on)|stayed (?:home|in)|watched)\b|\b(?:and|then) went home\b|\bthe deadline passed\b|\bmade up for it\b|\bthen (?:i )?(?:ordered|binged|caved|gambled|smoked|vaped|drank)\b|\bfor (?:\d+|a|one|two|three|four|five|six) (?:wks?|hrs?|mins?|mths?|yrs?)[.,]? (?:and )?then\b`,
	// Back where it started: "then slid right back", "got down to 82kg then back up to 85", "put it all back on", "set up the
	// savings pot but took it all out again", "went to bed at 10 but was up scrolling until 1".
	raw`\b(?:then|and|but) (?:i |she |he |we |it )?(?:just )?(?:slid|slipped|fell) (?:right |straight )?back\b(?! (?:to|into|on|onto) (?:it|the|my|her|his|our|work|plan|track|routine)\b)|\b(?:then|but|and) (?:went |got |was |crept |is |came )?(?:right |straight )?back up to\b|\bput (?:it|them|the weight|it all|all of it|most of it) (?:all )?(?:straight |right )?back on\b|\b(?:but|then) (?:i |she |he |we )?took (?:it|them|everything|the money) (?:all )?(?:out again|back out)\b|\btook it all back\b|\bbut (?:i |she |he |we )?(?:was|were|stayed) (?:still )?up (?:scrolling|watching|until|till|on (?:my|her|his) phone)\b`,
	// "… then the merger was announced and that was that", "then they rescinded it".
	raw`\band that was that\b|\b(?:then|and then|but then),? (?:[\w']+ ){0,6}?(?:rescinded|withdrew|withdrawn|pushed it back|took it (?:back|away)|pulled it|cancelled it|scrapped it|booked over it|(?:it|that) (?:was|got) (?:cancelled|scrapped|pulled|shelved|withdrawn)|booking over (?:it|them))\b|\b(?:then|and then) (?:it all|the lot|all of it|everything) went on\b`,
	// The step with its point left undone, said last: "Wrote the letter. Didn't send it.", "bought the membership, haven't been once".
	raw`(?:^|[.;,] |\b(?=and then |then ))(?:but |and |then |and then |just )*(?:i |she |he )?(?:didn't|did not|never|haven't|have not) (?:even )?(?:send|sent|post|posted|submit|submitted|open|opened|use|used|wear|say|book|file|publish|go|been|press send|hit send|start|do)(?: (?:it|them|the (?!laptop\b|inbox\b|app\b)\w+))?(?: once)?[.!]?$`,
	// Nearly, not quite: "Almost sent the invoice on time", "Nearly made it to a whole week".
	raw`(?:^|[.;,] |\b(?:i|we|she|he) )(?:almost|nearly) (?:sent|had|made it|asked|said|did|went|called|told|booked|signed|applied|submitted|spoke|got|finished)\b(?![^.]*\b(?:but|and) (?:i |we )?(?:did|went|still|got))`,
	raw`\b(?:,|and|then|and then|but then|but|before) (?:i |we |he |she )?(?:pulled|scrapped|shelved|withdrew|binned(?! (?:[\w'-]+ ){0,4}?(?:${HABIT})\b)|ditched|reversed|undid|redid|re-did|abandoned|raided|emptied|cancelled|dropped(?! (?:[\w'-]+ ){1,3}?(?:round|off)\b)|bottled|caved|deleted|unfollowed|reinstalled|overrode|overruled|let (?:her|him|them) go) (?:it|them|the|my|his|her|our|out|a|all)?\b`,
	raw`\b(?:then|but|and then|and) (?:i |we |he |she )?(?:didn't|did not|never|haven't|hasn't) (?:\w+ ){0,3}(?:again|since)\b`,
	// "started couch to 5k and stopped after week two", "packed it in after three sessions".
	raw`\b(?:stopped|gave up|quit|dropped out) (?:\w+ )?(?:after|by|within) (?:week|day|session|month|lesson|class|the first|the second|(?:${NUMBER}) (?:weeks?|days?|sessions?|months?|lessons?|classes|goes|tries))\b`,
	raw`\b(?:then|and|but|and then) (?:i |we |he |she )?(?:had|smoked|drank|ate|bought|spent|ordered) (?:one|two|three|four|five|six|ten|a few|several|some|loads|a load|the lot|all|a whole|an entire|the whole|a bottle|a packet|a box)\b`,
	// "Downloaded the app, used it once"; "joined the club and went once"; "my birthday undid all of it"; "so I've stopped".
	raw`(?:,|\band) (?:i |we |he |she )?(?:went|used it|did it|tried it|opened it|wore them|went back|logged in) (?:once|twice)\b[.!]?$`,
	// "Deleted the apps Monday, had them all back by Wednesday", "by Friday the drawers were rammed with the same junk again".
	raw`\b(?:had|got|put) (?:them|it)(?: all)? back (?:on |up )?(?:by|within)\b|\bby (?:\w+day|the weekend|the end of the (?:week|month)),? (?:[\w']+ ){0,6}?(?:the same \w+ again|all back|back to (?:square one|normal|the old|how it was))\b`,
	raw`\b(?:undid|undone|ruined|wrecked|wiped out|wiped) (?:all of it|all of that|it all|the lot|everything|all that|all the)\b`,
	raw`\b(?:it's|it is|it was|they're|they are|they were|everything's|everything is) (?:all )?(?:buried|full|messy|a mess|chaos|cluttered|overflowing|piled up|piling up|out of control|untidy|back to how it was)(?: again)?[.!]?$`,
	raw`\bthen (?:i |we |he |she )?(?:started|did|had|went|got) [^.]{0,40}\b(?:all over )?again\b`,
	raw`\bso (?:i|we|he|she)(?:'ve| have|'s| has)? (?:(?:stopped|gave up|given up|quit)(?: (?:it|that|doing it|again))?[.!]?$|kept quiet|backed off|dropped it|went back)`,
	// "then Friday happened", "restarted after a row", "back on them after the funeral", "then rolled them back".
	raw`\bthen (?:\w+ )?happened\b|\brestarted\b|\bback on (?:them|it|the \w+) after\b|\brolled (?:it|them|that) back\b`,
	raw`\b(?:was back|were back|back on it|back to (?:\d+|square one|normal|snoozing|scrolling|my old)|by day (?:\w+)|by (?:${WEEKDAY}|the weekend|lunchtime)(?: it)? (?:was|had|i was|i'd))\b`,
].join('|');

/**
 * Praise or a gain the client waves away, giving another reason for it: "she's just being kind", "he says that to
 * everyone", "they're telling me what I want to hear", "within the noise", "because she's checked out, not because she
 * trusts me".
 */
export const WAVED_AWAY = raw`\b(?:(?:just|only) being (?:kind|nice|polite|supportive|generous)|what (?:i|we) want(?:ed)? to hear|says? (?:that|it) to everyone|within the noise|not because (?:she|he|they|it|the)\b|just (?:a )?(?:fluke|luck|lucky|coincidence)|i (?:honestly )?think (?:it|that|she|he|they)(?:'s|'re| was| were)? just|i (?:don't|do not) (?:really )?(?:believe|buy) (?:it|them|her|him)|i'm not sure i believe|friends being polite|maybe (?:they|it) (?:didn't|wasn't)|i (?:honestly )?think i (?:just|only) (?:got|had|was)|said that last time|says? that every time|probably (?:just )?water|i'll believe it when|(?:could be|probably|maybe|that's) (?:the|just the) [\w' -]{1,30}?,? not (?:me|us|anything (?:i|she|he|we)(?:'s|'ve| have| has)? done)|not anything (?:i|she|he|we)(?:'s|'ve| have| has)? done)\b`;

/**
 * Back on track after a slip, the slip told first: "slipped on day 20 but started again the next night", "binned the
 * rest of the pack and haven't had one since", "went back on Thursday instead of quitting like last January".
 */
export const RECOVERED = raw`\bbut (?:i |she |he |we )?(?:still )?(?:went|was in|got in|did (?:it|all|the whole)|turned up|showed up|stayed|finished it|said it|sat it)\b|\b(?:got |am |i'm |was |he's |she's )?back (?:at|to|in|on) (?!(?:square one|the old|my old|[a-z]+ing\b))[\w-]+(?: [\w-]+)?(?: [\w-]+)? after (?:[\w-]+ ){0,3}?(?:out|off|injury|break|months?|weeks?|years?|mths?|wks?|surgery|the op)\b|\bbut (?:i |we )?(?:then )?(?:started again|got (?:straight |right )?back (?:on|to|into)|went (?:straight |right )?back (?:on|to)|was back (?:off|on)|bounced back|picked (?:it|myself) (?:back )?up|binned the rest)\b|\b(?:binned|threw away|chucked|bin) the rest\b|\b(?:haven't|have not|hasn't) had (?:one|any|another|a drink|a drop|a cigarette) since\b|\binstead of (?:quitting|giving up|stopping|packing it in|writing (?:it|the week|the day) off)\b|\b(?:didn't|did not) write (?:it|the week|the day|the whole week) off\b|\b(?:more|better) than (?:zero|nothing|none)\b|\band then stopped\b`;

/** A promise or a booking for later, reported as decided: the deciding is not yet the step. */
export const PROMISED = [
	// "I've decided to raise prices, just need to work out how to tell them": decided, not yet done.
	raw`\b(?:decided|made up my mind|made my mind up|decision is made|settled on)\b[^.]{0,60}\b(?:just need to|need to|just waiting|waiting (?:for|until|till|on)|holding off|hold off|yet to|not yet|in my head|haven't (?:told|said|announced|done|started))\b`,
	raw`\b(?:haven't|have not|not) (?:told|asked|said|sent|done|started|spoken to|acted on|booked) (?:\w+ ){0,2}yet\b`,
	// "I told the trainer I'd do three sessions a week from next month": told someone it would be done, later.
	raw`\btold [^.]{0,40}\b(?:i'd|i would|i'll|we'd|we'll) [^.]{0,60}\b(?:next (?:week|month|year|quarter|time)|from (?:next|monday|tomorrow|the new)|by (?:the )?end of|by (?:friday|monday|tomorrow|next))\b`,
	// Decided, to start later: "I've made up my mind: the shop closes on Mondays from next month".
	raw`\b(?:decided|made up my mind|made my mind up|decision is made|settled on)\b[^.]{0,60}?\b(?:from|starting|as of|beginning) (?:in )?(?:next (?:week|month|year|term|quarter|${WEEKDAY})|the new (?:year|tax year|term)|the (?:1st|first|start) of|(?:${MONTH})\b|(?:${WEEKDAY})\b|tomorrow)`,
	// "We agreed as a team we'll try a no-meeting Friday": a few words may stand between the deciding and the promise.
	raw`\b(?:(?:decided|agreed|promised|committed|resolved|vowed|swore)(?: (?!(?:and|but|then|so)\b)[\w'-]+){0,4}?|said|told (?:him|her|them|myself|the team)) (?:that )?(?:i'll|i will|i'd|i would|we'll|we will|we'd|i'm going to|we're going to|i'm gonna)\b(?! (?:\w+ )?(?:\w+ed|done|been|had|made|got|gone|written|given|taken|seen|won|run|met|kept|held|sent|spent|built|brought|caught|taught)\b)`,
	raw`\b(?:in the diary|in my diary|in the calendar|booked in|scheduled|pencilled in|penciled in) (?:\w+ ){0,2}to (?:\w+ ){1,5}(?:on|next|this) (?:${WEEKDAY}|week|month)\b`,
].join('|');

/**
 * Good news with a catch: the praise or the step is the setting, the point is what is wrong ("The promotion's been
 * brilliant, except I'm working every weekend", "Everyone says I'm doing well and I'm barely holding it together",
 * "My partner says I'm great with the kids but absent with her", "I've got better at hiding how stressed I am").
 */
export const WITH_A_CATCH = [
	raw`\bbetter at (?:spending|procrastinating|avoiding|overthinking|worrying|snacking|scrolling|buying)\b|\b(?:it's|it was|that's) a (?:no|hard no|rejection)\b`,
	// Better at a bad thing: "I've got really efficient at skipping lunch", "much better at finding excuses", "perfected the art of the 2am biscuit".
	raw`\b(?:better|good|great|brilliant|efficient|faster|quicker|expert|a pro|an expert|skilled|excellent|slicker) at (?:[\w']+ ){0,2}?(?:skipping|hiding|masking|faking|pretending|finding excuses|making excuses|finding reasons|giving up|quitting|talking myself out of|staying in bed|lying in|saying yes|working (?:through|late|weekends)|procrastinating|putting (?:\w+ )?off|cancelling|canceling|dodging|hitting snooze|snoozing|overcommitting|overspending|avoiding (?:my|the|his|her|their|calls|emails|people|work|it|them|him|everyone)|looking (?:calm|fine|busy|okay|ok|happy|confident) (?:while|when)|covering (?:it )?up|bottling|sulking|blaming)\b|\b(?:perfected|mastered) the art of\b|\bturned (?:[\w']+ ){1,3}into an art form\b`,
	raw`\b(?:barely|only just|just about) (?:holding|keeping) (?:it|myself|things|everything) together\b|\bhanging on by a thread\b|\brunning on empty\b`,
	raw`\bsigned off (?:sick|work|with (?:stress|anxiety|burnout|depression)|for (?:\w+ ){0,2}(?:days?|weeks?|months?))\b|\bon sick leave\b`,
	raw`\bexcept (?:that )?(?:i'm|i am|i've been|i|she's|he's|we're|it's) (?:\w+ )?(?:working|not|never|always|still|barely|too|exhausted|miserable|dreading|drowning|stuck|awake)\b`,
	// A habit kept up, not a step: "checked my email every single day", "working every weekend".
	raw`\b(?:checked(?! in\b)|answered|scrolled|snacked|drank|smoked|vaped|skipped|snapped|shouted|argued|stayed up|worked(?! out\b)) (?:[\w']+ ){0,4}?every (?:single )?(?:day|night|morning|evening|weekend|hour)\b`,
	raw`\bworking (?:every|all|most|through the|through) (?:single )?(?:weekend|night|evening|sunday|saturday|lunch)e?s?\b|\bworking till (?:ten|eleven|midnight|late|\d)`,
	raw`\b(?:feel|felt|feeling) (?:like|as if|as though) (?:i've|i have|i'd|i had|we've|i) (?:done|achieved|got done|accomplished|made) (?:nothing|no progress|no difference)\b`,
	// A doubt that offers another reason: "maybe I'm more confident, or maybe I've just had easier meetings".
	raw`\bor (?:maybe|perhaps|possibly) (?:(?:i'm|i've|it's|it was|i was|that's|we've|they've|they're|i) )?(?:just|only)\b`,
	// Feedback with a "but": what follows asks for change.
	raw`\b(?:says?|said|told (?:me|us|him|her)|thinks?|reckons?|survey says|feedback (?:was|is|says))\b[^.]*\bbut (?:i |i'm |we |we're |he |she |it |they )?(?:don't|do not|doesn't|never|rarely|hardly|need|needs|should|could|too|not enough|lack|lacks|absent|distant|want|wants|would like|would prefer|asked for)\b`,
	raw`\b(?:loved|liked|likes|loves|enjoyed|praised|was happy with|were happy with)\b[^.]*\bbut (?:wants?|needs?|asked for|would like|would prefer|expects?)\b`,
].join('|');
