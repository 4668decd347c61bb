import { metricDirection } from './metric';
import { DOWN, IRREGULAR_PAST, NOT_A_STEP_ED, UP } from './lexicon';

/**
 * A normalised statement read in one pass over its characters: its words are found and each is looked up once, in
 * one table (`WordIndex`) that answers at the same time every question the cues ask of a word (a number? a verb in
 * the past? in which word lists? which patterns can match only with it? what weight does the model give it?).
 */
export interface Statement {
	text: string;
	/** Its distinct words, with "!" when it ends with one and "?" when it has one: built when first asked for. */
	readonly words: ReadonlySet<string>;
	/** `metricDirection` of the text. */
	metric: number;
	/** Whether a word could be a verb in the past: the step cues look no further when none is. */
	past: boolean;
	/** Whether it holds a number (digits, a number word): the cues of results look no further when it does not. */
	hasNumber: boolean;
	/** The parts of its words with an apostrophe ("week" and "s" of "week's"), which open the gates of patterns too. */
	pieces: readonly string[];
	/** Bit `id` set when the statement has a word of the word list numbered `id` (`has`). */
	lists: number;
	/** Whether a word begins "reali" (realise, realised, realising). */
	realise: boolean;
	/** Whether a word (or a piece) is one `HABIT` cannot match without (`habitGateOf`). */
	habit: boolean;
	/** The cue parts its words open (`PartTables`), each once, in the order its words open them. */
	opened: number[];
	/** The sum of the model's weights of its distinct words. */
	wordScore: number;
}

/** The word lists of `has`, numbered as the cues are built at load: at most 31, one bit each of `Statement.lists`. */
const LISTS = { count: 0, byWord: new Map<string, number>() };

/**
 * A test that the statement has one of these words. Each list is numbered at load and its words indexed, so a
 * statement works out every list's answer in the one look-up per word `readStatement` makes, and the test reads a bit.
 */
export function has(...list: string[]): (s: Statement) => boolean {
	const id = LISTS.count++;
	if (id > 30) throw new Error('progress detector: more than 31 word lists; merge some');
	const bit = 1 << id;
	for (const word of list) LISTS.byWord.set(word, (LISTS.byWord.get(word) ?? 0) | bit);
	return (s) => (s.lists & bit) !== 0;
}

const NUMBER_FLAG = 1;
const PAST_FLAG = 2;
const MOVED_FLAG = 4;
const REALISE_FLAG = 8;
const HABIT_FLAG = 16;

const IRREGULAR_WORDS = new Set(IRREGULAR_PAST.split('|'));
const NOT_A_STEP_WORDS = new Set(NOT_A_STEP_ED.split('|'));
const PERFECT_WORDS = new Set(['had', 'said', 'been', 'begun', 'done', 'written', 'taken', 'gone', 'seen', 'given', 'grown', 'set', 'i\'ve', 'we\'ve', 'have']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'dozen', 'third', 'quarter', 'fifth', 'half', 'couple', 'few', 'several', 'zero', 'twice', 'once', 'double', 'doubled', 'tripled', 'halved', 'size', 'stone']);
/** The single words of `UP` and `DOWN` and of comparing: a number moved only where one of them, or "from", is. */
const DIRECTION_WORDS = new Set(`${UP}|${DOWN}|dress|against|vs|versus|compared|instead|rather|was|were|used|put|gone|went|more|most`.split('|').filter((w) => /^[a-z]+$/.test(w)));

const startsWithDigit = (word: string): boolean => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
const compoundNumber = (word: string): boolean => word.startsWith('twenty') || word.startsWith('thirty') || word.startsWith('forty') || word.startsWith('fifty');

/** What a word tells the cues by itself: a number, a verb in the past, a word of a number that moved, "reali…". */
function wordFlags(word: string): number {
	const number = startsWithDigit(word) || NUMBER_WORDS.has(word) || compoundNumber(word);
	const past = IRREGULAR_WORDS.has(word) || PERFECT_WORDS.has(word) || (word.endsWith('ed') && !NOT_A_STEP_WORDS.has(word));
	return (number ? NUMBER_FLAG : 0) | (past ? PAST_FLAG : 0) | (DIRECTION_WORDS.has(word) ? MOVED_FLAG : 0) | (word.startsWith('reali') ? REALISE_FLAG : 0);
}

/** Which parts a word opens and whether it opens the `HABIT` gate: by its whole self, or by a prefix it begins with. */
export interface Gates {
	/** For each gate word, the parts it opens. */
	byWord: ReadonlyMap<string, readonly number[]>;
	/** For each first three letters of a gate prefix (`prefixKey`), the prefixes and their parts. */
	byPrefix: ReadonlyMap<number, readonly { prefix: string; part: number }[]>;
	partCount: number;
	/** The words of `HABIT` and its prefixes, by their first two letters (`twoLetterKey`); null when that gate cannot rule anything out. */
	habit: { words: ReadonlySet<string>; prefixes: ReadonlyMap<number, readonly string[]> } | null;
}

export const prefixKey = (word: string): number => word.charCodeAt(0) * 65536 + word.charCodeAt(1) * 256 + word.charCodeAt(2);
export const twoLetterKey = (word: string): number => word.charCodeAt(0) * 65536 + word.charCodeAt(1);

/**
 * Every word some list, gate or weight knows, with all it answers, in a table of its own: a statement's word is found
 * by a hash worked out as its characters are read, and checked against the text in place, so reading a statement
 * makes no string of its words. Built once, at the first detection.
 */
export interface WordIndex {
	/** Open addressing: for each slot, an entry's number plus one, or 0. */
	slots: Int32Array;
	mask: number;
	words: string[];
	hashes: Int32Array;
	flags: Int32Array;
	lists: Int32Array;
	weights: Float64Array;
	parts: (readonly number[])[];
	gates: Gates;
	/** The entries of "!" and "?", or -1. */
	bang: number;
	question: number;
	/** Scratch for `readStatement`: which parts it has opened and which entries counted, cleared before it returns. */
	seen: Uint8Array;
	counted: Uint8Array;
}

const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;
const slotOf = (hash: number, mask: number): number => (hash ^ (hash >>> 13)) & mask;

function hashOf(word: string): number {
	let hash = 0;
	for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
	return hash;
}

/** The entry of the word `text[start, end)` with this hash, or -1. */
function lookUp(index: WordIndex, text: string, start: number, end: number, hash: number): number {
	const { slots, mask, words, hashes } = index;
	for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
		const entry = (slots[slot] ?? 0) - 1;
		if (entry < 0) return -1;
		const word = words[entry] ?? '';
		if (hashes[entry] === hash && word.length === end - start && sameAt(text, start, word)) return entry;
	}
}

/** Whether `word` stands in `text` at `start` (its length known to fit): a loop, cheaper than `startsWith` for short words. */
function sameAt(text: string, start: number, word: string): boolean {
	for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
	return true;
}

function opensHabit(gates: Gates, word: string): boolean {
	if (gates.habit === null || gates.habit.words.has(word)) return true;
	for (const prefix of gates.habit.prefixes.get(twoLetterKey(word)) ?? []) if (word.startsWith(prefix)) return true;
	return false;
}

function partsOpenedBy(gates: Gates, word: string): number[] {
	const parts = [...(gates.byWord.get(word) ?? [])];
	if (word.length >= 3) for (const { prefix, part } of gates.byPrefix.get(prefixKey(word)) ?? []) if (word.startsWith(prefix) && !parts.includes(part)) parts.push(part);
	return parts;
}

export function buildWordIndex(gates: Gates, weights: ReadonlyMap<string, number>): WordIndex {
	const known = new Set([...LISTS.byWord.keys(), ...gates.byWord.keys(), ...(gates.habit?.words ?? []), ...weights.keys(), ...NUMBER_WORDS, ...IRREGULAR_WORDS, ...PERFECT_WORDS, ...NOT_A_STEP_WORDS, ...DIRECTION_WORDS]);
	const words = [...known];
	let size = 1;
	while (size < words.length * 4) size *= 2;
	const index: WordIndex = {
		slots: new Int32Array(size),
		mask: size - 1,
		words,
		hashes: new Int32Array(words.length),
		flags: new Int32Array(words.length),
		lists: new Int32Array(words.length),
		weights: new Float64Array(words.length),
		parts: [],
		gates,
		bang: words.indexOf('!'),
		question: words.indexOf('?'),
		seen: new Uint8Array(gates.partCount),
		counted: new Uint8Array(words.length),
	};
	words.forEach((word, entry) => {
		const hash = hashOf(word);
		index.hashes[entry] = hash;
		index.flags[entry] = wordFlags(word) | (opensHabit(gates, word) ? HABIT_FLAG : 0);
		index.lists[entry] = LISTS.byWord.get(word) ?? 0;
		index.weights[entry] = weights.get(word) ?? 0;
		index.parts.push(partsOpenedBy(gates, word));
		let slot = slotOf(hash, index.mask);
		while (index.slots[slot] !== 0) slot = (slot + 1) & index.mask;
		index.slots[slot] = entry + 1;
	});
	return index;
}

function open(seen: Uint8Array, parts: readonly number[], opened: number[]): void {
	for (const part of parts) {
		if (seen[part] === 1) continue;
		seen[part] = 1;
		opened.push(part);
	}
}

/**
 * A word no entry knows, `text[start, end)`: only its form can open a gate (a prefix of a pattern's word or of a
 * `HABIT` word) or tell a number ("25", "twenty-five"), a verb in the past ("…ed") or "reali…".
 */
function unknownWord(index: WordIndex, text: string, start: number, end: number, opened: number[]): number {
	const length = end - start;
	const { gates, seen } = index;
	if (length >= 3) {
		const key = text.charCodeAt(start) * 65536 + text.charCodeAt(start + 1) * 256 + text.charCodeAt(start + 2);
		const prefixed = gates.byPrefix.get(key);
		if (prefixed !== undefined) {
			for (const { prefix, part } of prefixed) {
				if (seen[part] === 1 || prefix.length > length || !text.startsWith(prefix, start)) continue;
				seen[part] = 1;
				opened.push(part);
			}
		}
	}
	let habit = gates.habit === null;
	if (!habit && length >= 2) for (const prefix of gates.habit?.prefixes.get(text.charCodeAt(start) * 65536 + text.charCodeAt(start + 1)) ?? []) if (prefix.length <= length && text.startsWith(prefix, start)) habit = true;
	const first = text.charCodeAt(start);
	const startsWith = (prefix: string): boolean => prefix.length <= length && text.startsWith(prefix, start);
	const number = (first >= 48 && first <= 57) || startsWith('twenty') || startsWith('thirty') || startsWith('forty') || startsWith('fifty');
	const past = length >= 2 && text.charCodeAt(end - 2) === 101 && text.charCodeAt(end - 1) === 100;
	return (number ? NUMBER_FLAG : 0) | (past ? PAST_FLAG : 0) | (startsWith('reali') ? REALISE_FLAG : 0) | (habit ? HABIT_FLAG : 0);
}

/** The pieces of a word with an apostrophe inside: they open the gates of patterns ("week" of "week's") and the `HABIT` gate. */
function readPieces(index: WordIndex, text: string, start: number, end: number, opened: number[], bounds: number[]): number {
	let flags = 0;
	let from = start;
	let hash = 0;
	for (let i = start; i <= end; i++) {
		const code = i < end ? text.charCodeAt(i) : 39;
		if (code !== 39) {
			hash = hashStep(hash, code);
			continue;
		}
		if (i > from) {
			bounds.push(from, i);
			const entry = lookUp(index, text, from, i, hash);
			if (entry < 0) flags |= unknownWord(index, text, from, i, opened) & HABIT_FLAG;
			else {
				flags |= (index.flags[entry] ?? 0) & HABIT_FLAG;
				open(index.seen, index.parts[entry] ?? [], opened);
			}
		}
		from = i + 1;
		hash = 0;
	}
	return flags;
}

/**
 * Reads a normalised statement. Its words are the runs of letters, digits and apostrophes ("didn't", "3rd"), less
 * apostrophes at their end; each distinct word counts once.
 */
export function readStatement(text: string, index: WordIndex): Statement {
	const { seen, counted } = index;
	const opened: number[] = [];
	const bounds: number[] = [];
	const countedEntries: number[] = [];
	let flags = 0;
	let lists = 0;
	let wordScore = 0;
	let start = -1;
	let apostrophe = -1;
	let hash = 0;
	let hashToLast = 0;
	let last = 0;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 32;
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
			if (start < 0) {
				start = i;
				hash = 0;
			}
			hash = hashStep(hash, code);
			hashToLast = hash;
			last = i;
		} else if (code === 39 && start >= 0) {
			if (apostrophe < 0) apostrophe = i;
			hash = hashStep(hash, code);
		} else if (start >= 0) {
			// A run ends; apostrophes at its end are not part of the word.
			const end = last + 1;
			const entry = lookUp(index, text, start, end, hashToLast);
			if (entry < 0) flags |= unknownWord(index, text, start, end, opened);
			else if (counted[entry] === 0) {
				counted[entry] = 1;
				countedEntries.push(entry);
				flags |= index.flags[entry] ?? 0;
				lists |= index.lists[entry] ?? 0;
				wordScore += index.weights[entry] ?? 0;
				open(seen, index.parts[entry] ?? [], opened);
			}
			if (apostrophe >= 0 && apostrophe < end) flags |= readPieces(index, text, start, end, opened, bounds);
			start = -1;
			apostrophe = -1;
		}
	}
	// An exclamation at the end is a cue of its own ("Got the grant!"); so is a question mark.
	for (const mark of [text.endsWith('!') ? index.bang : -1, text.includes('?') ? index.question : -1]) {
		if (mark < 0) continue;
		lists |= index.lists[mark] ?? 0;
		open(seen, index.parts[mark] ?? [], opened);
	}
	for (const part of opened) seen[part] = 0;
	for (const entry of countedEntries) counted[entry] = 0;
	const hasNumber = (flags & NUMBER_FLAG) !== 0 || ((text.includes('£') || text.includes('$') || text.includes('€')) && /[£$€]\s?\d/.test(text));
	const from = text.includes(' from ');
	const statement = new ReadStatement(text, flags, hasNumber, bounds, lists, index.gates.habit === null, opened, wordScore);
	if (((flags & MOVED_FLAG) !== 0 || from) && (hasNumber || from)) statement.metric = metricDirection(text, statement.words, statement.pieces);
	return statement;
}

class ReadStatement implements Statement {
	metric = 0;
	past: boolean;
	realise: boolean;
	habit: boolean;
	private distinct: Set<string> | null = null;
	constructor(
		public text: string,
		flags: number,
		public hasNumber: boolean,
		private pieceBounds: number[],
		public lists: number,
		everyHabit: boolean,
		public opened: number[],
		public wordScore: number,
	) {
		this.past = (flags & PAST_FLAG) !== 0;
		this.realise = (flags & REALISE_FLAG) !== 0;
		this.habit = (flags & HABIT_FLAG) !== 0 || everyHabit;
	}

	get pieces(): readonly string[] {
		const pieces: string[] = [];
		for (let i = 0; i + 1 < this.pieceBounds.length; i += 2) pieces.push(this.text.slice(this.pieceBounds[i], this.pieceBounds[i + 1]));
		return pieces;
	}

	get words(): ReadonlySet<string> {
		return (this.distinct ??= wordsOf(this.text));
	}
}

/** The distinct words of a normalised statement, with "!" and "?" as `Statement.words` has them. */
function wordsOf(text: string): Set<string> {
	const words = new Set<string>();
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 32;
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
			if (start < 0) start = i;
		} else if (!(code === 39 && start >= 0) && start >= 0) {
			let end = i;
			while (text.charCodeAt(end - 1) === 39) end--;
			words.add(text.slice(start, end));
			start = -1;
		}
	}
	if (text.endsWith('!')) words.add('!');
	if (text.includes('?')) words.add('?');
	return words;
}
