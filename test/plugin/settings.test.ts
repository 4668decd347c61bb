// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import * as obsidian from '../stubs/obsidian';
import { domChanges, until } from '../stubs/signals';
import { startPlugin } from './harness';

let h: Awaited<ReturnType<typeof startPlugin>>;
const tab = () => h.plugin.settingTabs[0] as obsidian.PluginSettingTab;
const stored = async () => (await h.plugin.loadData()) as Record<string, unknown>;
const progressText = () => [...(h.view()?.contentEl.querySelectorAll('.cr-progress-item') ?? [])].map((el) => el.textContent).join('\n');
const dashboard = () => h.view()?.contentEl.querySelector('.cr-dashboard');

/** The rows the settings tab drew, by name (headings left out). */
function rows(): Map<string, obsidian.Setting> {
	return new Map(obsidian.Setting.created.filter((s) => s.settingEl.parentElement === tab().containerEl && !s.heading).map((s) => [s.name, s]));
}

async function withFakeTimers(run: () => Promise<void>): Promise<void> {
	vi.useFakeTimers();
	try {
		await run();
	} finally {
		vi.useRealTimers();
	}
}

function change(name: string, value: string | boolean): unknown {
	const row = rows().get(name);
	if (!row) throw new Error(`No setting ${name}`);
	return (row.components[0] as obsidian.TextComponent | obsidian.ToggleComponent).change(value as never);
}

beforeAll(async () => {
	h = await startPlugin({ layoutReady: false });
	h.app.workspace.finishLayout();
	await h.settle();
	await h.chooseClient('Susan Lee');
	tab().show();
});

afterAll(() => h.plugin.unload());

afterEach(() => {
	obsidian.appVersion.current = '1.13.1';
});

describe('settings', () => {
	it('a display setting draws the dashboard again without reading a note', async () => {
		const reads = h.counts.reads;
		const first = dashboard();
		await withFakeTimers(async () => {
			change('Privacy mode', true);
			expect(dashboard()?.classList.contains('cr-privacy')).toBe(true);
			expect(dashboard()).not.toBe(first);
			change('Recurring after', '20');
			expect(h.dashboardText()).not.toContain('recurring');
			// Long past the wait before a re-index: none was started.
			await vi.advanceTimersByTimeAsync(5_000);
		});
		expect(h.counts.reads).toBe(reads);
	});

	it('a reading rule reads the notes again', async () => {
		expect(progressText()).toContain('We launched. Eleven people are in.');
		const reads = h.counts.reads;
		// Without "In her words" among the client's headings, the lines under it are the coach's.
		change("Client's words", 'In their words');
		await until(() => h.counts.reads > reads && !progressText().includes('We launched. Eleven people are in.'), domChanges(document));
		change("Client's words", DEFAULT_SETTINGS.clientWordsHeadings.join('\n'));
		await until(() => progressText().includes('We launched. Eleven people are in.'), domChanges(document));
	});

	it('stores only what the coach changed, and keeps what it does not know', async () => {
		await h.plugin.changeDataExternally({ ...(await stored()), colour: 'blue', futureOption: { a: 1 } });
		change('Privacy mode', false);
		await until(() => dashboard()?.classList.contains('cr-privacy') === false, domChanges(document));
		expect(await stored()).toEqual({ version: 1, recurringThreshold: 20, colour: 'blue', futureOption: { a: 1 } });
	});

	it('takes settings changed outside Obsidian (Sync), redoing only what they need', async () => {
		const reads = h.counts.reads;
		await withFakeTimers(async () => {
			await h.plugin.changeDataExternally({ version: 1, privacyMode: true });
			expect(dashboard()?.classList.contains('cr-privacy')).toBe(true);
			// The threshold is back to its default: recurring steps show again, and no note was read.
			expect(h.dashboardText()).toContain('recurring');
			await vi.advanceTimersByTimeAsync(5_000);
		});
		expect(h.counts.reads).toBe(reads);
		await h.plugin.changeDataExternally({ version: 1, privacyMode: true, clientWordsHeadings: ['In their words'] });
		await until(() => h.counts.reads > reads && !progressText().includes('We launched. Eleven people are in.'), domChanges(document));
		await h.plugin.changeDataExternally({ version: 1 });
		await until(() => progressText().includes('We launched. Eleven people are in.'), domChanges(document));
	});

	it('draws the same rows from the 1.13 definitions and, for older Obsidian, from display()', () => {
		tab().show();
		const declared = [...rows().keys()];
		expect(declared).toContain('Privacy mode');
		expect(declared.at(-1)).toBe('Reset to defaults');
		obsidian.appVersion.current = '1.12.3';
		obsidian.Setting.created.length = 0;
		tab().show();
		expect([...rows().keys()]).toEqual(declared);
	});

	it('resets to the defaults and draws the tab again, in either version', async () => {
		for (const version of ['1.13.1', '1.12.3']) {
			obsidian.appVersion.current = version;
			tab().show();
			change('Recurring after', '7');
			// The box takes the value as the coach types it: nothing to wait for.
			expect((rows().get('Recurring after')?.components[0] as obsidian.TextComponent | undefined)?.value).toBe('7');
			const reset = rows().get('Reset to defaults')?.components[0] as obsidian.ButtonComponent | undefined;
			obsidian.Setting.created.length = 0;
			await reset?.click();
			expect(await stored()).toEqual({ version: 1 });
			// The tab was drawn again, with the default in the box.
			expect((rows().get('Recurring after')?.components[0] as obsidian.TextComponent | undefined)?.value).toBe('3');
		}
	});
});
