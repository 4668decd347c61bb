import type { MarkdownDocument } from '../core/markdown';
import { type ProgressMatcher, type ReviewedWords, reviewWords } from '../core/review';
import { withoutUnreadableFields } from '../core/session';
import type { SessionReading } from '../core/session';
import type { NoteReading } from './read-note';

/** Obsidian's `CachedMetadata` shape: keys it would leave out are left out. */
export function metadataJson(document: MarkdownDocument, frontmatter: Record<string, unknown> | null): Record<string, unknown> {
	const metadata: Record<string, unknown> = {};
	if (document.frontmatter) {
		// Without what JSON cannot write: a property that holds itself (the session's warnings say which).
		if (frontmatter) metadata.frontmatter = withoutUnreadableFields(frontmatter).data;
		metadata.frontmatterPosition = document.frontmatter.position;
	}
	if (document.headings.length > 0) metadata.headings = document.headings;
	if (document.listItems.length > 0) metadata.listItems = document.listItems;
	if (document.sections.length > 0) metadata.sections = document.sections;
	return metadata;
}

/** `progress`: the settings' progress phrases, so the client's words say whether a review counts them as progress. */
export function inspectJson(reading: NoteReading, progress: ProgressMatcher | null): string {
	const session = { ...reading.session, clientWords: reviewWords(reading.session.clientWords, progress) };
	return JSON.stringify({ metadata: metadataJson(reading.document, reading.note.frontmatter), session }, null, 2);
}

interface LineRole {
	role: string;
	why: string;
}

/** Every role each line has: one line may hold several (a quote in the coach's prose is the client's, the rest the coach's). */
function rolesByLine(session: SessionReading, clientWords: ReviewedWords[]): Map<number, LineRole[]> {
	const roles = new Map<number, LineRole[]>();
	const add = (line: number, role: LineRole) => {
		const known = roles.get(line);
		if (known) known.push(role);
		else roles.set(line, [role]);
	};
	const markerRoles: Record<string, string> = { label: 'label', turn: 'speaker', table: 'table of steps' };
	for (const marker of session.markers ?? []) add(marker.line, { role: markerRoles[marker.kind] ?? marker.kind, why: marker.rule });
	for (const step of session.actionSteps) {
		const owner = step.owner === 'coach' ? "coach's promise" : step.speaker ? `${step.speaker}'s step` : "client's step";
		add(step.line, { role: `${owner} (${step.status})`, why: step.rule });
	}
	session.clientWords.forEach((spoken, k) => {
		const words = clientWords[k];
		if (!words) return;
		const whose = spoken.speaker ? `${spoken.speaker}'s words` : "client's words";
		add(words.line, {
			role: words.progress ? `${whose}, progress` : whose,
			why: words.progress ? `${words.rule}; progress: ${words.progressReason ?? ''}` : words.rule,
		});
	});
	for (const goal of session.goals) if (!session.clientWords.some((w) => w.line === goal.line)) add(goal.line, { role: 'goal', why: goal.rule });
	for (const note of session.coachNotes) add(note.line, { role: "coach's notes", why: note.rule });
	// A review line tells an earlier step's status; the review joins it to that step's thread.
	for (const report of session.statusReports ?? []) add(report.line, { role: `status told (${report.status})`, why: `${report.rule}; about '${report.subject}'` });
	return roles;
}

const STRUCTURE: Record<string, string> = {
	frontmatter: 'frontmatter',
	heading: 'heading',
	'setext-underline': 'heading',
	fence: 'code (not read)',
	code: 'code (not read)',
	comment: 'comment (not read)',
	html: 'HTML (not read)',
	math: 'math (not read)',
	'thematic-break': 'rule',
};

function describeSession(session: SessionReading): string[] {
	const out: string[] = [];
	if (session.role === 'none') {
		out.push('Not a session: no client in its frontmatter and not in a client folder, so no review reads it.');
		return out;
	}
	const who = session.clients.join(', ');
	if (session.role === 'profile') out.push(`Client profile of ${who}${session.aliases.length ? ` (also known as ${session.aliases.join(', ')})` : ''}`);
	else {
		const facts = [`Session of ${who}`];
		facts.push(session.date ? `${session.date} (from the ${session.dateSource ?? 'note'})` : 'no date');
		if (session.number !== null) facts.push(`session ${session.number}`);
		const ratings = [session.ratings.client !== null ? `client ${session.ratings.client}` : '', session.ratings.coach !== null ? `coach ${session.ratings.coach}` : ''].filter(Boolean);
		if (ratings.length) facts.push(`ratings: ${ratings.join(', ')}`);
		out.push(facts.join(' · '));
	}
	const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
	const clientSteps = session.actionSteps.filter((s) => s.owner === 'client').length;
	out.push(
		[
			count(clientSteps, "client's step", "client's steps"),
			count(session.actionSteps.length - clientSteps, "coach's promise", "coach's promises"),
			count(session.clientWords.length, "client's words", "client's words"),
			count(session.coachNotes.length, "coach's note", "coach's notes"),
			count(session.goals.length, 'goal', 'goals'),
			count(session.warnings.length, 'warning', 'warnings'),
		].join(' · '),
	);
	return out;
}

/** A readable account of how one note was read: each line's role and the rule behind it. */
export function inspectText(reading: NoteReading, progress: ProgressMatcher | null): string {
	const { document, session } = reading;
	const out: string[] = [session.path, ...describeSession(session).map((l) => `  ${l}`), ''];
	const roles = rolesByLine(session, reviewWords(session.clientWords, progress));
	const width = String(document.lines.length).length;
	const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
	let lastItemLine = 0;
	for (let i = 0; i < document.lines.length; i++) {
		const info = document.lineInfo[i];
		const text = document.lines[i] ?? '';
		if (!info || info.kind === 'blank') continue;
		const line = i + 1;
		const num = String(line).padStart(width);
		const lineRoles = roles.get(line);
		if (lineRoles) {
			lastItemLine = line;
			lineRoles.forEach((role, k) => out.push(`  ${k === 0 ? num : ' '.repeat(width)}  ${role.role.padEnd(26)} ${role.why}`));
			out.push(`  ${' '.repeat(width)}  ${''.padEnd(26)} "${preview(text.trim())}"`);
			continue;
		}
		const structure = STRUCTURE[info.kind];
		if (structure) out.push(`  ${num}  ${structure.padEnd(26)} ${info.kind === 'heading' ? preview(text.trim()) : ''}`.trimEnd());
		else if (lastItemLine > 0 && (info.kind === 'paragraph' || info.kind === 'table')) {
			out.push(`  ${num}  ${`(continues line ${lastItemLine})`.padEnd(26)}`.trimEnd());
		} else out.push(`  ${num}  ${'not read'.padEnd(26)} ${preview(text.trim())}`.trimEnd());
		if (info.kind !== 'paragraph' && info.kind !== 'table') lastItemLine = 0;
	}
	if (session.warnings.length > 0) {
		out.push('', '  Warnings:');
		for (const w of session.warnings) out.push(`    ${w.path}:${w.line}: ${w.message}`);
	}
	return out.join('\n') + '\n';
}
