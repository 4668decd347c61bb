import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { tempDir } from '../helpers';
import { collectOutputs, normalize, type RunCli, scoreStyle, type StyleKey, type StyleScore, scoreTable } from './score';

/**
 * The lowest score each style may have: what the reader achieved when the vault was written (issue 16).
 * Raise a bar whenever the reading of that style improves; a score below its bar fails.
 */
const BARS: Record<string, number> = {
	'one-on-one-manager': 100,
	// 96.2 before the progress detector weighed precision over recall (issue 17): one more GROW statement of pride is missed.
	grow: 94.9,
	dap: 96.8,
	fathom: 93.9,
	granola: 94.4,
	notion: 94.9,
	'bold-label': 95.1,
};

/**
 * The most mix-ups each style may show (client quotes shown as coach notes, plus coach notes shown as the client's
 * words). Issue 16 wants 0 for both; lower these as the reading improves. The body reading (items 3-7) takes quotes
 * out of the coach's prose; what is left is read on the safe side or not yet told apart.
 */
const MIX_UP_CEILINGS: Record<string, number> = {
	'one-on-one-manager': 0,
	grow: 0,
	dap: 0,
	fathom: 0,
	granola: 0,
	notion: 0,
	'bold-label': 1,
};

/**
 * The style vaults: the repository's own, or (STYLES_DIR) another folder of vaults in the same layout, such as a
 * held-out set written independently. Another folder is held to the target, not to the bars above.
 */
const OWN_FIXTURES = fileURLToPath(new URL('../fixtures/styles/', import.meta.url));
const FIXTURES = process.env.STYLES_DIR ? path.resolve(process.env.STYLES_DIR) : OWN_FIXTURES;
const HELD_OUT = FIXTURES !== OWN_FIXTURES;
/** Issue 16's target on notes nobody here has seen: at least 85 % of the checks, and no mix-ups. */
const TARGET = { percent: 85, mixUps: 0 };

const cli: RunCli = async (argv) => {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
};

function styleFolders(): string[] {
	return readdirSync(FIXTURES)
		.filter((name) => statSync(path.join(FIXTURES, name)).isDirectory())
		.sort();
}

function readKey(style: string): StyleKey {
	return JSON.parse(readFileSync(path.join(FIXTURES, style, 'key.json'), 'utf8')) as StyleKey;
}

function vaultFiles(vault: string, rel = ''): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(path.join(vault, rel), { withFileTypes: true })) {
		const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
		if (entry.isDirectory()) for (const [p, t] of vaultFiles(vault, child)) files.set(p, t);
		else if (entry.name.endsWith('.md')) files.set(child, readFileSync(path.join(vault, child), 'utf8'));
	}
	return files;
}

/**
 * The settings the check uses: `detect --coach <name> --write`, then `--config`. Until the CLI has a
 * `detect` command, the defaults.
 */
async function settingsFor(vault: string, key: StyleKey): Promise<string | undefined> {
	const file = path.join(tempDir(), 'settings.json');
	const coach = key.coachNames[0] ?? '';
	const detected = await cli(['detect', vault, '--coach', coach, '--write', file]);
	if (detected.status === 0 && existsSync(file)) return file;
	if (detected.err.includes('Unknown command "detect"')) return undefined;
	throw new Error(`detect failed on ${vault}: ${detected.err}`);
}

const STYLES = ['bold-label', 'dap', 'fathom', 'granola', 'grow', 'notion', 'one-on-one-manager'];

describe('style vaults (issue 16)', () => {
	it('has a vault and an answer key for each of the seven styles, and a bar for each', () => {
		expect(styleFolders()).toEqual(STYLES);
		expect(Object.keys(BARS).sort()).toEqual(STYLES);
		expect(Object.keys(MIX_UP_CEILINGS).sort()).toEqual(STYLES);
	});

	describe.each(STYLES)('%s answer key', (style) => {
		const key = readKey(style);
		const files = vaultFiles(path.join(FIXTURES, style, 'vault'));
		const everywhere = [...files.values()].map(normalize).join('\n');

		it('names clients with their sessions, and quotes that are verbatim in their session note', () => {
			expect(key.style).toBe(style);
			expect(key.coachNames.length).toBeGreaterThan(0);
			expect(key.clients.length).toBeGreaterThanOrEqual(2);
			for (const c of key.clients) expect(c.sessions.length, c.name).toBeGreaterThanOrEqual(3);
			for (const q of key.quotes) expect(files.get(q.session) ?? `(no note ${q.session})`, q.text).toContain(q.text);
		});

		it('holds only text the vault holds, for clients the key names', () => {
			const names = new Set(key.clients.map((c) => c.name));
			const items = [...key.steps, ...key.quotes, ...key.progress, ...key.coachNotes, ...key.private];
			for (const item of items) {
				expect(names.has(item.client), item.client).toBe(true);
				expect(everywhere.includes(normalize(item.text)), item.text).toBe(true);
			}
			for (const s of key.steps) for (const d of s.sessions) expect(key.clients.find((c) => c.name === s.client)?.sessions, `${s.text} ${d}`).toContain(d);
			for (const p of key.unnamedSessionNotes) expect(files.has(p), p).toBe(true);
		});
	});

	it('scores every style at or above its bar, with no more mix-ups than its ceiling', async () => {
		const scores: StyleScore[] = [];
		for (const style of STYLES) {
			const key = readKey(style);
			const vault = path.join(FIXTURES, style, 'vault');
			scores.push(scoreStyle(key, await collectOutputs(vault, key, cli, await settingsFor(vault, key))));
		}
		console.log(`Style vaults in ${FIXTURES}, checks passed per style (issue 16):\n${scoreTable(scores)}`);
		// STYLES_VERBOSE=1: every failed check and mix-up, for whoever works on the reading.
		if (process.env.STYLES_VERBOSE) {
			for (const s of scores) {
				for (const c of s.checks.filter((k) => !k.pass)) console.log(`${s.style} ${c.kind} ${c.client ?? ''}: ${c.item} (${c.detail})`);
				for (const q of s.quotesShownAsCoachNotes) console.log(`${s.style} quote shown as a coach note: ${q}`);
				for (const n of s.coachNotesShownAsQuotes) console.log(`${s.style} coach note shown as the client's: ${n}`);
			}
		}
		for (const s of scores) {
			expect(s.total, s.style).toBeGreaterThan(40);
			const bar = HELD_OUT ? TARGET.percent : (BARS[s.style] ?? 100);
			const ceiling = HELD_OUT ? TARGET.mixUps : (MIX_UP_CEILINGS[s.style] ?? 0);
			expect(s.percent, `${s.style} score`).toBeGreaterThanOrEqual(bar);
			const mixUps = s.quotesShownAsCoachNotes.length + s.coachNotesShownAsQuotes.length;
			expect(mixUps, `${s.style} mix-ups`).toBeLessThanOrEqual(ceiling);
		}
	});
});
