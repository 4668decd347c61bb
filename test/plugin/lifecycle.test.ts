// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { syntheticVault } from '../../bench/synthetic-vault';
import * as obsidian from '../stubs/obsidian';
import { noticeShown, until } from '../stubs/signals';
import { startPlugin } from './harness';

/**
 * Runs `start`, then every timer it sets off and every timer those set off, until none is left: what "nothing more
 * happens" means, judged by the timers themselves rather than by a few turns or a clock.
 */
async function runToQuiet(start: () => void): Promise<void> {
	vi.useFakeTimers();
	try {
		start();
		await vi.runAllTimersAsync();
	} finally {
		vi.useRealTimers();
	}
}

describe('the plugin from start-up to unload', () => {
	it('starts nothing when the layout becomes ready after the plugin was unloaded', async () => {
		const h = await startPlugin({ layoutReady: false });
		h.plugin.unload();
		await runToQuiet(() => h.app.workspace.finishLayout());
		expect(h.counts.reads).toBe(0);
		expect(h.app.vault.listenerCount()).toBe(0);
		expect(h.app.metadataCache.listenerCount()).toBe(0);
	});

	it('leaves nothing running when unloaded while the vault is first read', async () => {
		const h = await startPlugin({ layoutReady: false, notes: syntheticVault(2_000, 3) });
		const read = h.app.vault.cachedRead.bind(h.app.vault);
		let readsAtUnload = -1;
		h.app.vault.cachedRead = (file) => {
			// The coach disables the plugin a hundred notes in.
			const text = read(file);
			if (h.counts.reads === 100 && readsAtUnload < 0) {
				h.plugin.unload();
				readsAtUnload = h.counts.reads;
			}
			return text;
		};
		await runToQuiet(() => h.app.workspace.finishLayout());
		await h.settle();
		expect(readsAtUnload).toBe(100);
		expect(h.counts.reads).toBe(readsAtUnload);
		expect(h.app.statusBar.children).toHaveLength(0);
		expect(h.app.vault.listenerCount()).toBe(0);
		expect(h.app.metadataCache.listenerCount()).toBe(0);
	});

	it('shows no client until every note is read, then all of their sessions', async () => {
		const h = await startPlugin({ layoutReady: false });
		obsidian.Notice.shown.length = 0;
		const read = h.app.vault.cachedRead.bind(h.app.vault);
		let opened = false;
		h.app.vault.cachedRead = (file) => {
			if (h.counts.reads === 10 && !opened) {
				opened = true;
				// The picker opened during start-up: it says so rather than list some of the clients.
				h.plugin.commands.get('review-client')?.callback?.();
			}
			return read(file);
		};
		h.app.workspace.finishLayout();
		await h.settle();
		expect(opened).toBe(true);
		// On a phone there is no status bar: the notice says how far the reading is.
		expect(obsidian.Notice.shown).toEqual([expect.stringMatching(/^Coaching review is still reading your notes \(reading notes 1[01]\/\d+\)\. Try again in a moment\.$/)]);
		await h.chooseClient('Susan Lee');
		expect(h.dashboardText()).toContain('12 sessions');
		h.plugin.unload();
	});

	it('shows a notice when creating a note fails, and the plugin goes on', async () => {
		const h = await startPlugin();
		await h.chooseClient('Susan Lee');
		obsidian.Notice.shown.length = 0;
		h.app.vault.create = () => Promise.reject(new Error('The disk is full'));
		h.view()?.contentEl.querySelector<HTMLElement>('[data-action="new-session"]')?.click();
		await until(() => obsidian.Notice.shown.length > 0, noticeShown);
		expect(obsidian.Notice.shown).toEqual(['The session note could not be created: The disk is full']);
		h.plugin.unload();
	});

	it('shows a notice when a changed setting cannot be saved', async () => {
		const h = await startPlugin();
		obsidian.Notice.shown.length = 0;
		h.plugin.saveData = () => Promise.reject(new Error('The disk is full'));
		const tab = h.plugin.settingTabs[0] as obsidian.PluginSettingTab;
		tab.display();
		const threshold = obsidian.Setting.created.find((s) => s.settingEl.parentElement === tab.containerEl && s.name === 'Recurring after');
		(threshold?.components[0] as obsidian.TextComponent).change('20');
		await until(() => obsidian.Notice.shown.length > 0, noticeShown);
		expect(obsidian.Notice.shown).toEqual(['The settings could not be saved: The disk is full']);
		h.plugin.unload();
	});
});
