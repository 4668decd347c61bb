import { AbstractInputSuggest, type App, type Plugin, PluginSettingTab, requireApiVersion, Setting, type SettingDefinitionItem, TFolder } from 'obsidian';
import type { CoachingSettings } from '../core/settings';
import { listToText, SETTING_GROUPS, type SettingSpec, textToList } from './settings-spec';

/** What the tab needs from the plugin: the settings, and a way to change or reset them. */
export interface SettingsAccess {
	get(): CoachingSettings;
	update(patch: Partial<CoachingSettings>): Promise<void>;
	reset(): Promise<void>;
	/** Scans the notes and lets the coach accept the proposed settings ("Detect my note style"); then `onSaved`. */
	detectStyle?(onSaved: () => void): Promise<void>;
}

/** Suggests the vault's folders as the coach types; for a comma-separated list, for the last entry. */
export class FolderSuggest extends AbstractInputSuggest<TFolder> {
	constructor(
		app: App,
		private readonly input: HTMLInputElement,
		private readonly multiple: boolean,
	) {
		super(app, input);
	}

	getSuggestions(query: string): TFolder[] {
		const last = (this.multiple ? query.split(',').pop() ?? '' : query).trim().toLowerCase();
		return this.app.vault
			.getAllLoadedFiles()
			.filter((f): f is TFolder => f instanceof TFolder && !f.isRoot() && f.path.toLowerCase().includes(last))
			.slice(0, 20);
	}

	override renderSuggestion(folder: TFolder, el: HTMLElement): void {
		el.setText(folder.path);
	}

	override selectSuggestion(folder: TFolder): void {
		const parts = this.multiple ? this.input.value.split(',').slice(0, -1).map((p) => p.trim()) : [];
		this.setValue([...parts, folder.path].filter(Boolean).join(', '));
		this.input.dispatchEvent(new Event('input'));
		this.close();
	}
}

export class CoachingSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly settings: SettingsAccess,
	) {
		super(app, plugin);
	}

	/** Fills one row for a setting; shared by display() and the declarative definitions. */
	private configure(setting: Setting, spec: SettingSpec): void {
		setting.setName(spec.name);
		if (spec.desc) setting.setDesc(spec.desc);
		const value = this.settings.get()[spec.key];
		const save = (patch: Partial<CoachingSettings>) => void this.settings.update(patch);
		switch (spec.kind) {
			case 'toggle':
				setting.addToggle((toggle) => toggle.setValue(value === true).onChange((v) => save({ [spec.key]: v })));
				break;
			case 'number':
				setting.addText((text) => {
					text.inputEl.type = 'number';
					text.setValue(String(value)).onChange((v) => {
						const n = Number(v);
						if (Number.isInteger(n) && n >= 1) save({ [spec.key]: n });
					});
				});
				break;
			case 'choice':
				setting.addDropdown((dropdown) =>
					dropdown
						.addOptions(spec.options ?? {})
						.setValue(String(value))
						.onChange((v) => save({ [spec.key]: v })),
				);
				break;
			case 'list':
				setting.addTextArea((area) => {
					area.inputEl.rows = 4;
					area.setValue(listToText(value as string[])).onChange((v) => save({ [spec.key]: textToList(v) }));
				});
				break;
			case 'folder':
			case 'folders':
				setting.addText((text) => {
					const multiple = spec.kind === 'folders';
					text.setValue(multiple ? (value as string[]).join(', ') : String(value)).onChange((v) =>
						save({ [spec.key]: multiple ? textToList(v, /,/) : v.trim() }),
					);
					new FolderSuggest(this.app, text.inputEl, multiple);
				});
				break;
			default:
				setting.addText((text) => text.setValue(String(value)).onChange((v) => save({ [spec.key]: v.trim() })));
		}
	}

	private configureDetect(setting: Setting): void {
		setting
			.setName('Detect my note style')
			.setDesc('Scan your session notes for the headings, labels, speakers and properties they use, and choose what each one is.')
			.addButton((button) => button.setButtonText('Detect').onClick(() => void this.settings.detectStyle?.(() => this.redraw())));
	}

	private configureReset(setting: Setting): void {
		setting
			.setName('Reset to defaults')
			.setDesc('Every setting above goes back to its default.')
			.addButton((button) =>
				button.setButtonText('Reset').onClick(async () => {
					await this.settings.reset();
					this.redraw();
				}),
			);
	}

	/** Obsidian 1.13 renders from the definitions and refreshes with update(); older versions draw with display(). */
	private redraw(): void {
		if (requireApiVersion('1.13.0')) this.update();
		else this.drawRows();
	}

	/** For Obsidian 1.13 and later: the rows, declared, so they show up in settings search. */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		return [
			{ type: 'group', items: [{ name: 'Detect my note style', render: (setting: Setting) => this.configureDetect(setting) }] },
			...SETTING_GROUPS.map(
				(group): SettingDefinitionItem => ({
					type: 'group',
					heading: group.heading,
					items: group.settings.map((spec) => ({ name: spec.name, desc: spec.desc, render: (setting: Setting) => this.configure(setting, spec) })),
				}),
			),
			{ type: 'group', items: [{ name: 'Reset to defaults', render: (setting: Setting) => this.configureReset(setting) }] },
		];
	}

	/** For Obsidian before 1.13, which does not read the definitions. */
	override display(): void {
		this.drawRows();
	}

	private drawRows(): void {
		const { containerEl } = this;
		containerEl.empty();
		if (this.settings.detectStyle) this.configureDetect(new Setting(containerEl));
		for (const group of SETTING_GROUPS) {
			new Setting(containerEl).setName(group.heading).setHeading();
			for (const spec of group.settings) this.configure(new Setting(containerEl), spec);
		}
		this.configureReset(new Setting(containerEl));
	}
}
