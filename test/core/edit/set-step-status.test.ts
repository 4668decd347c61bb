import { describe, expect, it } from 'vitest';
import { type IndexedStep, indexedStep, setStepStatus } from '../../../src/core/edit/set-step-status';
import { STATUS_CHAR } from '../../../src/core/step-line';
import { readSession } from '../../../src/core/session/read-session';
import type { StepStatus } from '../../../src/core/session/types';
import { defaultSettings } from '../../../src/core/settings';

const settings = defaultSettings();
const TODAY = '2026-11-22';
const STATUSES: StepStatus[] = ['open', 'done', 'dropped', 'in-progress'];

function random(seed: number) {
	let state = seed;
	const next = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
	return { next, pick: <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T, chance: (p: number) => next() < p };
}

/** A note with prose, lists, nested and quoted checkboxes, emoji, Tasks signifiers and odd line endings. */
function generateNote(seed: number): string {
	const r = random(seed);
	const words = ['launch', 'list', 'émail', 'budget', 'call', 'studio', '🚀', 'worksheet', 'venue', 'Zoë', 'plan', 'draft'];
	const phrase = () => Array.from({ length: 2 + Math.floor(r.next() * 5) }, () => r.pick(words)).join(' ');
	const status = () => r.pick([' ', 'x', '-', '/', '>', 'X']);
	const tasks = r.chance(0.5);
	const lines: string[] = [];
	if (r.chance(0.5)) lines.push('---', 'client: Ana', `date: 2026-10-${String(1 + Math.floor(r.next() * 28)).padStart(2, '0')}`, '---');
	for (let i = 0, n = 5 + Math.floor(r.next() * 25); i < n; i++) {
		const kind = r.next();
		const signifier = tasks && r.chance(0.4) ? ` 📅 2026-11-${String(1 + Math.floor(r.next() * 28)).padStart(2, '0')}` : '';
		const done = tasks && r.chance(0.2) ? ' ✅ 2026-10-30' : '';
		const trailing = r.chance(0.2) ? '  ' : '';
		if (kind < 0.15) lines.push(`## ${r.pick(['In her words', 'Action steps', 'Coach notes', 'Notes'])}`);
		else if (kind < 0.3) lines.push(phrase() + trailing);
		else if (kind < 0.4) lines.push('');
		else if (kind < 0.5) lines.push(`> - [${status()}] ${phrase()} ${i}${signifier}${trailing}`);
		else if (kind < 0.6) lines.push(`    - [${status()}] ${phrase()} nested ${i}${done}${trailing}`);
		else if (kind < 0.7) lines.push(`${1 + i}. [${status()}] ${phrase()} ${i} ^id-${i}${trailing}`);
		else lines.push(`- [${status()}] ${phrase()} step ${i}${signifier}${done}${trailing}`);
	}
	const eol = r.pick(['\n', '\r\n', 'mixed']);
	let text = lines.map((l, i) => l + (eol === 'mixed' ? (i % 2 ? '\r\n' : '\n') : eol)).join('');
	if (r.chance(0.3)) text = '\uFEFF' + text;
	return text;
}

/** Where two texts first and last differ. */
function difference(a: string, b: string): { before: string; after: string } {
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	return { before: a.slice(start, endA), after: b.slice(start, endB) };
}

/** The step on `line` of `text` as the index would have read it. */
function stepAt(text: string, line: number): IndexedStep {
	const step = indexedStep(readSession('x.md', text, {}, settings).actionSteps, line);
	if (!step) throw new Error(`No step on line ${line}`);
	return step;
}

describe('changing a step status', () => {
	it('changes only the status character (and a ✅ date where the note uses Tasks), for 500 generated notes', () => {
		let edits = 0;
		for (let seed = 1; seed <= 500; seed++) {
			const text = generateNote(seed);
			const all = readSession('x.md', text, {}, settings).actionSteps;
			const steps = all.filter((s) => s.statusChar !== null);
			if (steps.length === 0) continue;
			const r = random(seed * 7);
			const step = indexedStep(all, r.pick(steps).line) as IndexedStep;
			const status = r.pick(STATUSES);
			const result = setStepStatus('x.md', text, step, { status, today: TODAY, tasksDoneDates: true }, settings);
			expect(result.ok, `seed ${seed}`).toBe(true);
			if (!result.ok) continue;
			edits++;
			const lineOf = (t: string) => t.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
			const [oldLines, newLines] = [lineOf(text), lineOf(result.text)];
			expect(newLines.length).toBe(oldLines.length);
			oldLines.forEach((l, i) => {
				if (i !== step.line - 1) expect(newLines[i], `seed ${seed} line ${i + 1}`).toBe(l);
			});
			const usesTasks = /[📅✅🆔]/u.test(text);
			const withoutDate = (l: string) => l.replace(/ ✅ \d{4}-\d{2}-\d{2}/u, '');
			const { before, after } = difference(withoutDate(oldLines[step.line - 1] ?? ''), withoutDate(newLines[step.line - 1] ?? ''));
			// Apart from a ✅ date, at most the one status character differs.
			expect(before.length, `seed ${seed}`).toBeLessThanOrEqual(1);
			expect(after, `seed ${seed}`).toBe(before === '' ? '' : STATUS_CHAR[status]);
			const hasDate = /✅ \d{4}-\d{2}-\d{2}/u.test(newLines[step.line - 1] ?? '');
			if (usesTasks) expect(hasDate, `seed ${seed}`).toBe(status === 'done');
			else expect(newLines[step.line - 1]?.length).toBe(oldLines[step.line - 1]?.length);
			// The BOM and every line ending are where they were.
			expect(result.text.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
			expect(result.text.match(/\r\n|\r|\n/g)).toEqual(text.match(/\r\n|\r|\n/g));
			const reread = readSession('x.md', result.text, {}, settings).actionSteps.find((s) => s.line === step.line);
			expect(reread?.status, `seed ${seed}`).toBe(status);
		}
		expect(edits).toBeGreaterThan(400);
	});

	it('refuses with a stale index and leaves the text as it was, for 300 generated notes', () => {
		for (let seed = 1000; seed < 1300; seed++) {
			const text = generateNote(seed);
			const all = readSession('x.md', text, {}, settings).actionSteps;
			const first = all.find((s) => s.statusChar !== null);
			if (!first) continue;
			const step = indexedStep(all, first.line) as IndexedStep;
			// The coach edits the note after it was indexed: a line inserted above the step moves it down.
			const lines = text.split('\n');
			lines.splice(step.line - 1, 0, '- [ ] A step written meanwhile');
			const edited = lines.join('\n');
			const result = setStepStatus('x.md', edited, step, { status: 'done', today: TODAY, tasksDoneDates: true }, settings);
			expect(result.ok, `seed ${seed}`).toBe(false);
			if (!result.ok) expect(result.reason).toMatch(/has changed since it was read/);
		}
	});

	it('adds a ✅ date only where the note already uses Tasks signifiers, and removes it when reopened', () => {
		const tasks = '- [ ] Send invoice 📅 2026-11-01 ^inv\n';
		const done = setStepStatus('x.md', tasks, stepAt(tasks, 1), { status: 'done', today: TODAY, tasksDoneDates: true }, settings);
		expect(done).toMatchObject({ ok: true, changed: true, text: '- [x] Send invoice 📅 2026-11-01 ✅ 2026-11-22 ^inv\n' });
		if (!done.ok) return;
		const reopened = setStepStatus('x.md', done.text, stepAt(done.text, 1), { status: 'open', today: TODAY, tasksDoneDates: true }, settings);
		expect(reopened).toMatchObject({ ok: true, changed: true, text: tasks });
		const plain = setStepStatus('x.md', '- [ ] Send invoice\r\n', stepAt('- [ ] Send invoice\r\n', 1), { status: 'done', today: TODAY, tasksDoneDates: true }, settings);
		expect(plain).toMatchObject({ ok: true, changed: true, text: '- [x] Send invoice\r\n' });
		const off = setStepStatus('x.md', tasks, stepAt(tasks, 1), { status: 'done', today: TODAY, tasksDoneDates: false }, settings);
		expect(off.ok && off.text).toBe('- [x] Send invoice 📅 2026-11-01 ^inv\n');
	});

	it('refuses a plain list item, which has no checkbox to change', () => {
		const note = '## Next steps\n- Book the venue\n';
		const result = setStepStatus('x.md', note, stepAt(note, 2), { status: 'done', today: TODAY, tasksDoneDates: true }, settings);
		expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/plain list item/) as string });
	});
});
