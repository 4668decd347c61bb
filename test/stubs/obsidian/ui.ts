import type { TAbstractFile } from './core';
import type { App, Plugin } from './plugin';

export class Modal {
	app: App;
	containerEl: HTMLElement = document.createElement('div');
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	/** Stub record of the modals now open. */
	static opened: Modal[] = [];
	/** Stub helper: called with each modal as it opens, a signal for tests to wait on. */
	static readonly listeners = new Set<(modal: Modal) => void>();

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
		for (const listener of [...Modal.listeners]) listener(this);
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

export interface SearchResult {
	score: number;
	matches: [number, number][];
}

const isWordStart = (text: string, at: number) => at === 0 || /[\s\-_.,:;/()[\]'"]/.test(text[at - 1] ?? '');

/**
 * Like Obsidian's `prepareFuzzySearch`: the query's characters (spaces ignored) in order, anywhere in the text, case
 * ignored. A score is at most 0: less for every break between matched runs, for runs that start inside a word, and for
 * a late first match; so "sl" finds "Susan Lee", and a whole word typed ranks above scattered letters.
 */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const wanted = [...query.toLowerCase().replace(/\s+/g, '')];
	return (text) => {
		const lower = text.toLowerCase();
		/** Whether the query's characters from `k` on still appear, in order, from `from`. */
		const fits = (k: number, from: number): boolean => {
			let at = from - 1;
			for (let i = k; i < wanted.length; i++) if ((at = lower.indexOf(wanted[i] ?? '', at + 1)) < 0) return false;
			return true;
		};
		const matches: [number, number][] = [];
		let from = 0;
		for (let k = 0; k < wanted.length; k++) {
			const char = wanted[k] ?? '';
			const last = matches.at(-1);
			let at = lower.indexOf(char, from);
			if (at < 0) return null;
			// Go on with the run, else take the next word start holding the character if the rest still fits after it.
			if (!(last && last[1] === from && at === from)) {
				for (let i = at; i >= 0; i = lower.indexOf(char, i + 1)) {
					if (isWordStart(text, i) && fits(k + 1, i + 1)) {
						at = i;
						break;
					}
				}
			}
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			from = at + 1;
		}
		if (matches.length === 0) return { score: 0, matches };
		let score = -(matches.length - 1) - (matches[0]?.[0] ?? 0) * 0.01;
		for (const [start] of matches) if (!isWordStart(text, start)) score -= 0.5;
		return { score, matches };
	};
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** As Obsidian: an empty query lists every item in order; otherwise the fuzzy matches, best score first. */
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === '') return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		const found: FuzzyMatch<T>[] = [];
		for (const item of items) {
			const match = search(this.getItemText(item));
			if (match) found.push({ item, match });
		}
		return found.sort((a, b) => b.match.score - a.match.score);
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
	/** Stub helper: called with each notice as it is shown, a signal for tests to wait on. */
	static readonly listeners = new Set<(message: string) => void>();
	constructor(message: string) {
		Notice.shown.push(message);
		for (const listener of [...Notice.listeners]) listener(message);
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
	/** The document the menu was shown in: a pop-out window's own, or the main one. */
	doc: Document | null = null;
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	/** Shown where the event happened, in its window. */
	showAtMouseEvent(event: MouseEvent): this {
		Menu.last = this;
		this.doc = event.doc;
		return this;
	}
	/** Without `doc`, Obsidian shows the menu in the main window, whatever window the coach is in. */
	showAtPosition(_position: { x: number; y: number }, doc?: Document): this {
		Menu.last = this;
		this.doc = doc ?? document;
		return this;
	}
}
