// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Events, Notice } from './obsidian';
import { domChanges, eventsOf, noticeShown, settling, until } from './signals';

describe('the signals tests wait on', () => {
	it('settle on the event that makes the condition true, checking it on no other occasion, then stop listening', async () => {
		const events = new Events();
		let value = 0;
		let checks = 0;
		const waiting = until(() => (checks++, value === 2), eventsOf(events, 'changed'));
		value = 1;
		events.trigger('changed');
		value = 2;
		events.trigger('other');
		expect(checks).toBe(2);
		events.trigger('changed');
		await waiting;
		expect(checks).toBe(3);
		expect(events.listenerCount()).toBe(0);
	});

	it('see a change in the DOM, a notice, and a promise settling', async () => {
		const el = document.body.createDiv();
		const drawn = until(() => el.querySelector('.done') !== null, domChanges(el));
		el.createSpan({ cls: 'done' });
		await drawn;
		const told = until(() => Notice.shown.includes('Saved'), noticeShown);
		new Notice('Saved');
		await told;
		expect(Notice.listeners.size).toBe(0);
		let finish = () => {};
		const work = settling(new Promise<void>((resolve) => (finish = resolve)));
		const finished = until(work.settled, work.signal);
		expect(work.settled()).toBe(false);
		finish();
		await finished;
		expect(work.settled()).toBe(true);
		el.remove();
	});

	it('reject when the condition throws', async () => {
		const events = new Events();
		let broken = false;
		const waiting = until(() => {
			if (broken) throw new Error('no view');
			return false;
		}, eventsOf(events, 'changed'));
		broken = true;
		events.trigger('changed');
		await expect(waiting).rejects.toThrow('no view');
		expect(events.listenerCount()).toBe(0);
	});
});
