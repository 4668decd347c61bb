import { type GatedSource, gatedParts, patternWhenUsed } from './gated-parts';
import { DOWN, HABIT, LESS_IS_BETTER, NUMBER, UP } from './lexicon';
import { matchesWhere } from './preceding';
import { moved, notAfterDeterminer, numberValue, periodRank, timeUnit } from './metric-numbers';
import { isWordCode, raw } from './pattern-source';

export { numberValue } from './metric-numbers';

/**
 * Which way a number a statement reports moved, for the client (`metricDirection`): "from 200 to 650", "down to two
 * from ten", "120, from 45", or the words around a number ("up a third", "halved"), and whether less is better.
 */

const re = (source: string): RegExp => new RegExp(source);
const NUMBER_WORD = `(?:${NUMBER})`;

const NUMBER_AT = patternWhenUsed(raw`(?:^|[^\w£$€])(?:${NUMBER_WORD})(?![\w])`);
const FROM_TO = /\bfrom (?:about |around |under |over |almost |nearly |just |~)?([+-]?[£$€]?[\d,.]+[kmb]?|[a-z]+(?:-[a-z]+)?)%?(?:\/\d+)?(?: (?:a |an |per )?([a-z%]+(?:-[a-z]+)?))?(?: (?:a|an|per) (?:day|night|week|month|session|shift))?,? (?:to|down to|up to) (?:about |around |under |over |almost |nearly |just )?([+-]?[£$€]?[\d,.]+[kmb]?|[a-z]+(?:-[a-z]+)?)(?: ([a-z]+))?/;
const AGAINST_NUMBER = new RegExp(raw`(?:^|[^\w£$€])(${NUMBER_WORD})\b[^.]*?(?:[,(] ?from|[,(] ?(?:was|were)|\((?:last |in |vs |was |from )?[a-z]+|\b(?:against|vs|versus|compared (?:to|with)|(?:i|we)(?:'d| had|'ve| have)? been averaging|(up|down) from|instead of|rather than|(?:it|that|they|this|last [a-z]+|the old [a-z]+) (?:was|were|used to be)|(?:i|we) (?:was|were) (?:on|at)|(?:i |we )?used to (?:get|be|have|do|weigh|spend|drink|smoke|sleep|take|earn|make|work)|used to be|when it was|(?:plan|target|budget|forecast|goal) (?:was|of)))\s+(?:about |around |just |only |nearly |almost |over |under |~|a |an |the |our |my )?(-?${NUMBER_WORD})(?![\w])`);
/** A jotting's number now, then the one before in brackets: "Resting HR 62 bpm (74)", "MRR $4.2k (3.1k last qtr)". */
const BRACKETED_BEFORE = new RegExp(raw`(?:^|[^\w£$€])(${NUMBER_WORD})(?: [a-z/]+){0,2} \((?:was |from |vs |avg |average |usually |normally )?~?(${NUMBER_WORD})(?: (?:last|in|at|on|before|prev)\b[^)]*)?\)`);
/** The start of the next sentence that gives the number before: ". It was", ", last month". */
const NEXT_SENTENCE = raw`[.;,]\s+(?:it was|that was|was|last (?:month|week|year|quarter|time|test|visit)[,:]?(?: (?:it was|we were at|we had|was))?|(?:this time )?last (?:year|month))\s+`;
/** The number now, then the number before in the next sentence: "Mailing list at 1,104. It was 260 in January." */
const AGAINST_NEXT = new RegExp(raw`(${NUMBER_WORD})(?![\w])[^.;]*${NEXT_SENTENCE}(?:about |around |just |only |a |an |the )?(-?${NUMBER_WORD}|none|nothing|zero|empty)(?![\w])`);
/** A period: "this month", "in Q3", "in August", "in 2022". */
const PERIOD = raw`(?:in|during) (q[1-4]|h[12]|\d{4}|[a-z]+)\b`;
/** The period of the first count, and what can follow it: the second count's period, or the count before said another way. */
const PERIOD_NOW = raw` (?:(this) [a-z]+\b|${PERIOD})`;
const PERIOD_BEFORE = raw` (?:${PERIOD}|the (?:\w+ )?before|before that)`;
const PERIOD_WAS = raw`${PERIOD},? (?:it was|we had|there were|was|were|i had|i did) (?:only |just )?`;
const USUALLY = raw`\b(?:normally|usually|typically),? (?:it's|it is|i get|we get|there are|i do) `;
/**
 * Two counts, each with its period: "Panic attacks: one this month, six in August", "2 in Q3, 11 in Q2", "four times
 * this month; in September it was once", "14 this quarter, zero the one before", "three this week, normally it's one".
 */
const PERIOD_PAIR = re(raw`(?:^|[^\w£$€])(${NUMBER_WORD})(?![\w])[^.;\d]{0,40}?${PERIOD_NOW}[^\d]{0,30}?(?:(?:^|[^\w£$€])(${NUMBER_WORD})(?![\w])[^.;\d]{0,20}?${PERIOD_BEFORE}|${PERIOD_WAS}(${NUMBER_WORD})(?![\w])|${USUALLY}(${NUMBER_WORD})(?![\w]))`);
/**
 * What the long patterns of numbers cannot match without, each a short pattern of its own: tried first, it rules most
 * statements out for the cost of a scan (a long pattern run now and then costs tens of µs, its code cold).
 */
const MAY_MATCH = {
	next: re(NEXT_SENTENCE),
	periods: re(raw`${PERIOD_NOW}[\s\S]*?(?:${PERIOD_BEFORE}|${PERIOD_WAS}|${USUALLY})`),
};

/** Which way a number moved between two periods (`PERIOD_PAIR`), the later one now; 0 when the periods do not order. */
function periodPairDirection(text: string): number {
	const pair = MAY_MATCH.periods.test(text) ? PERIOD_PAIR.exec(text) : null;
	if (pair === null) return 0;
	const [, first, now, firstPeriod, second, secondPeriod, periodBefore, beforeIn, usual] = pair;
	const other = second ?? beforeIn ?? usual;
	// The second has no period of its own ("the one before", "normally") or the first is "this …": the first is now.
	const order = now !== undefined || (secondPeriod === undefined && periodBefore === undefined) ? 1 : Math.sign(periodRank(firstPeriod) - periodRank(secondPeriod ?? periodBefore));
	if (first === undefined || other === undefined || Number.isNaN(order) || order === 0) return 0;
	const [a, b] = [numberValue(first), numberValue(other)];
	return order > 0 ? moved(b, a) : moved(a, b);
}

/** "I used to sleep eight hours and now I get five": the number before, then the number now. */
const USED_TO_NOW = new RegExp(raw`\bused to (?:\w+ ){1,2}(?:about |around )?(${NUMBER_WORD})\b[^.]*?\bnow\b[^.]*?(?:^|[^\w£$€])(${NUMBER_WORD})(?![\w])`);
/** What more of is better: a word of these, a word that begins "sleep", or one of the phrases (looked for by its last word). */
const MORE_WORDS = 'slept steps visits views members attendance savings saved revenue sales profit income margin margins reading exercise training running walking enps nps mrr arr pipeline retention interviews offers conversion donations giving fund subscribers followers deadlift deadlifts squat squats bench lift lifts lifted 1rm reps';
const MORE_IS_BETTER = new RegExp(raw`\b(?:sleep\w*|${MORE_WORDS.replaceAll(' ', '|')}|step count|a night|per night|in range)\b`);
// Not "lost": "lost 2kg" names its weight (less is better there), "lost three engineers" is a loss.
const CUT_BY_CHOICE = /^(?:(?:i|we)(?: have|'ve)? )?(?:finally )?(?:cut|reduced|slashed|halved|trimmed|brought|got|dropped|lowered)\b/;
const TO_FROM = /\b(?:down|up|fallen|fell|dropped|slid|slipped|sunk|sank|risen|rose|grown|grew|climbed|jumped|crept) to ([£$€]?[\d,.]+k?|[a-z]+)\b[^.]*?\bfrom (?:just |about |around |roughly |nearly |almost )?(?:over |under )?([£$€]?[\d,.]+k?|[a-z]+)\b/;
const PHRASAL_VERB = `(?:wrote|write|writes|writing|sat|sit|calmed|put|settled|slowed|pinned|jotted|noted|broke|lay|lie|lying|laid|showed|picked|woke|wake|stood|stand|stepped|cleaned|cleans|clean|tidied|looked|ended|shut|opened|spoke|caught|messed|cheered|warmed|summed|backed|washed|washing|washes|fed|gave|give|hung|turned|signed|sign|signing|set)`;
/** A phrasal verb with its object between ("put a deposit down", "broke the project down"). */
const DOWN_WITH_OBJECT = /\b(?:put|set|laid|lay|wrote|write|jotted|noted|pinned|turned|marked|played|slowed|calmed|settled|broke|backed|shut|sat|wound|nailed|tied) (?:\w+ ){1,2}down\b/g;
/** The phrasal verbs' words, for `afterPhrasalVerb`. */
const PHRASAL_WORDS = new Set(PHRASAL_VERB.slice(3, -1).split('|'));

/**
 * Whether what stands right before `at` is a phrasal verb and a space ("wrote down", "cleans up"), the word a whole run
 * of `\w`: an up or down word there moves no number. Checked by hand where the word is found, as a lookbehind would;
 * a pattern that looked for it at every place backtracked badly on long statements.
 */
function afterPhrasalVerb(text: string, at: number): boolean {
	if (at < 2 || text.charCodeAt(at - 1) !== 32) return false;
	let start = at - 1;
	while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
	return start < at - 1 && PHRASAL_WORDS.has(text.slice(start, at - 1));
}
const notAfterPhrasalVerb = (text: string, at: number): boolean => !afterPhrasalVerb(text, at);
/** Before the last word ahead of an up or down word: not a phrasal verb right before it. */
const NOT_PHRASAL_AHEAD = (words: string): string => raw`(?!\S*\b${PHRASAL_VERB} (?:${words})\b)`;
/**
 * An up or down word near a number, not right after a phrasal verb (`afterPhrasalVerb`); a number before one, not right
 * after a determiner (`notAfterDeterminer`); and the other ways a number moved.
 */
const NEAR = (words: string): Record<'afterWord' | 'afterNumber' | 'plain', string> => ({
	afterWord: raw`\b(?:${words})\b(?:\s+\S+){0,4}?\s+(?:by |to |from )?(?:${NUMBER_WORD})(?![\w])`,
	afterNumber: raw`(?:${NUMBER_WORD})\s+(?:${NOT_PHRASAL_AHEAD(words)}\S+\s+){0,5}?(?:${words})\b(?! (?:each|every|before|on the))`,
	plain: raw`\b(?:${LESS_IS_BETTER}|sales|revenue|profit|orders|bookings|margins?|scores?|rating|traffic|subscribers|conversion|occupancy|turnover|engagement|income|leads|enquiries|readings?|step count|visits|views|members|attendance) (?:${NOT_PHRASAL_AHEAD(words)}[\w']+ ){0,3}(?:${words})\b`,
});
/** `NEAR(UP)` and `NEAR(DOWN)`, cut into word-gated parts (`gated-parts.ts`) with the word index (`nearParts`). */
const UP_NEAR = NEAR(UP);
const DOWN_NEAR = NEAR(DOWN);
/** A part of a `NEAR`, and the bit (`metricBitsOf`) of the words that open its gate; 0: tried whatever the words. */
interface MetricPart {
	bit: number;
	test: (text: string) => boolean;
}

/** The parts of a `NEAR`: its plain alternatives as they are, the one after a word checked at each place it matches. */
function partsOf(near: ReturnType<typeof NEAR>): { gate: GatedSource['gate']; test: MetricPart['test'] }[] {
	const plain = gatedParts(near.plain).map(({ gate, source }) => {
		const pattern = patternWhenUsed(source);
		return { gate, test: (text: string) => pattern().test(text) };
	});
	const checked = gatedParts(near.afterWord).map(({ gate, source }) => {
		const everywhere = patternWhenUsed(source, 'g');
		return { gate, test: (text: string) => matchesWhere(text, everywhere(), notAfterPhrasalVerb) };
	});
	const numbers = gatedParts(near.afterNumber).map(({ gate, source }) => {
		const everywhere = patternWhenUsed(source, 'g');
		return { gate, test: (text: string) => matchesWhere(text, everywhere(), notAfterDeterminer) };
	});
	return [...checked, ...numbers, ...plain];
}

/**
 * What the word pass (`readStatement`) tells the metric, one bit each, so that it asks no set of words: the words it
 * looks for, then one bit for each part's gate. `AGAINST_WORD`: a word `AGAINST_NUMBER` cannot match without; `PERIOD_WORD`:
 * one that names a period of `PERIOD_PAIR`; `NONE_WORD`: a number before of `AGAINST_NEXT` that is none; `DOUBLED_WORD`:
 * a move without a number; `UP_OR_DOWN`: the start of `TO_FROM`; `MORE_WORD`: a word `MORE_IS_BETTER` cannot match without.
 */
const [FROM, WAS, LAST, USED, NOW, DOWN_WORD, PERIOD_WORD, NONE_WORD] = [1, 2, 4, 8, 16, 32, 64, 128];
const [DOUBLED_WORD, AGAINST_WORD, UP_OR_DOWN, OF_WORD, MORE_WORD] = [256, 512, 1024, 2048, 4096];
const WORD_BITS: readonly [string, number][] = [
	['from', FROM | AGAINST_WORD],
	['was', WAS | AGAINST_WORD],
	['were', AGAINST_WORD],
	['used', USED | AGAINST_WORD],
	['against vs versus compared instead rather when averaging', AGAINST_WORD],
	['last', LAST],
	['now', NOW],
	['down', DOWN_WORD | UP_OR_DOWN],
	['up fallen fell dropped slid slipped sunk sank risen rose grown grew climbed jumped crept', UP_OR_DOWN],
	['this in during', PERIOD_WORD],
	['none nothing empty', NONE_WORD],
	['doubled tripled halved dress', DOUBLED_WORD],
	['of', OF_WORD],
	[`${MORE_WORDS} count night range`, MORE_WORD],
];
/** The bits of every word that begins so. */
const PREFIX_BITS: readonly [string, number][] = [['sleep', MORE_WORD]];
/** The bits of the word `text[start, end)` by its beginning. */
export function prefixBitsOf(text: string, start: number, end: number): number {
	let bits = 0;
	for (const [prefix, bit] of PREFIX_BITS) if (prefix.length <= end - start && text.startsWith(prefix, start)) bits |= bit;
	return bits;
}
const FIRST_PART_BIT = 8192;
/** The bits `readStatement` may take from a piece of a word ("none" of "none's"): where more bits only mean more tries. */
export const PIECE_BITS = NONE_WORD | DOUBLED_WORD | UP_OR_DOWN | MORE_WORD | -FIRST_PART_BIT;
/** The highest bit: `WordIndex` keeps these bits above its own five. */
const LAST_PART_BIT = 1 << 25;

interface NearParts {
	up: MetricPart[];
	down: MetricPart[];
	/** Each word's bits: its own, and those of the parts its gate opens. */
	bits: Map<string, number>;
	/** The words and prefixes of the parts' gates. */
	gateWords: string[];
}

function buildNearParts(): NearParts {
	const bits = new Map<string, number>();
	const add = (word: string, bit: number): void => void bits.set(word, (bits.get(word) ?? 0) | bit);
	for (const [words, bit] of WORD_BITS) for (const word of words.split(' ')) add(word, bit);
	const gateWords: string[] = [];
	let next = FIRST_PART_BIT;
	const withBits = (parts: ReturnType<typeof partsOf>): MetricPart[] =>
		parts.map(({ gate, test }) => {
			gateWords.push(...(gate?.words ?? []), ...(gate?.prefixes ?? []));
			// A part gated on a prefix, or past the last bit, is tried whatever the words: the same answer, a little slower.
			if (gate === null || gate.prefixes.length > 0 || next > LAST_PART_BIT) return { bit: 0, test };
			const bit = next;
			next *= 2;
			for (const word of gate.words) add(word, bit);
			return { bit, test };
		});
	return { up: withBits(partsOf(UP_NEAR)), down: withBits(partsOf(DOWN_NEAR)), bits, gateWords };
}

let upDownParts: NearParts | null = null;
/** Built at the first detection, with the word index that keeps their bits. */
const nearParts = (): NearParts => (upDownParts ??= buildNearParts());
/** The words and prefixes the metric's parts are gated on. */
export const metricGateWords = (): string[] => nearParts().gateWords;
/** The words `metricBitsOf` knows: each needs an entry of its own in the word index. */
export const metricWords = (): string[] => [...nearParts().bits.keys()];
/** A word's bits (below `1 << 26`). */
export const metricBitsOf = (word: string): number => (nearParts().bits.get(word) ?? 0) | prefixBitsOf(word, 0, word.length);

/**
 * Whether number words stand before and after the words a pattern of two numbers needs between them, as the word pass
 * meets them (`inOrder`): two bits for `AGAINST_NUMBER` ("was", "from", "of", "(" …) and two for `PERIOD_PAIR` ("this",
 * "in", "during"), each 0 (no number yet), 1 (a number), 2 (then such a word) or 3 (then a number again).
 */
const stepOrder = (state: number, number: boolean, between: boolean): number => {
	const after = number ? (state === 0 ? 1 : state === 2 ? 3 : state) : state;
	return between && after === 1 ? 2 : after;
};
/** The order after a word, a number or not, with these bits (its own and its pieces'). */
export const inOrder = (order: number, number: boolean, bits: number): number => stepOrder(order & 3, number, (bits & (AGAINST_WORD | OF_WORD)) !== 0) | (stepOrder(order >> 2, number, (bits & PERIOD_WORD) !== 0) << 2);
/** The order after a "(" ("(was 74)", "(74)"). */
export const afterBracket = (order: number): number => stepOrder(order & 3, false, true) | (order & 12);
const [AGAINST_IN_ORDER, PERIODS_IN_ORDER] = [3, 12];

/** Whether a part matches whose gate the statement's words open (or that has none), tried in order. */
const anyPartMatches = (parts: readonly MetricPart[], text: string, bits: number): boolean => parts.some((part) => (part.bit === 0 || (bits & part.bit) !== 0) && part.test(text));
// Also right after a number ("4kg"), and not the start of a compound ("cost-of-living").
const SIGNED_DOWN = /(?:^|[\s(])[-\u2212]\d[\d.]*\s?(?:kg|kilos?|lbs?|pounds|stones?|st|inches|cm|%)(?!\w)/;
const HABIT_TALLY = re(raw`^[^:.]{0,40}\b(?:${HABIT})\b[^:.]{0,40}:`);
/** Whether a ':' comes before any '.': `HABIT_TALLY` reads none before its colon (no word of `HABIT` has one). */
function colonFirst(text: string): boolean {
	const colon = text.indexOf(':');
	const stop = colon < 0 ? -1 : text.indexOf('.');
	return colon >= 0 && (stop < 0 || colon < stop);
}
const LESS_BETTER_RE = patternWhenUsed(raw`(?:\b|\d)(?:${LESS_IS_BETTER})\b(?!-)`);


/**
 * Which way a number the statement reports moved, for the client: 1 rose (and more is better), 2 fell (and less is
 * better), -1 moved for the worse, 0 no number that moved. "From 200 to 650" and "down to two from ten" are read from
 * the numbers; otherwise from the words ("up", "halved") and what is counted (weight and costs fall for the better).
 * `bits` are its words' (`metricBitsOf`), `numberWords` at least how many words (or pieces of one) are numbers: each
 * number a pattern finds starts one, so a pattern of two numbers is not tried on fewer; `order` as `inOrder` gives it;
 */
export function readMetric(text: string, bits: number, numberWords: number, order: number, habit: boolean): number {
	const from = (bits & FROM) !== 0;
	const fromTo = from ? FROM_TO.exec(text) : null;
	if (!fromTo && (numberWords === 0 || !NUMBER_AT().test(text)) && ((bits & DOUBLED_WORD) === 0 || !/\b(?:doubled|tripled|halved|dress size)\b/.test(text))) return 0;
	let direction = 0;
	const toFrom = fromTo || !from || (bits & UP_OR_DOWN) === 0 ? null : TO_FROM.exec(text);
	const before = fromTo ? fromTo[1] : toFrom?.[2];
	const after = fromTo ? fromTo[3] : toFrom?.[1];
	if (before !== undefined && after !== undefined) {
		// "from two days to four hours": both numbers in the same unit of time before they are compared.
		const [unitBefore, unitAfter] = [timeUnit(fromTo?.[2]), timeUnit(fromTo?.[4])];
		// Only when both name a unit: "from five hours to nearly seven" counts hours on both sides.
		const [scaleBefore, scaleAfter] = unitBefore !== null && unitAfter !== null ? [unitBefore, unitAfter] : [1, 1];
		const [signedA, signedB] = [numberValue(before) * scaleBefore, numberValue(after) * scaleAfter];
		// Both below zero ("overdraft from -€2,100 to -€640"): the size moved; one on each side ("eNPS from -12 to +18"): the sign.
		const [a, b] = signedA < 0 && signedB < 0 ? [-signedA, -signedB] : [signedA, signedB];
		direction = moved(a, b);
	}
	const against = direction === 0 && (bits & AGAINST_WORD) !== 0 && (order & AGAINST_IN_ORDER) === AGAINST_IN_ORDER ? AGAINST_NUMBER.exec(text) : null;
	// Its number before is a word of its own ("was 260", "was none").
	const next = direction === 0 && against === null && (bits & (WAS | LAST)) !== 0 && (numberWords > 0 || (bits & NONE_WORD) !== 0) && MAY_MATCH.next.test(text) ? AGAINST_NEXT.exec(text) : null;
	if (next?.[1] !== undefined && next[2] !== undefined) {
		direction = moved(numberValue(next[2] === 'nothing' || next[2] === 'empty' ? 'none' : next[2]), numberValue(next[1]));
	}
	const bracketed = direction === 0 && against === null && next === null && (order & AGAINST_IN_ORDER) === AGAINST_IN_ORDER && text.includes('(') ? BRACKETED_BEFORE.exec(text) : null;
	if (bracketed?.[1] !== undefined && bracketed[2] !== undefined) {
		direction = moved(numberValue(bracketed[2]), numberValue(bracketed[1]));
	}
	const usedToNow = direction === 0 && against === null && next === null && (bits & USED) !== 0 && (bits & NOW) !== 0 && numberWords >= 2 ? USED_TO_NOW.exec(text) : null;
	if (usedToNow?.[1] !== undefined && usedToNow[2] !== undefined) {
		direction = moved(numberValue(usedToNow[1]), numberValue(usedToNow[2]));
	}
	// "up from" and "down from" say which way, whatever the numbers' units ("₹1.2 lakh, up from 70k").
	if (against?.[2] !== undefined) direction = against[2] === 'up' ? 1 : -1;
	else if (against?.[1] !== undefined && against[3] !== undefined) {
		direction = moved(numberValue(against[3]), numberValue(against[1]));
	}
	// "-6.4kg since August": a weight or a share written with its minus sign.
	if (direction === 0 && (text.includes('-') || text.includes('\u2212')) && SIGNED_DOWN.test(text)) direction = -1;
	if (direction === 0 && (order & PERIODS_IN_ORDER) === PERIODS_IN_ORDER) direction = periodPairDirection(text);
	if (direction === 0) {
		const { up: upParts, down: downParts } = nearParts();
		// "put a deposit down on one": a phrasal verb with its object, no number that fell.
		const plain = (bits & DOWN_WORD) !== 0 ? text.replace(DOWN_WITH_OBJECT, ' ') : text;
		const up = anyPartMatches(upParts, plain, bits);
		const down = anyPartMatches(downParts, plain, bits);
		if (up === down) return 0;
		direction = up ? 1 : -1;
	}
	return forTheClient(direction, text, habit, bits);
}

/** `readMetric` of a statement with these words (for the parts writer): every number tried. */
export function metricDirection(text: string, words: ReadonlySet<string>, pieces: readonly string[], habit = false): number {
	let bits = 0;
	for (const word of words) bits |= metricBitsOf(word);
	for (const piece of pieces) bits |= metricBitsOf(piece) & PIECE_BITS;
	return readMetric(text, bits, Number.POSITIVE_INFINITY, AGAINST_IN_ORDER | PERIODS_IN_ORDER, habit);
}

/** The metric of two counts with their periods alone (`PERIOD_PAIR`): a number, " this ", " in " or " during ", a number. */
export const periodsMetric = (text: string, bits: number, order: number, habit: boolean): number => ((order & PERIODS_IN_ORDER) !== PERIODS_IN_ORDER ? 0 : forTheClient(periodPairDirection(text), text, habit, bits));

/** A competitor's number, with no "i", "my", "we" or "our" in the statement: no result of the client's ("Sales up 25%, for the rival"). */
const RIVAL = /\b(?:competitor|rival|competition)/;
const OWN = /\b(?:i|my|we|us)\b|\bour\b(?! (?:\w+ )?(?:competitor|rival|competition))/;

/** A number's move, for the client: 1 rose (and more is better), 2 fell (and less is better), -1 for the worse. */
function forTheClient(direction: number, text: string, habit: boolean, bits: number): number {
	if (direction === 0 || (RIVAL.test(text) && !OWN.test(text))) return 0;
	// A tally of an old habit, named before its colon ("Emails after 9pm: 3 in April"), is better smaller too.
	const lessIsBetter = ((LESS_BETTER_RE().test(text) || (habit && colonFirst(text) && HABIT_TALLY.test(text))) && ((bits & MORE_WORD) === 0 || !MORE_IS_BETTER.test(text))) || CUT_BY_CHOICE.test(text);
	if (direction === 1) return lessIsBetter ? -1 : 1;
	return lessIsBetter ? 2 : -1;
}
