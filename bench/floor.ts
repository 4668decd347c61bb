/**
 * The unavoidable part of the CLI's cold run, for the benchmark to compare with: list the vault and read every
 * note (`files`), and the YAML candidates beside it: every frontmatter parsed by `yaml` (`yaml`), or by the fast
 * path for simple blocks with `yaml` for the rest (`fast`). Prints counts so nothing is optimised away.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { parseSimpleYaml } from '../src/cli/simple-yaml';

function walk(dir: string, out: string[]): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, out);
		else if (entry.name.endsWith('.md')) out.push(full);
	}
}

const mode = process.argv[3] ?? 'files';
const files: string[] = [];
walk(process.argv[2] ?? '.', files);
let keys = 0;
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	keys += text.length & 1;
	if (mode === 'files' || !text.startsWith('---')) continue;
	const end = text.indexOf('\n---', 3);
	if (end < 0) continue;
	const raw = text.slice(4, end);
	const data: unknown = (mode === 'fast' ? parseSimpleYaml(raw) : undefined) ?? YAML.parse(raw);
	if (data && typeof data === 'object') keys += Object.keys(data).length;
}
process.stdout.write(`${files.length} ${keys}\n`);
