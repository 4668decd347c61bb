import { CONTRACTIONS_UNMARKED, IRREGULAR_PAST, NOT_A_STEP_ED } from './lexicon';
import { numberValue } from './metric';
import { QUOTED, nameAsPronoun } from './named-client';
import { presentAsPast } from './present-as-past';
import { isWordCode, raw } from './pattern-source';
import { ABBREVIATED, APOSTROPHE, COUNTED, DASH, DIGITS, FRAMING, GOT, HE, HER, HIMSELF_OR_HERSELF, HIS_OR_HIM, MARKED, MINUS_SIGN, NOT_PLAIN, QUOTATION_MARK, SHE, SHORTHAND, SPACES, STOPPED, THEY, TURNING, TURNING_BEFORE_PRONOUN, GOOD, GOOD_NEWS, UNMARKED, WILL, needsReader } from './rewrite-needs';

/**
 * A client statement as the cues read it: lower case, one kind of apostrophe, no quotation marks, the coach's
 * reporting frame taken off ("She said she…", "Client reports…", "…,” he said.") and a third-person client turned
 * into "i", so "She said she finally wrote her sales page" reads as "i finally wrote my sales page". The labelling
 * rule reads third-person records as if the client had said them; so does the detector.
 */
export function normaliseStatement(statement: string): string {
	const raw = withoutLeadingMark(statement);
	// Each rewrite runs only on a statement with what it looks for: most need none, and this is the detector's hot path.
	// "Priya said she…": a name framing the statement is the client's, like "Client reports…".
	// "Marcus closed the deal": a record opening with the client's name reads as "he closed the deal" (`named-client.ts`).
	// A look at the first word settles most statements: no capital, or no verb of the frame after it.
	const framed = mayBeNamedFrame(raw) && NAMED_FRAME.test(raw);
	let text = ` ${framed ? raw.replace(NAMED_FRAME, 'Client ') : (nameAsPronoun(raw) ?? raw)} `.toLowerCase();
	// What the rewrites below look for, found in one pass: each runs only on a statement with its words (`needsOf`). The
	// two next rewrites change no word, so what they change is noted by hand.
	let needs = needsOf(text);
	// In plain ASCII the only white space is the space, and the rewrites below bring no other.
	const plain = (needs & NOT_PLAIN) === 0;
	if (!plain) {
		if (needs & APOSTROPHE) text = text.replace(APOSTROPHES, "'");
		if (needs & QUOTATION_MARK) text = text.replace(QUOTATION_MARKS, ' ');
		if (needs & DASH) text = text.replace(DASHES, ', ');
		// A minus sign is a hyphen, maybe now "- ".
		if (needs & MINUS_SIGN) {
			text = text.replace(MINUS, '-');
			needs |= MARKED;
		}
		// Shorthand marks: a tick is done, a cross not done, arrows up and down.
		if (needs & SHORTHAND) text = text.replace(SHORTHAND_MARKS, (mark) => SHORTHAND_READING[mark.trim().charAt(0)] ?? mark);
	}
	// A single quote that is no apostrophe inside a word is a quotation mark.
	if (hasQuotationMark(text)) {
		text = text.replace(/(^|[^a-z])'+|'+(?![a-z])/g, '$1 ');
		needs |= SPACES;
	}
	if (needs & MARKED) {
		if (text.includes('w/')) text = text.replace(/\bw\/o\b/g, 'without').replace(/\bw\/(?=\s|[a-z])/g, 'with ');
		if (text.includes(' - ') || text.includes('...')) text = text.replace(/\s-\s|\.\.\./g, ', ');
		// These may leave two spaces, and a "- " found may have hidden two.
		if (text.includes('  ')) needs |= SPACES;
	}
	// A coach's abbreviations, spelt out: "No mtgs after 5pm, 3 wks running", "Interview bkd".
	if (needs & ABBREVIATED) text = text.replace(ABBREVIATIONS, (word: string) => SPELT_OUT[word] ?? `${SPELT_OUT[word.slice(0, -1)] ?? word.slice(0, -1)}s`);
	// A transcript's fillers ("the big news is um I got into the MBA"): no words, and in the way of the next one.
	if (text.includes(' um') || text.includes(' uh') || text.includes(' er')) {
		const unfilled = text.replace(FILLERS, ' ');
		if (unfilled !== text) {
			text = unfilled;
			needs |= SPACES;
		}
	}
	if (!plain || needs & SPACES) text = text.replace(UNEVEN_SPACE, ' ');
	// Text the rewrites below leave as it is has no white space to tidy at the end.
	const spaced = text;
	// A rambling note that turns to its point ("…; somewhere in there she said she'd passed her test", "On the upside, …"):
	// the point is what follows, and the worries before it are its setting. Cut mid-word, the rest is looked at afresh.
	const turning = needs & TURNING || (needs & TURNING_BEFORE_PRONOUN && needs & (HE | SHE | THEY)) || (needs & GOOD && needs & GOOD_NEWS);
	const turn = turning ? TURN_TO_THE_POINT.exec(text) : null;
	if (turn !== null) {
		text = ` ${text.slice(turn.index + turn[0].length).trimStart()}`;
		needs = needsOf(text);
	}
	// "twelve hundred", "a hundred": in digits, so "twelve hundred (was 300)" compares 1200 with 300, not 12.
	if (needs & COUNTED) {
		text = text.replace(HUNDREDS, (whole: string, count: string, unit: string) => {
			const value = count === 'a' ? 1 : numberValue(count);
			return Number.isNaN(value) ? whole : String(value * (unit === 'hundred' ? 100 : 1000));
		});
		needs |= DIGITS;
	}
	const digits = (needs & DIGITS) !== 0;
	// "6h", "2hrs", "90mins": a number's unit of time spelt out, as the cues of numbers read it.
	if (digits && SHORT_TIME_UNIT.test(text)) text = text.replace(SHORT_TIME_UNITS, (_: string, count: string, unit: string) => `${count} ${unit.startsWith('h') ? 'hours' : 'minutes'}`);
	// A note's own frame before the client's words: "Wk 6 – …", "C: …", "Text pasted: …", "Voice note: …".
	if (FRAME_WORDS.has(firstWord(text)) && FRAME_START.test(text)) text = text.replace(FRAME_START, ' ');
	// "Cl. paid the invoice", "Pt went to the GP": the client in a coach's or a clinician's shorthand.
	if (text.startsWith(' c') || text.startsWith(' the c') || text.startsWith(' p')) text = text.replace(/^ (?:the )?(?:client|cl\.?|coachee|pt\.?|patient)\s+(?=\w)/, ' client ');
	// "Client's wife noticed he's been home by six": the client's own, and the first "he" or "she" after is the client.
	const owner = text.startsWith(" client's ") ? /\b(he|she)\b/.exec(text)?.[1] : undefined;
	if (owner !== undefined) text = ` my ${text.slice(" client's ".length)}`;
	// "-4kg in 6wks", "Weight: -3.2kg": a minus sign that opens a number of a weight or a share is a fall.
	if (digits && text.includes('-') && SIGNED_FALL.test(text)) text = text.replace(SIGNED_FALL, '$1down $2');
	// "Emailed the solicitor re: the will": a document, not a plan.
	if (needs & WILL) text = text.replace(WILL_AS_NOUN, '$1 testament');
	// "88kg", "12km": the unit apart from its number, as the cues of numbers read it ("88k" would be 88 thousand).
	if (digits && ATTACHED_UNIT.test(text)) text = text.replace(ATTACHED_UNITS, '$1 $2');
	let client: 'he' | 'she' | 'they' | undefined;
	if (needs & (HE | SHE)) {
		// A coach's note that says no "I" or "me" outside its quotes is about the client: the first sentence opening with "he"
		// or "she" is theirs ("Snow in the forecast, and she was worried. She's delegated the weekly reporting."), and so is
		// the "she" a report of their words opens ("Nadia mentioned, almost in passing, that she'd gone back to swimming").
		client = (owner ??
			OPENING_PRONOUN.exec(text)?.[1] ??
			FRAMING_PRONOUN.exec(text)?.[1] ??
			(SPEAKER.test(raw.replace(QUOTED, ' ')) ? undefined : REPORTED_PRONOUN.exec(text)?.[1])) as 'he' | 'she' | undefined;
	}
	// The singular "they" of a coach's note ("They passed their driving test", "Client says they've stopped…"): where it
	// opens the note or a sentence, in a record (a frame, or "their" own), and no "I" or "we" speaks outside its quotes;
	// elsewhere "they" is other people ("They cut our budget", "They announced the office is going hybrid").
	if (client === undefined && needs & THEY && THEY_OPENS.test(text) && THEY_RECORD.test(text) && !SPEAKER_OR_US.test(raw.replace(QUOTED, ' '))) client = 'they';
	if (client !== undefined) {
		// A coach's note about the client, with no quotes: its own "I" and "we" are the coach's ("I asked what she'd do
		// first", "we talked about rest"), not the client's once "she" reads as "i".
		if (!raw.includes('"') && !raw.includes('\u201c') && SPEAKER_OR_US.test(text)) text = text.replace(COACH_SPEAKING, (word: string) => COACH_WORDS[word] ?? word);
		text = thirdPersonAsFirst(text, client, needs);
	}
	// Texting style drops apostrophes ("didnt buy a thing", "im fine"): put them back, so the cues read the words they know.
	if (needs & UNMARKED && !text.includes("'")) text = text.replace(NO_APOSTROPHE, withApostrophe);
	// "Yesterday I go to the gym finally", "I have send my CV": the past, as a second language or a story says it.
	text = presentAsPast(text);
	// "Haven't stopped checking his location": still at it, not a habit stopped.
	if (needs & STOPPED) text = text.replace(/\b(?:haven't|hasn't|have not|has not) stopped\b/g, 'still');
	// "I've got a call on Thursday" has something; "I got the job" did something.
	if (needs & GOT && text.includes("'ve got")) text = text.replace(/'ve got (?=(?:a|an|some|no|loads|lots|too|two|three|nothing|such|so|plenty|enough|everything|all) )/g, ' have ');
	// Shorthand for a number that moved ("MRR 3.2k→4.1k", "NPS 31 -> 52"): read as "from … to …", as the metric cue knows it.
	// A unit written on the number ("92.4kg -> 88.1kg") stands apart after the second, so "88.1kg" is not read as 88.1 thousand.
	if (digits && (text.includes('\u2192') || text.includes('->'))) text = text.replace(ARROW_BETWEEN_NUMBERS, (_, before: string, after: string, unit: string) => ` from ${before} to ${after}${unit === '' ? '' : ` ${unit}`}`);
	if (needs & FRAMING && FRAMING_VERB.test(text)) {
		// "…, she said, grinning." or "…,” he said. “…": the frame between quoted pieces.
		if (FRAME_BETWEEN.test(text)) text = text.replace(FRAME_BETWEEN, '$1 ');
		if (text.startsWith(' client ')) text = text.replace(CLIENT_THEN_VERB, ' ');
		if (OPENING_FRAME.test(text)) text = text.replace(OPENING_REPORT, ' ').replace(OPENING_REPORTED, ' ').replace(OPENING_SAID, ' ');
	} else if (text.startsWith(' client ')) {
		text = text.replace(CLIENT_THEN_PAST, ' ');
	}
	return (text !== spaced && text.includes('  ') ? text.replace(/\s\s+/g, ' ') : text).trim();
}

/** White space but a single space: two or more in a row, or one of another kind. */
const UNEVEN_SPACE = / \s+|[^\S ]\s*/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;
const QUOTATION_MARKS = /[\u201c\u201d\u00ab\u00bb"]/g;
const DASHES = / ?(?:[\u2014\u2013]|\u2026)/g;
const MINUS = /\u2212/g;
/** The verbs that frame a quote ("…, she said"), for the patterns of frames below. */
const QUOTE_VERB = '(?:said|says|added|admitted|laughed|told me|explained)';
const FRAME_BETWEEN = new RegExp(raw`([,.!?:])\s*i ${QUOTE_VERB}(?:,? \w+ing)?\s*[,.!?:]?`, 'g');
/** A frame at the start, as the three below need one: most statements open with none. */
const OPENING_FRAME = /^ (?:i )?(?:report|says|stat|said|mentioned|explained|admitted|told me|shared)/;
/** "reports", "reported that", "says": a frame whoever speaks. */
const OPENING_REPORT = /^ (?:i )?(?:reports?|says|stated|states)(?: that)?:? /;
const OPENING_REPORTED = /^ (?:i )?reported(?: that)? (?![a-z]+ing\b)/;
/** "i said" is a frame only when a clause follows it, not in "i said no to the client". */
const OPENING_SAID = /^ (?:i )?(?:said|says|mentioned|explained|admitted|told me|shared)(?: that)?,? (?=(?:i|i'm|i've|i'd|i'll|we|we're|we've|my|it|it's|things|the|a|an|his|her|our|some|everyone|nobody|someone|people|two|three|\d+)\b)/;
/** "He…", "Client reports that she…", "…, she said": the client's pronoun where a record opens or frames a quote. */
const OPENING_PRONOUN = /^ (?:client )?(?:\w+ )?(?:(?:reports|reported|noted|shared) )?(?:me )?(?:that )?(he|she)\b/;
const FRAMING_PRONOUN = new RegExp(raw`[,.!?] (he|she) ${QUOTE_VERB}\b`);

const isLetter = (code: number): boolean => code >= 97 && code <= 122;

/** Whether a single quote stands anywhere but between two letters (an apostrophe): a scan, not a pattern. */
function hasQuotationMark(text: string): boolean {
	for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
		if (!isLetter(text.charCodeAt(i - 1)) || !isLetter(text.charCodeAt(i + 1))) return true;
	}
	return false;
}


/** A contraction written without its apostrophe (`NO_APOSTROPHE`), with it: "didnt" → "didn't", "youre" → "you're", "im" → "i'm". */
function withApostrophe(word: string): string {
	if (word.endsWith('nt')) return `${word.slice(0, -1)}'t`;
	if (word.endsWith('re')) return `${word.slice(0, -2)}'re`;
	if (word.endsWith('s')) return `${word.slice(0, -1)}'s`;
	return word === 'im' ? "i'm" : "i've";
}
/** A contraction written without its apostrophe (`CONTRACTIONS_UNMARKED`). */
const NO_APOSTROPHE = new RegExp(raw`\b(?:${CONTRACTIONS_UNMARKED})\b`, 'g');

/** Shorthand marks and how they read: a tick is done, a cross not done, arrows up and down. */
/**
 * A bullet, an arrow or a plus a coach's jotting starts with ("→ sent CV to 4 firms", "+ spoke up in mtg", "-> contract
 * signed"), or a question's label ("Q: should I quit?"): no word of the statement, and in the way of its first word.
 * A sign before a number ("-6.4kg", "+12%") has no space after it, and stays.
 */
const LEADING_MARK = /^\s*(?:(?:[-+*\u2022\u00b7\u25aa\u25e6\u25ba\u25b6\u2192\u21d2\u2794\u279c>]|->|=>|-->)+|q(?:uestion)?:)\s+/i;

function withoutLeadingMark(statement: string): string {
	// Nearly every statement starts with a letter or a digit: one look settles it (a "Q" may be a question's label).
	const first = statement.charCodeAt(0);
	if (isWordCode(first) && first !== 81 && first !== 113) return statement;
	const mark = LEADING_MARK.exec(statement);
	return mark === null ? statement : statement.slice(mark[0].length);
}

const FILLERS = / (?:um+|uh+|uhm+|erm+|er)(?:,? (?=\S)|[,.]?(?= |$))/g;
const SHORTHAND_MARKS = /\s?[\u2713\u2714\u2705\u2611\u2717\u2718\u274c]\ufe0f?|[\u2191\u2193]/g;
const SHORTHAND_READING: Record<string, string> = { '\u2713': ', done. ', '\u2714': ', done. ', '\u2705': ', done. ', '\u2611': ', done. ', '\u2717': ', not done. ', '\u2718': ', not done. ', '\u274c': ', not done. ', '\u2191': ' up ', '\u2193': ' down ' };
const SIGNED_FALL = /(^ |[:,;] )[-\u2212](\d[\d.]*\s?(?:kg|kilos?|lbs?|pounds|stones?|st|%))(?!\w)/g;
/** Someone speaking in the first person (outside the quotes a note holds, whose "I" is the client's). */
const SPEAKER = /\b(?:i|i['\u2019](?:m|ve|d|ll)|me|my|mine|myself)\b/i;
const TURN_TO_THE_POINT = /(?:\bsomewhere in (?:there|the middle|all that)|\b(?:in the middle(?: of (?:all )?(?:that|it|this))?|late on),?(?= (?:she|he|they) (?:said|mentioned))|\bon the (?:upside|plus side|bright side)|\bthe (?:good|big|best|great|exciting) (?:bit|news|thing)(?: of (?:the|my) (?:week|day|month|session))?(?: is| was|:)|\b(?:good|big|best|great|exciting) (?:thing|news|bit)(?: of (?:the|my) (?:week|day|month|session))?(?: is| was)?:|\bguess what[,!.:]|\bbut here's (?:a|the) thing|\bsilver lining|\bon a (?:brighter|positive|happier) note|,? almost (?:as an aside|in passing)|\boh!|\b(?:in passing|(?:near|toward|towards|at) the end|as an (?:aside|afterthought)|before that,? though),?(?= (?:she|he|they) (?:said|mentioned|told me))|\b(?:only )?(?:near|at|towards?) the end did (?:she|he|they) (?:say|mention)|\b(?:she|he|they) did (?:mention|say|note|share|tell me|pass on)(?:,[^,]{0,40},)?)[:,]?(?: that\b)?/;
const HUNDREDS = /\b([a-z]+(?:-[a-z]+)?) (hundred|thousand)\b/g;
const WILL_AS_NOUN = /\b(the|a|my|his|her|their|our) will\b/g;
const ATTACHED_UNIT = /\d(?:kgs?|kilos|cm|mm|km|lbs?|ml|bpm|mph|kcal|cals?)\b/;
const ATTACHED_UNITS = /(\d)(kgs?|kilos|cm|mm|km|lbs?|ml|bpm|mph|kcal|cals?)\b/g;
const SHORT_TIME_UNIT = /\d ?(?:h|hrs?|mins?)\b/;
const SHORT_TIME_UNITS = /(\d+(?:\.\d+)?) ?(h|hrs?|mins?)\b/g;
const ARROW_BETWEEN_NUMBERS = /\s?~?([£$€+-]?\d[\d,.]*(?:[kmb](?![a-z]))?%?(?:\/\d+)?)[a-z]*(?:\/[a-z]+)?(?: [a-z/]+){0,2}?\s?(?:\u2192|->)\s?~?([£$€+-]?\d[\d,.]*(?:[kmb](?![a-z]))?%?(?:\/\d+)?)([a-z]*)/g;
const FRAME_START = /^ (?:(?:good|great|brief|short|long|quick|rough|hard|tough|dry|lovely|rambling|quiet|mixed|productive|difficult|positive|upbeat|heavy)(?: one| session| note| call| hour| check-in| chat)?(?: today)?[.:!;,]|(?:wk|week|session|sess)\.? ?\d+ ?[,:]|(?:c|cl|client|pt|cr)\s?:|(?:text|texts|text pasted|pasted|voice note|voice memo|whatsapp|message|msg|email|dm|sms)(?: pasted| from [a-z]+)?\s?:|per [a-z][\w. ]{0,20}(?: \([^)]*\))?,(?= (?:she|he|they)\b))\s*/;
/** Every word of `FRAME_START`: a frame opens with one of them, and most statements open with none. */
const FRAME_WORDS = new Set(FRAME_START.source.match(/[a-z]+/g));
/** The letters after the text's first character (its leading space). */
function firstWord(text: string): string {
	let end = 1;
	while (isLetter(text.charCodeAt(end))) end++;
	return text.slice(1, end);
}
/** Verbs in the past that end neither in "s" nor "ed", as the two patterns below read them. */
const CLIENT_PAST = raw`(?:paid|went|got|made|took|gave|sent|did|had|ran|won|sold|met|left|found|bought|brought|built|began|chose|drove|held|led|kept|quit|spoke|wrote|sat|stood|rang|put|set|cut|hit)\b`;
/** "Client" opening a statement before its verb ("Client paid off the card"): the frame, not the subject. */
const CLIENT_THEN_PAST = new RegExp(raw`^ client (?=\w+s\b|\w+ed\b|${CLIENT_PAST})`);
const CLIENT_THEN_VERB = new RegExp(raw`^ client (?=\w+s\b|\w+ed\b|said\b|told\b|${CLIENT_PAST})`);
/** The verbs of a coach's reporting frame, over the lower-case text. */
const FRAMING_VERB = /\b(?:said|says|added|admitted|laughed|told|explained|reports?|reported|stated|states|mentioned|shared|thinks)\b/;

/**
 * Whether `NAMED_FRAME` may match: a capital and lower-case letters after the spaces, then a space and the first letter
 * of one of its verbs (a character past ASCII first, a space of another kind, leaves it to the pattern). Cheaper than
 * running the pattern, whose code and data a statement finds out of the processor's caches.
 */
function mayBeNamedFrame(raw: string): boolean {
	let at = 0;
	while (raw.charCodeAt(at) <= 32) at++;
	const first = raw.charCodeAt(at);
	let end = at + 1;
	while (isLetter(raw.charCodeAt(end))) end++;
	return first > 127 || (first >= 65 && first <= 90 && end - at > 1 && raw.charCodeAt(end) === 32 && 'srtme'.includes(raw.charAt(end + 1)));
}
const NAMED_FRAME = /^\s*(?!(?:The|My|Our|His|Her|Their|Your|This|That|It|He|She|They|We|I|Everyone|People|Someone|Nobody|Mum|Dad|Client)\b)[A-Z][a-z]+(?= (?:said|says|reports|reported|told me|mentioned|explained|thinks) (?:that )?(?:he|she)\b)/;

/**
 * The client, written "he" or "she" (the coach's record: "She said she…", "…,” he said), in the first person. Only
 * when the statement opens with that pronoun or frames a quote with it: in "Had coffee with the hiring manager, she
 * wants me to apply" she is someone else.
 */
function thirdPersonAsFirst(text: string, client: 'he' | 'she' | 'they', needs: number): string {
	const rules = client === 'he' ? HE_AS_I : client === 'she' ? SHE_AS_I : THEY_AS_I;
	let result = text;
	// Most find nothing: a look for what a rewrite cannot match without costs less than the rewrite. Rewrites that
	// share a gate are looked at once: none of them makes a match for another.
	let gate: Gate | undefined;
	let open = false;
	for (const [pattern, replacement, shared] of rules) {
		if (shared === undefined || shared !== gate) open = typeof shared === 'number' ? (needs & shared) !== 0 : (shared ?? pattern).test(result);
		gate = shared;
		if (open) result = typeof replacement === 'string' ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
	}
	return result;
}

/** What the text must hold for a rewrite to match: a pattern, or a word `needsOf` finds (none a rewrite before makes). */
type Gate = RegExp | number;
/** A pattern, what its match becomes, and its gate (the pattern itself unless told). */
type Rewrite = [RegExp, string | ((match: string, verb: string) => string), Gate?];

/** Verbs whose object is the client ("told her", "thanked them"), captured for the rewrites below. */
const TOLD = '(told|asked|thanked|gave|sent|called|praised|nominated|pulled|invited|picked|put)';

/** The rewrites that put "he" (or "she") in the first person, built once. */
function firstPersonRewrites(client: 'he' | 'she'): Rewrite[] {
	const other = client === 'he' ? 'she' : 'he';
	const own = client === 'he' ? '(?:his|him)' : '(?:her)';
	const contracted = new RegExp(raw`\b${client}(?:'| (?:has|have|is|was)\b)`);
	// "him" is never "his"; "her" is the client, not theirs, before a stop or a preposition ("promoted above her,",
	// "sent her on the course"), but not before a hyphen ("her in-laws").
	const objectPronoun = client === 'he' ? raw`him\b` : raw`her(?=[,.!?;:]|$| (?:to|for|with|up|down|out|off|back|about|over|aside|into|from|at|on|in|a|an|the)\b(?!-))`;
	const told = raw`${own}(?= (?:that|about|to|i|it|what|how|so|and|she|he|was|is)\b|[,.!?]|$)`;
	return [
		[new RegExp(raw`\b${other}\b`, 'g'), '\ue000', client === 'he' ? SHE : HE],
		[new RegExp(raw`\b${client}'s (?=(?:been|got|done|had|gone|made|(?!(?:${NOT_A_STEP_ED})\b)\w+ed|${IRREGULAR_PAST})\b)`, 'g'), "i've ", contracted],
		[new RegExp(raw`\b${client}'s\b`, 'g'), "i'm", contracted],
		[new RegExp(raw`\b${client}'(ve|d|ll)\b`, 'g'), "i'$1", contracted],
		[new RegExp(raw`\b${client} (?:has|have)\b`, 'g'), 'i have', contracted],
		[new RegExp(raw`\b${client} (is|was)\b`, 'g'), (_: string, verb: string) => (verb === 'is' ? 'i am' : 'i was'), contracted],
		[new RegExp(raw`\b${client}\b`, 'g'), 'i'],
		// "told her" is the client told; "told her boss" is the client's boss.
		[new RegExp(raw`\b${TOLD} ${told}`, 'g'), '$1 me', new RegExp(` ${told}`)],
		[new RegExp(raw`\b${objectPronoun}`, 'g'), 'me', client === 'he' ? HIS_OR_HIM : HER],
		[new RegExp(raw`\b${own}\b`, 'g'), 'my', client === 'he' ? HIS_OR_HIM : HER],
		[new RegExp(raw`\b${client === 'he' ? 'himself' : 'herself'}\b`, 'g'), 'myself', HIMSELF_OR_HERSELF],
		[/\ue000/g, other],
		[/\bi (has|does|doesn't|hasn't|wants|needs|thinks|says|keeps|feels|plans|intends|hopes|is|likes|seems|reports) /g, (_: string, verb: string) => `i ${firstPersonVerb(verb)} `],
	];
}

const HE_AS_I = firstPersonRewrites('he');
const SHE_AS_I = firstPersonRewrites('she');
/** The singular "they" in the first person: its verbs are the first person's already ("they say", "they were" aside). */
const THEY_AS_I: Rewrite[] = [
	[/\bthey'(re|ve|d|ll)\b/g, (_: string, verb: string) => (verb === 're' ? "i'm" : `i'${verb}`)],
	[/\bthey (are|were)\b/g, (_: string, verb: string) => (verb === 'are' ? 'i am' : 'i was')],
	[/\bthey\b/g, 'i'],
	[new RegExp(raw`\b${TOLD} them(?= (?:that|about|to|i|it|what|how|so|and|was|is)\b|[,.!?]|$)`, 'g'), '$1 me'],
	[/\btheir(s?)\b/g, (_: string, plural: string) => (plural === 's' ? 'mine' : 'my')],
	[/\bthemsel(?:f|ves)\b/g, 'myself'],
];
/** A coach's abbreviations and the words they stand for; a plural is the singular's with "s" ("wks" → "weeks"). */
const SPELT_OUT: Record<string, string> = { wk: 'week', mtg: 'meeting', appt: 'appointment', bkd: 'booked', "bk'd": 'booked', yr: 'year', mth: 'month', tmrw: 'tomorrow', ppl: 'people', msg: 'message', convo: 'conversation', promo: 'promotion' };
const ABBREVIATIONS = /\b(?:wks?|mtgs?|appts?|bkd|bk'd|yrs?|mths?|tmrw|ppl|msgs?|convo|promo)\b/g;
/** The coach's own words in a note about the client: whose "I", "we" and "us" they are. */
const COACH_SPEAKING = /\b(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll)\b/g;
const COACH_WORDS: Record<string, string> = { i: 'coach', "i'm": 'coach is', "i've": 'coach has', "i'd": 'coach would', "i'll": 'coach will', we: 'they', "we're": "they're", "we've": "they've", "we'd": "they'd", "we'll": "they'll" };
/** What makes a note a record of the client, for a singular "they": a frame, the word "client", or "their" own. */
const THEY_RECORD = /\b(?:their|themsel(?:f|ves)|client|said|says|reports?|reported|mentioned|told|admitted|shared|explained)\b/;
/** Someone speaking as "I" or "we": then "they" is other people. */
const SPEAKER_OR_US = /\b(?:i|i['\u2019](?:m|ve|d|ll)|me|my|mine|myself|we|we['\u2019](?:re|ve|d|ll)|us|our|ours)\b/i;
/** "They" or "their" opening the note (after a frame) or a sentence. */
const THEY_OPENS = /(?:^ (?:client )?(?:\w+ )?(?:that )?|[.!?;:] )(?:they|their)\b/;
/** "He" or "she" opening a sentence, or a report of someone's words ("mentioned, in passing, that she…"). */
const REPORTED_PRONOUN = /(?:[.!?;:]|\b(?:mentioned|said|says|reported|admitted|explained|added)(?:,[^,.]{0,40},)? that) (he|she)\b/;

const FIRST_PERSON: Record<string, string> = { has: 'have', does: 'do', "doesn't": "don't", "hasn't": "haven't", is: 'am' };

function firstPersonVerb(verb: string): string {
	return FIRST_PERSON[verb] ?? verb.replace(/s$/, '');
}

/** The words of a pattern `\b(?:…)\b` of words, each maybe with a plural "s?". */
const wordsOf = (pattern: RegExp): string[] => pattern.source.slice(5, -3).split('|').flatMap((word) => (word.endsWith('s?') ? [word.slice(0, -2), word.slice(0, -1)] : [word]));

/**
 * Each word and the rewrites it may let apply (`needsReader`). For `TURN_TO_THE_POINT`, a word of each of its
 * alternatives, or two it needs together (a word and the "she", "he" or "they" it turns before; "good" and its noun);
 * "upside" may run on ("on the upsides"), so any word it opens is looked for.
 */
const needsOf = needsReader([
	// "bk'd" is read as "bk" by the scan, which ends a word at an apostrophe.
	[ABBREVIATED, wordsOf(ABBREVIATIONS).map((word) => word.split("'")[0] ?? word)],
	[TURNING, 'somewhere plus bright here silver brighter positive happier almost oh guess'.split(' ')],
	[TURNING_BEFORE_PRONOUN, 'middle late passing end aside afterthought though did'.split(' ')],
	[GOOD, ['good', 'big', 'best', 'great', 'exciting']],
	[GOOD_NEWS, ['news', 'thing', 'bit']],
	[COUNTED, ['hundred', 'thousand']],
	[WILL, ['will']],
	[HE, ['he']],
	[SHE, ['she']],
	[HIS_OR_HIM, ['his', 'him']],
	[HER, ['her']],
	[HIMSELF_OR_HERSELF, ['himself', 'herself']],
	[THEY, ['they', 'their']],
	[UNMARKED, wordsOf(NO_APOSTROPHE)],
	[STOPPED, ['stopped']],
	[GOT, ['got']],
	[FRAMING, wordsOf(FRAMING_VERB)],
]);
