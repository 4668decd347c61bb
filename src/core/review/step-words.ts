/**
 * The words of an action step that say what the commitment is, in a form that survives rewording:
 * "Emailed list re: launch date 📅 2026-11-01 #marketing" gives email, list, launch, date.
 */

export interface StepWords {
	/** Stemmed, canonical content words, each once. */
	tokens: string[];
	/** Tokens that were capitalised inside the sentence: names of people, firms, products. */
	names: ReadonlySet<string>;
	/** Numbers in the step (chapter 3, 10,000 steps). */
	numbers: ReadonlySet<string>;
	/** The canonical form of the first word, when it is a specific action verb. */
	verb: string | null;
}

const STOP_WORDS = new Set(
	(
		'a an the to of for and or my me i her his their our your its it this that these those about re on in into with at by from ' +
		'up out over some any all new again still more be is are was were am get got go going gone have has had do does did done ' +
		'per each every very just also then than so as if but not next can will would should could really'
	).split(' '),
);

/**
 * Short forms coaches write, and number words, before stemming. Maps, not plain objects: a step's word is looked up
 * in them, and "constructor" would find Object's own.
 */
const REWRITES = new Map<string, string>(Object.entries({
	appt: 'appointment',
	appts: 'appointments',
	prep: 'prepare',
	intro: 'introduce',
	min: 'minute',
	mins: 'minutes',
	hr: 'hour',
	hrs: 'hours',
	aloud: 'loud',
	daily: 'day',
	weekly: 'week',
	twice: '2 times',
	thrice: '3 times',
	once: '1 time',
	first: '1',
	'1st': '1',
	one: '1',
	two: '2',
	second: '2',
	'2nd': '2',
	three: '3',
	third: '3',
	'3rd': '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
	ten: '10',
	site: 'website',
	'e-mail': 'email',
	mail: 'email',
}));

const IRREGULAR = new Map<string, string>(Object.entries({
	sent: 'send',
	wrote: 'write',
	written: 'write',
	made: 'make',
	began: 'begin',
	begun: 'begin',
	spoke: 'speak',
	spoken: 'speak',
	took: 'take',
	taken: 'take',
	bought: 'buy',
	paid: 'pay',
	told: 'tell',
	met: 'meet',
	ran: 'run',
	gave: 'give',
	given: 'give',
	thought: 'think',
	left: 'leave',
	found: 'find',
	kept: 'keep',
	built: 'build',
	read: 'read',
	drew: 'draw',
	drawn: 'draw',
	chose: 'choose',
	chosen: 'choose',
	rang: 'ring',
	hid: 'hide',
	shared: 'share',
}));

/** Words that name the same action; each group meets at its first word. */
const SYNONYM_GROUPS: string[][] = [
	['call', 'phone', 'ring'],
	['contact', 'reach'],
	['send', 'share', 'forward'],
	['finish', 'complete', 'wrap'],
	['talk', 'conversation', 'discuss', 'chat', 'speak'],
	['schedule', 'book', 'arrange'],
	['hire', 'recruit', 'interview'],
	['delegate', 'hand', 'outsource'],
	['write', 'rewrite', 'draft'],
	['practise', 'practice', 'rehearse'],
];

/** Action verbs specific enough that two steps led by different ones are different commitments. */
const SPECIFIC_VERB_WORDS =
	'record edit publish write read review hire fire cancel schedule buy sell print post delete create promote learn renew ' +
	'compare research plan prepare paint clean clear fill apply update send email call finish start drink walk run swim ' +
	'stretch listen move set raise chase outline practise meditate journal delegate introduce draw design launch pay submit';

/** A light English stemmer: enough that word forms of one verb or noun meet, and synonyms share one form. */
export function stem(word: string): string {
	const base = baseStem(word);
	return canonical.get(base) ?? base;
}

function baseStem(word: string): string {
	const irregular = IRREGULAR.get(word);
	if (irregular) word = irregular;
	if (word.length <= 3 || /\d/.test(word)) return word;
	let w = word;
	if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (/(?:ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
	if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
	else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
	else if (w.endsWith('ion') && w.length > 6 && /[st]ion$/.test(w)) w = w.slice(0, -3);
	else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
	// Undo a doubled final consonant (planning, stopped) and drop a final e or y so "update"/"updated" meet.
	if (/([bdfgklmnprt])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
	if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
	if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
	return w;
}

const canonical = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const word of group) canonical.set(baseStem(word), baseStem(group[0] ?? word));
const SPECIFIC_VERBS = new Set(SPECIFIC_VERB_WORDS.split(' ').map(stem));

/** Takes out what never decides a commitment: accents, dates, tags, links. Each pass runs only when it can match. */
function normaliseText(text: string): string {
	let t = text;
	if (/[^\t\n\r\x20-\x7e]/.test(t)) t = t.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019]/g, "'");
	if (/\d/.test(t)) {
		t = t
			.replace(/\d{4}-\d{2}-\d{2}/g, ' ')
			.replace(/(\d),(\d{3})\b/g, '$1$2')
			.replace(/\b(\d+)k\b/gi, '$1000')
			.replace(/\b(\d+)x\b/gi, '$1 times');
	}
	if (t.includes('#')) t = t.replace(/(?:^|\s)#[\p{L}\p{N}_/-]+/gu, ' ');
	if (t.includes('://')) t = t.replace(/https?:\/\/\S+/g, ' ');
	if (t.includes('[[')) t = t.replace(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_m, target: string, alias?: string) => alias ?? target);
	return t;
}

/**
 * The words of a step, ready for comparing with other steps. `stems` remembers each word's stem across calls (steps
 * share most of their words), when the caller keeps one.
 */
export function stepWords(text: string, stems?: Map<string, string>): StepWords {
	const tokens: string[] = [];
	// Most steps have neither: one shared empty set instead of two new ones per step.
	let names: Set<string> | null = null;
	let numbers: Set<string> | null = null;
	let verb: string | null = null;
	const raw = normaliseText(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
	let position = 0;
	const add = (word: string, isName: boolean, first: boolean) => {
		if (STOP_WORDS.has(word) && !isName) return;
		let token = stems?.get(word);
		if (token === undefined) {
			token = stem(word);
			stems?.set(word, token);
		}
		if (token.length < 2 && !/\d/.test(token)) return;
		if (first && SPECIFIC_VERBS.has(token)) verb = token;
		if (isName) (names ??= new Set()).add(token);
		if (/^\d+$/.test(token)) (numbers ??= new Set()).add(token);
		if (!tokens.includes(token)) tokens.push(token);
	};
	for (const original of raw) {
		let lower = original.toLowerCase();
		if (lower.endsWith("'s")) lower = lower.slice(0, -2);
		const isName = position > 0 && /^\p{Lu}/u.test(original) && original !== 'I';
		const rewritten = REWRITES.get(lower) ?? lower;
		// A rewrite may be two words ("twice" is "2 times"); most words are one.
		if (rewritten.includes(' ')) for (const word of rewritten.split(' ')) add(word, isName, position === 0);
		else add(rewritten, isName, position === 0);
		position++;
	}
	return { tokens, names: names ?? NONE, numbers: numbers ?? NONE, verb };
}

const NONE: ReadonlySet<string> = new Set();
