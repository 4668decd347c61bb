/** Obsidian's additions to the DOM (createEl, empty, setText, instanceOf…), and pop-out windows, over happy-dom. */
import { Window as HappyWindow } from 'happy-dom';

interface ElementInfo {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	placeholder?: string;
	value?: string;
	type?: string;
	href?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el: Element, info: ElementInfo | string | undefined): void {
	if (info === undefined) return;
	const o: ElementInfo = typeof info === 'string' ? { cls: info } : info;
	const classes = Array.isArray(o.cls) ? o.cls : (o.cls ?? '').split(' ');
	for (const c of classes) if (c) el.classList.add(c);
	if (o.text !== undefined) el.textContent = o.text;
	for (const [key, value] of Object.entries(o.attr ?? {})) {
		if (value === null || value === false) continue;
		el.setAttribute(key, value === true ? '' : String(value));
	}
	if (o.title !== undefined) el.setAttribute('title', o.title);
	if (o.placeholder !== undefined) el.setAttribute('placeholder', o.placeholder);
	if (o.type !== undefined) el.setAttribute('type', o.type);
	if (o.href !== undefined) el.setAttribute('href', o.href);
	if (o.value !== undefined) (el as HTMLInputElement).value = o.value;
}

/** The document a node builds in: its own, as in Obsidian, so a pop-out window's elements belong to that window. */
function docOf(node: Node): Document {
	return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? document);
}

/** Obsidian's `createFragment`, as each window has it: a fragment of that window's document. */
function fragmentMaker(doc: Document): (callback?: (el: DocumentFragment) => void) => DocumentFragment {
	return (callback) => {
		const fragment = doc.createDocumentFragment();
		callback?.(fragment);
		return fragment;
	};
}

type Constructor = abstract new (...args: never[]) => unknown;

/** Obsidian's cross-window instanceof: the type of the same name in the node's (or event's) own window counts too. */
function instanceOf(this: Node | Event, type: Constructor): boolean {
	if (this instanceof type) return true;
	const own = (this as { win?: Record<string, unknown> }).win?.[type.name];
	return typeof own === 'function' && this instanceof (own as Constructor);
}

export function installDomHelpers(): void {
	if (typeof document === 'undefined') return;
	const proto = Node.prototype as unknown as Record<string, unknown>;
	if (proto.createEl) return;
	const globals = globalThis as Record<string, unknown>;
	// Obsidian's global helper: a fragment to build in, put into the page with one insertion.
	globals.createFragment = fragmentMaker(document);
	(document.defaultView as unknown as Record<string, unknown> | null)?.createFragment ?? Object.assign(document.defaultView ?? {}, { createFragment: globals.createFragment });
	globals.activeDocument = document;
	globals.activeWindow = window;
	Object.assign(proto, {
		createEl(this: Node, tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) {
			const el = docOf(this).createElement(tag);
			apply(el, info);
			this.appendChild(el);
			callback?.(el);
			return el;
		},
		createDiv(this: Node & { createEl: (t: string, i?: ElementInfo | string) => Element }, info?: ElementInfo | string) {
			return this.createEl('div', info);
		},
		createSpan(this: Node & { createEl: (t: string, i?: ElementInfo | string) => Element }, info?: ElementInfo | string) {
			return this.createEl('span', info);
		},
		createSvg(this: Node, tag: string, info?: ElementInfo | string) {
			const el = docOf(this).createElementNS(SVG_NS, tag);
			apply(el, info);
			this.appendChild(el);
			return el;
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		appendText(this: Node, text: string) {
			this.appendChild(docOf(this).createTextNode(text));
		},
		setText(this: Node, text: string) {
			this.textContent = text;
		},
		detach(this: ChildNode) {
			this.remove();
		},
		instanceOf,
	});
	Object.defineProperties(proto, {
		doc: { configurable: true, get: function (this: Node) { return docOf(this); } },
		win: { configurable: true, get: function (this: Node) { return docOf(this).defaultView ?? window; } },
	});
	const eventProto = Event.prototype as unknown as Record<string, unknown>;
	eventProto.instanceOf = instanceOf;
	Object.defineProperties(eventProto, {
		win: { configurable: true, get: function (this: Event) { return eventWindows.get(this) ?? window; } },
		doc: { configurable: true, get: function (this: Event) { return (eventWindows.get(this) ?? window).document; } },
	});
	installEventRealms();
	Object.assign(Element.prototype as unknown as Record<string, unknown>, {
		addClass(this: Element, ...classes: string[]) {
			this.classList.add(...classes);
		},
		removeClass(this: Element, ...classes: string[]) {
			this.classList.remove(...classes);
		},
		toggleClass(this: Element, cls: string, value: boolean) {
			this.classList.toggle(cls, value);
		},
		setAttr(this: Element, name: string, value: string) {
			this.setAttribute(name, value);
		},
	});
}

/** The DOM types a pop-out window has its own copy of (the ones plugin code checks with instanceOf). */
const NODE_TYPES = ['Node', 'Element', 'HTMLElement', 'SVGElement', 'HTMLDetailsElement', 'HTMLInputElement', 'HTMLButtonElement', 'HTMLDivElement', 'HTMLSpanElement'];
const EVENT_TYPES = ['MouseEvent', 'PointerEvent', 'KeyboardEvent', 'FocusEvent'];

/** Events dispatched in (or made by) a pop-out window, with that window. */
const eventWindows = new WeakMap<Event, Window>();
const plainHasInstance = Function.prototype[Symbol.hasInstance];
const isEventOf = (type: object, value: unknown) => plainHasInstance.call(type, value);

/** The main window's event classes do not count a pop-out window's events as theirs (as across Electron windows). */
function installEventRealms(): void {
	const mainWindow = window as unknown as Record<string, unknown>;
	for (const name of EVENT_TYPES) {
		const main = mainWindow[name] as object | undefined;
		if (!main) continue;
		Object.defineProperty(main, Symbol.hasInstance, { configurable: true, value: (value: unknown) => isEventOf(main, value) && !eventWindows.has(value as Event) });
	}
}

/**
 * A pop-out window, as Obsidian opens for a tab dragged out: its own document, and its own copies of the DOM classes,
 * so that `el instanceof HTMLElement` (the main window's class) is false for its elements and events, as in Electron,
 * while `el.instanceOf(HTMLElement)` holds. happy-dom shares its classes between windows, so the copies are made here:
 * each of the window's nodes and events gets a prototype chain of its own, with the same methods.
 */
export function openPopoutWindow(): { win: Window; doc: Document } {
	const happy = new HappyWindow();
	const doc = happy.document as unknown as Document;
	// What the window's nodes and events call their window: happy-dom builds from the real one's classes, so the
	// window's own copies live on a stand-in.
	const win = Object.create(happy) as Window & Record<string, unknown>;
	Object.defineProperties(win, { document: { value: doc }, createFragment: { value: fragmentMaker(doc) } });
	const copies = new Map<object, object>();
	const adopt = <T extends object>(value: T): T => {
		const proto = Object.getPrototypeOf(value) as object;
		if (![...copies.values()].includes(proto)) Object.setPrototypeOf(value, copyOf(proto));
		return value;
	};
	const copyOf = (proto: object | null): object | null => {
		if (proto === null || proto === Object.prototype) return proto;
		let copy = copies.get(proto);
		if (!copy) {
			copy = Object.create(copyOf(Object.getPrototypeOf(proto) as object | null)) as object;
			for (const key of Reflect.ownKeys(proto)) {
				const descriptor = Object.getOwnPropertyDescriptor(proto, key);
				if (!descriptor || key === 'constructor') continue;
				// Every event dispatched in the window (a click, a key) is one of its own.
				const dispatch = descriptor.value as ((event: Event) => boolean) | undefined;
				if (key === 'dispatchEvent' && typeof dispatch === 'function') {
					descriptor.value = function (this: EventTarget, event: Event) {
						eventWindows.set(event, win);
						return dispatch.call(this, event);
					};
				}
				Object.defineProperty(copy, key, descriptor);
			}
			copies.set(proto, copy);
		}
		return copy;
	};
	const mainWindow = window as unknown as Record<string, unknown>;
	for (const name of NODE_TYPES) {
		const main = mainWindow[name] as (new (...args: unknown[]) => object) | undefined;
		if (!main) continue;
		const own = function () {
			throw new TypeError('Illegal constructor');
		};
		Object.defineProperty(own, 'name', { value: name });
		own.prototype = copyOf(main.prototype as object);
		Object.defineProperty(win, name, { configurable: true, writable: true, value: own });
	}
	for (const name of EVENT_TYPES) {
		const main = mainWindow[name] as (new (...args: unknown[]) => Event) | undefined;
		if (!main) continue;
		// happy-dom checks events against its own classes, so an event keeps its prototype and is marked instead.
		const own = function (...args: unknown[]) {
			const event = new main(...args);
			eventWindows.set(event, win);
			return event;
		};
		Object.defineProperty(own, 'name', { value: name });
		Object.defineProperty(own, Symbol.hasInstance, { value: (value: unknown) => isEventOf(main, value) && eventWindows.get(value as Event) === win });
		Object.defineProperty(win, name, { configurable: true, writable: true, value: own });
	}
	// The window's nodes and events report it as theirs.
	const ownNode = copyOf(Node.prototype) as object;
	Object.defineProperties(ownNode, { win: { get: () => win }, doc: { get: () => doc } });
	const create = (doc as unknown as { createElement(tag: string): HTMLElement }).createElement.bind(doc);
	const createNS = doc.createElementNS.bind(doc);
	const createText = doc.createTextNode.bind(doc);
	Object.assign(doc, {
		createElement: (tag: string) => adopt(create(tag)),
		createElementNS: (ns: string, tag: string) => adopt(createNS(ns, tag)),
		createTextNode: (text: string) => adopt(createText(text)),
	});
	adopt(doc.body);
	return { win, doc };
}
