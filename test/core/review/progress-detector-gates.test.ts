import { describe, expect, it } from 'vitest';
import { gatedPatterns } from '../../../src/core/review/progress-detector/gates';
import { normaliseStatement } from '../../../src/core/review/progress-detector';
import { tokenise } from '../../../src/core/review/progress-detector/words';
import { habitGateOf } from '../../../src/core/review/progress-detector/cue-patterns';
import { ALL_STATEMENTS } from './progress-corpus';

/** Whether a statement's words open a gate, as the detector asks it. */
function opens(gate: ReturnType<typeof gatedPatterns>[number]['gate'], text: string): boolean {
	if (gate === null) return true;
	const { words, pieces } = tokenise(text);
	const all = [...words, ...pieces];
	return gate.words.some((w) => all.includes(w)) || gate.prefixes.some((p) => all.some((w) => w.startsWith(p)));
}

const statements = ALL_STATEMENTS;

describe('gated patterns', () => {
	it('split an alternation into parts gated on a word each alternative cannot match without', () => {
		const parts = gatedPatterns(String.raw`\b(?:fell off the wagon|gave up|(?:only )?lasted (?:\w+ ){0,2}days?|smok\w*|withdr(?:ew|awn))\b`);
		const gates = parts.map((part) => part.gate);
		expect(gates).toContainEqual({ words: ['fell'], prefixes: [] });
		expect(gates).toContainEqual({ words: ['gave'], prefixes: [] });
		expect(gates).toContainEqual({ words: ['lasted'], prefixes: [] });
		expect(gates).toContainEqual({ words: [], prefixes: ['smok'] });
		expect(gates).toContainEqual({ words: [], prefixes: ['withdr'] });
	});

	it('leave ungated what can run into another word or has no word of its own, and gate on a beginning what may run on', () => {
		expect(gatedPatterns(String.raw`foo\s*bar|[a-z]+ed`).every((part) => part.gate === null)).toBe(true);
		// "word ?x" matches "wordx": the statement's word begins with "word".
		expect(gatedPatterns(String.raw`\bword ?x`).map((part) => part.gate)).toEqual([{ words: [], prefixes: ['word'] }]);
	});

	it('answer as the whole pattern does on every corpus statement and its variants (quoted, third person, curly)', () => {
		const patterns = [
			String.raw`\b(?:then (?:i )?(?:had|drank) (?:a |another )?(?:\w+ ){0,3}(?:wine|beers?)|back to (?:\w+ing|square one)|(?:was|'s) back (?:to|on)\b(?! normal)|but (?:i )?(?:haven't|didn't|never))\b`,
			String.raw`(?:^|[.!?;:,]\s*|\b(?:and|but|so)\s+)(?:i|we)?\s*(?:(?:finally|just)\s+)*(?:got|landed|won|signed|finished)\b`,
			String.raw`\b(?:(?:\d[\d,.]*|one|two|three|a few) (?:days?|weeks?|months?)\b.{0,25}\b(?:without|sober|clean|free)|every (?:day|morning|night))\b`,
		];
		for (const source of patterns) {
			const whole = new RegExp(source);
			const parts = gatedPatterns(source);
			for (const raw of statements) {
				for (const text of [normaliseStatement(raw), normaliseStatement(`“${raw}” she said.`), normaliseStatement(raw.replace(/'/g, '’'))]) {
					const gated = parts.some((part) => opens(part.gate, text) && part.pattern.test(text));
					expect(gated, `${source} on ${text}`).toBe(whole.test(text));
				}
			}
		}
	});

	it('gate every word of the old-habit list, so the habit cue never falls back to trying every statement', () => {
		// An alternative of HABIT with no word of its own (a new "re-…" word, say) would silently ungate the cue.
		expect(habitGateOf()).not.toBeNull();
	});
});
