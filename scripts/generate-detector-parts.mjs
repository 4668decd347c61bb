// Writes src/core/review/progress-detector/gated-parts.generated.ts: how each pattern of the progress detector splits
// into word-gated parts (gates.ts), as recipes the detector follows at run time instead of working the split out in
// every new process. Run it after changing a cue pattern or gates.ts:
//   npm run generate:detector-parts
// It bundles the detector with `gatedParts` replaced by one that records each source it is asked for (and answers
// with `gatedPatterns`), builds every cue's parts, and writes the recipes of the sources asked.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const detector = join(root, 'src/core/review/progress-detector');
const target = join(detector, 'gated-parts.generated.ts');

/** gated-parts.ts, but its `gatedParts` records the source and splits it with the analysis itself. */
const recording = `
import { gatedPatterns } from ${JSON.stringify(join(detector, 'gates'))};
export * from ${JSON.stringify(join(detector, 'gated-parts'))};
export const ASKED = [];
export function gatedParts(source) {
	ASKED.push(source);
	return gatedPatterns(source).map(({ gate, pattern }) => ({ gate, source: pattern.source }));
}`;
const recordGatedParts = {
	name: 'record-gated-parts',
	setup(builder) {
		// Every import of it, whoever asks (the shim itself imports the real file by its full path).
		builder.onResolve({ filter: /^(\.\/gated-parts|recording-gated-parts)$/ }, () => ({ path: 'recording-gated-parts', namespace: 'recording' }));
		builder.onLoad({ filter: /.*/, namespace: 'recording' }, () => ({ contents: recording, loader: 'js', resolveDir: detector }));
	},
};

const out = mkdtempSync(join(tmpdir(), 'detector-parts-'));
const bundle = join(out, 'writer.cjs');
try {
	await build({
		stdin: { contents: "export { askEverySource, gatedPartsFile } from './gated-parts-writer'; export { ASKED } from 'recording-gated-parts';", resolveDir: detector, loader: 'ts' },
		bundle: true,
		format: 'cjs',
		platform: 'node',
		outfile: bundle,
		logLevel: 'error',
		plugins: [recordGatedParts],
	});
	const { askEverySource, gatedPartsFile, ASKED } = createRequire(import.meta.url)(bundle);
	askEverySource();
	const text = gatedPartsFile(ASKED);
	const before = readFileSync(target, 'utf8');
	writeFileSync(target, text);
	const sources = new Set(ASKED).size;
	console.log(`${before === text ? 'unchanged' : 'wrote'} ${target.slice(root.length)}: ${sources} patterns, ${text.length} characters`);
} finally {
	rmSync(out, { recursive: true });
}
