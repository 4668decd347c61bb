import { checkWarnings } from '../helpers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupClients } from '../../src/core/review/clients';
import { renderMarkdown } from '../../src/core/review/render-markdown';
import { buildReview } from '../../src/core/review/review';
import { parseNote } from '../../src/core/session/parse-note';
import { readSession, readWhoAndWhen } from '../../src/core/session/read-session';
import { compileRules } from '../../src/core/session/rules';
import type { SessionReading } from '../../src/core/session/types';
import { defaultSettings } from '../../src/core/settings';
import { listMarkdownFiles, noteText } from '../notes';
import { EXAMPLE_VAULT } from '../vault';

const settings = defaultSettings();
const rules = compileRules(settings);

function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
	return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

const NASTY = ['\0', '\uFFFD', '📅', '✅', '[', ']', '[[', ']]', '`', '```', '~~~', '>', '- [ ] ', '\r', '\r\n', '\n', '---', '%%', '<!--', '-->', '::', '^', '#', '\t', '\u200b', '"', "'", ':', '|', '$$', '🆔'];

/** One seeded mutation of a note: the kinds of damage real files and hostile ones have. */
function mutate(text: string, seed: number): string {
	const r = random(seed);
	const at = () => r.int(text.length + 1);
	switch (r.int(8)) {
		case 0: {
			// A burst of random character flips.
			let out = text;
			for (let k = 0, n = 1 + r.int(20); k < n; k++) {
				const i = r.int(out.length + 1);
				out = out.slice(0, i) + r.pick(NASTY) + out.slice(i + 1);
			}
			return out;
		}
		case 1: {
			// Frontmatter cut short: the closing fence or everything after a random point goes.
			const close = text.indexOf('\n---', 3);
			return close > 0 ? text.slice(0, close) + text.slice(close + 4) : text.slice(0, at());
		}
		case 2: {
			const i = at();
			return text.slice(0, i) + r.pick(['[[', ']]', '`', '```', '~~~', '((', '[', '{{']).repeat(1 + r.int(50)) + text.slice(i);
		}
		case 3: {
			const lines = text.split('\n');
			const i = r.int(lines.length);
			lines[i] = '>'.repeat(1 + r.int(500)) + ' ' + (lines[i] ?? '');
			return lines.join('\n');
		}
		case 4: {
			const depth = 1 + r.int(200);
			const nested = Array.from({ length: depth }, (_, k) => `${'  '.repeat(k)}- [${r.pick([' ', 'x', '-'])}] level ${k}`).join('\n');
			const i = at();
			return text.slice(0, i) + '\n' + nested + '\n' + text.slice(i);
		}
		case 5: {
			const i = at();
			return text.slice(0, i) + r.pick(['x', ' ', '[[', '::', '📅', '- ']).repeat(2_000 + r.int(8_000)) + text.slice(i);
		}
		case 6: {
			// Line endings and encodings mixed.
			return (r.next() < 0.5 ? '\uFEFF' : '') + text.replace(/\n/g, () => r.pick(['\n', '\r\n', '\r']));
		}
		default: {
			// A piece of the note swapped somewhere else.
			const a = at();
			const b = Math.min(text.length, a + r.int(400));
			const c = r.int(text.length - (b - a) + 1);
			const piece = text.slice(a, b);
			const rest = text.slice(0, a) + text.slice(b);
			return rest.slice(0, c) + piece + rest.slice(c);
		}
	}
}

describe('the reader, fuzzed', () => {
	it('reads 10,000 seeded mutations of the example vault without an exception, every problem a warning with a path', async () => {
		const paths = listMarkdownFiles(EXAMPLE_VAULT);
		const originals = paths.map((p) => ({ path: p, text: readFileSync(path.join(EXAMPLE_VAULT, p), 'utf8') }));
		let batch: SessionReading[] = [];
		let warned = 0;
		for (let seed = 0; seed < 10_000; seed++) {
			const note = originals[seed % originals.length];
			if (!note) continue;
			const text = mutate(note.text, seed + 1);
			// The frontmatter parsed by yaml (the CLI's way) and none (no frontmatter from the cache when YAML breaks).
			const parsed = noteText(note.path, text);
			const cli = readSession(parsed, rules);
			// Listing clients reads only who and when: it must say the same as the reading in full.
			const head = readWhoAndWhen(parsed, rules);
			expect([head.role, head.clients, head.date, head.number, head.ratings, head.aliases], `seed ${seed}`).toEqual([cli.role, cli.clients, cli.date, cli.number, cli.ratings, cli.aliases]);
			const plugin = readSession(parseNote(note.path, text), rules);
			checkWarnings(cli, note.path, text);
			checkWarnings(plugin, note.path, text);
			if (cli.warnings.length > 0) warned++;
			batch.push(cli);
			if (batch.length === 1_000) {
				// Every client's review, with the broken notes among the rest, builds and renders.
				for (const entry of groupClients(batch)) expect(() => renderMarkdown(buildReview(entry, { today: '2026-11-22', settings }))).not.toThrow();
				batch = [];
			}
		}
		expect(warned).toBeGreaterThan(500);
	}, 300_000);
});

/** Notes built to hang a regular expression, overflow a stack or break JSON (issue 15): each must read and warn. */
