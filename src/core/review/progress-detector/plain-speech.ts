import { NUMBER_WORD } from './cue-patterns';
import { raw } from './pattern-source';

/**
 * How people report progress without the words progress is usually told in, each a general shape of speech, read as
 * part of the cue it reports (`cues.ts`): what a change led to ("Which meant I could say yes to Lisbon"; a change),
 * understatement ("Not a total disaster, the pitch"; a step), a time or pace, something come through, money put by,
 * a share done ("Parkrun: 27:48", "Council contract came through!"; achievements), being sought out or praised in a
 * quote ("Old boss rang to ask would I consider coming back", "Boss: 'v impressed'"; recognition), an absence stressed
 * ("Haven't dipped into the tax pot once"; a habit stopped). And the shapes against: a plan in a coach's note, not yet
 * done, a step taken back straight after, pride in someone else's gain.
 */

const re = (source: string): RegExp => new RegExp(source);

/** Words that say a statement is not the client's gain: a need, a wish, a doubt, a loss, a failure. */
const NOT_A_GAIN = `(?:have to|had to|need|needed|must|should|still|can't|couldn't|won't|didn't|don't|haven't|am not|'m not|was not|wasn't|want|wish|hope|guess|suppose|might|missed|lost|ended up (?:late|missing|stuck|doing|paying))`;

/** "So now on Fridays I just go home at four", "Which meant I could…", "That's how I ended up…": a consequence told. */
export const LED_TO = re(
	raw`^(?:and )?so (?:now |these days |this (?:year|week|month|time) |on \w+days? |yesterday |last \w+ )*(?:i|we)(?:'m|'ve|'d)? (?!${NOT_A_GAIN}\b)` +
		raw`|^(?:and )?so (?:now )?on \w+days? ` +
		raw`|^(?:and )?which (?:meant|means|is (?:why|how)|was (?:why|how)|let|lets|freed)\b(?! (?:i|we) ${NOT_A_GAIN}\b)` +
		raw`|^(?:and )?(?:that's|that is|this is) (?:why|how) (?:i|we)\b(?! ${NOT_A_GAIN}\b)`,
);

/** "Not a total disaster", "not the worst panel I've sat", "didn't die at the interview": a step taken, played down. */
export const UNDERSTATED = re(
	raw`\bnot (?:a |the )?(?:total |complete |utter |massive |huge )?(?:disaster|car crash|car-crash|write-off|catastrophe|trainwreck|train wreck)\b` +
		raw`|\bnot the worst [\w -]{1,40}?(?:i've|i have|we've|we have|ever|of my life)\b` +
		raw`|\bdidn't (?:die|explode|combust|faint|pass out|implode)\b|\blived to tell\b`,
);

/** A race time ("Parkrun: 27:48"): read only in a statement with a number and a ":". */
export const TIMED_PACE = re(raw`\b(?:\d+k|\d+ ?km|\d+ ?miles?|half(?:[ -]marathon)?|marathon|parkrun|race|tempo|intervals?|time trial|swim|ride|row|run|jog|hike|climb|lengths?)\b[^.?!]{0,30}?\b\d{1,2}:\d\d(?::\d\d)?\b`);
/** A minute off a time, a pace held: read only in a statement with a number. */
export const TIMED = re(
	raw`\b(?:a |an |one |two |three |\d+ )?(?:full |whole )?(?:minutes?|mins?|seconds?|secs?) off (?:my|her|his|the|last|that)\b` +
		raw`|\b(?:held|kept|maintained|averaged|ran at) \d+(?::\d\d|\.\d+)? ?(?:\/km|\/mile|per km|per mile|pace|min\/km|min\/mile)`,
);

/** What can come through for the client, or be confirmed, registered, upheld. */
const GRANTED = `(?:role|job|place|promotion|offer|contract|booking|funding|grant|visa|loan|mortgage|trademark|patent|licence|license|certification|registration|planning|permission|appeal|grievance|claim|application|transfer|pay rise|raise|deal|lease|sale|tenancy|membership|qualification|accreditation|results?)`;

/** "Council contract came through!", "Offer in from …", "New role's confirmed in writing", "through to the next round", "they want me back". */
export const CAME_THROUGH = re(
	raw`\b${GRANTED}s?(?: (?!never\b|not\b|\w+n't\b)[\w-]+){0,2} (?:has |have |'s |finally |just |officially )*(?:came|come|gone|went) through\b` +
		raw`|\b(?:offer|contract|funding|grant|visa|loan|mortgage)s? (?:is |are |'s )?in(?:[!.,]| from\b|$)` +
		raw`|\b${GRANTED}(?:'s| is| was| has been| have been| were| got) (?:now |finally |officially |all )?(?:confirmed|registered|upheld|ratified|granted|cleared|approved|accepted|official|signed off)\b(?! (?:yet|until|by next|soon|next))` +
		raw`|\bthrough to (?:the )?(?:next|second|2nd|third|3rd|final|last) (?:round|stage|interview|two|three|four|five|\d)\b` +
		raw`|\bwant(?:s|ed)? (?:me|us) back\b(?! to (?:redo|fix|explain))` +
		raw`|\basked (?:me |us |her |him |them )?(?:back )?for (?:a )?(?:second|2nd|follow-up|follow up|further) (?:meeting|interview|round|call|chat)\b` +
		raw`|\b(?:hit|reached|met|smashed|made) (?:my |our |the )?(?:goal|target)(?: weight| time| number)?\b|\b(?:the )?only (?:one|team|division|region|store|shop|person|site|branch|department|unit|office) (?:to|that|who) (?:hit|met|meet|made|make|beat|reach|reached|exceed|exceeded|grew|grow)\b|\b(?:pay ?rise|raise|bonus)s?:? (?:of )?\d+(?:\.\d+)?%`,
);

/** "Two recruiters got in touch", "asked would I consider coming back", "asked for me specifically", "asked if she could stock my candles". */
export const SOUGHT_AFTER = re(
	raw`\b(?:recruiters?|headhunters?|clients?|customers?|buyers?|investors?|journalists?|publishers?|agents?|editors?|companies|brands?|shops?|stockists?|galleries|venues?|producers?|the press)\b (?:have |has |had )?(?:(?:got|been|came|come|gotten) (?:back )?in touch|reached out)\b` +
		raw`|\bask(?:ed)? (?:me |us )?(?:would|if|whether) (?:i|we)(?:'d| would| could)? (?:consider (?:coming back|joining|applying|leading|taking|partnering)|come back|rejoin|join|lead|present|speak|mentor|stock|sell|supply|partner|collaborate|chair|teach|coach|train|show (?:her|him|them|the)|run)\b` +
		// Being sought out for one's work: "asked me to run the offsite", "asked for my model", "quoted my framework back to me".
		raw`|\basked (?:me|us|her|him|them) to (?:co-lead|co-host|co-chair|co-present|teach|lead|head|chair|present|mentor|coach|train|host|facilitate|front|represent|run (?:the|a|their|his|her|our) (?:[\w-]+ )?(?:offsite|workshop|session|training|prep|project|team|office|launch|review|programme|program|pilot))\b` +
		raw`|\basked for (?:my|our) (?:[\w-]+ )?(?:model|framework|template|notes|deck|slides|spreadsheet|system|process|approach|method|advice|input|recipe|playbook)\b(?! back)|\basked (?:to|if (?:she|he|they) could) (?:sit in on|shadow|borrow|copy|use) (?:my|our)\b` +
		raw`|\bquoted (?:my|our) [\w -]{1,30}? back\b|\b(?:moved|bumped) (?:me|us|her|him|them) up\b(?! (?:the )?(?:queue|list|waiting list|rota)\b)|\basked for (?:me|her|him) (?:on|for) (?:their|his|her|the|a|an)\b` +
		raw`|\basked for me (?:specifically|personally|by name)\b|\basked (?:if|whether) (?:they|she|he|we) could (?:stock|sell|carry|buy|commission|order|license|licence|reprint|republish|publish|invest)\b` +
		raw`|\b(?:called|described) (?:it|the [\w -]{1,30}|my [\w -]{1,30}|our [\w -]{1,30}) (?:refreshingly \w+|realistic|the obvious choice|spot on|bang on|exactly right|first[- ]class|a model)\b` +
		raw`|\b(?:i'm|i am|i was|me) (?:the )?obvious choice\b`,
);

/** What a client wants more of, and the verbs of doing or getting it: not once is a struggle ("didn't sell a single painting"). */
const WANTED = `(?:day off|days off|reply|replies|response|sale|sales|client|customer|order|booking|enquiry|lead|call ?back|interview|offer|penny|pound|good|decent|proper|full|lie-in|holiday|break|minute|word|page|line|thing|task|workout|session|run|thank|compliment|one of|day of|[a-z]+-free)`;
const GOT_NOTHING = `(?:been|sent|send|chase|chased|hit|left|leave|switched|logged|reached|picked|cooked|taken|took|sell|sold|get|got|land|landed|win|won|hear|heard|receive|received|make|made|earn|earned|book|booked|find|found|see|saw|manage|managed|write|wrote|finish|finished|read|do|did|done|go|went|have a|had a (?:single )?(?:good|decent|proper)|speak|spoke|attend|attended|post|posted|pitch|pitched|exercise|exercised|train|trained|meditate|meditated|stretch|stretched|practise|practised|practice|practiced|delegate|delegated|walk|walked|run|ran|swim|swam|jog|jogged|cycle|cycled|study|studied|slept)`;

/** "Haven't dipped into the tax pot once", "not one late night", "denies any binge episodes", "haven't needed a café shift". */
export const ABSENCE = re(
	raw`\b(?:haven't|hasn't|hadn't|didn't|have not|has not|did not) (?!${GOT_NOTHING}\b)(?:[\w'-]+ ){0,6}?(?:a single|one single|once)\b(?! (?:[\w-]+ ){0,2}?${WANTED}\b)` +
		raw`|\bnot (?:one|a single) (?:[\w-]+ ){0,2}?(?:late|missed|skipped|drink|cigarette|takeaway|night out|work call|email|argument|row|panic|binge|slip|meeting|weekend)\b` +
		raw`|\bdenies (?:any )?(?!change|changes|improvement|difference|progress|benefit)(?:[\w-]+ ){0,2}?(?:episodes?|symptoms?|use|urges?|cravings?|relapses?|lapses?|binge\w*|purg\w*|self-harm\w*|thoughts|panic\w*|attacks?|drinking|smoking|gambling)\b` +
		raw`|\b(?:haven't|hasn't|didn't|have not|has not|did not) (?:even )?needed (?:a|an|the|my|any|to)\b`,
);

/** Money put by: "£640 into the emergency fund since January", "birthday money went into their savings accounts". */
export const SAVED = re(
	raw`[£$€]\s?\d[\d,.]*k? (?:[\w-]+ )?(?:into|in|to|towards|put into) (?:the|my|our|a|their) (?:[\w-]+ ){0,2}(?:savings|pot|fund|pension|isa|deposit|account|jar|rainy day)\b` +
		raw`|\b(?:went|go|goes|put|paid|moved|transferred) (?:straight )?into (?:the|my|our|their) (?:[\w-]+ ){0,2}(?:savings|pension|isa|emergency fund|emergency pot|rainy day)`,
);

/** "Done 6 of the 8 modules": a share of a whole done. */
export const SHARE_DONE = re(
	raw`\b(?:done|finished|completed|passed|written|sent|read|submitted|cleared|paid off|watched|attended) (?:${NUMBER_WORD}|all|most) (?:of|out of) (?:the |my |our )?(?:${NUMBER_WORD})\b` +
		raw`|\b\d+ ?\/ ?\d+ (?:[\w-]+ ){0,3}(?:converted|done|booked|sent|closed|won|signed|completed|passed|finished|hit|attended|kept)\b` +
		raw`|\b(?:${NUMBER_WORD}) (?:applications?|[\w-]+ calls|pitches|proposals|quotes|emails|messages)(?:,| and) (?:${NUMBER_WORD}) (?:interviews?|offers?|meetings?|replies|calls|sales?|clients?|bookings|wins?|second rounds?)\b` +
		raw`|\b(?:gym|runs?|swims?|yoga|pilates|walks?|classes|sessions?|workouts?|physio|stretches)(?: sessions)? ?x ?\d\b`,
);

/** A step taken back straight after: "rejoined within the hour", "closed the tab", "overruled it", "buried again by Wed". */
export const REVERSED = re(
	raw`\b(?:and|then|but) (?:i |we |he |she |they |the \w+ )?(?:changed (?:it|them) back|(?:cancelled|overturned|reversed|scrapped|pulled|withdrew|rescinded|undid) (?:it|them|the whole thing|all of it|everything)|rejoined|reinstalled|redownloaded|reactivated|put (?:it|them) back|turned it back on|took (?:it|them) back|took over|overruled it|overrode it|caved|went and got it|stormed in|rewrote (?:it|the)|turned it down|backed down|changed (?:my|his|her|their) mind)\b` +
		raw`|\bgot as far as\b|\bclosed the (?:tab|window|laptop|app|browser)\b|\bnever sent it\b` +
		raw`|\b(?:buried|cluttered|full|messy|booked over|gone) again by\b|\blet it (?:get |be )?(?:booked|taken|eaten|filled) (?:over|up)\b` +
		raw`|\bback (?:down|up|on|off) (?:on|by) (?:the )?\w+day\b|\bthen (?:a |one )?(?:massive|big|huge|heavy) (?:one|night|session|binge)\b`
		// Undone later, by others or by time: "the funding got pulled", "now we're back into it", "it's back at 190".
		+ raw`|\b(?:the|my|our) (?:\w+ )?(?:got|was|were|has been) (?:pulled|cancelled|scrapped|withdrawn|overturned|reversed|rescinded)\b|\bback (?:in|into) (?:it|the red|debt|(?:my |our |the )?overdraft)\b|(?:'s|'m|'re| is| are|now) back at \d|\bback to square one|\bundid (?:it|the whole|all|everything)\b|\b(?:they|the \w+) (?:cancelled|pulled|scrapped|withdrew|overturned|reversed) (?:the|it|them|our|my)\b|\bsigned (?:right )?back up\b|\bput (?:it |them |(?:\w+ )?(?:weight|kilos?|kg|pounds|lbs|stone) |(?:[\w']+ ){1,3}(?:of it|lot) )?back on\b|\bback to day (?:0|zero|one|1)\b|\bnow (?:[\w']+ ){0,3}(?:full|buried|cluttered|messy|booked)\b[^.]{0,30}\bagain\b`,
);

/** Pride in someone else's gain: "so proud of my little bro, he got into uni", "good for her"; praise for someone else's ("Boss praised Raj's deck", "congratulating Priya on the award"). */
export const PROUD_OF_OTHER = re(
	raw`\bproud of (?:my|our|his|her|their) (?!(?:own|self|team|staff|people|directs|reports|work|progress)\b)(?:little |big |older |younger |baby )?[\w-]+\b|\bproud of (?:him|them)\b|\bgood for (?:him|her|them)\b|\b(?:that|it) was all (?:him|her|them)\b|\b(?:praised|praising|congratulat\w*|singled out|adores?) (?:(?!(?:my|our) (?:team|people|staff)\b)(?:the |his |her |their |our |my )?(?:[\w-]+ ){0,2}?[\w-]+'s\b|(?!(?:me|us|my|our|it|them|this|that|the)\b)[a-z]+ (?:for|on)\b)`,
);

/** Someone else's plan in a coach's note ("He'll redo the CV this weekend"), or the session's agreed next steps. */
export const LATER = re(raw`\b(?:he'll|she'll|they'll|he will|she will|they will) (?!have been\b|never\b|not\b)[a-z]+|^next steps?\b|\bnext steps?(?: as agreed| agreed)?:|\bas agreed,? (?:he|she|they|i)(?:'ll| will)\b`);

/** "Nothing sent or booked yet", "no movement on the CV", "the transfer request hasn't moved". */
export const NOT_YET = re(
	raw`\b(?:nothing|none of it|not|neither) (?:[\w-]+ ){0,2}(?:sent|booked|done|started|submitted|written|moved|signed|paid) yet\b|\bno movement on\b|\b(?:hasn't|haven't|has not|have not) (?:moved|budged|been touched)\b|\bhasn't touched\b`,
);

/** "Boss: 'v impressed'", "CEO: best board pack we've had": praise given as a quote after its speaker. */
export const QUOTED_PRAISE = re(raw`^(?:my |the |our )?(?:[\w'-]+ ){0,2}[\w'-]+ ?: (?:[^.:]{0,40}? )?(?:v |very |so |really )?(?:impressed|great|brilliant|excellent|outstanding|best|well done|keep doing|whatever you're doing|nailed it|superb|fantastic|amazing|clearest|approachable|calm|thank you|thanks|huge improvement|much better|spot on|handled that (?:\w+ ){0,3}well)\b`);
