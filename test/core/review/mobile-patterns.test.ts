import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * Obsidian on iOS before 16.4 runs Safari's engine, which cannot compile a regular expression with a lookbehind:
 * one such pattern stops the plugin loading. These tests fail when one comes back.
 */
const LOOKBEHIND = /\(\?<[=!]/;

const SRC = new URL('../../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith('.ts') ? [path] : [];
	});
}

describe('patterns that run on Obsidian mobile', () => {
	it('have no lookbehind in the source the bundle is built from', () => {
		const files = sourceFiles(SRC);
		expect(files.some((path) => path.includes('progress-detector'))).toBe(true);
		const found = files.flatMap((path) =>
			readFileSync(path, 'utf8')
				.split('\n')
				.flatMap((line, i) => (LOOKBEHIND.test(line) ? [`${path.slice(SRC.length)}:${i + 1}`] : [])),
		);
		expect(found).toEqual([]);
	});

	it('have no lookbehind in any pattern the progress detector builds, at load or at its first detection', async () => {
		const sources: string[] = [];
		const Native = RegExp;
		// Every pattern built from a string goes through the constructor: the detector's cues, their gated parts, the metric's.
		const Recording = new Proxy(Native, {
			construct(target, args: [string | RegExp, string?]) {
				const built = new target(...args);
				sources.push(built.source);
				return built;
			},
		});
		vi.stubGlobal('RegExp', Recording);
		try {
			vi.resetModules();
			const { detectProgress } = await import('../../../src/core/review/progress-detector');
			for (const statement of ['Sales were up a third in March.', 'I picked up three new clients.', "I won't be going back.", 'Laughing again!', 'Three weeks without a drink now.']) detectProgress(statement);
		} finally {
			vi.unstubAllGlobals();
		}
		expect(sources.length).toBeGreaterThan(50);
		expect(sources.filter((source) => LOOKBEHIND.test(source))).toEqual([]);
	});
});
