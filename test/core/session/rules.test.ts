import { describe, expect, it } from 'vitest';
import { matchAtxHeading } from '../../../src/core/markdown/block-starts';
import { compileRules } from '../../../src/core/session/rules';
import { defaultSettings } from '../../../src/core/settings';

describe('ReadingRules.headingLine', () => {
	const rules = compileRules(defaultSettings());

	it('reads a heading line as matchAtxHeading and headingEntry do, the first time and when it comes again', () => {
		const lines = ['## Action steps', '### In their words ###', '# Session 12', '#tag is no heading', '####### seven', '## ', '#\u2028x', '## Action steps'];
		for (const line of lines) {
			for (let time = 0; time < 2; time++) {
				const heading = matchAtxHeading(line);
				const read = rules.headingLine(line);
				if (!heading) expect(read, line).toBeNull();
				else expect(read, line).toEqual({ level: heading.level, entry: rules.headingEntry(heading.text) });
			}
		}
		expect(rules.headingLine('## Action steps')?.entry?.role).toBe('action-steps');
		expect(rules.headingLine('#### Coach notes')).toMatchObject({ level: 4, entry: { role: 'coach-notes' } });
	});

	it('gives one answer per line text, shared by the notes that repeat it', () => {
		const first = rules.headingLine(['##', 'Homework'].join(' '));
		expect(rules.headingLine('## Homework')).toBe(first);
	});
});
