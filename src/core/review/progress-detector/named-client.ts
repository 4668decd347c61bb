import { gateWords } from './cues';
import * as LEXICON from './lexicon';
import { WORD_WEIGHTS } from './weights';

/**
 * A coach's record that opens with the client's first name: "Marcus closed the Halden deal", "Brief. Ruth booked the
 * smear test", "Callum's chartered". The name is the client (the note is about them), so it reads as "he" or "she",
 * which `normalise.ts` then turns into "i" as for "She said she…". A capitalised first word is taken for a name only
 * when no word list, gate or weight of the detector knows it, it names no one else ("Mum", "Boss", "Dentist") and
 * a verb follows it: "Sales rose", "Dad retired", "Bedtime's down" stay as they are.
 */
export function nameAsPronoun(raw: string): string | null {
	if (opensWithKnownWord(raw)) return null;
	const opening = NAME_OPENING.exec(raw);
	if (opening === null) return null;
	const [whole, frame = '', name = '', possessive, next = '', after = ''] = opening;
	const lower = name.toLowerCase();
	if (knownWords().has(lower) || NOT_A_NAME_ENDING.test(lower)) return null;
	const verb = isVerbAfterName(next, after);
	if (possessive === undefined && !verb) return null;
	const rest = raw.slice(whole.length);
	// "Ines found two invoices I forgot to send": the client speaks, and the name is someone else's.
	if (FIRST_PERSON.test(rest.replace(QUOTED, ' '))) return null;
	const he = firstIndex(rest, HE);
	const she = firstIndex(rest, SHE);
	const pronoun = he >= 0 && (she < 0 || he < she) ? 'he' : 'she';
	if (possessive === undefined) return `${frame}${pronoun} ${rest}`;
	// "Callum's chartered", "Bedtime's down" are "he's"; "Alex's daughter" is "her daughter".
	const word = verb || AFTER_IS.has(next) ? `${pronoun}'s` : pronoun === 'he' ? 'his' : 'her';
	return `${frame}${word} ${rest}`;
}

/** An optional verdict on the session ("Good session.", "Dry note:"), then a capitalised word, maybe "'s" or a note on who they are ("Dev (plumber)"), then the next word. */
const NAME_OPENING = /^(\s*(?:[A-Z][a-z]+(?: [a-z]+)?[.:!;,\u2014\u2013-]+\s+)?)([A-Z][a-z]{1,15})(?:('s|\u2019s) | (?:\([^)]{1,40}\) )?)(?=([a-z][a-z'\u2019]*)(?: ([a-z]+))?)/;
/** Endings of words that are things, not names: "Registration", "Bookkeeping", "Retention", "Appraisal". */
const NOT_A_NAME_ENDING = /(?:tion|sion|ment|ness|ity|ship|ing|ance|ence|ure|ism|ist|ers|ies|ics|al)$/;
/** The client speaking for themselves, outside the words the note quotes ("me" is left out: a coach writes "she told me"). */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|myself|mine)\b/;
/** The words a note quotes, in straight or curly double quotes. */
export const QUOTED = /"[^"]*"|\u201c[^\u201d]*\u201d/g;
const HE = /\b(?:he|him|his|himself)\b/i;
const SHE = /\b(?:she|her|hers|herself)\b/i;

/**
 * Whether the statement opens with a word the detector knows and goes on (not a verdict like "Brief." before a name):
 * most statements ("The…", "She…", "We…"), settled by a look at their first word, before the pattern runs.
 */
function opensWithKnownWord(raw: string): boolean {
	let start = 0;
	while (start < raw.length && raw.charCodeAt(start) <= 32) start++;
	const first = raw.charCodeAt(start);
	if (!(first >= 65 && first <= 90)) return true;
	let end = start + 1;
	while (end < raw.length && isLowerLetter(raw.charCodeAt(end))) end++;
	// One letter ("I", "A") is no name; a verdict's punctuation after the word may put a name next.
	if (end - start < 2) return true;
	const after = raw.charCodeAt(end);
	if (after !== 32 && after !== 39 && after !== 0x2019) return false;
	// "Good session. Femi…": a known word, then one more and the verdict's stop.
	if (after === 32 && isLowerLetter(raw.charCodeAt(end + 1))) {
		let next = end + 1;
		while (next < raw.length && isLowerLetter(raw.charCodeAt(next))) next++;
		if (VERDICT_STOP.includes(raw.charCodeAt(next))) return false;
	}
	// The word in lower case, its capital put down by hand: a cheaper copy than `toLowerCase`.
	return knownWords().has(String.fromCharCode(first + 32) + raw.slice(start + 1, end));
}

/** The codes of ".:!;,—–-". */
const VERDICT_STOP = [0x2e, 0x3a, 0x21, 0x3b, 0x2c, 0x2014, 0x2013, 0x2d];

const isLowerLetter = (code: number): boolean => code >= 97 && code <= 122;

function firstIndex(text: string, pattern: RegExp): number {
	return pattern.exec(text)?.index ?? -1;
}

const IRREGULAR = new Set(LEXICON.IRREGULAR_PAST.split('|'));
/** Words a person's name is followed by when it is the subject: a verb's helpers and the adverbs before a verb. */
const AFTER_A_SUBJECT = new Set(
	`has had have hasn't hadn't haven't was wasn't is isn't did didn't does doesn't just finally also now still then never always actually
	got said says told thinks reckons feels felt seems will won't can can't could couldn't would been done gone not`.split(/\s+/),
);

/** What follows "'s" when it is "is": "Callum's back", "Bedtime's down to twenty minutes". */
const AFTER_IS = new Set('back off on down up in out over through a an the now finally just still not never always'.split(' '));

/** What follows a verb in the present ("walks the floor", "applies for roles"), not a plural noun ("payouts are up"). */
const AFTER_A_VERB = new Set('the a an her his their my to at on up in out for every each most all more less twice with'.split(' '));

function isVerbAfterName(word: string, after: string): boolean {
	const plain = word.replace(/\u2019/g, "'");
	if (AFTER_A_SUBJECT.has(plain) || IRREGULAR.has(plain) || plain.endsWith('ed')) return true;
	return plain.endsWith('s') && !plain.endsWith('ss') && !plain.endsWith("'s") && AFTER_A_VERB.has(after);
}

/**
 * People and things a note names that are not the client, and words that open a sentence in their own right, beyond
 * those the detector's patterns and word lists already hold (days, months, "the", "sales").
 */
const OTHERS = `mum mom mam dad mother father parents boss manager ceo cfo coo cto md chair team coach mentor doctor gp dentist
	nurse pt coachee cl consultant counsellor counselor therapist trainer tutor teacher supervisor sponsor sister
	brother son daughter wife husband partner girlfriend boyfriend fiance fiancee kids baby grandma grandmother nan
	nana gran granny grandad grandpa grandfather uncle aunt auntie cousin friend colleague recruiter customer
	landlord neighbour neighbor bank everybody someone website money cash company office today yesterday bedtime
	mealtime homework housework paperwork payday easter update note also though although while both those here
	honestly apparently anyway ah wow accountant bookkeeper agency agent supplier distributor printer builder plumber
	electrician contractor vendor lawyer solicitor investor investors peer peers flatmate mate mgr direct directs panel
	ministry council school hospital clinic physio surgeon specialist lender insurer broker auditor auditors regulator
	competitor competitors buyer tenant hr amazon shopify stripe`;

let known: ReadonlySet<string> | null = null;
/**
 * Every word the detector knows (its word lists, pattern gates and weights) and `OTHERS`: made at the first statement
 * that opens with a capitalised word and a verb, not at load.
 */
function knownWords(): ReadonlySet<string> {
	if (known !== null) return known;
	const words = new Set<string>([...gateWords(), ...WORD_WEIGHTS.keys(), ...OTHERS.split(/\s+/)]);
	for (const list of Object.values(LEXICON)) if (typeof list === 'string') for (const word of list.split(/[^a-z]+/)) if (word.length > 1) words.add(word);
	known = words;
	return known;
}
