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

function checkWarnings(reading: SessionReading, notePath: string, text: string): void {
	if (reading.warnings.length === 0) return;
	const lines = text.split(/\r\n|\r|\n/).length;
	for (const warning of reading.warnings) {
		expect(warning.path).toBe(notePath);
		expect(warning.line).toBeGreaterThanOrEqual(1);
		expect(warning.line).toBeLessThanOrEqual(lines + 1);
		expect(warning.message.length).toBeGreaterThan(10);
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
function hostileNotes(): { name: string; text: string; warns?: RegExp }[] {
	const head = (extra = '') => `---\nclient: Ana\ndate: 2026-10-14\n${extra}---\n`;
	const r = random(15);
	const binary = Array.from({ length: 20_000 }, () => String.fromCharCode(r.int(256))).join('');
	return [
		{ name: 'a session number that holds itself', text: head('session: &s [*s]\n') + '- [ ] Step\n', warns: /"session" field refers to itself/ },
		{ name: 'a client that holds itself', text: '---\nclient: &c [*c]\ndate: 2026-10-14\n---\nText\n', warns: /"client" field refers to itself/ },
		{ name: 'ratings and a date that hold themselves', text: '---\nclient: Ana\ndate: &d {a: *d}\nclient_rating: &r [*r]\ncoach_rating: &q [[*q]]\n---\n', warns: /refers to itself/ },
		{ name: 'tags nested 300 deep', text: head(`tags: ${'['.repeat(300)}x${']'.repeat(300)}\n`) },
		{ name: '50,000 × "[["', text: head() + 'x ' + '[['.repeat(50_000) },
		{ name: '50,000 × "[[a|"', text: head() + 'x ' + '[[a|'.repeat(50_000) + '\n- [ ] Step [[a|'.repeat(1_000) },
		{ name: '40,000 × "[a:: "', text: head() + 'x ' + '[a:: '.repeat(40_000) },
		{ name: '20,000 × "(a:: b " in a step', text: head() + '- [ ] ' + '(a:: b '.repeat(20_000) },
		{ name: '50,000 × "::"', text: head() + 'a' + '::'.repeat(50_000) + '\n- [ ] x' + ':: '.repeat(20_000) },
		{ name: '100,000 × "(" in a step', text: head() + '- [ ] ' + '('.repeat(100_000) },
		{ name: 'Tasks emoji × 20,000 in a step', text: head() + '- [ ] Send ' + '📅✅🆔⛔🔁 '.repeat(20_000) },
		{ name: 'emoji without dates × 50,000', text: head() + '- [ ] ' + '⛔📅'.repeat(50_000) },
		{ name: '300 nested list levels', text: head() + Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- [ ] level ${i}`).join('\n') },
		{ name: '5,000 nested quotes', text: head() + '>'.repeat(5_000) + ' I finally did it' },
		{ name: '500 nested callouts', text: head() + Array.from({ length: 500 }, (_, i) => `${'> '.repeat(i + 1)}[!${i % 2 ? 'coach' : 'quote'}] t`).join('\n') + '\n' + '> '.repeat(500) + '- [ ] deep' },
		{ name: 'binary', text: head() + binary, warns: /NUL bytes/ },
		{ name: 'an HTML comment never closed', text: head() + '- [ ] Kept\n<!-- note\n- [ ] Hidden\n', warns: /HTML comment \(<!--\) is never closed/ },
		{ name: '40,000 frontmatter keys', text: head(Array.from({ length: 40_000 }, (_, i) => `k${i}: v\n`).join('')) + '- [ ] Step\n' },
		{ name: 'a names list of lists and objects', text: '---\nclient: [[Ann,[Bob,{x: 1}]]]\ndate: 2026-10-14\n---\n', warns: /not a name/ },
	];
}

describe('the reader, on hostile notes', () => {
	it('reads each, the CLI way and the plugin way, with every problem a warning on a line of its file', () => {
		const readings: SessionReading[] = [];
		for (const { name, text, warns } of hostileNotes()) {
			const notePath = `Sessions/${name}.md`;
			const cli = readSession(noteText(notePath, text), rules);
			const head = readWhoAndWhen(noteText(notePath, text), rules);
			const plugin = readSession(parseNote(notePath, text), rules);
			for (const reading of [cli, head, plugin]) {
				checkWarnings(reading, notePath, text);
				expect(() => JSON.stringify(reading), name).not.toThrow();
			}
			if (warns) expect(cli.warnings.map((w) => w.message).join('\n'), name).toMatch(warns);
			readings.push(cli);
		}
		// Every client's review, with the hostile notes among them, builds, renders and writes as JSON.
		for (const entry of groupClients(readings)) {
			const review = buildReview(entry, { today: '2026-11-22', settings });
			expect(renderMarkdown(review).length).toBeGreaterThan(0);
			expect(() => JSON.stringify(review)).not.toThrow();
		}
		expect(groupClients(readings).map((c) => c.name)).toContain('Ana');
	}, 120_000);
});
