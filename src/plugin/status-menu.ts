import { Menu } from 'obsidian';
import type { StepStatus } from '../core/session';
import { runAsked } from './report';

export interface StatusChoice {
	status: StepStatus;
	title: string;
	icon: string;
}

/**
 * The status menu of a step control (`data-step-path`, `data-step-line`, `data-status`), for the dashboard and the
 * caseload alike: each choice goes through the same write-back, a failure is a notice. At the pointer for a click,
 * under the control (in its own window) from the keyboard.
 */
export function showStatusMenu(
	control: Element,
	event: MouseEvent | KeyboardEvent,
	choices: readonly StatusChoice[],
	setStatus: (path: string, line: number, status: StepStatus) => Promise<unknown>,
	failure: string,
): void {
	const path = control.getAttribute('data-step-path');
	const line = Number(control.getAttribute('data-step-line'));
	const current = control.getAttribute('data-status');
	if (!path || !line) return;
	const menu = new Menu();
	for (const choice of choices) {
		menu.addItem((item) =>
			item
				.setTitle(choice.title)
				.setIcon(choice.icon)
				.setChecked(choice.status === current)
				.onClick(() => runAsked(() => setStatus(path, line, choice.status), failure)),
		);
	}
	showMenuAt(menu, control, event);
}

/** A menu at the pointer for a click, else under the control, in the control's own window (the main one or a pop-out). */
export function showMenuAt(menu: Menu, control: Element, event: MouseEvent | KeyboardEvent): void {
	if (event.instanceOf(MouseEvent) && (event.clientX !== 0 || event.clientY !== 0)) {
		menu.showAtMouseEvent(event);
		return;
	}
	const rect = control.getBoundingClientRect();
	menu.showAtPosition({ x: rect.left, y: rect.bottom }, control.doc);
}
