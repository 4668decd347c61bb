import { describe, expect, it } from 'vitest';
import { ALL_MARKS, HAS_BRACKET, HAS_CARET, HAS_COLON, HAS_COMMENT_MARK, LineGates } from '../../../src/core/session/line-gates';

/** The marks of one line, found by looking at every character of it. */
function marksByHand(line: string): number {
	let marks = 0;
	if (line.includes(':')) marks |= HAS_COLON;
	if (line.includes('^')) marks |= HAS_CARET;
	if (line.includes('[')) marks |= HAS_BRACKET;
	if (line.includes('%') || line.includes('<')) marks |= HAS_COMMENT_MARK;
	return marks;
}

function random(seed: number) {
	let state = seed >>> 0;
	return (n: number) => Math.floor(((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32) * n);
}

describe('LineGates', () => {
	it('finds the marks of lines asked in order, however the marks are spread', () => {
		const pieces = ['plain words', ':', '::', '^', '[', '%%', '<!--', ' ', 'é', '📅'];
		for (let seed = 1; seed <= 300; seed++) {
			const int = random(seed);
			const lines = Array.from({ length: 1 + int(12) }, () => Array.from({ length: int(5) }, () => pieces[int(pieces.length)]).join(''));
			const text = lines.join('\n');
			const gates = new LineGates(text);
			let start = 0;
			lines.forEach((line, i) => {
				// Some lines are skipped, as a reader skips blank lines and fences.
				if (int(4) > 0) expect(gates.marks(start, start + line.length), `seed ${seed}, line ${i}: ${JSON.stringify(line)}`).toBe(marksByHand(line));
				start += line.length + 1;
			});
		}
	});

	it('says a line holds every kind of mark when it does', () => {
		const line = 'a: b ^id [[x]] %% <';
		expect(new LineGates(`no marks\n${line}`).marks(9, 9 + line.length)).toBe(ALL_MARKS);
	});
});
