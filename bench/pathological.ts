import { parseNote } from '../src/core/session/parse-note';
import { readSession } from '../src/core/session/read-session';
import { compileRules } from '../src/core/session/rules';
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
	const rules = compileRules(defaultSettings());
	console.log('Pathological inputs (each read as a whole session note):');
	return pathologicalInputs().map(([name, text]) => {
		// One untimed run first, as for every other figure: the time asked about is the reading, not the compiling.
		readSession(parseNote('pathological.md', text, null), rules);
		const samples: number[] = [];
		for (let r = 0; r < 3; r++) {
			const start = performance.now();
			readSession(parseNote('pathological.md', text, null), rules);
			samples.push(performance.now() - start);
		}
		const ms = median(samples);
		console.log(`  ${name}: ${ms.toFixed(1)} ms`);
		return [name, ms];
	});
}
