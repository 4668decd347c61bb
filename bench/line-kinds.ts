import { parseNote } from '../src/core/session/parse-note';
import { readSession } from '../src/core/session/read-session';
import type { ReadingRules } from '../src/core/session/rules';
import type { CoachingSettings } from '../src/core/settings';
import { timeInTurns } from './measure';

const SENTENCE = 'The week felt lighter and heavier at once while the studio schedule pulled in two directions';

/** Notes made of one kind of line each, so the reader's cost per kind shows beside the baseline's. */
const KINDS: [string, (k: number) => string][] = [
	['blank lines', () => ''],
	['prose, one paragraph a line', (k) => (k % 2 ? '' : `${SENTENCE} ${k}.`)],
	["the client's words under a heading", (k) => (k === 0 ? '## In their words' : k % 2 ? '' : `I finally sent it and nothing bad happened ${k}.`)],
	['lines starting Client:', (k) => (k % 2 ? '' : `Client: I handled the meeting well ${k}.`)],
	['headings', (k) => `## Section ${k % 7}`],
	['quote callout lines', (k) => (k === 0 ? '> [!quote] In their words' : `> I finally sent it and nothing bad happened ${k}.`)],
	['plain list items', (k) => `- Plain point number ${k} about the week`],
	['checkboxes (steps)', (k) => `- [ ] Email the list about the launch ${k}`],
	// Nesting takes the block parser's general algorithm: no fast path settles such a line.
	['nested list items (general algorithm)', (k) => (k % 2 ? `  - Detail number ${k} of the point` : `- Point number ${k} about the week`)],
];

/**
 * What each kind of line costs the reader, in nanoseconds and against the baseline on the same text: where the
 * reader's time goes. Printed for whoever works on the reader next; it has no target of its own.
 */
export function measureLineKinds(settings: CoachingSettings, rules: ReadingRules): void {
	const head = '---\nclient: Ana Silva\ndate: 2026-10-14\n---\n';
	const frontmatter = { client: 'Ana Silva', date: '2026-10-14' };
	console.log('Reader cost by kind of line (notes of 60 lines of one kind; includes each note\'s fixed cost):');
	for (const [name, line] of KINDS) {
		const notes = Array.from({ length: 500 }, (_, n) => head + Array.from({ length: 60 }, (_, k) => line(k + n)).join('\n') + '\n');
		let sink = 0;
		const [baseline = Number.NaN, reader = Number.NaN] = timeInTurns(
			[
				() => {
					for (const note of notes) for (const l of note.split('\n')) if (l.charCodeAt(0) === 45) sink++;
				},
				() => {
					for (const note of notes) sink += readSession(parseNote('Clients/Ana Silva/2026-10-14.md', note, frontmatter), rules).coachNotes.length;
				},
			],
			9,
		);
		// Uses what was computed, so no run can be optimised away.
		if (sink === 0) throw new Error(`nothing was read from ${name}`);
		const perLine = (ms: number) => ((ms * 1e6) / (notes.length * 60)).toFixed(0).padStart(4);
		console.log(`  ${name.padEnd(36)} ${perLine(reader)} ns a line, ${(reader / baseline).toFixed(1).padStart(4)}x the baseline (${perLine(baseline)} ns)`);
	}
}
