import { builtinModules } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import * as obsidian from '../stubs/obsidian';
// @ts-expect-error: a plain JavaScript build script without type declarations.
import { pluginOptions } from '../../esbuild.config.mjs';

// Paths from strings: under happy-dom the global URL is not Node's.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds main.js with the production options into test-output/, and returns its text. */
export async function buildBundle(): Promise<{ file: string; code: string }> {
	const file = path.join(ROOT, 'test-output', 'main.js');
	mkdirSync(path.dirname(file), { recursive: true });
	await esbuild.build({ ...(pluginOptions as object), absWorkingDir: ROOT, outfile: file, logLevel: 'silent' });
	return { file, code: readFileSync(file, 'utf8') };
}

/** Modules main.js asks for; only `obsidian` exists on a phone. */
export function requiredModules(code: string): string[] {
	return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? '');
}

export const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

type PluginClass = new (app: obsidian.App, manifest: obsidian.PluginManifest) => obsidian.Plugin;

/** Evaluates main.js as Obsidian does: a CommonJS module whose only import is `obsidian`. */
export function evaluateBundle(code: string): PluginClass {
	const module = { exports: {} as { default?: PluginClass } };
	const require = (name: string) => {
		if (name === 'obsidian') return obsidian;
		throw new Error(`main.js requires "${name}", which Obsidian mobile does not have`);
	};
	// eslint-disable-next-line @typescript-eslint/no-implied-eval -- loading the bundle exactly as Obsidian does
	const factory = new Function('require', 'module', 'exports', code) as (req: typeof require, mod: typeof module, exp: object) => void;
	factory(require, module, module.exports);
	const Plugin = module.exports.default;
	if (!Plugin) throw new Error('main.js has no default export');
	return Plugin;
}

export const MANIFEST = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as obsidian.PluginManifest;
