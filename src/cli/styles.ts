import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The plugin's styles.css, found from wherever this code runs (src/cli in tests, dist/ when bundled). */
export async function readStyles(): Promise<string> {
	for (let dir = __dirname; ; dir = path.dirname(dir)) {
		const file = path.join(dir, 'styles.css');
		const text = await fs.readFile(file, 'utf8').catch(() => null);
		if (text !== null) return text;
		if (path.dirname(dir) === dir) throw new Error('styles.css not found next to the command line tool');
	}
}
