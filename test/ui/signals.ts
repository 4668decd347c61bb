import type { Locator } from 'playwright-core';

/**
 * Does `act`, then waits for the `type` event on the element `target` finds. The listener is in the page before the
 * action starts, so an event that lands after the action returned (a tap's focus or click, a fold's `toggle`, a
 * hover's `mouseover`) is still seen: the test waits on the page's own signal, never on a clock.
 */
export async function afterEvent(target: Locator, type: string, act: () => Promise<unknown>): Promise<void> {
	// Wrapped in an object: a handle to a bare promise would be awaited by evaluateHandle itself, before the action.
	const event = await target.evaluateHandle(
		(el, type) => ({ fired: new Promise<void>((resolve) => el.addEventListener(type, () => resolve(), { once: true })) }),
		type,
	);
	await act();
	await event.evaluate((e) => e.fired);
	await event.dispose();
}
