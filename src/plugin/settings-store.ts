import { type CoachingSettings, DEFAULT_SETTINGS, resolveSettings, sameSettingValue } from '../core/settings';

/** The version of the stored settings shape; `loadSettings` brings older data up to it. */
export const SETTINGS_VERSION = 1;

/**
 * Settings as loaded from `data.json`: the values the plugin uses, and everything else the file held (keys this
 * version does not know, values it could not use), kept as they were so saving loses nothing.
 */
export interface LoadedSettings {
	settings: CoachingSettings;
	kept: Record<string, unknown>;
}

/**
 * Turns whatever `loadData()` returned (nothing, an older shape, a hand-edited or synced file) into current settings.
 * Never mutates its input and never touches the defaults object.
 */
export function loadSettings(stored: unknown): LoadedSettings {
	const data = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
	// Version 0 (no version) stored a single `clientKey`; it became the list `clientKeys`.
	if (data.version === undefined && typeof data.clientKey === 'string') {
		data.clientKeys = [data.clientKey];
		delete data.clientKey;
	}
	const settings = resolveSettings(data).settings;
	const defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
	const used = settings as unknown as Record<string, unknown>;
	const kept: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data)) {
		if (key === 'version') continue;
		// Unknown to this version, or a value it could not use (the default stood in): keep it as written.
		const usable = key in defaults && (sameSettingValue(used[key], value) || !sameSettingValue(used[key], defaults[key]));
		if (!usable) kept[key] = value;
	}
	return { settings, kept };
}

export function migrateSettings(stored: unknown): CoachingSettings {
	return loadSettings(stored).settings;
}

/**
 * What `saveData()` writes: the values the coach changed from the defaults (so a later version's better default
 * reaches them), the shape's version, and whatever else the file held, unless the coach has since set that setting.
 */
export function toStored(settings: CoachingSettings, kept: Record<string, unknown> = {}): Record<string, unknown> {
	const stored: Record<string, unknown> = { ...kept, version: SETTINGS_VERSION };
	const defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
	for (const [key, value] of Object.entries(settings)) {
		if (!sameSettingValue(value, defaults[key])) stored[key] = Array.isArray(value) ? value.slice() : value;
	}
	return stored;
}
