import { readNoteText } from '../src/cli/read-note';
import { parseNote } from '../src/core/session/parse-note';
import { readSession } from '../src/core/session/read-session';
import { compileRules } from '../src/core/session/rules';
import { median } from './measure';
import { defaultSettings } from '../src/core/settings';

const FRONT = '---\nclient: Ana\ndate: 2026-10-14\n---\n';

/** An input built to make a regular expression, a loop or a recursion go bad, made at any multiple of its size. */
export interface PathologicalInput {
	name: string;
	make: (scale: number) => string;
	/** Read the command line's way (frontmatter through `yaml`) instead of the plugin's. */
	cli?: boolean;
	/**
	 * Milliseconds the 4× input may take: 100 (a 1 MB line, issue 15), or none for the frontmatter inputs, which
	 * are judged by their growth (the YAML parser alone takes more than 100 ms for 10,000 keys).
	 */
	timeTarget?: number | null;
}

/**
 * Each input at 1× is a quarter of its largest size: the long lines reach 1 MB at 4×. Issue 15's hangs are here
 * (`[a:: `, `(a:: b ` in a step, `[[a|`, emoji, 40,000 frontmatter keys), beside the earlier ones.
 */
export function pathologicalInputs(): PathologicalInput[] {
	const line = (unit: string, prefix = 'x ') => (scale: number) => FRONT + prefix + unit.repeat(Math.floor((scale * 256 * 1024) / unit.length));
	return [
		{ name: '"[a:: " in prose, 1 MB line', make: line('[a:: ') },
		{ name: '"(a:: b " in a step, 1 MB line', make: line('(a:: b ', '- [ ] ') },
		{ name: '"[[a|" in prose, 1 MB line', make: line('[[a|') },
		{ name: '"[[a|" in a step, 1 MB line', make: line('[[a|', '- [ ] ') },
		{ name: '"[[", 1 MB line', make: line('[[') },
		{ name: '"::", 1 MB line', make: line('::', 'a') },
		{ name: '"(" in a step, 1 MB line', make: line('(', '- [ ] ') },
		{ name: 'Tasks emoji in a step, 1 MB line', make: line('⛔📅✅🆔🔁 ', '- [ ] ') },
		{ name: 'emoji without dates in a step, 1 MB line', make: line('⛔📅', '- [ ] ') },
		{ name: 'spaces, 1 MB line', make: line(' ', 'x') },
		{ name: '"- [ ] ", 1 MB line', make: line('- [ ] ', '') },
		{ name: '"<!--%%", 1 MB line', make: line('<!--%%') },
		{ name: 'nested ">", 10,000 at 4×', make: (s) => FRONT + '>'.repeat(2_500 * s) + ' quote' },
		{ name: 'nested list levels on one line, 10,000 at 4×', make: (s) => FRONT + '- '.repeat(2_500 * s) + 'deep' },
		{ name: 'backticks, 10,000 at 4×', make: (s) => FRONT + '`'.repeat(2_500 * s) + '\nx' },
		{
			name: 'checkboxes then nested items, 10,000 each at 4×',
			make: (s) =>
				`${FRONT}${Array.from({ length: 2_500 * s }, (_, i) => `- [ ] step ${i}`).join('\n')}\n\n- notes\n${Array.from({ length: 2_500 * s }, (_, i) => `  - point ${i}`).join('\n')}`,
		},
		{ name: 'unclosed frontmatter, 20,000 lines at 4×', make: (s) => '---\n' + 'key: value\n'.repeat(5_000 * s) },
		{ name: 'frontmatter keys, 40,000 at 4× (salvaged)', timeTarget: null, make: (s) => `---\nclient: Ana\ndate: 2026-10-14\n${Array.from({ length: 10_000 * s }, (_, i) => `k${i}: v\n`).join('')}---\n- [ ] Step\n` },
		{
			name: 'frontmatter keys through yaml, 10,000 at 4×',
			cli: true,
			timeTarget: null,
			make: (s) => `---\nclient: Ana\ndate: 2026-10-14\n${Array.from({ length: 2_500 * s }, (_, i) => `k${i}: v\n`).join('')}---\n- [ ] Step\n`,
		},
	];
}

/**
 * Milliseconds for one read: short reads are repeated until a batch takes 30 ms, and the fastest of five batches
 * kept (on a shared machine the slower ones measure the neighbours and the garbage collector).
 */
function timeRead(read: () => void): number {
	read();
	const batches: number[] = [];
	for (let b = 0; b < 5; b++) {
		let runs = 0;
		const start = performance.now();
		do {
			read();
			runs++;
		} while (performance.now() - start < 30 || runs < 2);
		batches.push((performance.now() - start) / runs);
	}
	return Math.min(...batches);
}

export interface PathologicalFigure {
	name: string;
	/** Milliseconds at 1×, 2× and 4×. */
	ms: [number, number, number];
	/** Growth per doubling over the whole range, √(t4×/t1×): one ratio of two noisy times says less. */
	growth: number;
	largestKb: number;
	timeTarget: number | null;
}

export function measurePathological(): PathologicalFigure[] {
	const rules = compileRules(defaultSettings());
	console.log('Pathological inputs (each read as a whole session note at 1×, 2× and 4× its size):');
	return pathologicalInputs().map(({ name, make, cli, timeTarget = 100 }) => {
		const ms = [1, 2, 4].map((scale) => {
			const text = make(scale);
			return timeRead(() => (cli ? readNoteText('pathological.md', text, rules) : readSession(parseNote('pathological.md', text, null), rules)));
		}) as [number, number, number];
		const growth = Math.sqrt(ms[2] / ms[0]);
		const largestKb = make(4).length / 1024;
		console.log(`  ${name}: ${ms.map((m) => m.toFixed(2)).join(' / ')} ms, growth ${growth.toFixed(2)}x per doubling (${largestKb.toFixed(0)} KB at 4×)`);
		return { name, ms, growth, largestKb, timeTarget };
	});
}

/** Hostile step lines (issue 15): each is read at 1×, 2× and 4× its size; a linear reader grows about 2× per doubling. */
export function stepLineInputs(): [string, (scale: number) => string][] {
	return [
		['"(a:: b " × 20,000 in a step', (scale) => `- [ ] ${'(a:: b '.repeat(20_000 * scale)}`],
		['Tasks emoji × 50,000 in a step', (scale) => `- [ ] Stretch ${'🔁'.repeat(50_000 * scale)}`],
		['Tasks dates × 50,000 in a step', (scale) => `- [ ] Stretch ${'📅 2026-12-01 '.repeat(50_000 * scale)}`],
		['"[a:: " × 40,000 in a step line', (scale) => `- [ ] ${'[a:: '.repeat(40_000 * scale)}`],
		['"[due:: 2026-12-01] " × 20,000 in a step', (scale) => `- [ ] Call ${'[due:: 2026-12-01] '.repeat(20_000 * scale)}`],
	];
}

/** The median of 9 reads of `text`, each after a garbage collection when the bench may ask for one (`--expose-gc`). */
function readTime(text: string, settings: ReturnType<typeof defaultSettings>): number {
	const collect = (globalThis as { gc?: () => void }).gc;
	const samples: number[] = [];
	for (let r = 0; r < 11; r++) {
		collect?.();
		const start = performance.now();
		readSession(parseNote('step.md', text, null), compileRules(settings));
		// The first two warm the compiler up.
		if (r >= 2) samples.push(performance.now() - start);
	}
	return median(samples);
}

/**
 * The worst growth per doubling of each hostile step line, read as a whole note. Each read starts after a garbage
 * collection, so one size does not pay for the garbage another left.
 */
export function measureStepLineGrowth(): [string, number][] {
	const settings = defaultSettings();
	console.log('\nHostile step lines at 1×, 2× and 4× their size (growth per doubling; linear is about 2×):');
	return stepLineInputs().map(([name, make]) => {
		const [one = 0, two = 0, four = 0] = [1, 2, 4].map((scale) => readTime(make(scale), settings));
		const growth = Math.max(two / one, four / two);
		console.log(`  ${name}: ${[one, two, four].map((ms) => `${ms.toFixed(1)} ms`).join(', ')}; growth ${(two / one).toFixed(2)}×, ${(four / two).toFixed(2)}×`);
		return [name, growth];
	});
}
