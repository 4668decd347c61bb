import { builtinModules } from 'node:module';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';

const mode = process.argv[2] ?? 'dev';

/** The plugin bundle Obsidian loads: CommonJS, no Node built-ins (it must run on mobile). */
export const pluginOptions = {
	entryPoints: ['src/main.ts'],
	bundle: true,
	external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
	format: 'cjs',
	platform: 'browser',
	target: 'es2021',
	logLevel: 'info',
	sourcemap: mode === 'production' ? false : 'inline',
	treeShaking: true,
	minify: mode === 'production',
	outfile: 'main.js',
};

/** Node programs: their npm packages stay in node_modules, not in the bundle. */
const nodeOptions = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	packages: 'external',
	external: builtinModules,
	logLevel: 'warning',
};

/**
 * The command-line tool, with `yaml` bundled in: loading it as one file instead of dozens from node_modules
 * takes a tenth off a cold run.
 */
export const cliOptions = { ...nodeOptions, packages: undefined, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.cjs' };

/** The benchmarks, with `obsidian` answered by the test stub (the index runs outside Obsidian). */
export const benchOptions = {
	...nodeOptions,
	entryPoints: ['bench/run.ts'],
	alias: { obsidian: './test/stubs/obsidian.ts' },
	outfile: 'dist/bench.cjs',
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (!isMain) {
	// Imported for its options (bin/coaching-review.mjs): build nothing.
} else if (mode === 'cli') {
	await esbuild.build(cliOptions);
} else if (mode === 'bench') {
	await esbuild.build(benchOptions);
} else if (mode === 'production') {
	await esbuild.build(pluginOptions);
} else {
	const context = await esbuild.context(pluginOptions);
	await context.watch();
}
