import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { tempDir } from '../helpers';
import { EXAMPLE_VAULT, TODAY } from '../vault';

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
}

describe('the command line tells what it does', () => {
	it("lists in the top-level --help every option any command's own help names", async () => {
		const top = (await cli('--help')).out;
		const options = new Set<string>();
		for (const command of ['clients', 'review', 'inspect']) {
			const help = (await cli(command, '--help')).out;
			for (const flag of help.match(/--[a-z][a-z-]*/g) ?? []) options.add(flag);
		}
		expect(options.size).toBeGreaterThanOrEqual(8);
		for (const flag of options) expect(top, flag).toMatch(new RegExp(`^  ${flag}\\b`, 'm'));
	});

	it('prints what it wrote when --html is given alone, and keeps stdout for the review otherwise', async () => {
		const file = path.join(tempDir(), 'susan.html');
		const alone = await cli('review', EXAMPLE_VAULT, '--client', 'Susan', '--today', TODAY, '--html', file);
		expect(alone.status).toBe(0);
		expect(existsSync(file)).toBe(true);
		expect(alone.out).toBe(`Wrote ${file}: the review of Susan Lee, 12 sessions from 3 Jun 2026 to 11 Nov 2026.\n`);
		const withMarkdown = await cli('review', EXAMPLE_VAULT, '--client', 'Susan', '--today', TODAY, '--html', file, '--markdown');
		expect(withMarkdown.out).toMatch(/^# Susan Lee: client review/);
		expect(withMarkdown.err).toContain(`Wrote ${file}`);
	});
});
