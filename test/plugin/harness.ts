import * as obsidian from '../stubs/obsidian';
import { fakeApp, fakeAppFromNotes } from '../stubs/fake-vault';
import { domChanges, until } from '../stubs/signals';
import { EXAMPLE_VAULT } from '../vault';
import { buildBundle, evaluateBundle, MANIFEST } from './load-bundle';

export const VIEW = 'coaching-review-dashboard';

/** The built main.js, loaded in the stub over a copy of the example vault, as a coach would start Obsidian. */
export async function startPlugin(options: { layoutReady?: boolean; notes?: { path: string; text: string }[] } = {}) {
	const Plugin = evaluateBundle((await buildBundle()).code);
	const app = options.notes ? fakeAppFromNotes(options.notes) : await fakeApp(EXAMPLE_VAULT);
	const counts = { reads: 0, byPath: new Map<string, number>() };
	const read = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = (file) => {
		counts.reads++;
		counts.byPath.set(file.path, (counts.byPath.get(file.path) ?? 0) + 1);
		return read(file);
	};
	const plugin = new Plugin(app, MANIFEST);
	plugin.load();
	await plugin.whenLoaded();

	const dashboards = () => app.workspace.getLeavesOfType(VIEW);
	const view = () => dashboards()[0]?.view as obsidian.ItemView | undefined;
	const dashboardText = () => view()?.contentEl.textContent ?? '';
	/** Settles once the open dashboard has drawn everything (it draws its first screenful first). */
	const drawn = async () => {
		await (view() as unknown as { whenDrawn?: () => Promise<void> } | undefined)?.whenDrawn?.();
	};

	/** Waits on the index's own signal that every note has been read (no polling, so a slow machine only waits longer). */
	const settle = () => (plugin as unknown as { whenIndexed(): Promise<void> }).whenIndexed();

	const chooseClient = async (name: string, command = 'review-client') => {
		plugin.commands.get(command)?.callback?.();
		const picker = obsidian.Modal.opened.at(-1) as obsidian.FuzzySuggestModal<{ name: string }>;
		const match = picker.getSuggestions(name)[0];
		if (!match) throw new Error(`No client ${name} in the picker`);
		picker.onChooseSuggestion(match, new MouseEvent('click'));
		picker.close();
		if (command === 'review-client') await until(() => dashboardText().includes(name), domChanges(document));
		// What is below the first screenful follows in later frames: its own signal says when all is drawn.
		await drawn();
	};

	if (options.layoutReady !== false) {
		app.workspace.finishLayout();
		await settle();
	}
	return { app, plugin, counts, dashboards, view, dashboardText, drawn, settle, chooseClient };
}
