import type { Statement } from './statement';
import { DOWN, IRREGULAR_PAST, NOT_A_STEP_ED, UP } from './lexicon';
import { metricBitsOf, metricWords } from './metric';

/**
 * The one table a statement's words are looked up in (`readStatement`): every word some word list, pattern gate or
 * model weight knows, with all it answers, found by a hash worked out as the statement's characters are read.
 */

/** The word lists of `has`, numbered as the cues are built at load: at most 31, one bit each of `Statement.lists`. */
const LISTS = { count: 0, byWord: new Map<string, number>() };

/**
 * A test that the statement has one of these words (split by " "). Each list is numbered at load and its words indexed, so a
 * statement works out every list's answer in the one look-up per word `readStatement` makes, and the test reads a bit.
 */
export function has(list: string): (s: Statement) => boolean {
	const id = LISTS.count++;
	if (id > 30) throw new Error('progress detector: more than 31 word lists; merge some');
	const bit = 1 << id;
	for (const word of list.split(' ')) LISTS.byWord.set(word, (LISTS.byWord.get(word) ?? 0) | bit);
	return (s) => (s.lists & bit) !== 0;
}

export const NUMBER_FLAG = 1;
export const PAST_FLAG = 2;
export const MOVED_FLAG = 4;
export const REALISE_FLAG = 8;
export const HABIT_FLAG = 16;
/** Above the five flags, a word's bits for the metric (`metricBitsOf`). */
export const METRIC_SHIFT = 5;

const IRREGULAR_WORDS = new Set(IRREGULAR_PAST.split('|'));
const NOT_A_STEP_WORDS = new Set(NOT_A_STEP_ED.split('|'));
const PERFECT_WORDS = new Set("had said been begun done written taken gone seen given grown set i've we've have".split(' '));
const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen third quarter fifth half couple few several zero twice once double doubled tripled halved size stone'.split(' '));
/** The single words of `UP` and `DOWN` and of comparing: a number moved only where one of them, or "from", is. */
const DIRECTION_WORDS = new Set(`${UP}|${DOWN}|dress|against|vs|versus|compared|instead|rather|averaging|was|were|used|put|gone|went|more|most`.split('|').filter((w) => /^[a-z]+$/.test(w)));

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
 * makes no string of its words. Built once, at the first detection; what a word answers is worked out the first time
 * it is found (`lookUp`): a session meets a few hundred of the table's words, and working out all of them cost the
 * first detection milliseconds. An entry's answers lie together in typed arrays, not in an array each: between two
 * statements the cues' patterns push the table out of the processor's caches, and each array read is then a miss.
 */
export interface WordIndex {
	/** Open addressing, two numbers a slot: a word's hash and its entry plus one (0: an empty slot). */
	slots: Int32Array;
	mask: number;
	/** `ENTRY_SIZE` numbers an entry: its word in `chars`, its flags and lists, its parts in `partPool` (`openParts`). */
	entries: Int32Array;
	/** The entries' weights, in the same buffer (`WEIGHT` of each entry's numbers). */
	weights: Float64Array;
	/** The entries' words, their characters end to end. */
	chars: Uint16Array;
	/** The parts each entry opens, end to end, as entries are filled. */
	partPool: number[];
	words: string[];
	gates: Gates;
	weightOf: ReadonlyMap<string, number>;
	/** The entries of "!" and "?", or -1. */
	bang: number;
	question: number;
	/**
	 * Scratch for `readStatement`: the number of the statement it reads (`beginReading`), and for each part and each
	 * entry the number of the last statement that opened or counted it, so nothing is cleared after a statement.
	 */
	reading: number;
	seen: Int32Array;
	counted: Int32Array;
}

/** An entry's numbers in `WordIndex.entries`: where its word starts in `chars` and its length, its flags, its lists, where its parts start and how many (-1: not filled yet). */
const WORD_AT = 0;
const WORD_LENGTH = 1;
const FLAGS = 2;
const LISTS_OF = 3;
const PARTS_AT = 4;
const PART_COUNT = 5;
/** Eight numbers (32 bytes) an entry, the last two its weight: the weights' view reads entry `e` at `e * 4 + 3`. */
const ENTRY_SIZE = 8;
const WEIGHT = 3;

export const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;
const slotOf = (hash: number, mask: number): number => (hash ^ (hash >>> 13)) & mask;

function hashOf(word: string): number {
	let hash = 0;
	for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
	return hash;
}

/** The entry of the word `text[start, end)` with this hash, or -1. */
export function lookUp(index: WordIndex, text: string, start: number, end: number, hash: number): number {
	const { slots, mask, entries } = index;
	for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
		const entry = (slots[2 * slot + 1] ?? 0) - 1;
		if (entry < 0) return -1;
		if (slots[2 * slot] !== hash || entries[entry * ENTRY_SIZE + WORD_LENGTH] !== end - start || !sameAt(text, start, end, index.chars, entries[entry * ENTRY_SIZE + WORD_AT] ?? 0)) continue;
		if ((entries[entry * ENTRY_SIZE + PART_COUNT] ?? 0) < 0) fillEntry(index, entry);
		return entry;
	}
}

export const flagsOf = (index: WordIndex, entry: number): number => index.entries[entry * ENTRY_SIZE + FLAGS] ?? 0;
export const listsOf = (index: WordIndex, entry: number): number => index.entries[entry * ENTRY_SIZE + LISTS_OF] ?? 0;
export const weightOf = (index: WordIndex, entry: number): number => index.weights[entry * (ENTRY_SIZE / 2) + WEIGHT] ?? 0;

/** Starts reading a statement: its number, which no part or entry is marked with yet. */
export function beginReading(index: WordIndex): number {
	if (index.reading === 0x3fffffff) {
		index.seen.fill(0);
		index.counted.fill(0);
		index.reading = 0;
	}
	return ++index.reading;
}

/** Opens the parts an entry opens not yet open (`seen`), in `opened`. */
export function openParts(index: WordIndex, entry: number, opened: number[]): void {
	const { entries, partPool, seen, reading } = index;
	const at = entries[entry * ENTRY_SIZE + PARTS_AT] ?? 0;
	const end = at + (entries[entry * ENTRY_SIZE + PART_COUNT] ?? 0);
	for (let i = at; i < end; i++) {
		const part = partPool[i] ?? 0;
		if (seen[part] === reading) continue;
		seen[part] = reading;
		opened.push(part);
	}
}

/** Works out what an entry's word answers: a cache of pure functions of the word, filled as words are met. */
function fillEntry(index: WordIndex, entry: number): void {
	const word = index.words[entry] ?? '';
	const { entries, partPool } = index;
	entries[entry * ENTRY_SIZE + FLAGS] = wordFlags(word) | (opensHabit(index.gates, word) ? HABIT_FLAG : 0) | (metricBitsOf(word) << METRIC_SHIFT);
	entries[entry * ENTRY_SIZE + LISTS_OF] = LISTS.byWord.get(word) ?? 0;
	index.weights[entry * (ENTRY_SIZE / 2) + WEIGHT] = index.weightOf.get(word) ?? 0;
	const parts = partsOpenedBy(index.gates, word);
	entries[entry * ENTRY_SIZE + PARTS_AT] = partPool.length;
	partPool.push(...parts);
	entries[entry * ENTRY_SIZE + PART_COUNT] = parts.length;
}

/** Whether the characters of `chars` from `at` stand in `text` from `start` to `end`. */
function sameAt(text: string, start: number, end: number, chars: Uint16Array, at: number): boolean {
	for (let i = start; i < end; i++) if (text.charCodeAt(i) !== chars[at + i - start]) return false;
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
	const known = new Set([...LISTS.byWord.keys(), ...gates.byWord.keys(), ...(gates.habit?.words ?? []), ...weights.keys(), ...NUMBER_WORDS, ...IRREGULAR_WORDS, ...PERFECT_WORDS, ...NOT_A_STEP_WORDS, ...DIRECTION_WORDS, ...metricWords()]);
	const words = [...known];
	let size = 1;
	while (size < words.length * 4) size *= 2;
	const buffer = new ArrayBuffer(words.length * ENTRY_SIZE * 4);
	const index: WordIndex = {
		slots: new Int32Array(2 * size),
		mask: size - 1,
		entries: new Int32Array(buffer),
		weights: new Float64Array(buffer),
		chars: new Uint16Array(words.reduce((sum, word) => sum + word.length, 0)),
		partPool: [],
		words,
		gates,
		weightOf: weights,
		bang: words.indexOf('!'),
		question: words.indexOf('?'),
		reading: 0,
		seen: new Int32Array(gates.partCount),
		counted: new Int32Array(words.length),
	};
	let at = 0;
	words.forEach((word, entry) => {
		index.entries[entry * ENTRY_SIZE + WORD_AT] = at;
		index.entries[entry * ENTRY_SIZE + WORD_LENGTH] = word.length;
		index.entries[entry * ENTRY_SIZE + PART_COUNT] = -1;
		for (let i = 0; i < word.length; i++) index.chars[at++] = word.charCodeAt(i);
		const hash = hashOf(word);
		let slot = slotOf(hash, index.mask);
		while (index.slots[2 * slot + 1] !== 0) slot = (slot + 1) & index.mask;
		index.slots[2 * slot] = hash;
		index.slots[2 * slot + 1] = entry + 1;
	});
	// "!" and "?" are read without a look-up.
	for (const mark of [index.bang, index.question]) if (mark >= 0) fillEntry(index, mark);
	return index;
}
