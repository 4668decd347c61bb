/**
 * Hostile notes (issue 15), read the command line's way (its own YAML parsing, with its limits) and the plugin's
 * (no properties from the cache when YAML breaks): every one completes, with its problems as warnings on its lines.
 */
import { checkWarnings } from '../helpers';
import { describe, expect, it } from 'vitest';
import { parseNoteText } from '../../src/cli/read-note';
import { groupClients } from '../../src/core/review/clients';
import { renderMarkdown } from '../../src/core/review/render-markdown';
import { buildReview } from '../../src/core/review/review';
import { parseNote } from '../../src/core/session/parse-note';
import { readSession, readWhoAndWhen } from '../../src/core/session/read-session';
import { compileRules } from '../../src/core/session/rules';
import type { SessionReading } from '../../src/core/session/types';
import { defaultSettings } from '../../src/core/settings';

const settings = defaultSettings();
const rules = compileRules(settings);

/** A small seeded generator, so the binary note is the same in every run. */
function random(seed: number) {
	let state = seed >>> 0;
	return {
		int: (n: number) => {
			state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
			return Math.floor((state / 2 ** 32) * n);
		},
	};
}

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
			const cli = readSession(parseNoteText(notePath, text), rules);
			const head = readWhoAndWhen(parseNoteText(notePath, text), rules);
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
