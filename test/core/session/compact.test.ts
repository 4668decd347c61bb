import { describe, expect, it } from 'vitest';
import { compactReading } from '../../../src/core/session/compact';
import { detach, isWide } from '../../../src/core/text';
import { read, session } from '../../helpers';
import { exampleVault } from '../../vault';

describe('a reading kept for long (the plugin index)', () => {
	it('says exactly what the reading said, for every note of the example vault', async () => {
		const { readings } = await exampleVault();
		expect(readings.length).toBeGreaterThan(50);
		for (const [k, reading] of readings.entries()) {
			const before = structuredClone(reading);
			expect(compactReading(reading, k % 2 === 0)).toStrictEqual(before);
		}
	});

	it('cuts its lists to their length, leaving other readings alone', () => {
		const reading = read(session('## Coach notes\nOne.\n\nTwo.\n\n## Action steps\n- [ ] A step\n- [x] Another step'));
		const lists = [reading.coachNotes, reading.actionSteps];
		const compact = compactReading(reading);
		expect(compact.coachNotes).not.toBe(lists[0]);
		expect(compact.coachNotes.map((n) => n.text)).toEqual(['One.', 'Two.']);
		expect(compact.actionSteps.map((s) => s.text)).toEqual(['A step', 'Another step']);
	});

	it('copies text exactly, whatever it holds', () => {
		const tricky = [
			'plain words, long enough to be copied',
			'emoji 📅 2026-10-14 and ✅ and a flag 🇳🇿 in a step',
			'quotes " and \\ backslashes \n and a tab\t inside',
			'a lone surrogate \uD83D here and \uDC00 there, kept as they are',
			'NUL \0 and other controls \u0001\u001f',
			'Zoë Chloé Kovač: accents, one byte and two',
			'short',
		];
		for (const text of tricky) for (const fromWide of [true, false]) expect(detach(text.slice(1), fromWide)).toBe(text.slice(1));
		const reading = read(session(`## Coach notes\n${tricky.join('\n\n')}`));
		const before = structuredClone(reading);
		expect(compactReading(reading, true)).toStrictEqual(before);
		expect(reading.coachNotes.map((n) => n.text)).toEqual(tricky.map((t) => t.split('\n').map((l) => l.trim()).join(' ')));
	});

	it('knows a wide text: anything past Latin-1, an emoji or a č', () => {
		expect([isWide('plain'), isWide('Zoë Chloé'), isWide('Kovač'), isWide('📅 due'), isWide('\uD83D')]).toEqual([false, false, true, true, true]);
	});
});
