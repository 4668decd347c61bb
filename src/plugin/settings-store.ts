import { type CoachingSettings, resolveSettings } from '../core/settings';

/** The version of the stored settings shape; `migrateSettings` brings older data up to it. */
export const SETTINGS_VERSION = 1;

export interface StoredSettings extends CoachingSettings {
	version: number;
}

/**
 * Turns whatever `loadData()` returned (nothing, an older shape, a hand-edited file) into current settings.
 * Never mutates its input and never touches the defaults object.
 */
export function migrateSettings(stored: unknown): CoachingSettings {
	const data = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
	// Version 0 (no version) stored a single `clientKey`; it became the list `clientKeys`.
	if (data.version === undefined && typeof data.clientKey === 'string') {
		data.clientKeys = [data.clientKey];
		delete data.clientKey;
	}
	return resolveSettings(data).settings;
}

export function toStored(settings: CoachingSettings): StoredSettings {
	return { version: SETTINGS_VERSION, ...settings };
}
