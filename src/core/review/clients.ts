import type { SessionReading, Warning } from '../session/types';
import { aliasConflicts } from './alias-conflicts';
import { clientKey } from '../names';

export interface ClientEntry {
	key: string;
	/** The profile note's name, else the most frequent spelling in the sessions. */
	name: string;
	profile: SessionReading | null;
	/** Sessions in date order (then session number, then path); notes without a date come last. */
	sessions: SessionReading[];
	/** Every key that leads here: the name's, each spelling's and each alias's. */
	keys: string[];
	firstDate: string | null;
	lastDate: string | null;
	/** About the client as a whole, not one note: an alias kept apart because it is another client's name. */
	warnings: Warning[];
}

export function compareSessions(a: SessionReading, b: SessionReading): number {
	if (a.date !== b.date) {
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date < b.date ? -1 : 1;
	}
	const an = a.number ?? Number.POSITIVE_INFINITY;
	const bn = b.number ?? Number.POSITIVE_INFINITY;
	if (an !== bn) return an < bn ? -1 : 1;
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Groups session notes by client. Profiles come first so their aliases gather every spelling;
 * a group session counts for each of its clients. Notes that are no one's are left out.
 */
export function groupClients(readings: SessionReading[]): ClientEntry[] {
	const byKey = new Map<string, ClientEntry>();
	const spellings = new Map<ClientEntry, Map<string, number>>();
	// A vault names few clients in many notes: each spelling's key is worked out once.
	const keys = new Map<string, string>();
	const keyOf = (name: string): string => {
		let key = keys.get(name);
		if (key === undefined) keys.set(name, (key = clientKey(name)));
		return key;
	};
	const entryFor = (name: string): ClientEntry => {
		const key = keyOf(name);
		let entry = byKey.get(key);
		if (!entry) {
			entry = { key, name, profile: null, sessions: [], keys: [key], firstDate: null, lastDate: null, warnings: [] };
			byKey.set(key, entry);
			spellings.set(entry, new Map());
		}
		return entry;
	};

	// Every profile's own name first, so an alias can never take another client's name, whatever the order of notes.
	const profiles: SessionReading[] = [];
	for (const reading of readings) {
		if (reading.role !== 'profile') continue;
		const name = reading.clients[0];
		if (name === undefined) continue;
		const entry = entryFor(name);
		if (entry.profile) continue;
		entry.profile = reading;
		entry.name = name;
		profiles.push(reading);
	}
	const conflicts = aliasConflicts(profiles, readings, keyOf);
	for (const profile of profiles) {
		const entry = entryFor(profile.clients[0] ?? '');
		for (const alias of profile.aliases) {
			const key = keyOf(alias);
			const conflict = conflicts.get(profile)?.get(key);
			if (conflict) {
				entry.warnings.push(conflict);
				continue;
			}
			if (key !== '' && !byKey.has(key)) {
				byKey.set(key, entry);
				entry.keys.push(key);
			}
		}
	}

	for (const reading of readings) {
		if (reading.role !== 'session') continue;
		// A group session counts once for each of its clients, however many spellings of one it holds.
		const seen = reading.clients.length > 1 ? new Set<ClientEntry>() : null;
		for (const name of reading.clients) {
			const entry = entryFor(name);
			if (seen) {
				if (seen.has(entry)) continue;
				seen.add(entry);
			}
			entry.sessions.push(reading);
			const counts = spellings.get(entry);
			counts?.set(name, (counts.get(name) ?? 0) + 1);
		}
	}

	const entries = [...new Set(byKey.values())].filter((e) => e.sessions.length > 0 || e.profile !== null);
	for (const entry of entries) {
		entry.sessions.sort(compareSessions);
		const dated = entry.sessions.filter((s) => s.date !== null);
		entry.firstDate = dated[0]?.date ?? null;
		entry.lastDate = dated[dated.length - 1]?.date ?? null;
		if (!entry.profile) {
			const counts = [...(spellings.get(entry) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
			entry.name = counts[0]?.[0] ?? entry.name;
		}
		for (const spelling of spellings.get(entry)?.keys() ?? []) {
			const key = keyOf(spelling);
			if (!entry.keys.includes(key)) entry.keys.push(key);
		}
	}
	// Days are YYYY-MM-DD, whose plain order is their locale order: the collator (slow to make, once a process) is
	// asked only for names, when two clients last met on the same day.
	return entries.sort((a, b) => compareDays(b.lastDate, a.lastDate) || a.name.localeCompare(b.name));
}

function compareDays(a: string | null, b: string | null): number {
	const x = a ?? '';
	const y = b ?? '';
	return x < y ? -1 : x > y ? 1 : 0;
}

export type ClientMatch = { kind: 'found'; client: ClientEntry } | { kind: 'none'; candidates: ClientEntry[] } | { kind: 'ambiguous'; candidates: ClientEntry[] };

/**
 * Finds a client by name, ignoring case and accents: an exact name or alias first, then a unique prefix
 * of a name, an alias or any word of the name ("zoe" finds "Zoë Martin").
 */
export function findClient(clients: ClientEntry[], query: string): ClientMatch {
	const key = clientKey(query);
	if (key === '') return { kind: 'none', candidates: clients };
	const exact = clients.filter((c) => c.keys.includes(key));
	if (exact.length === 1 && exact[0]) return { kind: 'found', client: exact[0] };
	const prefixed = clients.filter((c) => c.keys.some((k) => keyAnswers(k, key)));
	if (prefixed.length === 1 && prefixed[0]) return { kind: 'found', client: prefixed[0] };
	if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed };
	return { kind: 'none', candidates: clients };
}

/** Whether a name's key answers a query's key as `findClient` reads it: the same, its prefix, or a prefix of a word. */
function keyAnswers(key: string, query: string): boolean {
	return key.startsWith(query) || key.split(' ').some((word) => word.startsWith(query));
}

/**
 * Whether a note names a client `findClient` may find by this query, by a name or (a profile's) alias: before the
 * vault is grouped, the notes whose text a review by this query may need. A session naming the client found by
 * another of their aliases is the one that slips by.
 */
export function mayBeFoundBy(query: string): (reading: SessionReading) => boolean {
	const key = clientKey(query);
	if (key === '') return () => false;
	return (reading) => reading.clients.some((name) => keyAnswers(clientKey(name), key)) || reading.aliases.some((alias) => keyAnswers(clientKey(alias), key));
}
