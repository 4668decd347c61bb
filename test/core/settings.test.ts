import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, resolveSettings } from '../../src/core/settings';
import { migrateSettings, toStored } from '../../src/plugin/settings-store';

describe('settings', () => {
	it('never hands out or changes the defaults object', () => {
		const before = JSON.stringify(DEFAULT_SETTINGS);
		const copy = defaultSettings();
		copy.clientKeys.push('patient');
		copy.recurringThreshold = 9;
		expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
		expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
		const resolved = resolveSettings({ clientKeys: ['x'] }).settings;
		resolved.clientKeys.push('y');
		expect(DEFAULT_SETTINGS.clientKeys).toEqual(['client', 'coachee', 'person', 'participants', 'attendees', 'with', 'people']);
	});

	it('keeps known values of the right type and reports the rest', () => {
		const { settings, problems } = resolveSettings({ dateKey: 'when', recurringThreshold: 0, clientKeys: 'client', privacyMode: true, colour: 'blue' });
		expect(settings).toMatchObject({ dateKey: 'when', recurringThreshold: 3, clientKeys: DEFAULT_SETTINGS.clientKeys, privacyMode: true });
		expect(problems).toEqual([
			'Setting "recurringThreshold" must be a whole number of at least 1; the default is used.',
			'Setting "clientKeys" must be a list of text; the default is used.',
			'Unknown setting "colour" is ignored.',
		]);
		expect(resolveSettings([1, 2]).problems).toEqual(['Settings must be an object; the defaults are used.']);
	});

	it('migrates stored data from before versions, without touching the input', () => {
		const old = { clientKey: 'coachee', dateKey: 'day' };
		const migrated = migrateSettings(old);
		expect(migrated).toMatchObject({ clientKeys: ['coachee'], dateKey: 'day' });
		expect(old).toEqual({ clientKey: 'coachee', dateKey: 'day' });
		expect(migrateSettings(null)).toEqual(defaultSettings());
		expect(migrateSettings(toStored(migrated))).toEqual(migrated);
		expect(toStored(migrated).version).toBe(1);
	});
});
