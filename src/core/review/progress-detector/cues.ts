import { type Statement, readStatement } from './statement';
import { CUES, type CuePart } from './cue-table';
import { metricGateWords } from './metric';
import { type Gates, type WordIndex, buildWordIndex, prefixKey } from './word-index';
import { WORD_WEIGHTS } from './weights';
import { habitGateOf } from './cue-patterns';
import { oneByteText } from './gated-parts';

export { CUES, type Cue, type CuePart } from './cue-table';
export type { Statement } from './statement';


const HABIT_GAINS = 'step streak now';
const WORSE_AT_GAINS = 'step now streak first no-longer';
/** "I'm not sure I've actually changed": a doubt about the change outweighs the change. */
const DOUBT_GAINS = 'step change now hedge habit-less no-longer';
/** "My boss said I need to be more visible": feedback asking for change is no recognition, and the change is wished for. */
const FEEDBACK_GAINS = 'recognition change';
/** "We went to the coast for the weekend": a trip or a routine is no step toward anything. */
const ROUTINE_GAINS = 'step';
/** Gains a statement reports as undone ("…and then binged on Saturday") do not count. */
const UNDONE_GAINS = 'step achievement first finally habit-stopped no-longer streak now change';

/** Which cues a normalised statement shows, in the order of `CUES`. */
export function cueValues(text: string): boolean[] {
	return cueValuesOf(readCues(text));
}

/** A normalised statement, read for the cues (`readStatement`). */
export function readCues(text: string): Statement {
	return readStatement(oneByteText(text), wordIndex());
}

/**
 * Which cues a read statement shows. A part whose gate word the statement lacks is not tried: the one look-up per word
 * of `readStatement` says which parts may match (`Statement.opened`), then only those and the ungated ones run.
 */
export function cueValuesOf(statement: Statement): boolean[] {
	return Array.from(cueFlags(statement), (flag) => flag === 1);
}

/**
 * `cueValuesOf` as flags (1: the cue holds) in an array that is the detector's own and is overwritten by the next
 * call: read it before detecting again. One array for every statement, so a detection allocates none. The cues
 * `unasked` marks are not tried (their flag stays 0) unless they veto others: a detection needs no cue the model
 * gives no weight.
 */
export function cueFlags(statement: Statement, unasked?: readonly boolean[]): Uint8Array {
	const { values, needs } = tablesOfParts();
	values.fill(0);
	// 0: not asked yet, 1: the cue's `needs` holds, 2: it does not, or the cue is vetoed or not asked for: it is not tried.
	needs.fill(0);
	if (unasked !== undefined) for (let i = 0; i < needs.length; i++) if (unasked[i] === true && VETOES_FIRST[i] !== true) needs[i] = 2;
	// The cues that veto others first: a gain they veto is false whatever its parts say, so its parts need not run.
	tryParts(statement, values, needs, true);
	applyVetoes(statement, values, needs);
	tryParts(statement, values, needs, false);
	return values;
}

/**
 * `cueFlags` for a detection, the cues of progress first: a statement is progress only when one of them holds, and
 * the cues against only ever take a gain away, so when none holds the cues against are not tried at all (null; about
 * half of what clients say). Otherwise the flags are `cueFlags`'s, each cue of progress tried once.
 */
export function progressFlags(statement: Statement, { unasked, gains, rest }: Asking): Uint8Array | null {
	if (!GAINS_FIRST) return cueFlags(statement, unasked);
	const { values, needs } = tablesOfParts();
	values.fill(0);
	needs.set(gains);
	tryParts(statement, values, needs, false);
	if (values.indexOf(1) < 0) return null;
	// Then as `cueFlags`: the cues that veto others, their vetoes, the rest; the gains, known now, are not tried again.
	needs.set(rest);
	tryParts(statement, values, needs, true);
	applyVetoes(statement, values, needs);
	tryParts(statement, values, needs, false);
	return values;
}

/** The cues a detection leaves out, and the `needs` each round of `progressFlags` starts from: worked out once, not per statement. */
export interface Asking {
	unasked: readonly boolean[];
	gains: Uint8Array;
	rest: Uint8Array;
}

export const asking = (unasked: readonly boolean[]): Asking => ({
	unasked,
	gains: Uint8Array.from(CUES, (_, i) => (IS_GAIN[i] === true && unasked[i] !== true ? 0 : 2)),
	rest: Uint8Array.from(CUES, (_, i) => (IS_GAIN[i] === true || (unasked[i] === true && VETOES_FIRST[i] !== true) ? 2 : 0)),
});

function applyVetoes(statement: Statement, values: Uint8Array, needs: Uint8Array): void {
	for (const [at, gains, when] of VETOES) {
		if (values[at] !== 1 || (when !== undefined && !when(statement))) continue;
		for (const i of gains) {
			values[i] = 0;
			needs[i] = 2;
		}
	}
}

/** Tries the parts a statement opens (and the ungated ones) of the cues that veto others, or of the rest. */
function tryParts(statement: Statement, values: Uint8Array, needs: Uint8Array, vetoing: boolean): void {
	const { ungated, cue: cueOf, tests } = tablesOfParts();
	const { opened } = statement;
	// The parts the words open first: they are narrower and cheaper, and a cue one of them shows needs no ungated part.
	for (let k = 0; k < ungated.length + opened.length; k++) {
		const id = k < opened.length ? (opened[k] ?? 0) : (ungated[k - opened.length] ?? 0);
		const cue = cueOf[id] ?? 0;
		if (values[cue] === 1 || VETOES_FIRST[cue] !== vetoing) continue;
		if (needs[cue] === 0) {
			const need = CUES[cue]?.needs;
			needs[cue] = need === undefined || need(statement) ? 1 : 2;
		}
		if (needs[cue] === 1 && tests[id]?.(statement) === true) values[cue] = 1;
	}
}

const UNDONE_AT = CUES.findIndex((cue) => cue.id === 'undone');
const OLD_HABIT_AT = CUES.findIndex((cue) => cue.id === 'old-habit');
const WORSE_AT = CUES.findIndex((cue) => cue.id === 'worse');
const DOUBT_AT = CUES.findIndex((cue) => cue.id === 'doubt');
const FEEDBACK_AT = CUES.findIndex((cue) => cue.id === 'feedback');
const ROUTINE_AT = CUES.findIndex((cue) => cue.id === 'routine');
const QUESTION_AT = CUES.findIndex((cue) => cue.id === 'question');
const ASKS_FIRST = /^(?:should|shall|can|could|would|will|do|does|did|is|are|am|was|were|have|has|why|how|what|when|where|who|which)\b[^.!]*\?$/;
/** The cues named in `ids`, split by " ", by index. */
const indexesOf = (ids: string): number[] => CUES.flatMap((cue, i) => (ids.split(' ').includes(cue.id) ? [i] : []));
const UNDONE_GAIN_AT = indexesOf(UNDONE_GAINS);
const HABIT_GAIN_AT = indexesOf(HABIT_GAINS);
const DOUBT_GAIN_AT = indexesOf(DOUBT_GAINS);
const WORSE_AT_GAIN_AT = indexesOf(WORSE_AT_GAINS);
const ROUTINE_GAIN_AT = indexesOf(ROUTINE_GAINS);
const FEEDBACK_GAIN_AT = indexesOf(FEEDBACK_GAINS);
const QUESTION_GAIN_AT = indexesOf('step achievement');
const NOTICED_GAIN_AT = indexesOf('recognition realisation');
const NOTICED = /\b(?:notic\w*|spotted|pointed out|picked up on|clocked|realis\w*|realiz\w*)\b/;
const TURN_VETOES: readonly (readonly [number, number[]])[] = ([
	['lapsed', 'step now streak first no-longer compared change habit-stopped habit-less hedge'],
	['self-mocking', 'step achievement record first streak finally change hedge now'],
	['others-did', 'step achievement first finally count record metric metric-less habit-stopped no-longer now change recognition'],
	['dumped-on', 'step achievement recognition habit-stopped'],
	['in-circles', 'step achievement count finally'],
	['undone-after', 'step achievement first finally habit-stopped no-longer streak now count'],
	['promised', 'step achievement'],
	['not-since', 'now step streak'],
	['shows-content', 'step achievement change record no-longer first metric metric-less count now finally'],
	['reversed', 'step achievement first finally habit-stopped no-longer streak now count metric metric-less'],
	['proud-of-other', 'step achievement first finally count record metric metric-less recognition streak'],
	['waved-away', 'step achievement recognition metric metric-less change now hedge habit-stopped no-longer'],
	['asked-how', 'step achievement change'],
	['wished', 'step change achievement recognition now habit-stopped'],
	['with-a-catch', 'step achievement recognition now change first finally'],
] as const).map(([id, gains]) => [CUES.findIndex((cue) => cue.id === id), indexesOf(gains)] as const);

/**
 * What vetoes what, in one list: a cue that holds (and, for a question, asks first: "Should I let my deputy go?")
 * makes the gains listed false.
 */
const VETOES: readonly (readonly [number, readonly number[], ((s: Statement) => boolean)?])[] = [
	// A gain the statement reports as undone.
	[UNDONE_AT, UNDONE_GAIN_AT],
	// A streak or a new habit of the old behaviour ("I worked late every night this week") is no gain.
	[OLD_HABIT_AT, HABIT_GAIN_AT],
	// "I've started having Sunday night panics again": the step is the change for the worse.
	[DOUBT_AT, DOUBT_GAIN_AT],
	[WORSE_AT, WORSE_AT_GAIN_AT],
	// "I've noticed I'm drinking more", "my boss noticed my numbers slipping": what was noticed is the change for the worse.
	[WORSE_AT, NOTICED_GAIN_AT, (s) => NOTICED.test(s.text)],
	[ROUTINE_AT, ROUTINE_GAIN_AT],
	[FEEDBACK_AT, FEEDBACK_GAIN_AT],
	// A lapse, a joke at their own expense, someone else's doing, work dumped on them: the verb in the past is no step of theirs.
	...TURN_VETOES,
	// "Should I let my deputy go?": the verb belongs to the question.
	[QUESTION_AT, QUESTION_GAIN_AT, (s) => ASKS_FIRST.test(s.text)],
];

/**
 * The cues tried first, for each cue: those that veto others. A cue that both vetoes and is vetoed would need its
 * own value first; none does, and should one, every cue is tried in one pass and vetoed after, as before.
 */
const VETOES_FIRST: readonly boolean[] = ((): boolean[] => {
	const first = CUES.map((_, i) => VETOES.some(([at]) => at === i));
	const vetoedTrigger = VETOES.some(([, gains]) => gains.some((i) => first[i] === true));
	return vetoedTrigger ? CUES.map(() => true) : first;
})();

/** The cues of progress. */
const IS_GAIN: readonly boolean[] = CUES.map((cue) => cue.side === 1);
/** Whether the cues of progress can be tried before the others: none of them vetoes a cue (none does). */
const GAINS_FIRST = CUES.every((cue, i) => cue.side !== 1 || VETOES_FIRST[i] !== true);

interface PartTables {
	/** For each part, in one list over every cue: its cue's index and its test. */
	cue: number[];
	tests: CuePart['test'][];
	ungated: number[];
	/** Which parts each word opens (`Gates`). */
	gates: Gates;
	/** `cueFlags`'s answer and its scratch, one entry a cue. */
	values: Uint8Array;
	needs: Uint8Array;
}

function buildPartTables(): PartTables {
	const cue: number[] = [];
	const tests: CuePart['test'][] = [];
	const ungated: number[] = [];
	const byWord = new Map<string, number[]>();
	const byPrefix = new Map<number, { prefix: string; part: number }[]>();
	CUES.forEach((_, index) => {
		for (const part of CUES[index]?.parts() ?? []) {
			const id = cue.length;
			cue.push(index);
			tests.push(part.test);
			if (part.gate === null) ungated.push(id);
			for (const word of part.gate?.words ?? []) {
				const parts = byWord.get(word);
				if (parts === undefined) byWord.set(word, [id]);
				else parts.push(id);
			}
			for (const prefix of part.gate?.prefixes ?? []) {
				const key = prefixKey(prefix);
				const entries = byPrefix.get(key);
				if (entries === undefined) byPrefix.set(key, [{ prefix, part: id }]);
				else entries.push({ prefix, part: id });
			}
		}
	});
	const habit = habitGateOf();
	return { cue, tests, ungated, gates: { byWord, byPrefix, partCount: cue.length, habit }, values: new Uint8Array(CUES.length), needs: new Uint8Array(CUES.length) };
}

/**
 * The part tables and the word index, built at the first detection (cutting the patterns into parts takes a few
 * milliseconds, better not spent at the plugin's load) and kept: constants worked out late, never changed after.
 */
let partTables: PartTables | null = null;
const tablesOfParts = (): PartTables => (partTables ??= buildPartTables());

/** Every word and prefix a gate of the cues, the `HABIT` look or the metric names: words the detector knows. */
export function gateWords(): string[] {
	const { byWord, byPrefix, habit } = tablesOfParts().gates;
	const prefixes = [...byPrefix.values()].flatMap((entries) => entries.map(({ prefix }) => prefix));
	return [...byWord.keys(), ...prefixes, ...(habit?.words ?? []), ...[...(habit?.prefixes.values() ?? [])].flat(), ...metricGateWords()];
}
let index: WordIndex | null = null;
const wordIndex = (): WordIndex => (index ??= buildWordIndex(tablesOfParts().gates, WORD_WEIGHTS));
