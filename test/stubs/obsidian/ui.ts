import type { TAbstractFile } from './core';
import type { App, Plugin } from './plugin';

export class Modal {
	app: App;
	containerEl: HTMLElement = document.createElement('div');
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	/** Stub record of the modals now open. */
	static opened: Modal[] = [];

	constructor(app: App) {
		this.app = app;
		this.titleEl = this.containerEl.createDiv({ cls: 'modal-title' });
		this.contentEl = this.containerEl.createDiv({ cls: 'modal-content' });
	}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	open(): void {
		Modal.opened.push(this);
		this.onOpen();
	}

	close(): void {
		Modal.opened = Modal.opened.filter((m) => m !== this);
		this.onClose();
	}

	onOpen(): void {}

	onClose(): void {}
}

export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

export abstract class SuggestModal<T> extends Modal {
	placeholder = '';
	emptyStateText = '';

	setPlaceholder(text: string): void {
		this.placeholder = text;
	}

	abstract getSuggestions(query: string): T[];
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** Stub helper: the list a coach would see after typing `query`, each rendered. */
	shownFor(query: string): { value: T; el: HTMLElement }[] {
		return this.getSuggestions(query).map((value) => {
			const el = document.createElement('div');
			this.renderSuggestion(value, el);
			return { value, el };
		});
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	getSuggestions(query: string): FuzzyMatch<T>[] {
		const q = query.toLowerCase();
		return this.getItems()
			.filter((item) => this.getItemText(item).toLowerCase().includes(q))
			.map((item) => ({ item, match: { score: 0, matches: [] } }));
	}

	renderSuggestion(match: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(match.item));
	}

	onChooseSuggestion(match: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(match.item, evt);
	}
}

export class Notice {
	static shown: string[] = [];
	constructor(message: string) {
		Notice.shown.push(message);
	}
}

class ValueComponent<V> {
	private handler: ((value: V) => unknown) | null = null;
	constructor(public value: V) {}
	setValue(value: V): this {
		this.value = value;
		return this;
	}
	getValue(): V {
		return this.value;
	}
	onChange(handler: (value: V) => unknown): this {
		this.handler = handler;
		return this;
	}
	/** Stub helper: the coach changes the value. */
	change(value: V): unknown {
		this.value = value;
		return this.handler?.(value);
	}
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement = document.createElement('input');
}

export class TextAreaComponent extends ValueComponent<string> {
	inputEl: HTMLTextAreaElement = document.createElement('textarea');
}

export class ToggleComponent extends ValueComponent<boolean> {}

export class DropdownComponent extends ValueComponent<string> {
	options: Record<string, string> = {};
	addOptions(options: Record<string, string>): this {
		Object.assign(this.options, options);
		return this;
	}
}

/** Something the coach clicks: a button, a menu item. */
class Clickable {
	private handler: (() => unknown) | null = null;
	onClick(handler: () => unknown): this {
		this.handler = handler;
		return this;
	}
	/** Stub helper: the coach clicks it. */
	click(): unknown {
		return this.handler?.();
	}
}

export class ButtonComponent extends Clickable {
	text = '';
	setButtonText(text: string): this {
		this.text = text;
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	name = '';
	desc = '';
	heading = false;
	readonly components: (ValueComponent<string> | ValueComponent<boolean> | ButtonComponent)[] = [];

	/** Stub record of every row drawn, so tests can find a setting by name. */
	static created: Setting[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
		Setting.created.push(this);
	}
	setName(name: string): this {
		this.name = name;
		this.settingEl.setAttribute('data-name', name);
		return this;
	}
	setDesc(desc: string): this {
		this.desc = desc;
		return this;
	}
	setHeading(): this {
		this.heading = true;
		return this;
	}
	/** Every `add…` of a row: make the component, keep it for tests, hand it to the callback. */
	private add<C extends Setting['components'][number]>(component: C, cb: (c: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		return this.add(new TextComponent(''), cb);
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(''), cb);
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(''), cb);
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(false), cb);
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(), cb);
	}
}

/** The app version `requireApiVersion` answers for; a test may pretend to be an older Obsidian. */
export const appVersion = { current: '1.13.1' };

export function requireApiVersion(version: string): boolean {
	const parts = (v: string) => v.split('.').map(Number);
	const [have, want] = [parts(appVersion.current), parts(version)];
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const diff = (have[i] ?? 0) - (want[i] ?? 0);
		if (diff !== 0) return diff > 0;
	}
	return true;
}

interface RenderDefinition {
	name: string;
	desc?: string;
	render?: (setting: Setting) => unknown;
}

interface DefinitionGroup {
	type: 'group' | 'list';
	heading?: string;
	items: RenderDefinition[];
}

export abstract class PluginSettingTab {
	containerEl: HTMLElement = document.createElement('div');
	/** As Obsidian 1.13: the definitions, stored by update() for rendering and search. */
	settingItems: DefinitionGroup[] = [];
	private shown = false;
	constructor(
		public app: App,
		public plugin: Plugin,
	) {}
	getSettingDefinitions(): unknown[] {
		return [];
	}
	/** Obsidian before 1.13 always calls it; 1.13 only when there are no definitions. */
	display(): void {}
	update(): void {
		this.settingItems = this.getSettingDefinitions() as DefinitionGroup[];
		if (this.shown) this.renderTab();
	}
	hide(): void {
		this.shown = false;
	}
	/** Stub helper: the coach opens the tab, drawn as the app version would draw it. */
	show(): void {
		this.shown = true;
		if (requireApiVersion('1.13.0')) this.update();
		else this.display();
	}
	private renderTab(): void {
		if (this.settingItems.length === 0) {
			this.display();
			return;
		}
		this.containerEl.empty();
		for (const group of this.settingItems) {
			if (group.heading) new Setting(this.containerEl).setName(group.heading).setHeading();
			for (const item of group.items) {
				const setting = new Setting(this.containerEl).setName(item.name);
				if (item.desc) setting.setDesc(item.desc);
				item.render?.(setting);
			}
		}
	}
}

export abstract class AbstractInputSuggest<T> {
	constructor(
		protected app: App,
		protected textInputEl: HTMLInputElement | HTMLDivElement,
	) {}
	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	selectSuggestion(_value: T, _evt: MouseEvent | KeyboardEvent): void {}
	setValue(value: string): void {
		(this.textInputEl as HTMLInputElement).value = value;
	}
	close(): void {}
}

export type { TAbstractFile };

export class MenuItem extends Clickable {
	title = '';
	icon = '';
	checked = false;
	setTitle(title: string): this {
		this.title = title;
		return this;
	}
	setIcon(icon: string): this {
		this.icon = icon;
		return this;
	}
	setChecked(checked: boolean): this {
		this.checked = checked;
		return this;
	}
}

export class Menu {
	readonly items: MenuItem[] = [];
	/** Stub record of the last menu shown. */
	static last: Menu | null = null;
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	showAtMouseEvent(_event: MouseEvent): this {
		Menu.last = this;
		return this;
	}
	showAtPosition(_position: { x: number; y: number }): this {
		Menu.last = this;
		return this;
	}
}
