/**
 * Session notes written the way coaches write them, each holding constructs that are the client's to see or the coach's
 * to keep, every construct with a token of its own. The property test reads the notes, builds the client's summary,
 * and looks for the tokens: no private one may appear, every client one must.
 */

export type Kind = 'client' | 'private';

/** What a construct adds: lines in a session of the client, and sometimes notes of its own. */
export interface Piece {
	body?: string;
	/** Makes the session a group session with these members besides the client. */
	members?: string[];
	/** Notes beside the session, by vault path. */
	notes?: Record<string, string>;
	/** Frontmatter lines of the client's profile note. */
	profile?: string[];
}

export interface Construct {
	name: string;
	kind: Kind;
	make(token: string, rng: Rng): Piece;
}

export type Rng = () => number;

/** A small seeded generator (mulberry32): the same seed writes the same notes. */
export function seeded(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
	const item = items[Math.floor(rng() * items.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

const VERBS = ['call', 'email', 'draft', 'book', 'review', 'write', 'plan', 'finish', 'sketch', 'price', 'record', 'outline', 'tidy', 'schedule', 'prepare'];
const THINGS = ['budget', 'landlord', 'portfolio', 'newsletter', 'garden', 'invoice', 'website', 'mentor', 'workshop', 'podcast', 'calendar', 'contract', 'pitch', 'playlist', 'studio'];
const TIMES = ['tomorrow', 'this week', 'before Friday', 'next month', 'by the weekend', 'after the holiday'];
const PEOPLE = ['Maria', 'the accountant', 'my sister', 'the bank', 'Dev', 'the printer', 'a neighbour', 'the landlady', 'Kofi', 'the council'];
const PLACES = ['at the library', 'from home', 'at the studio', 'on the train', 'in the office', 'at the cafe', 'online', 'at lunch'];

/**
 * A step's words, different enough from step to step that no two are taken for the same step (the review links
 * similar wording into one thread, and a thread shows its latest words). Two numbered words, which never match
 * another word, keep two steps that share their other words apart.
 */
function stepWords(token: string, rng: Rng): string {
	return `${pick(rng, VERBS)} the ${pick(rng, THINGS)} ${token} with ${pick(rng, PEOPLE)} ${pick(rng, PLACES)} ${pick(rng, TIMES)}, item${token}`;
}

/** A sentence of the client's or the coach's, holding the token. */
function sentence(token: string, rng: Rng): string {
	return pick(rng, [`I talked to my ${pick(rng, THINGS)} about ${token} at last.`, `It felt strange, ${token}, but good.`, `Still unsure about ${token} and the ${pick(rng, THINGS)}.`, `${token} keeps coming up when we talk about the ${pick(rng, THINGS)}.`]);
}

/** Headings a coach keeps private, as coaches spell them. */
const PRIVATE_HEADINGS = ['Private notes', 'private notes', 'Private notes:', '🔒 Private notes', 'PRIVATE NOTES', 'Private'];
const COACH_HEADINGS = ['Coach notes', "Coach's notes", 'My notes', 'Observations', 'Coach notes:'];
const CLIENT_HEADINGS = ['In her words', 'In their words', "Client's words", 'Client says', 'In his words'];
/** A neutral heading: neither the client's nor the coach's by name. */
const NEUTRAL_HEADINGS = ['Session', 'Check-in', 'Discussion', 'Today'];
const COACH_CALLOUTS = ['[!coach]', '[!COACH]', '[!coach]-', '[!coach] My thoughts', '[!Coach]+ Private'];

const level = (rng: Rng) => pick(rng, ['##', '##']);
const subLevel = (rng: Rng) => pick(rng, ['###', '####']);
const privateScope = (rng: Rng) => `${level(rng)} ${pick(rng, [...PRIVATE_HEADINGS, ...COACH_HEADINGS])}`;

/** Constructs a client may see: each must reach the summary. */
export const CLIENT_CONSTRUCTS: Construct[] = [
	{ name: 'words under a client heading', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, CLIENT_HEADINGS)}\n${sentence(t, r)}` }) },
	{ name: 'a Client: line', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\nClient: ${sentence(t, r)}` }) },
	{ name: 'a quote callout', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n> [!quote]\n> ${sentence(t, r)}` }) },
	{ name: 'a blockquote outside coach sections', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, CLIENT_HEADINGS)}\n> ${sentence(t, r)}` }) },
	{ name: 'a quote:: field', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\nquote:: ${sentence(t, r)}` }) },
	{ name: 'a win:: field', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\nwin:: ${sentence(t, r)}` }) },
	{ name: 'a Wins section', kind: 'client', make: (t, r) => ({ body: `${level(r)} Wins\n- ${sentence(t, r)}` }) },
	{ name: "a Client's goals section", kind: 'client', make: (t, r) => ({ body: `${level(r)} Client's goals\n- ${sentence(t, r)}` }) },
	{ name: 'a checkbox step', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n- [ ] ${stepWords(t, r)}` }) },
	{ name: 'a plain item under Action steps', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, ['Action steps', 'Next steps', 'Homework'])}\n- ${stepWords(t, r)}` }) },
	{ name: 'a promise marked @coach', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n- [ ] ${stepWords(t, r)} @coach` }) },
	{ name: 'a promise under My commitments', kind: 'client', make: (t, r) => ({ body: `${level(r)} ${pick(r, ['My commitments', 'Coach commitments'])}\n- [ ] ${stepWords(t, r)}` }) },
];

/** Constructs that are the coach's, or another client's: none may reach the summary. */
export const PRIVATE_CONSTRUCTS: Construct[] = [
	// The ordinary ones.
	{ name: 'prose under a coach or private heading', kind: 'private', make: (t, r) => ({ body: `${privateScope(r)}\n${sentence(t, r)}` }) },
	{ name: 'a list under a coach or private heading', kind: 'private', make: (t, r) => ({ body: `${privateScope(r)}\n- ${sentence(t, r)}` }) },
	{ name: 'prose in a coach callout', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n> ${pick(r, COACH_CALLOUTS)}\n> ${sentence(t, r)}` }) },
	{ name: 'a Coach: line', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n${pick(r, ['Coach', 'Me'])}: ${sentence(t, r)}` }) },
	{ name: 'prose under a neutral heading', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n${sentence(t, r)}` }) },
	{ name: 'a %% comment %%', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, CLIENT_HEADINGS)}\n%% ${sentence(t, r)} %%` }) },
	{ name: 'an HTML comment', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, CLIENT_HEADINGS)}\n<!-- ${sentence(t, r)} -->` }) },
	{ name: 'a code block', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, CLIENT_HEADINGS)}\n\`\`\`\nClient: ${sentence(t, r)}\n\`\`\`` }) },
	{ name: 'a note path', kind: 'private', make: (t) => ({ notes: { [`Clients/Ann Lee/2026-03-0${Number(t.slice(-1)) % 9 || 1} ${t}.md`]: '---\nclient: Ann Lee\n---\n## In her words\nA quiet week.\n' } }) },
	{ name: "another client's own note", kind: 'private', make: (t, r) => ({ notes: { [`Clients/Bob Ray/2026-02-0${1 + Math.floor(r() * 8)}.md`]: `---\nclient: Bob Ray\n---\n## In his words\n${sentence(t, r)}\n- [ ] ${stepWords(t, r)}\n` } }) },
	{ name: "a coach's rating", kind: 'private', make: (t, r) => ({ body: `${privateScope(r)}\ncoach_rating:: ${t}` }) },
	// The leaks issue 14 names.
	{ name: 'a checkbox under a private heading', kind: 'private', make: (t, r) => ({ body: `${privateScope(r)}\n- [ ] ${stepWords(t, r)}` }) },
	{ name: 'a Goals heading nested in a private scope', kind: 'private', make: (t, r) => ({ body: `${privateScope(r)}\n${subLevel(r)} ${pick(r, ['Goals', "Client's goals"])}\n- ${sentence(t, r)}` }) },
	{ name: 'a Wins heading nested in a private scope', kind: 'private', make: (t, r) => ({ body: `${privateScope(r)}\n${subLevel(r)} Wins\n- ${sentence(t, r)}` }) },
	{ name: 'a Client: line in a private scope', kind: 'private', make: (t, r) => ({ body: `${privateScope(r)}\nClient: ${sentence(t, r)}` }) },
	{ name: 'a quote::, win:: or goal:: field in a private scope', kind: 'private', make: (t, r) => ({ body: `${privateScope(r)}\n${pick(r, ['quote', 'win', 'goal'])}:: ${sentence(t, r)}` }) },
	{ name: 'a Client: line in a coach callout', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n> ${pick(r, COACH_CALLOUTS)}\n> Client: ${sentence(t, r)}` }) },
	{ name: 'a field in a coach callout', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n> ${pick(r, COACH_CALLOUTS)}\n> ${pick(r, ['quote', 'win', 'goal'])}:: ${sentence(t, r)}` }) },
	{ name: 'a checkbox in a coach callout', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n> ${pick(r, COACH_CALLOUTS)}\n> - [ ] ${stepWords(t, r)}` }) },
	{ name: 'the second line of a Coach: paragraph under a client heading', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, CLIENT_HEADINGS)}\nCoach: I asked about the ${pick(r, THINGS)}.\n${sentence(t, r)}` }) },
	{ name: 'a quote callout nested in a coach callout', kind: 'private', make: (t, r) => ({ body: `${level(r)} ${pick(r, NEUTRAL_HEADINGS)}\n> ${pick(r, COACH_CALLOUTS)}\n> > [!quote]\n> > ${sentence(t, r)}` }) },
	{ name: "another member's line in a group session", kind: 'private', make: (t, r) => ({ members: ['Bob Ray'], body: `${level(r)} ${pick(r, CLIENT_HEADINGS)}\n${pick(r, ['Bob Ray: ', '**Bob Ray:** ', 'Bob: '])}${sentence(t, r)}` }) },
	{ name: "another member's step in a group session", kind: 'private', make: (t, r) => ({ members: ['Bob Ray'], body: `${level(r)} Action steps\n${pick(r, [`- [ ] Bob Ray: ${stepWords(t, r)}`, `- [ ] ${stepWords(t, r)} (@Bob Ray)`, `- [ ] **Bob:** ${stepWords(t, r)}`])}` }) },
	{
		name: "a profile alias that is another client's name",
		kind: 'private',
		make: (t, r) => ({
			profile: ['aliases: [Bob Ray]'],
			notes: {
				'Clients/Bob Ray.md': '---\ntype: client\n---\n# Bob Ray\n',
				[`Clients/Bob Ray/2026-01-1${1 + Math.floor(r() * 8)}.md`]: `---\nclient: Bob Ray\n---\n## In his words\n${sentence(t, r)}\n- [ ] ${stepWords(t, r)}\n`,
			},
		}),
	},
];

export interface GeneratedVault {
	/** Vault path to note text. */
	notes: Record<string, string>;
	/** Token to the construct that holds it. */
	tokens: Map<string, Construct>;
}

/**
 * A vault of Ann Lee's sessions (and whatever notes the constructs bring), each session holding a shuffled mix of the
 * given constructs. Every construct is used at least once per vault.
 */
export function generateVault(seed: number, constructs: readonly Construct[]): GeneratedVault {
	const rng = seeded(seed);
	const tokens = new Map<string, Construct>();
	const notes: Record<string, string> = {};
	const profile: string[] = [];
	const sessionCount = 1 + Math.floor(rng() * 3);
	const sessions: { pieces: Piece[] }[] = Array.from({ length: sessionCount }, () => ({ pieces: [] }));
	const order = [...constructs, ...constructs.filter(() => rng() < 0.3)];
	order.forEach((construct, i) => {
		const token = `zq${seed.toString(36)}x${i.toString(36)}${Math.floor(rng() * 36 ** 3).toString(36)}`;
		tokens.set(token, construct);
		pick(rng, sessions).pieces.push(construct.make(token, rng));
	});
	sessions.forEach((session, n) => {
		const pieces = session.pieces.slice().sort(() => rng() - 0.5);
		const members = [...new Set(pieces.flatMap((p) => p.members ?? []))];
		const clients = members.length > 0 ? `client: [Ann Lee, ${members.join(', ')}]` : pick(rng, ['client: Ann Lee', 'client: "[[Ann Lee]]"', 'coachee: Ann Lee']);
		const body = pieces
			.map((p) => p.body)
			.filter(Boolean)
			.join('\n\n');
		notes[`Clients/Ann Lee/2026-0${4 + n}-1${n}.md`] = `---\n${clients}\ndate: 2026-0${4 + n}-1${n}\nsession: ${n + 1}\n---\n# Session ${n + 1}\n\n${body}\n`;
		for (const piece of pieces) {
			Object.assign(notes, piece.notes ?? {});
			profile.push(...(piece.profile ?? []));
		}
	});
	if (profile.length > 0) notes['Clients/Ann Lee.md'] = `---\ntype: client\n${[...new Set(profile)].join('\n')}\n---\n# Ann Lee\n`;
	return { notes, tokens };
}
