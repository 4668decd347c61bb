/**
 * The unavoidable part of the CLI's cold run, for the benchmark to compare with: list the vault, read every
 * note and parse its frontmatter with `yaml`. Prints the count so nothing is optimised away.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

function walk(dir: string, out: string[]): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, out);
		else if (entry.name.endsWith('.md')) out.push(full);
	}
}

const files: string[] = [];
walk(process.argv[2] ?? '.', files);
let keys = 0;
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	if (!text.startsWith('---')) continue;
	const end = text.indexOf('\n---', 3);
	if (end < 0) continue;
	const data: unknown = YAML.parse(text.slice(4, end));
	if (data && typeof data === 'object') keys += Object.keys(data).length;
}
process.stdout.write(`${files.length} ${keys}\n`);
