/**
 * The first review a process builds, as a coach's first "Review client" after Obsidian starts: the progress
 * detector makes its tables and runs each pattern for the first time. Run in a new Node process by the bench
 * (`npm run bench` bundles it); prints the milliseconds of that first build, then of a second, warm one.
 */
import { parseFrontmatter } from '../src/cli/frontmatter';
import { groupClients } from '../src/core/review/clients';
import { progressPattern } from '../src/core/review/progress';
import { buildReview } from '../src/core/review/review';
import { StepWordsCache } from '../src/core/review/step-cache';
import { parseNote } from '../src/core/session/parse-note';
import { readSession } from '../src/core/session/read-session';
import { compileRules } from '../src/core/session/rules';
import { defaultSettings } from '../src/core/settings';
import { syntheticVault } from './synthetic-vault';

const settings = defaultSettings();
const rules = compileRules(settings);
const readings = syntheticVault(1000, 7, 1).map((n) => readSession(parseNote(n.path, n.text, parseFrontmatter), rules));
const entry = groupClients(readings.slice(0, 500))[0];
if (!entry) throw new Error('no client');
const build = () => {
	const start = performance.now();
	const review = buildReview(entry, { today: '2026-11-22', settings, cache: new StepWordsCache(), progress: progressPattern(settings) });
	if (review.sessions.length === 0) throw new Error('an empty review');
	return performance.now() - start;
};
const first = build();
const second = build();
process.stdout.write(`${first} ${second}\n`);
