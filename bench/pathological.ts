import { readSession } from '../src/core/session/read-session';
import { defaultSettings } from '../src/core/settings';
import { median } from './measure';

/** Inputs built to make a regular expression or a recursion go bad; each must still read in under 100 ms. */
export function pathologicalInputs(): [string, string][] {
	const long = 100_000;
	return [
		['100,000 × "[["', '[['.repeat(long / 2)],
		['100,000 × "::"', 'a' + '::'.repeat(long / 2)],
		['100,000 × emoji', '📅✅🆔'.repeat(long / 6)],
		['100,000 spaces', ' '.repeat(long) + 'x'],
		['100,000 × "- [ ] "', '- [ ] '.repeat(long / 6)],
		['10,000 nested ">"', '>'.repeat(10_000) + ' quote'],
		['10,000 nested list levels on one line', '- '.repeat(10_000) + 'deep'],
		// Nesting by indentation makes the text itself quadratic (line n has 2n spaces): 1,000 levels is 1 MB.
		['1,000 nested list levels, one per line', Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')],
		['10,000 backticks', '`'.repeat(10_000) + '\nx'],
		// Each nested item asks whether its parent is a step: with 10,000 steps, that must not be a search through them.
		[
			'10,000 checkboxes, then 10,000 nested items',
			`${Array.from({ length: 10_000 }, (_, i) => `- [ ] step ${i}`).join('\n')}\n\n- notes\n${Array.from({ length: 10_000 }, (_, i) => `  - point ${i}`).join('\n')}`,
		],
		['unclosed frontmatter, 20,000 lines', '---\n' + 'key: value\n'.repeat(20_000)],
	];
}

export function measurePathological(): [string, number][] {
	const settings = defaultSettings();
	console.log('Pathological inputs (each read as a whole session note):');
	return pathologicalInputs().map(([name, text]) => {
		// One untimed run first, as for every other figure: the time asked about is the reading, not the compiling.
		readSession('pathological.md', text, null, settings);
		const samples: number[] = [];
		for (let r = 0; r < 3; r++) {
			const start = performance.now();
			readSession('pathological.md', text, null, settings);
			samples.push(performance.now() - start);
		}
		const ms = median(samples);
		console.log(`  ${name}: ${ms.toFixed(1)} ms`);
		return [name, ms];
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
		readSession('step.md', text, null, settings);
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
