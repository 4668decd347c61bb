import type { SessionReading, Warning } from '../session/types';

/** The folder a note is in, by name: `Clients/Bob Ray/2026-01-13.md` is in `Bob Ray`. */
function parentFolder(path: string): string | null {
	const parts = path.split('/');
	return parts.length >= 2 ? (parts[parts.length - 2] ?? null) : null;
}

/**
 * Aliases that are surely another client's name, so merging would put one client's words in another's review: the
 * name or alias of another profile, a client with a folder of their own named so, or a member of a group session with
 * the profile's client (two people at once). For each profile, the alias's key and the warning that names both notes.
 * An alias that is only a spelling in session notes (`Sue`) is what aliases are for, and gathers as before.
 */
export function aliasConflicts(profiles: readonly SessionReading[], readings: readonly SessionReading[], keyOf: (name: string) => string): Map<SessionReading, Map<string, Warning>> {
	const profileByName = new Map<string, SessionReading>();
	const claims = new Map<string, SessionReading[]>();
	for (const profile of profiles) {
		const name = keyOf(profile.clients[0] ?? '');
		if (!profileByName.has(name)) profileByName.set(name, profile);
		for (const alias of profile.aliases) {
			const key = keyOf(alias);
			if (key === '' || key === name) continue;
			const list = claims.get(key) ?? [];
			if (!list.includes(profile)) list.push(profile);
			claims.set(key, list);
		}
	}
	if (claims.size === 0) return new Map();

	// Who has a folder of their own, and who met whom in a group session: only for names some alias claims.
	const ownFolder = new Map<string, string>();
	const together = new Map<string, Map<string, string>>();
	for (const reading of readings) {
		if (reading.role !== 'session') continue;
		const keys = reading.clients.map(keyOf);
		const folder = parentFolder(reading.path);
		const folderKey = folder === null ? null : keyOf(folder);
		for (const key of keys) {
			if (!claims.has(key)) continue;
			if (key === folderKey && !ownFolder.has(key)) ownFolder.set(key, reading.path);
			for (const other of keys) {
				if (other === key) continue;
				const met = together.get(other) ?? new Map<string, string>();
				if (!met.has(key)) met.set(key, reading.path);
				together.set(other, met);
			}
		}
	}

	const result = new Map<SessionReading, Map<string, Warning>>();
	for (const [key, holders] of claims) {
		for (const profile of holders) {
			const name = keyOf(profile.clients[0] ?? '');
			const alias = profile.aliases.find((a) => keyOf(a) === key) ?? key;
			const otherProfile = profileByName.get(key);
			const otherHolder = holders.find((p) => p !== profile);
			const folderNote = ownFolder.get(key);
			const groupNote = together.get(name)?.get(key);
			let other: { path: string; what: string } | null = null;
			if (otherProfile && otherProfile !== profile) other = { path: otherProfile.path, what: "another client's name" };
			else if (otherHolder) other = { path: otherHolder.path, what: "an alias of another client's too" };
			else if (folderNote !== undefined && parentFolder(folderNote) !== null && keyOf(parentFolder(folderNote) ?? '') !== name) other = { path: folderNote, what: 'the name of a client with a folder of their own' };
			else if (groupNote !== undefined) other = { path: groupNote, what: `the name of someone in a group session with ${profile.clients[0] ?? ''}` };
			if (!other) continue;
			const message = `The alias "${alias}" is ${other.what} (${other.path}): ${profile.path} and ${other.path} are kept as two clients. Remove the alias if they are one person.`;
			const forProfile = result.get(profile) ?? new Map<string, Warning>();
			forProfile.set(key, { path: profile.path, line: 1, message, kind: 'alias-conflict' });
			result.set(profile, forProfile);
		}
	}
	return result;
}
