#!/usr/bin/env node
// Runs the TypeScript CLI: bundles src/cli with esbuild the first time and whenever a source file is newer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { cliOptions } from '../esbuild.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, cliOptions.outfile);

function newestSource(folder) {
	let newest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const full = path.join(folder, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
	}
	return newest;
}

const sources = path.join(root, 'src');
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(sources)) {
	await esbuild.build({ ...cliOptions, absWorkingDir: root });
}
createRequire(import.meta.url)(bundle);
