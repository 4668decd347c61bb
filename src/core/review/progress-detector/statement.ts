import { PIECE_BITS, afterBracket, inOrder, periodsMetric, prefixBitsOf, readMetric } from './metric';
import { HABIT_FLAG, METRIC_SHIFT, MOVED_FLAG, NUMBER_FLAG, PAST_FLAG, REALISE_FLAG, type WordIndex, beginReading, flagsOf, hashStep, listsOf, lookUp, openParts, weightOf } from './word-index';

/**
 * A normalised statement read in one pass over its characters: its words are found and each is looked up once, in
 * one table (`WordIndex`) that answers at the same time every question the cues ask of a word (a number? a verb in
 * the past? in which word lists? which patterns can match only with it? what weight does the model give it?).
 */
export interface Statement {
	text: string;
	/** `readMetric` of the text. */
	metric: number;
	/** Whether a word could be a verb in the past: the step cues look no further when none is. */
	past: boolean;
	/** Whether it holds a number (digits, a number word): the cues of results look no further when it does not. */
	hasNumber: boolean;
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

/**
 * A word no entry knows, `text[start, end)`: only its form can open a gate (a prefix of a pattern's word or of a
 * `HABIT` word) or tell a number ("25", "twenty-five"), a verb in the past ("…ed") or "reali…". `habitKnown`: the
 * statement opens the `HABIT` gate already, so no prefix of it is looked for.
 */
function unknownWord(index: WordIndex, text: string, start: number, end: number, opened: number[], habitKnown: boolean): number {
	const length = end - start;
	const { gates, seen, reading } = index;
	if (length >= 3) {
		const key = text.charCodeAt(start) * 65536 + text.charCodeAt(start + 1) * 256 + text.charCodeAt(start + 2);
		const prefixed = gates.byPrefix.get(key);
		if (prefixed !== undefined) {
			for (const { prefix, part } of prefixed) {
				if (seen[part] === reading || prefix.length > length || !text.startsWith(prefix, start)) continue;
				seen[part] = reading;
				opened.push(part);
			}
		}
	}
	let habit = gates.habit === null;
	if (!habit && !habitKnown && length >= 2) for (const prefix of gates.habit?.prefixes.get(text.charCodeAt(start) * 65536 + text.charCodeAt(start + 1)) ?? []) if (prefix.length <= length && text.startsWith(prefix, start)) habit = true;
	const first = text.charCodeAt(start);
	// By the first letter before any comparison: most words start with none of these.
	const number = (first >= 48 && first <= 57) || (first === 116 && (begins(text, start, end, 'twenty') || begins(text, start, end, 'thirty'))) || (first === 102 && (begins(text, start, end, 'forty') || begins(text, start, end, 'fifty')));
	const past = length >= 2 && text.charCodeAt(end - 2) === 101 && text.charCodeAt(end - 1) === 100;
	const realise = first === 114 && begins(text, start, end, 'reali');
	return (number ? NUMBER_FLAG : 0) | (past ? PAST_FLAG : 0) | (realise ? REALISE_FLAG : 0) | (habit ? HABIT_FLAG : 0) | (prefixBitsOf(text, start, end) << METRIC_SHIFT);
}

/** Whether the word `text[start, end)` begins with `prefix`. */
const begins = (text: string, start: number, end: number, prefix: string): boolean => prefix.length <= end - start && text.startsWith(prefix, start);

/**
 * The pieces of a word with an apostrophe inside: they open the gates of patterns ("week" of "week's"), the `HABIT`
 * gate and the metric's. Their flags, together.
 */
function readPieces(index: WordIndex, text: string, start: number, end: number, opened: number[]): number {
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
			const entry = lookUp(index, text, from, i, hash);
			if (entry < 0) flags |= unknownWord(index, text, from, i, opened, false);
			else {
				flags |= flagsOf(index, entry);
				openParts(index, entry, opened);
			}
		}
		from = i + 1;
		hash = 0;
	}
	return flags;
}

/** Opens the parts of the entry of "!" or "?"; its lists. */
function openMark(index: WordIndex, mark: number, opened: number[]): number {
	openParts(index, mark, opened);
	return listsOf(index, mark);
}

/**
 * Reads a normalised statement. Its words are the runs of letters, digits and apostrophes ("didn't", "3rd"), less
 * apostrophes at their end; each distinct word counts once.
 */
export function readStatement(text: string, index: WordIndex): Statement {
	const reading = beginReading(index);
	const { counted } = index;
	const opened: number[] = [];
	let flags = 0;
	/** Distinct words that are numbers: two open the periods' comparison (`periodsMetric`). */
	let numbers = 0;
	/** Words that are numbers, each time, and more: what the metric's patterns of numbers can find at most (`readMetric`). */
	let numberWords = 0;
	/** Where its number words stand against the words between two numbers (`inOrder`). */
	let order = 0;
	let pieceFlags = 0;
	let lists = 0;
	let wordScore = 0;
	let start = -1;
	let apostrophe = -1;
	let hash = 0;
	let hashToLast = 0;
	let last = 0;
	// What the text holds beyond its words, noted in the same pass: a search of the text for each costs more.
	let question = false;
	let money = false;
	let from = false;
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
		} else {
			if (start >= 0) {
				// A run ends; apostrophes at its end are not part of the word.
				const end = last + 1;
				const entry = lookUp(index, text, start, end, hashToLast);
				const wordFlags = entry < 0 ? unknownWord(index, text, start, end, opened, (flags & HABIT_FLAG) !== 0) : flagsOf(index, entry);
				numberWords += wordFlags & NUMBER_FLAG;
				if (entry < 0) {
					flags |= wordFlags;
					numbers += wordFlags & NUMBER_FLAG;
				} else if (counted[entry] !== reading) {
					counted[entry] = reading;
					flags |= wordFlags;
					numbers += wordFlags & NUMBER_FLAG;
					lists |= listsOf(index, entry);
					wordScore += weightOf(index, entry);
					openParts(index, entry, opened);
				}
				const flagsOfPieces = apostrophe >= 0 && apostrophe < end ? readPieces(index, text, start, end, opened) : 0;
				pieceFlags |= flagsOfPieces;
				// A word with an apostrophe may hold two numbers ("5'6"): counted as two.
				numberWords += (flagsOfPieces & NUMBER_FLAG) * 2;
				order = inOrder(order, ((wordFlags | flagsOfPieces) & NUMBER_FLAG) !== 0, (wordFlags | flagsOfPieces) >>> METRIC_SHIFT);
				// "from ", maybe the end of a longer word, as the metric looks for it ("m" first: most words end otherwise).
				if (text.charCodeAt(last) === 109 && text.startsWith('from ', end - 4)) from = true;
				start = -1;
				apostrophe = -1;
			}
			// A "(" stands between two numbers too ("62 bpm (74)").
			if (code === 40) order = afterBracket(order);
			else if (code === 63) question = true;
			else if (code === 36 || code === 163 || code === 8364) money = true;
		}
	}
	// An exclamation at the end is a cue of its own ("Got the grant!"); so is a question mark.
	if (index.bang >= 0 && text.endsWith('!')) lists |= openMark(index, index.bang, opened);
	if (index.question >= 0 && question) lists |= openMark(index, index.question, opened);
	const hasNumber = (flags & NUMBER_FLAG) !== 0 || (money && /[£$€]\s?\d/.test(text));
	const statement = new ReadStatement(text, flags | (pieceFlags & HABIT_FLAG), hasNumber, lists, index.gates.habit === null, opened, wordScore);
	// The metric's bits of its words, and of their pieces those that only open more tries.
	const metricBits = (flags >>> METRIC_SHIFT) | ((pieceFlags >>> METRIC_SHIFT) & PIECE_BITS);
	if (((flags & MOVED_FLAG) !== 0 || from || (hasNumber && text.includes('('))) && (hasNumber || from)) statement.metric = readMetric(text, metricBits, numberWords, order, statement.habit);
	else if (numbers > 1) statement.metric = periodsMetric(text, metricBits, order, statement.habit);
	return statement;
}

class ReadStatement implements Statement {
	metric = 0;
	past: boolean;
	realise: boolean;
	habit: boolean;
	constructor(
		public text: string,
		flags: number,
		public hasNumber: boolean,
		public lists: number,
		everyHabit: boolean,
		public opened: number[],
		public wordScore: number,
	) {
		this.past = (flags & PAST_FLAG) !== 0;
		this.realise = (flags & REALISE_FLAG) !== 0;
		this.habit = (flags & HABIT_FLAG) !== 0 || everyHabit;
	}
}
