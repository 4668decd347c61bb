/**
 * "Detect my note style" (issue 16, item 9): a pure scan of the notes that look like sessions, listing the headings,
 * labels, speaker tags, keys and folders they use, with counts and a proposed role each.
 */
import { clientKey } from '../names';
import { normaliseHeading } from '../session/headings';
import { readWrittenDate } from '../session/note-dates';
import { compileRules, type ReadingRules } from '../session/rules';
import { type ParsedNote, readWhoAndWhen } from '../session/read-session';
import { sessionLikeness } from '../session/unnamed-sessions';
import { clientNamesFrom, coachKeySet, propertyKey, readBodyProperties } from '../session/who';
import type { CoachingSettings } from '../settings';
import { type ProposedRole, proposeSectionRole } from './roles';

/** One note to scan: its vault path, its text and its parsed frontmatter (null when it has none or it did not parse). */
/** A note as the one way in gives it (`parseNote`): its text and its frontmatter, found once. */
export type NoteToScan = ParsedNote;

export type DetectedKind = 'heading' | 'label' | 'speaker' | 'frontmatter key' | 'property line' | 'folder' | 'coach name' | 'date order';

/** One thing the notes use, how often, and what it is proposed to be. */
export interface Detected {
	kind: DetectedKind;
	/** As written in the notes (the most common spelling). */
	name: string;
	/** In how many session-like notes it appears. */
	notes: number;
	role: ProposedRole;
	/** Why this role, in a few words, for the coach to judge. */
	reason: string;
}

export interface StyleScan {
	/** How many notes were scanned, and how many of them look like sessions. */
	scanned: number;
	sessionNotes: number;
	found: Detected[];
	/** `day-month` or `month-day` when the notes' unambiguous numeric dates agree on one; else empty. */
	numericDateOrder: string;
}

export interface ScanOptions {
	/** The coach's names as the coach gave them (`--coach`): proposed first, with their first names. */
	coachNames?: readonly string[];
}

const ATX = /^[ \t]{0,3}(#{2,6})[ \t]+(.+?)[ \t#]*$/;
const BOLD_LABEL = /^[ \t]*(?:\*\*|__)([^*_\n]{2,60}?)(?:[ \t]*:)?(?:\*\*|__)[ \t]*:?[ \t]*$/;
const PLAIN_LABEL = /^[ \t]*([\p{L}][\p{L}\p{N} '’/&()-]{1,60}):[ \t]*$/u;
const BOLD_SPEAKER = /^[ \t]*(?:[-*+][ \t]+)?\*\*([^*\n]{1,40})\*\*(?:[ \t]*\*?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\*?)?[ \t]*:[ \t]*\S/;
const TIMED_SPEAKER = /^[ \t]*([\p{L}][\p{L} .'-]{0,40}?)[ \t]{2,}\d{1,2}:\d{2}(?::\d{2})?[ \t]*$/u;
const NUMERIC_DATE = /(?:^|[^\d/.-])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g;

const CLIENT_KEY_WORDS = /^(?:client|coachee|person|participants?|attendees?|people|with|patient|mentee|customer)(?:[ _-]?names?)?$/i;
const DATE_KEY_WORDS = /(?:^|[ _-])date(?:$|[ _-])|^created(?:_at)?$|^when$|^day$/i;

class Counter {
	private readonly counts = new Map<string, { notes: Set<string>; spellings: Map<string, number> }>();

	add(key: string, spelling: string, note: string): void {
		let entry = this.counts.get(key);
		if (!entry) this.counts.set(key, (entry = { notes: new Set(), spellings: new Map() }));
		entry.notes.add(note);
		entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
	}

	entries(): { key: string; name: string; notes: number }[] {
		return [...this.counts].map(([key, e]) => ({
			key,
			name: [...e.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? key,
			notes: e.notes.size,
		}));
	}
}

/** Whether a note is one to learn the style from: read as a session, or laid out like one. */
function isSessionLike(note: NoteToScan, settings: CoachingSettings, rules: ReturnType<typeof compileRules>): { session: boolean; clients: readonly string[] } {
	const reading = readWhoAndWhen(note, rules);
	if (reading.role === 'session') return { session: true, clients: reading.clients };
	const likeness = sessionLikeness(note, reading, rules);
	const strong = likeness !== null && (likeness.roleLabels >= 1 || likeness.speakerLines >= 2 || likeness.labels >= 3);
	return { session: strong, clients: [] };
}

/**
 * Scans the notes with the settings in force and proposes what each heading, label, speaker, key and folder of the
 * session-like notes is. Pure: plain notes in, plain data out.
 */
export function scanNoteStyle(notes: readonly NoteToScan[], base: CoachingSettings, options: ScanOptions = {}): StyleScan {
	const given = (options.coachNames ?? []).map((n) => n.trim()).filter((n) => n !== '');
	const givenWithFirst = [...given, ...given.map((n) => n.split(/\s+/)[0] ?? n).filter((n) => n.length > 1)];
	const settings: CoachingSettings = { ...base, coachNames: [...new Set([...base.coachNames, ...givenWithFirst])] };
	const rules = compileRules(settings);
	const coachKeys = coachKeySet(settings);

	const headings = new Counter();
	const labels = new Counter();
	const speakers = new Counter();
	const keys = new Counter();
	const properties = new Counter();
	const folders = new Counter();
	const dateKeyHits = new Map<string, number>();
	const participantClients = new Map<string, { name: string; clients: Set<string> }>();
	const coachProperty = new Counter();
	let dayFirst = 0;
	let monthFirst = 0;
	let sessionNotes = 0;

	for (const note of notes) {
		const like = isSessionLike(note, settings, rules);
		if (!like.session) continue;
		sessionNotes++;
		const folder = note.path.includes('/') ? note.path.slice(0, note.path.lastIndexOf('/')) : '';
		if (folder !== '') folders.add(folder.split('/')[0] ?? folder, folder.split('/')[0] ?? folder, note.path);

		for (const [key, value] of Object.entries(note.frontmatter ?? {})) {
			keys.add(key.toLowerCase(), key, note.path);
			if (typeof value === 'string' && readWrittenDate(value)?.kind === 'day') dateKeyHits.set(key, (dateKeyHits.get(key) ?? 0) + 1);
			// Everyone named in a participant list, to find the coach: the one present in many clients' sessions.
			if (Array.isArray(value) && CLIENT_KEY_WORDS.test(key)) {
				const named = clientNamesFrom(value, new Set());
				for (const person of named) {
					const k = clientKey(person);
					const entry = participantClients.get(k) ?? { name: person, clients: new Set<string>() };
					for (const other of named) if (clientKey(other) !== k) entry.clients.add(clientKey(other));
					participantClients.set(k, entry);
				}
			}
		}
		// As the reader: property lines count only in a note with no frontmatter.
		for (const property of note.frontmatter === null ? readBodyProperties(note.text) : []) {
			properties.add(propertyKey(property.key), property.key, note.path);
			if (/^coach$/i.test(propertyKey(property.key)) && property.value !== '') coachProperty.add(clientKey(property.value), property.value, note.path);
		}

		let fence = false;
		for (const line of note.text.split(/\r?\n/)) {
			if (/^[ \t]{0,3}(?:```|~~~)/.test(line)) fence = !fence;
			if (fence) continue;
			const heading = ATX.exec(line);
			if (heading) {
				headings.add(normaliseHeading(heading[2] ?? ''), (heading[2] ?? '').trim(), note.path);
				continue;
			}
			const label = BOLD_LABEL.exec(line) ?? PLAIN_LABEL.exec(line);
			if (label) {
				labels.add(normaliseHeading(label[1] ?? ''), (label[1] ?? '').trim(), note.path);
				continue;
			}
			const speaker = BOLD_SPEAKER.exec(line) ?? TIMED_SPEAKER.exec(line);
			if (speaker) speakers.add(clientKey(speaker[1] ?? ''), (speaker[1] ?? '').trim(), note.path);
			for (const m of line.matchAll(NUMERIC_DATE)) {
				const a = Number(m[1]);
				const b = Number(m[2]);
				if (a > 12 && b <= 12) dayFirst++;
				else if (b > 12 && a <= 12) monthFirst++;
			}
		}
	}

	const found: Detected[] = [];
	const clientKeySet = new Set(settings.clientKeys.map((k) => k.toLowerCase()));
	const recurring = (n: number) => n >= 2 || sessionNotes <= 2;

	// Coach names: the ones given, then `Coach:` properties, then anyone in the sessions of two or more other people.
	const coachNames = new Map<string, Detected>();
	const addCoach = (name: string, notesCount: number, reason: string) => {
		const k = clientKey(name);
		if (k !== '' && !coachNames.has(k)) coachNames.set(k, { kind: 'coach name', name, notes: notesCount, role: 'coach-name', reason });
	};
	for (const name of given) addCoach(name, 0, 'given with --coach');
	for (const name of given) {
		const first = name.split(/\s+/)[0] ?? '';
		if (first.length > 1 && first !== name) addCoach(first, 0, `the first name of ${name}`);
	}
	for (const c of coachProperty.entries()) addCoach(c.name, c.notes, 'the "Coach:" line of the notes');
	for (const entry of participantClients.values()) {
		if (entry.clients.size >= 2) addCoach(entry.name, entry.clients.size, `in the sessions of ${entry.clients.size} different people`);
	}
	found.push(...coachNames.values());
	const allCoachKeys = new Set([...coachKeys, ...coachNames.keys()]);
	const isCoach = (name: string) => allCoachKeys.has(clientKey(name)) || /^(?:me|coach)$/i.test(name.trim());

	for (const h of headings.entries()) {
		if (!recurring(h.notes)) continue;
		found.push({ kind: 'heading', name: h.name, notes: h.notes, ...sectionRole(h.name, isCoach, rules) });
	}
	for (const l of labels.entries()) {
		if (!recurring(l.notes)) continue;
		found.push({ kind: 'label', name: l.name, notes: l.notes, ...sectionRole(l.name, isCoach, rules) });
	}
	for (const s of speakers.entries()) {
		if (!recurring(s.notes)) continue;
		const coach = isCoach(s.name);
		found.push({ kind: 'speaker', name: s.name, notes: s.notes, role: coach ? 'coach-name' : 'none', reason: coach ? 'the coach speaking' : 'a speaker: the client or another person' });
	}
	const keyRole = (key: string, written: string): Pick<Detected, 'role' | 'reason'> => {
		if (CLIENT_KEY_WORDS.test(key) || clientKeySet.has(key)) return { role: 'client-key', reason: 'names the people of the session' };
		if (/updat|modif|due|deadline|next|last/i.test(key)) return { role: 'none', reason: 'a date, but not the session\'s' };
		if (DATE_KEY_WORDS.test(key) || (dateKeyHits.get(written) ?? 0) > 0) return { role: 'date-key', reason: 'holds dates' };
		return { role: 'none', reason: 'not used by the review' };
	};
	for (const k of keys.entries()) found.push({ kind: 'frontmatter key', name: k.name, notes: k.notes, ...keyRole(k.key, k.name) });
	for (const p of properties.entries()) {
		if (!recurring(p.notes)) continue;
		found.push({ kind: 'property line', name: p.name, notes: p.notes, ...keyRole(p.key, p.name) });
	}
	for (const f of folders.entries()) found.push({ kind: 'folder', name: f.name, notes: f.notes, role: 'none', reason: 'where session notes are' });

	const numericDateOrder = dayFirst > 0 && monthFirst === 0 ? 'day-month' : monthFirst > 0 && dayFirst === 0 ? 'month-day' : '';
	if (numericDateOrder !== '') {
		found.push({ kind: 'date order', name: numericDateOrder, notes: dayFirst + monthFirst, role: 'none', reason: `numeric dates are written ${numericDateOrder === 'day-month' ? 'day first (14/07/2026)' : 'month first (7/14/2026)'}` });
	}
	return { scanned: notes.length, sessionNotes, found, numericDateOrder };
}

/** A heading's or label's role; `For <coach>` is the coach's promises, `For <someone else>` the client's steps. */
function sectionRole(name: string, isCoach: (name: string) => boolean, rules: ReadingRules): Pick<Detected, 'role' | 'reason'> {
	// A name the settings already know keeps its role: detect adds, it never undoes the coach's settings.
	const known = rules.headingRoles.get(normaliseHeading(name));
	if (known) return { role: known === 'private-notes' ? 'private' : known === 'next-time' ? 'coach-notes' : known, reason: 'already in your settings' };
	const owner = /^(?:for|from)\s+(.+?)\s*$/i.exec(normaliseHeading(name));
	if (owner?.[1] && owner[1] !== 'me') {
		return isCoach(owner[1]) ? { role: 'coach-promises', reason: `steps for ${owner[1]}, the coach` } : { role: 'action-steps', reason: `steps for ${owner[1]}` };
	}
	const role = proposeSectionRole(name);
	return { role, reason: role === 'none' ? 'no role known for this name' : `the words of the name` };
}
