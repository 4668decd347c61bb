import { promises as fs } from 'node:fs';
import path from 'node:path';
import { clientsCommand, reviewCommand } from './review-commands';
import { detectCommand } from './detect';
import { briefCommand, caseloadCommand, promisesCommand } from './caseload-commands';
import { checkFlags, loadSettings, type Output, type ParsedArgs, parseArgs, UsageError } from './args';
import { inspectJson, inspectText } from './inspect';
import { readNoteText } from './read-note';
import { terminalOutput } from './terminal';
import { progressPattern } from '../core/review';
import { compileRules } from '../core/session';

const MAIN_HELP = `coaching-review: read coaching session notes and review a client's history.

Usage:
  coaching-review clients <vault> [--json]
  coaching-review review <vault> --client <name> [--json | --markdown] [--html <file> [--force]] [--client-facing] [--today YYYY-MM-DD]
  coaching-review inspect <note.md> [--json]
  coaching-review detect <vault> [--coach NAME]... [--write <settings.json>]
  coaching-review caseload <vault> [--json | --markdown] [--today D] [--folder F] [--tag T] [--all]
  coaching-review promises <vault> [--json] [--all] [--today D]
  coaching-review brief <vault> --client <name> [--json | --markdown] [--today D]

Commands:
  clients   list the clients found in a folder of notes, most recent session first
  review    one client's review: their words, action steps, your promises, every session
  inspect   show how one note is read: each line's role and the rule behind it
  detect    detect your note style: the headings, labels, speakers and keys your notes use, as settings
  caseload  every client on one page: last session, open steps, your open promises, their latest words
  promises  every promise you made to any client and have not yet delivered, oldest first
  brief     one page before the next session with a client

Options:
  --client <name>     review: the client (case and accents ignored; a unique prefix is enough)
  --markdown          review: the review as a Markdown note (the default)
  --json              the output as JSON (clients, review, inspect)
  --html <file>       review: write the dashboard as one standalone HTML page, never inside the vault
  --force             with --html: replace an existing file this tool did not write
  --client-facing     with --markdown or --html: a summary for the client's own eyes, without your notes or ratings
  --today YYYY-MM-DD  review: the day to count open and overdue steps from (default: today)
  --config <file>     settings in the plugin's shape (JSON), overriding the defaults
  --help              this help; after a command, that command's help

Nothing is sent anywhere and no note is changed.
`;

const INSPECT_HELP = `coaching-review inspect <note.md> [--json] [--config <settings.json>]

Shows how one note is read.
  (default)  a readable account: the session's facts, then each line's role and why
  --json     {"metadata": …, "session": …}: metadata in Obsidian's own shape (frontmatter, headings,
             listItems, sections; 0-based lines), the session with 1-based lines
`;

async function inspect(args: ParsedArgs, io: Output): Promise<number> {
	if (args.flags.has('--help')) {
		io.out(INSPECT_HELP);
		return 0;
	}
	checkFlags(args.flags, ['--json']);
	const file = args.positional[0];
	if (file === undefined || args.positional.length > 1) throw new UsageError('inspect takes one note: coaching-review inspect <note.md>');
	const settings = await loadSettings(args.flags, io);
	let text: string;
	try {
		text = await fs.readFile(file, 'utf8');
	} catch (error) {
		io.err(`coaching-review: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}
	const notePath = await vaultRelativePath(file, settings.clientFolder);
	const reading = readNoteText(notePath, text, compileRules(settings));
	for (const w of reading.session.warnings) io.err(`warning: ${w.path}:${w.line}: ${w.message}\n`);
	const progress = progressPattern(settings);
	io.out(args.flags.has('--json') ? inspectJson(reading, progress) + '\n' : inspectText(reading, progress));
	return 0;
}

/**
 * The note's path as the vault sees it, so the client-folder rule applies: relative to the nearest folder
 * holding `.obsidian`, else from the client folder on (`…/Clients/Ana/x.md` is `Clients/Ana/x.md`).
 */
export async function vaultRelativePath(file: string, clientFolder: string): Promise<string> {
	const absolute = path.resolve(file);
	for (let dir = path.dirname(absolute); ; dir = path.dirname(dir)) {
		const isVault = await fs.stat(path.join(dir, '.obsidian')).then((s) => s.isDirectory(), () => false);
		if (isVault) return path.relative(dir, absolute).split(path.sep).join('/');
		if (path.dirname(dir) === dir) break;
	}
	const segments = absolute.split(path.sep);
	const folder = clientFolder.replace(/^\/+|\/+$/g, '');
	const at = folder === '' ? -1 : segments.lastIndexOf(folder);
	if (at >= 0 && at < segments.length - 1) return segments.slice(at).join('/');
	return file.split(path.sep).join('/');
}

const COMMANDS: Record<string, (args: ParsedArgs, io: Output) => Promise<number>> = {
	inspect,
	clients: clientsCommand,
	review: reviewCommand,
	detect: detectCommand,
	caseload: caseloadCommand,
	promises: promisesCommand,
	brief: briefCommand,
};

/** Runs the command line; returns the exit status (2 for a usage error). Its output holds no control characters. */
export async function run(argv: string[], terminal: Output): Promise<number> {
	const io = terminalOutput(terminal);
	try {
		const [command, ...rest] = argv;
		if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
			io.out(MAIN_HELP);
			return command === undefined ? 2 : 0;
		}
		const handler = COMMANDS[command];
		if (!handler) throw new UsageError(`Unknown command "${command}".`);
		return await handler(parseArgs(rest), io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`coaching-review: ${error.message}\nRun "coaching-review --help" for usage.\n`);
			return 2;
		}
		throw error;
	}
}
