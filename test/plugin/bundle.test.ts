// @vitest-environment happy-dom
import esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import * as obsidian from '../stubs/obsidian';
import { modalOpened, until } from '../stubs/signals';
import { buildBundle, evaluateBundle, MANIFEST, NODE_BUILTINS, requiredModules } from './load-bundle';

let code = '';

/** The bundle without comments and string literals: what runs, not what it says. */
async function codeOnly(source: string): Promise<string> {
	const minified = (await esbuild.transform(source, { minify: true, legalComments: 'none' })).code;
	return minified.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
}

beforeAll(async () => {
	code = (await buildBundle()).code;
});

describe('main.js', () => {
	it('builds', () => {
		expect(code.length).toBeGreaterThan(1000);
	});

	it('makes no network call of any kind', () => {
		for (const call of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'requestUrl', 'sendBeacon', 'EventSource']) expect(code, call).not.toContain(call);
	});

	it('requires no Node built-in and never uses Buffer (it must run on Obsidian mobile)', async () => {
		const required = requiredModules(code);
		expect(required).toContain('obsidian');
		expect(required.filter((name) => NODE_BUILTINS.has(name))).toEqual([]);
		expect(required.filter((name) => name !== 'obsidian')).toEqual([]);
		// The code itself, not its messages: `yaml` names Buffer in an error message of a tag the plugin never writes.
		expect(await codeOnly(code)).not.toMatch(/\bBuffer\b/);
		expect(code).not.toMatch(/\bprocess\.(?:env|cwd|argv)\b/);
	});

	it('holds no regular expression lookbehind: iOS before 16.4 cannot compile one, and the plugin would not load there', () => {
		// In a literal or in a string given to RegExp alike (the Obsidian lint rule misses `(?<!…)` with content).
		const found = [...code.matchAll(/.{0,40}\(\?<[=!].{0,40}/g)].map((m) => m[0]);
		// The `yaml` package's three compile inside a try, with a plain pattern to fall back on where they cannot.
		const guardedInYaml = ['blockEndNewlines = new RegExp(', 'trimEnd = new RegExp(', 'trimBoth = new RegExp('];
		expect(found.filter((f) => !guardedInYaml.some((g) => f.includes(g)))).toEqual([]);
		expect(code).toMatch(/try \{\s*blockEndNewlines = new RegExp\(/);
	});

	it('would be caught using Buffer, and not for a message naming it', async () => {
		expect(await codeOnly('export const b = Buffer.from("x"); // a comment')).toMatch(/\bBuffer\b/);
		expect(await codeOnly('/* Buffer */ export const f = () => { throw new Error("either Buffer or atob is required"); };')).not.toMatch(/\bBuffer\b/);
	});

	it('would be caught requiring a built-in (the check above can fail)', () => {
		expect(requiredModules('const fs = require("fs"); require("node:path")').filter((n) => NODE_BUILTINS.has(n))).toEqual(['fs', 'node:path']);
	});

	it('loads in the stub, registers its command without hotkeys, and reads the active note', async () => {
		const Plugin = evaluateBundle(code);
		const app = new obsidian.App();
		const file = app.vault.seed('Clients/Susan Lee/2026-10-14.md', '---\nclient: Susan Lee\ndate: 2026-10-14\n---\n## In her words\nI finally did it.\n');
		app.metadataCache.setCache(file.path, { frontmatter: { client: 'Susan Lee', date: '2026-10-14' } });
		const plugin = new Plugin(app, MANIFEST);
		plugin.load();
		await plugin.whenLoaded();
		const command = plugin.commands.get('show-note-reading');
		expect(command?.name).toBe('Show how this note is read');
		expect(command?.hotkeys).toBeUndefined();
		expect(command?.checkCallback?.(true)).toBe(false);
		app.workspace.activeFile = file;
		expect(command?.checkCallback?.(true)).toBe(true);
		command?.checkCallback?.(false);
		// The note is read first: the modal opens once it is.
		await until(() => obsidian.Modal.opened.at(-1)?.titleEl.textContent === 'How this note is read', modalOpened);
		const modal = obsidian.Modal.opened.at(-1);
		expect(modal?.titleEl.textContent).toBe('How this note is read');
		expect(modal?.contentEl.textContent).toContain('Session of Susan Lee, 2026-10-14 (from the frontmatter).');
		expect(modal?.contentEl.textContent).toContain('I finally did it.');
		// The reading modal says whether a review counts the words as progress, and why.
		expect(modal?.contentEl.textContent).toContain("line 6: the heading 'In her words'; progress: reports a step taken");
		modal?.close();
		plugin.unload();
	});
});
