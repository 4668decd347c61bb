import { promises as fs } from 'node:fs';
import { type ClientEntry, type ClientMatch, findClient, mayBeFoundBy } from '../core/review';
import { isDay, localToday } from '../core/review';
import { plural } from '../core/review';
import { renderClientSummary } from '../core/summary';
import { clientSummary } from '../core/summary';
import { renderMarkdown } from '../core/review';
import { buildReview, reviewJson } from '../core/review';
import { ProgressDetections, progressPattern } from '../core/review';
import { standalonePage } from '../ui/standalone';
import { readStyles } from './styles';
import path from 'node:path';
import type { Warning } from '../core/session';
import { checkHtmlTarget, writeHtmlPage } from './html-output';
import { sessionSpan } from '../core/review';
import { loadVault, readClientInFull } from './load-vault';
import { checkFlags, loadSettings, type Output, type ParsedArgs, UsageError } from './args';

const CLIENTS_HELP = `coaching-review clients <vault> [--json] [--config <settings.json>]

Lists the clients found in a folder of Markdown notes, most recent session first,
with their number of sessions and first and last session dates.
  --json   {"clients": [...], "warnings": [...]}
`;

const REVIEW_HELP = `coaching-review review <vault> --client <name> [--json | --markdown] [--html <file> [--force]] [--client-facing] [--today YYYY-MM-DD] [--config <settings.json>]

One client's review. The name is matched ignoring case and accents; a unique prefix is enough.
  --markdown   the review as a Markdown note (the default)
  --json       the review as JSON
  --html <file>  also write the dashboard as one standalone HTML page (no script, links open Obsidian); never
               inside the vault, and never over a file this tool did not write
  --force      with --html: replace an existing file this tool did not write
  --client-facing  with --markdown or --html: a summary for the client's own eyes, without your notes or ratings
  --today      the day to count open and overdue steps from (default: today)
An unknown or ambiguous name exits with status 2 and lists the candidates.
`;

/** The one vault folder a command takes. */
export async function vaultArgument(args: ParsedArgs, command: string): Promise<string> {
	const vault = args.positional[0];
	if (vault === undefined || args.positional.length > 1) throw new UsageError(`${command} takes one folder: coaching-review ${command} <vault>`);
	const stat = await fs.stat(vault).catch(() => null);
	if (!stat?.isDirectory()) throw new UsageError(`${vault} is not a folder.`);
	return vault;
}

export function reportWarnings(warnings: readonly Warning[], io: Output): void {
	for (const w of warnings) io.err(`warning: ${w.path}:${w.line}: ${w.message}\n`);
}

function clientListing(entry: ClientEntry) {
	return {
		name: entry.name,
		sessions: entry.sessions.length,
		firstSession: entry.firstDate,
		lastSession: entry.lastDate,
		profile: entry.profile?.path ?? null,
	};
}

export async function clientsCommand(args: ParsedArgs, io: Output): Promise<number> {
	if (args.flags.has('--help')) {
		io.out(CLIENTS_HELP);
		return 0;
	}
	checkFlags(args.flags, ['--json']);
	const vault = await vaultArgument(args, 'clients');
	const settings = await loadSettings(args.flags, io);
	// Who and when of every note, none of them kept: the list needs no note read in full.
	const loaded = await loadVault(vault, settings);
	reportWarnings(loaded.warnings, io);
	if (args.flags.has('--json')) {
		io.out(JSON.stringify({ clients: loaded.clients.map(clientListing), warnings: loaded.warnings }, null, 2) + '\n');
		return 0;
	}
	if (loaded.clients.length === 0) {
		io.out(`No clients found in ${vault}. A session note names its client in its frontmatter ("client: Name") or lives in ${settings.clientFolder}/<Name>/.\n`);
		return 0;
	}
	const width = Math.max(...loaded.clients.map((c) => c.name.length));
	io.out(`${plural(loaded.clients.length, 'client')} in ${vault}, most recent session first:\n\n`);
	for (const c of loaded.clients) {
		const count = `${c.sessions.length} ${c.sessions.length === 1 ? 'session' : 'sessions'}`;
		const span = c.firstDate ? `${c.firstDate} to ${c.lastDate ?? c.firstDate}` : 'no dated sessions';
		io.out(`  ${c.name.padEnd(width)}  ${count.padStart(12)}  ${span}\n`);
	}
	if (loaded.warnings.length > 0) io.out(`\n${loaded.warnings.length} ${loaded.warnings.length === 1 ? 'note has a problem' : 'problems in notes'}: see the warnings above.\n`);
	return 0;
}

export async function reviewCommand(args: ParsedArgs, io: Output): Promise<number> {
	if (args.flags.has('--help')) {
		io.out(REVIEW_HELP);
		return 0;
	}
	checkFlags(args.flags, ['--json', '--markdown', '--client', '--today', '--html', '--client-facing', '--force']);
	const clientFacing = args.flags.has('--client-facing');
	if (clientFacing && args.flags.has('--json')) throw new UsageError('--client-facing goes with --markdown or --html.');
	if (args.flags.has('--json') && args.flags.has('--markdown')) throw new UsageError('Choose one of --json and --markdown.');
	const vault = await vaultArgument(args, 'review');
	const name = args.flags.get('--client');
	if (typeof name !== 'string') throw new UsageError('review needs --client <name>.');
	const todayFlag = args.flags.get('--today');
	if (todayFlag !== undefined && (typeof todayFlag !== 'string' || !isDay(todayFlag))) throw new UsageError('--today takes a date like 2026-11-22.');
	const today = typeof todayFlag === 'string' ? todayFlag : localToday();
	const htmlFile = args.flags.get('--html');
	if (htmlFile === true) throw new UsageError('--html needs a file.');
	// The file is checked before any work: a refusal is one line, and nothing is written.
	const htmlTarget = htmlFile === undefined ? null : checkHtmlTarget(htmlFile, vault, args.flags.has('--force'));
	if (htmlTarget && 'error' in htmlTarget) {
		io.err(`coaching-review: ${htmlTarget.error}\n`);
		return 1;
	}
	const settings = await loadSettings(args.flags, io);
	// Who and when of every note is enough to find the client; only their notes are then read in full, from the bytes
	// kept of the notes naming a client the name may find.
	const loaded = await loadVault(vault, settings, 'who-and-when', mayBeFoundBy(name));
	const match = findClient(loaded.clients, name);
	if (match.kind !== 'found') return reportNoClient(match, name, vault, io);
	const progress = progressPattern(settings);
	// The detector's reasons, kept from the build for the JSON's words: each statement is read once.
	const detections = new ProgressDetections();
	const review = buildReview(readClientInFull(loaded, match.client), { today, settings, progress, detections });
	reportWarnings(review.warnings, io);
	if (htmlTarget && typeof htmlFile === 'string') {
		const page = standalonePage(review, { vault: path.basename(path.resolve(vault)), css: await readStyles(), privacy: settings.privacyMode, clientFacing, names: loaded.clients.map((c) => c.name) });
		try {
			await writeHtmlPage(htmlTarget, page);
		} catch (error) {
			io.err(`coaching-review: --html: cannot write ${htmlFile} (${(error as { code?: string }).code ?? String(error)}).\n`);
			return 1;
		}
		// With --html alone, what was written is the output; beside --json or --markdown, stdout holds that.
		const wrote = `Wrote ${htmlFile}: ${clientFacing ? 'the client summary' : 'the review'} of ${review.client}, ${sessionSpan(review.sessionCount, review.firstSession, review.lastSession)}.\n`;
		if (!args.flags.has('--json') && !args.flags.has('--markdown')) {
			io.out(wrote);
			return 0;
		}
		io.err(wrote);
	}
	io.out(args.flags.has('--json') ? JSON.stringify(reviewJson(review, progress, detections), null, 2) + '\n' : clientFacing ? renderClientSummary(clientSummary(review)) : renderMarkdown(review));
	return 0;
}

/** A name that finds no client, or more than one: the candidates on stderr, and status 2. */
export function reportNoClient(match: Exclude<ClientMatch, { kind: 'found' }>, name: string, vault: string, io: Output): number {
	const list = match.candidates.map((c) => `  ${c.name}`).join('\n');
	io.err(
		match.kind === 'ambiguous'
			? `coaching-review: "${name}" matches more than one client:\n${list}\n`
			: `coaching-review: no client matches "${name}". Clients in ${vault}:\n${list || '  (none)'}\n`,
	);
	return 2;
}
