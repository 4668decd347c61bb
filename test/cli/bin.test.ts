import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the coaching-review command', () => {
	it('runs from a clone through bin/coaching-review.mjs, building itself when needed', () => {
		const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'coaching-review.mjs'), 'clients', path.join(ROOT, 'examples', 'vault'), '--json'], {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'ignore'],
		}).toString();
		expect((JSON.parse(out) as { clients: { name: string }[] }).clients.map((c) => c.name)).toContain('Susan Lee');
	});
});
