import {
	buildBrief,
	buildCaseload,
	type CaseloadClient,
	clientFacts,
	collectPromises,
	renderBriefMarkdown,
	renderCaseloadMarkdown,
	renderPromisesMarkdown,
} from '../core/caseload';
import { isDay, localToday } from '../core/review';
import { buildReview } from '../core/review';
import { checkFlags, loadSettings, type Output, type ParsedArgs, UsageError } from './args';
import { type LoadedVault, loadVault } from './load-vault';
import { reportNoClient, reportWarnings, vaultArgument } from './review-commands';

const CASELOAD_HELP = `coaching-review caseload <vault> [--json | --markdown] [--today YYYY-MM-DD] [--folder <folder>] [--tag <tag>] [--all] [--config <settings.json>]

Every client on one page, most recent session first: last session and days since, usual cadence, sessions this
quarter, their open and recurring steps, your open promises to them and the oldest one's age, their latest words.
Facts only: no scores, no ranking.
  --markdown   the caseload as a Markdown note (the default)
  --json       {"today", "clients": [{"name", "lastSession", "daysSince", "sessions", "openSteps",
               "recurringSteps", "openPromises", "oldestPromiseDays", "latestWords", ...}], "hidden"}
  --folder     only clients with a profile or session in this folder
  --tag        only clients whose profile or sessions carry this tag (nested tags match)
  --all        archived clients too (a profile with "status: archived", or the archivedClients setting)
  --today      the day to count from (default: today)
`;

const PROMISES_HELP = `coaching-review promises <vault> [--json] [--all] [--today YYYY-MM-DD] [--config <settings.json>]

Every promise you made to any client that is still open, oldest first, with where it is written.
  --json   {"today", "promises": [{"clients", "text", "since", "daysOpen", "due", "path", "line", ...}]}
  --all    delivered and dropped promises too
  --today  the day to count from (default: today)
`;

const BRIEF_HELP = `coaching-review brief <vault> --client <name> [--json | --markdown] [--today YYYY-MM-DD] [--config <settings.json>]

One page before the next session with a client: what progress means to them, their words last time, their open
steps and how often raised, what you promised and have not delivered, and the questions you noted for next time
(under a "Next time" or "Follow-up questions" heading).
  --markdown   the brief as a Markdown note (the default)
  --json       the page's sections by name
  --today      the day to count from (default: today)
`;

function todayOf(args: ParsedArgs): string {
	const flag = args.flags.get('--today');
	if (flag !== undefined && (typeof flag !== 'string' || !isDay(flag))) throw new UsageError('--today takes a date like 2026-11-22.');
	return typeof flag === 'string' ? flag : localToday();
}

function textFlag(args: ParsedArgs, flag: string): string | undefined {
	const value = args.flags.get(flag);
	if (value === true) throw new UsageError(`${flag} needs a value.`);
	return value;
}

/** Every client of the vault read in full, and what the caseload knows of each. */
async function loadCaseload(vault: string, args: ParsedArgs, io: Output, today: string): Promise<{ loaded: LoadedVault; clients: CaseloadClient[] }> {
	const settings = await loadSettings(args.flags, io);
	const loaded = await loadVault(vault, settings, 'full');
	reportWarnings(loaded.warnings, io);
	const options = loaded.index.reviewOptions(today);
	const clients = loaded.clients.map((entry) => clientFacts(entry, options));
	return { loaded, clients };
}

function json(value: unknown): string {
	return JSON.stringify(value, null, 2) + '\n';
}

export async function caseloadCommand(args: ParsedArgs, io: Output): Promise<number> {
	if (args.flags.has('--help')) {
		io.out(CASELOAD_HELP);
		return 0;
	}
	checkFlags(args.flags, ['--json', '--markdown', '--today', '--folder', '--tag', '--all']);
	if (args.flags.has('--json') && args.flags.has('--markdown')) throw new UsageError('Choose one of --json and --markdown.');
	const vault = await vaultArgument(args, 'caseload');
	const today = todayOf(args);
	const folder = textFlag(args, '--folder');
	const tag = textFlag(args, '--tag');
	const { clients } = await loadCaseload(vault, args, io, today);
	const caseload = buildCaseload(clients, { today, folder, tag, includeArchived: args.flags.has('--all') });
	io.out(args.flags.has('--json') ? json(caseload) : renderCaseloadMarkdown(caseload));
	return 0;
}

export async function promisesCommand(args: ParsedArgs, io: Output): Promise<number> {
	if (args.flags.has('--help')) {
		io.out(PROMISES_HELP);
		return 0;
	}
	checkFlags(args.flags, ['--json', '--markdown', '--today', '--all']);
	if (args.flags.has('--json') && args.flags.has('--markdown')) throw new UsageError('Choose one of --json and --markdown.');
	const vault = await vaultArgument(args, 'promises');
	const today = todayOf(args);
	const { clients } = await loadCaseload(vault, args, io, today);
	const ledger = collectPromises(clients, { today, all: args.flags.has('--all') });
	if (args.flags.has('--json')) {
		// The read mention stays inside: the JSON says where the line is, not how it was read.
		const promises = ledger.promises.map(({ mention: _mention, ...entry }) => entry);
		io.out(json({ today: ledger.today, promises }));
	} else io.out(renderPromisesMarkdown(ledger));
	return 0;
}

export async function briefCommand(args: ParsedArgs, io: Output): Promise<number> {
	if (args.flags.has('--help')) {
		io.out(BRIEF_HELP);
		return 0;
	}
	checkFlags(args.flags, ['--json', '--markdown', '--today', '--client']);
	if (args.flags.has('--json') && args.flags.has('--markdown')) throw new UsageError('Choose one of --json and --markdown.');
	const vault = await vaultArgument(args, 'brief');
	const name = textFlag(args, '--client');
	if (name === undefined) throw new UsageError('brief needs --client <name>.');
	const today = todayOf(args);
	const settings = await loadSettings(args.flags, io);
	const loaded = await loadVault(vault, settings, 'full');
	const match = loaded.index.matchClient(name);
	if (match.kind !== 'found') return reportNoClient(match, name, vault, io);
	const review = buildReview(match.client, loaded.index.reviewOptions(today));
	reportWarnings(review.warnings, io);
	const brief = buildBrief(review);
	io.out(args.flags.has('--json') ? json(brief) : renderBriefMarkdown(brief));
	return 0;
}
