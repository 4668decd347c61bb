// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientEntry } from '../../src/core/review';
import { UNNAMED_SESSIONS } from '../../src/core/session';
import { defaultSettings } from '../../src/core/settings';
import { loadVault } from '../../src/cli/load-vault';
import { SessionIndex } from '../../src/plugin/session-index';
import { fakeAppFromNotes } from '../stubs/fake-vault';
import type { TFile } from '../stubs/obsidian';

// happy-dom gives import.meta.url an http scheme: the path comes from the test's own folder instead.
const STYLES = path.join(__dirname, '..', 'fixtures', 'styles');
const settings = defaultSettings();

function notesUnder(root: string, rel = ''): { path: string; text: string }[] {
	return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((entry) => {
		const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
		if (entry.isDirectory()) return notesUnder(root, child);
		return entry.name.endsWith('.md') ? [{ path: child, text: readFileSync(path.join(root, child), 'utf8') }] : [];
	});
}

function summary(clients: readonly ClientEntry[]): string[] {
	return clients.map((c) => `${c.name}: ${c.sessions.map((s) => s.path).join(', ')}`);
}

async function pluginIndexOf(notes: { path: string; text: string }[]): Promise<SessionIndex<TFile>> {
	const app = fakeAppFromNotes(notes);
	const index = new SessionIndex(
		{ listMarkdownFiles: () => app.vault.getMarkdownFiles(), read: (f) => app.vault.cachedRead(f), metadata: (f) => app.metadataCache.getFileCache(f) },
		{ getSettings: () => settings, showStatus: () => undefined },
	);
	await index.build();
	return index;
}

// The plugin and the command line take notes in through the same `VaultIndex.admit`: whatever a note's frontmatter
// says, both find the same clients (property lines atop an exported page, notes with no frontmatter at all) and tell
// the same notes that look like sessions but name no client.
describe('the plugin reads a vault as the command line does', () => {
	const styles = readdirSync(STYLES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

	it.each(styles)('%s: the same clients, sessions and left-out notes', async (style) => {
		const root = path.join(STYLES, style, 'vault');
		const cli = await loadVault(root, settings);
		const plugin = await pluginIndexOf(notesUnder(root));
		expect(summary(plugin.allClients())).toEqual(summary(cli.clients));
		expect(plugin.leftOut()).toEqual(cli.warnings.filter((w) => w.kind === UNNAMED_SESSIONS));
	});

	it('keeps a note whose only client is a property line atop its body, and tells a session that names no one', async () => {
		const plugin = await pluginIndexOf([
			{ path: 'Coaching/Ana 2026-03-03.md', text: '# Session with Ana\nClient: Ana Silva\nDate: March 3, 2026\n\n## Action steps\n- [ ] Call the bank\n' },
			{ path: 'Coaching/Untitled 2026-03-10.md', text: '## Action steps\n- [ ] Call the bank\n## Wins\n- Paid the rent\n' },
		]);
		expect(summary(plugin.allClients())).toEqual(['Ana Silva: Coaching/Ana 2026-03-03.md']);
		const leftOut = plugin.leftOut();
		expect(leftOut).toHaveLength(1);
		expect(leftOut[0]?.message).toContain('Untitled 2026-03-10.md');
	});
});
