/** Obsidian's additions to the DOM (createEl, empty, setText…), installed on happy-dom's prototypes. */

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

export function installDomHelpers(): void {
	if (typeof document === 'undefined') return;
	const proto = Node.prototype as unknown as Record<string, unknown>;
	if (proto.createEl) return;
	// Obsidian's global helper: a fragment to build in, put into the page with one insertion.
	(globalThis as { createFragment?: (callback?: (el: DocumentFragment) => void) => DocumentFragment }).createFragment = (callback) => {
		const fragment = document.createDocumentFragment();
		callback?.(fragment);
		return fragment;
	};
	Object.assign(proto, {
		createEl(this: Node, tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) {
			const el = document.createElement(tag);
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
			const el = document.createElementNS(SVG_NS, tag);
			apply(el, info);
			this.appendChild(el);
			return el;
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		appendText(this: Node, text: string) {
			this.appendChild(document.createTextNode(text));
		},
		setText(this: Node, text: string) {
			this.textContent = text;
		},
		detach(this: ChildNode) {
			this.remove();
		},
		instanceOf(this: Node, type: abstract new (...args: never[]) => unknown) {
			return this instanceof type;
		},
	});
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
