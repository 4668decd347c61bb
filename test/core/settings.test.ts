import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, resolveSettings, SETTING_EFFECTS, settingsChangeEffect } from '../../src/core/settings';
import { loadSettings, migrateSettings, toStored } from '../../src/plugin/settings-store';

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

	it('stores only what differs from the defaults, and keeps what it does not know or cannot use', () => {
		expect(toStored(defaultSettings())).toEqual({ version: 1 });
		const loaded = loadSettings({ version: 1, dateKey: 'when', privacyMode: false, recurringThreshold: 0, colour: 'blue', later: { a: [1] } });
		expect(loaded.settings).toMatchObject({ dateKey: 'when', privacyMode: false, recurringThreshold: 3 });
		// privacyMode: false is the default, so it is not kept apart; 0 is not a threshold the plugin can use.
		expect(loaded.kept).toEqual({ recurringThreshold: 0, colour: 'blue', later: { a: [1] } });
		expect(toStored(loaded.settings, loaded.kept)).toEqual({ version: 1, dateKey: 'when', recurringThreshold: 0, colour: 'blue', later: { a: [1] } });
		// Once the coach sets a value the plugin kept aside, theirs is stored.
		expect(toStored({ ...loaded.settings, recurringThreshold: 5 }, loaded.kept)).toMatchObject({ recurringThreshold: 5 });
		// A value set back to its default is no longer stored: a later version's default reaches the coach.
		expect(toStored({ ...loaded.settings, dateKey: 'date' }, loaded.kept)).not.toHaveProperty('dateKey');
		// The old single `clientKey` became `clientKeys`; it is not kept as an unknown key.
		expect(loadSettings({ clientKey: 'coachee' }).kept).toEqual({});
	});

	it('says what each change needs redone: reading the notes, drawing the reviews, or nothing', () => {
		expect(Object.keys(SETTING_EFFECTS).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
		const base = defaultSettings();
		expect(settingsChangeEffect(base, defaultSettings())).toBe('none');
		expect(settingsChangeEffect(base, { ...base, privacyMode: true })).toBe('display');
		expect(settingsChangeEffect(base, { ...base, recurringThreshold: 5, progressPhrases: ['proud'] })).toBe('display');
		expect(settingsChangeEffect(base, { ...base, reviewFolder: 'Out', tasksDoneDates: false })).toBe('none');
		expect(settingsChangeEffect(base, { ...base, privacyMode: true, coachNotesHeadings: ['Mine'] })).toBe('reading');
		expect(settingsChangeEffect(base, { ...base, sessionFolders: ['Sessions'] })).toBe('reading');
	});
});
