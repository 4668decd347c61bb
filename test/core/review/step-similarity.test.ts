import { describe, expect, it } from 'vitest';
import { wordsMatch } from '../../../src/core/review/step-similarity';

/** Optimal string alignment distance by its full table: the definition the matcher's shortcut must agree with. */
function osaDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const row = d[i] as number[];
			const prev = d[i - 1] as number[];
			let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
			row[j] = value;
		}
	}
	return (d[a.length] as number[])[b.length] ?? 0;
}

/** What `wordsMatch` promises, written out plainly. */
function expected(a: string, b: string): boolean {
	if (a === b) return true;
	const shorter = a.length <= b.length ? a : b;
	const longer = shorter === a ? b : a;
	if (shorter.length < 5 || /\d/.test(a) || /\d/.test(b)) return false;
	if (longer.startsWith(shorter)) return true;
	return osaDistance(a, b) <= (shorter.length >= 8 ? 2 : 1);
}

function random(seed: number) {
	let state = seed >>> 0;
	return (n: number) => Math.floor(((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32) * n);
}

describe('words that match despite a typo', () => {
	it('agree with the optimal string alignment distance over 60,000 seeded word pairs', () => {
		const int = random(11);
		let matched = 0;
		for (const alphabet of ['ab', 'abcde', 'abcdefghijklmnop']) {
			for (let k = 0; k < 20_000; k++) {
				let a = '';
				for (let i = 0, n = 3 + int(10); i < n; i++) a += alphabet[int(alphabet.length)];
				let b = a;
				// Up to three edits of each kind, transpositions included.
				for (let e = 0, m = int(4); e < m; e++) {
					const at = int(b.length);
					const op = int(4);
					const c = alphabet[int(alphabet.length)] ?? '';
					b = op === 0 ? b.slice(0, at) + b.slice(at + 1) : op === 1 ? b.slice(0, at) + c + b.slice(at) : op === 2 ? b.slice(0, at) + c + b.slice(at + 1) : b.slice(0, at) + (b[at + 1] ?? '') + (b[at] ?? '') + b.slice(at + 2);
				}
				const result = wordsMatch(a, b);
				expect(result, `${a} ${b}`).toBe(expected(a, b));
				if (result) matched++;
			}
		}
		expect(matched).toBeGreaterThan(10_000);
	});

	it('takes a swap of neighbours as one edit and keeps numbers apart', () => {
		expect(wordsMatch('accountant', 'accuontant')).toBe(true);
		expect(wordsMatch('budget', 'budegt')).toBe(true);
		expect(wordsMatch('budget', 'bugdte')).toBe(false);
		expect(wordsMatch('chapter2', 'chapter3')).toBe(false);
	});
});
