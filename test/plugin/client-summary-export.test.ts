// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { splitFrontmatter } from '../../src/core/export/yaml-frontmatter';
import { localToday } from '../../src/core/review/days';
import * as obsidian from '../stubs/obsidian';
import { noticeShown, until, vaultEvents } from '../stubs/signals';
import { EXAMPLE_VAULT } from '../vault';
import { startPlugin } from './harness';

const today = localToday();
let plugin: Awaited<ReturnType<typeof startPlugin>> | null = null;

afterEach(() => plugin?.plugin.unload());

async function cliSummary(vault: string, client: string): Promise<string> {
	let out = '';
	const status = await run(['review', vault, '--client', client, '--client-facing', '--markdown', '--today', today], { out: (t) => (out += t), err: () => undefined });
	expect(status).toBe(0);
	return out;
}

async function exportSummary(h: NonNullable<typeof plugin>, client: string, path: string): Promise<string> {
	// On the index's own signal that every note is read: on a busy machine it only takes longer.
	await h.settle();
	await h.chooseClient(client);
	h.view()?.contentEl.querySelector<HTMLElement>('[data-action="export-summary"]')?.click();
	await until(() => h.app.vault.getFileByPath(path) !== null, vaultEvents(h.app.vault));
	return h.app.vault.read(h.app.vault.getFileByPath(path) as obsidian.TFile);
}

describe("the plugin's Export client summary and review --client-facing", () => {
	it('write the same summary, from the one renderer', async () => {
		plugin = await startPlugin();
		for (const client of ['Tom Okafor', 'Susan Lee']) {
			const exported = await exportSummary(plugin, client, `Reviews/${client} summary for client ${today}.md`);
			const body = splitFrontmatter(exported).body;
			expect(body, client).toBe(await cliSummary(EXAMPLE_VAULT, client));
			expect(body).toContain(`# ${client.split(' ')[0] ?? ''}, our sessions so far`);
		}
	});
});

describe('exports of clients whose names clean to the same file name', () => {
	it('go to two files, and the notice says how the name was written', async () => {
		const note = (client: string, words: string) => `---\nclient: "${client}"\ndate: 2026-10-14\n---\n## In her words\n${words}\n`;
		plugin = await startPlugin({
			notes: [
				{ path: 'Sessions/2026-10-14 Ann Lee.md', text: note('Ann Lee', 'Ann Lee speaking.') },
				{ path: 'Sessions/2026-10-14 Ann colon Lee.md', text: note('Ann:Lee', 'Ann colon Lee speaking.') },
			],
		});
		const first = await exportSummary(plugin, 'Ann Lee', `Reviews/Ann Lee summary for client ${today}.md`);
		obsidian.Notice.shown.length = 0;
		await plugin.settle();
		await plugin.chooseClient('Ann:Lee');
		plugin.view()?.contentEl.querySelector<HTMLElement>('[data-action="export-summary"]')?.click();
		await until(() => obsidian.Notice.shown.some((n) => n.startsWith('Client summary written to')), noticeShown);
		const written = obsidian.Notice.shown.find((n) => n.startsWith('Client summary written to'))?.replace('Client summary written to ', '') ?? '';
		expect(written).toMatch(/^Reviews\/Ann Lee [0-9a-f]{6} summary for client/);
		expect(obsidian.Notice.shown.some((n) => n.startsWith('"Ann:Lee" is written as "Ann Lee '))).toBe(true);
		const files = plugin.app.vault.getFiles().filter((f) => f.path.startsWith('Reviews/'));
		expect(files).toHaveLength(2);
		expect(await plugin.app.vault.read(plugin.app.vault.getFileByPath(`Reviews/Ann Lee summary for client ${today}.md`) as obsidian.TFile)).toBe(first);
		expect(await plugin.app.vault.read(plugin.app.vault.getFileByPath(written) as obsidian.TFile)).toContain('Ann colon Lee speaking.');
	});
});
