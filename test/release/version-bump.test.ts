import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import process from 'node:process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FILES = ['package.json', 'manifest.json', 'versions.json', 'version-bump.mjs', '.npmrc'];

let dir = '';
const readJson = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

/** The environment without what an outer `npm test` passes down, so only the copy's own .npmrc counts. */
function cleanEnv(): typeof process.env {
	const env: typeof process.env = {};
	for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
	return { ...env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
}

const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' });

beforeAll(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'version-bump-'));
	for (const file of FILES) copyFileSync(path.join(ROOT, file), path.join(dir, file));
	run('git', ['init', '--quiet']);
	run('git', ['add', '.']);
	run('git', ['commit', '--quiet', '--no-gpg-sign', '-m', 'start']);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm version (on a copy of the release files)', () => {
	it('bumps manifest.json and versions.json with package.json, and tags the version without a "v"', () => {
		const before = { manifest: readJson('manifest.json'), versions: readJson('versions.json') };
		run('npm', ['version', 'minor']);
		const version = readJson('package.json').version as string;
		expect(version).not.toBe(before.manifest.version);
		const manifest = readJson('manifest.json');
		expect(manifest).toEqual({ ...before.manifest, version });
		expect(readJson('versions.json')).toEqual({ ...before.versions, [version]: before.manifest.minAppVersion });
		// The release workflow runs on this tag; Obsidian looks releases up by the bare version.
		expect(run('git', ['tag', '--list']).trim()).toBe(version);
		// Both files went into the version's commit.
		expect(run('git', ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual(['manifest.json', 'package.json', 'versions.json']);
		expect(run('git', ['status', '--porcelain']).trim()).toBe('');
	});
});

describe('manifest.json', () => {
	it("passes the community directory's rules for a description", () => {
		const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { description: string };
		const { description } = manifest;
		expect(description.length).toBeGreaterThanOrEqual(10);
		expect(description.length).toBeLessThanOrEqual(250);
		expect(description).toMatch(/^[A-Z]/);
		expect(description.endsWith('.')).toBe(true);
		expect(description).not.toContain(':');
		expect(description).toMatch(/^[A-Za-z0-9\s.,!?'"-]+$/);
		expect(description.toLowerCase()).not.toMatch(/obsidian|plugin/);
	});
});
