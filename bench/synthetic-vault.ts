/**
 * Seeded synthetic coaching vaults for benchmarks and scale tests: 20 clients, notes of 2–4 KB with the
 * headings, quotes, callouts and steps real notes have, steps that recur across sessions and get reworded.
 */

export interface SyntheticNote {
	path: string;
	text: string;
}

function generator(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
		state ^= state >>> 13;
		return (state >>> 0) / 2 ** 32;
	};
	return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const FIRST = ['Susan', 'Marcus', 'Zoë', 'Priya', 'Tom', 'Ana', 'Ben', 'Chloé', 'Dev', 'Elif', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Noor', 'Omar'];
const LAST = ['Lee', 'Bell', 'Martin', 'Shah', 'Okafor', 'Silva', 'Novak', 'Dubois', 'Patel', 'Yilmaz', 'Haddad', 'Berg', 'Sato', 'Kovač', 'Reyes', 'Mensah', 'Weber', 'Ruiz', 'Khan', 'Aziz'];

const VERBS = ['Email', 'Draft', 'Call', 'Book', 'Finish', 'Plan', 'Review', 'Write', 'Send', 'Update', 'Record', 'Outline'];
const OBJECTS = ['the list about the launch', 'the sales page', 'the accountant about VAT', 'the venue for the workshop', 'the pricing worksheet', 'three past clients', 'the podcast episode', 'the grant application', 'the content calendar', 'the About page', 'the team retro', 'the budget for Q1', 'the newsletter', 'the course outline', 'the landlord about the lease', 'the portfolio site'];
const REWORD = [(s: string) => s, (s: string) => s.replace(/^(\w+)/, '$1ed').replace('eed', 'ed'), (s: string) => s.replace(/\bthe\b /, 'my '), (s: string) => `${s} #focus`, (s: string) => s.replace(' about ', ' re: ')];
const WORDS = 'the week felt lighter and heavier at once while the studio schedule and family plans pulled in different directions every single day'.split(' ');
const CLIENT_LINES = ["I finally sent it and nothing bad happened.", "I'm making progress, slowly.", "For the first time I said no without apologising.", "I feel stuck with the money part.", "I'm proud of how I handled the meeting.", "It worked better than I expected.", "Honestly I'm tired this week."];

function sentence(r: ReturnType<typeof generator>, words: number): string {
	const out: string[] = [];
	for (let i = 0; i < words; i++) out.push(r.pick(WORDS));
	const text = out.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export function clientNames(): string[] {
	return FIRST.map((f, i) => `${f} ${LAST[i] ?? ''}`);
}

/** `count` session notes spread over `clientCount` clients, one every few days per client, in four note styles. */
export function syntheticVault(count: number, seed = 1, clientCount = 20): SyntheticNote[] {
	const r = generator(seed);
	const clients = clientNames().slice(0, clientCount);
	const notes: SyntheticNote[] = [];
	const perClientOpen = new Map<string, string[]>();
	for (let i = 0; i < count; i++) {
		const client = clients[i % clients.length] ?? 'Ana Silva';
		const n = Math.floor(i / clients.length) + 1;
		const day = new Date(Date.UTC(2015, 0, 1) + n * 4 * 86_400_000).toISOString().slice(0, 10);
		const style = i % 4;
		const open = perClientOpen.get(client) ?? [];
		// Most steps carry over (reworded); a few are new each session.
		const steps = open.filter(() => r.next() < 0.7).map((s) => r.pick(REWORD)(s));
		while (steps.length < 4) steps.push(`${r.pick(VERBS)} ${r.pick(OBJECTS)}`);
		perClientOpen.set(client, steps.slice(0, 6));
		const words = Array.from({ length: r.int(2, 4) }, () => (r.next() < 0.5 ? r.pick(CLIENT_LINES) : sentence(r, r.int(8, 18))));
		const notesText = Array.from({ length: r.int(3, 6) }, () => sentence(r, r.int(12, 30)));
		// One style in four uses Tasks emoji (📅); the others use Dataview fields or nothing.
		const boxes = steps.map((s, k) => `- [${r.pick([' ', ' ', 'x', '/', '-'])}] ${s}${k === 0 && style === 0 ? ` 📅 ${day}` : ''}${k === 1 ? ` [id:: s${k}${n % 7}]` : ''}`);
		const promise = `- [${r.pick([' ', 'x'])}] ${r.pick(['Send', 'Share', 'Find'])} ${r.pick(OBJECTS)} @coach`;
		const rating = `client_rating: ${r.int(3, 10)}\ncoach_rating: ${r.int(3, 10)}`;
		let body: string;
		if (style === 0) {
			body = `## In their words\n${words.join('\n\n')}\n\n## Coach notes\n${notesText.join('\n\n')}\n\n## Action steps\n${boxes.join('\n')}\n${promise}\n`;
		} else if (style === 1) {
			body = `${words.map((w) => `Client: ${w}`).join('\n')}\nCoach: ${sentence(r, 10)}\n\nwin:: ${sentence(r, 6)}\n\n## Observations\n${notesText.join('\n\n')}\n\n## Next steps\n${steps.map((s) => `- ${s}`).join('\n')}\n\n## Follow-up for me\n${promise}\n`;
		} else if (style === 2) {
			body = `> [!quote] In their words\n${words.map((w) => `> ${w}`).join('\n>\n')}\n\n> [!coach] Private\n> ${notesText.join('\n> ')}\n\n## Homework\n${boxes.join('\n')}\n\n## I will\n${promise}\n`;
		} else {
			body = `## Wins\n- ${words[0] ?? ''}\n\n## Client reflections\n${words.slice(1).join('\n\n')}\n\n${notesText.join('\n\n')}\n\n\`\`\`\n- [ ] not a step\n\`\`\`\n\n## Commitments\n${boxes.join('\n')}\n${promise}\n`;
		}
		let text = `---\nclient: "[[${client}]]"\ndate: ${day}\nsession: ${n}\n${rating}\ntags: [coaching]\n---\n# Session ${n}\n\n${body}`;
		// Pad to 2–4 KB with the coach's running notes.
		const target = r.int(2048, 4096);
		while (text.length < target) text += `\n${sentence(r, r.int(15, 35))}\n`;
		notes.push({ path: `Clients/${client}/${day}.md`, text });
	}
	return notes;
}
