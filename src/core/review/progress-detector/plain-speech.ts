/**
 * How people report progress without the words progress is usually told in, each a general shape of speech: what a
 * change led to ("Which meant I could say yes to Lisbon"), something come through ("Council contract came through!"),
 * an absence stressed ("Haven't dipped into the tax pot once"); and the shapes that take a gain away: a step taken
 * back straight after ("rejoined within the hour"), pride in someone else's gain ("so proud of my little bro").
 */

const re = (source: string): RegExp => new RegExp(source);

/** Words that say a statement is not the client's gain: a need, a wish, a doubt, a loss, a failure. */
const NOT_A_GAIN = `(?:have to|had to|need|needed|must|should|still|can't|couldn't|won't|didn't|don't|haven't|am not|'m not|was not|wasn't|want|wish|hope|guess|suppose|might|missed|lost|ended up (?:late|missing|stuck|doing|paying))`;

/** "So now on Fridays I just go home at four", "Which meant I could…", "That's how I ended up…": a consequence told. */
export const LED_TO = re(
	`^(?:and )?so (?:now |these days |this (?:year|week|month|time) |on \\w+days? |yesterday |last \\w+ )*(?:i|we)(?:'m|'ve|'d)? (?!${NOT_A_GAIN}\\b)` +
		`|^(?:and )?so (?:now )?on \\w+days? ` +
		`|^(?:and )?which (?:meant|means|is (?:why|how)|was (?:why|how)|let|lets|freed)\\b(?! (?:i|we) ${NOT_A_GAIN}\\b)` +
		`|^(?:and )?(?:that's|that is|this is) (?:why|how) (?:i|we)\\b(?! ${NOT_A_GAIN}\\b)`,
);

/** What can come through for the client, or be confirmed, registered, upheld. */
const GRANTED = `(?:role|job|place|promotion|offer|contract|booking|funding|grant|visa|loan|mortgage|trademark|patent|licence|license|certification|registration|planning|permission|appeal|grievance|claim|application|transfer|pay rise|raise|deal|lease|sale|tenancy|membership|qualification|accreditation|results?)`;

/** "Council contract came through!", "Offer in from …", "New role's confirmed in writing", "through to the next round", "they want me back". */
export const CAME_THROUGH = re(
	`\\b${GRANTED}s? (?:has |have |'s |finally |just |officially )*(?:came|come|gone|went) through\\b` +
		`|\\b(?:offer|contract|funding|grant|visa|loan|mortgage)s? (?:is |are |'s )?in(?:[!.,]| from\\b|$)` +
		`|\\b${GRANTED}(?:'s| is| was| has been| have been| were| got) (?:now |finally |officially |all )?(?:confirmed|registered|upheld|ratified|granted|cleared|approved|accepted|official|signed off)\\b(?! (?:yet|until|by next|soon|next))` +
		`|\\bthrough to (?:the )?(?:next|second|2nd|third|3rd|final|last) (?:round|stage|interview|two|three|four|five|\\d)\\b` +
		`|\\bwant(?:s|ed)? (?:me|us) back\\b(?! to (?:redo|fix|explain))` +
		`|\\basked (?:me |us )?for (?:a )?(?:second|2nd|follow-up|follow up|further) (?:meeting|interview|round|call|chat)\\b` +
		`|\\b(?:hit|reached|met|smashed|made) (?:my |our |the )?(?:goal|target)(?: weight| time| number)?\\b|\\b(?:pay ?rise|payrise|raise|bonus)s?:? (?:of )?\\d+(?:\\.\\d+)?%`,
);

/** What a client wants more of, and the verbs of doing or getting it: not once is a struggle ("didn't sell a single painting"). */
const WANTED = `(?:day off|days off|reply|replies|response|sale|sales|client|customer|order|booking|enquiry|lead|call ?back|interview|offer|penny|pound|good|decent|proper|full|lie-in|holiday|break|minute|word|page|line|thing|task|workout|session|run|thank|compliment|one of)`;
const GOT_NOTHING = `(?:been|sent|send|hit|left|leave|switched|logged|reached|picked|cooked|taken|took|sell|sold|get|got|land|landed|win|won|hear|heard|receive|received|make|made|earn|earned|book|booked|find|found|see|saw|manage|managed|write|wrote|finish|finished|read|do|did|done|go|went|have a|had a (?:single )?(?:good|decent|proper))`;

/** "Haven't dipped into the tax pot once", "not one late night", "denies any binge episodes", "haven't needed a café shift". */
export const ABSENCE = re(
	`\\b(?:haven't|hasn't|hadn't|didn't|have not|has not|did not) (?!${GOT_NOTHING}\\b)(?:[\\w'-]+ ){0,6}?(?:a single|one single|once)\\b(?! (?:[\\w-]+ ){0,2}?${WANTED}\\b)` +
		`|\\bnot (?:one|a single) (?:[\\w-]+ ){0,2}?(?:late|missed|skipped|drink|cigarette|takeaway|night out|work call|email|argument|row|panic|binge|slip|meeting|weekend)\\b` +
		`|\\bdenies (?:any )?(?!change|changes|improvement|difference|progress|benefit)(?:[\\w-]+ ){0,2}?(?:episodes?|symptoms?|use|urges?|cravings?|relapses?|lapses?|binge\\w*|purg\\w*|self-harm\\w*|thoughts|panic\\w*|attacks?|drinking|smoking|gambling)\\b` +
		`|\\b(?:haven't|hasn't|didn't|have not|has not|did not) (?:even )?needed (?:a|an|the|my|any|to)\\b`,
);

/** A step taken back straight after: "rejoined within the hour", "closed the tab", "overruled it", "buried again by Wed". */
export const REVERSED = re(
	`\\b(?:and|then|but|,) (?:i |we |he |she |they )?(?:rejoined|re-?installed|re-?downloaded|re-?activated|put (?:it|them) back|turned it back on|took (?:it|them) back|took over|overruled it|overrode it|caved|went and got it|stormed in|rewrote (?:it|the)|turned it down|backed down|changed (?:my|his|her|their) mind)\\b` +
		`|\\bgot as far as\\b|\\bclosed the (?:tab|window|laptop|app|browser)\\b|\\bnever sent it\\b` +
		`|\\b(?:buried|cluttered|full|messy|booked over|gone) again by\\b|\\blet it (?:get |be )?(?:booked|taken|eaten|filled) (?:over|up)\\b` +
		`|\\bback (?:down|up|on|off) (?:on|by) (?:the )?\\w+day\\b|\\bthen (?:a |one )?(?:massive|big|huge|heavy) (?:one|night|session|binge)\\b`,
);

/** Pride in someone else's gain: "so proud of my little bro, he got into uni", "good for her". */
export const PROUD_OF_OTHER = re(
	`\\bproud of (?:my|our|his|her|their) (?!(?:own|self|team|staff|people|directs|reports|work|progress)\\b)(?:little |big |older |younger |baby )?[\\w-]+\\b|\\bproud of (?:him|them)\\b|\\bgood for (?:him|her|them)\\b|\\b(?:that|it) was all (?:him|her|them)\\b`,
);

