import { promises as fs } from 'node:fs';
import { ROLE_LABELS } from '../core/detect';
import { type Detected, type DetectedKind, scanNoteStyle, type StyleScan } from '../core/detect';
import { settingsFromScan } from '../core/detect';
import { checkFlags, loadSettings, type Output, type ParsedArgs, UsageError } from './args';
import { parseNoteText } from './read-note';
import { listNotes, readNote } from './vault';

const DETECT_HELP = `coaching-review detect <vault> [--coach NAME]... [--write <settings.json>] [--config <settings.json>]

Detect my note style: scans the notes that look like sessions and lists the headings, labels, speaker tags,
keys and folders they use, with how many notes use each and the role proposed for it.
  --coach NAME   your own name or handle (repeat for each); the coach is never a client
  --write FILE   write the proposals as a settings file, for the other commands' --config
`;

const KIND_TITLES: [DetectedKind, string][] = [
	['coach name', 'Coach names'],
	['frontmatter key', 'Frontmatter keys'],
	['property line', 'Property lines at the top of notes'],
	['heading', 'Headings'],
	['label', 'Labels (a line on its own, bold or ending in a colon)'],
	['speaker', 'Speaker tags'],
	['folder', 'Folders'],
	['date order', 'Numeric dates'],
];

/** Note text on a terminal: no control characters (a note could hold escape sequences). */
function cleanForTerminal(text: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
	return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** The proposals as a coach reads them: one group per kind, most used first. */
export function formatScan(scan: StyleScan): string {
	const lines = [`${scan.sessionNotes} of ${scan.scanned} notes look like sessions.`, ''];
	for (const [kind, title] of KIND_TITLES) {
		const items = scan.found.filter((d) => d.kind === kind).sort((a, b) => b.notes - a.notes || (a.name < b.name ? -1 : 1));
		if (items.length === 0) continue;
		lines.push(`${title}:`);
		const width = Math.min(40, Math.max(...items.map((d) => d.name.length)));
		for (const d of items) lines.push(`  ${cleanForTerminal(d.name).padEnd(width)}  ${countText(d)}  → ${ROLE_LABELS[d.role]} (${d.reason})`);
		lines.push('');
	}
	return lines.join('\n');
}

function countText(d: Detected): string {
	if (d.kind === 'coach name' && d.notes === 0) return '        ';
	return `${String(d.notes).padStart(3)} note${d.notes === 1 ? ' ' : 's'}`;
}

export async function detectCommand(args: ParsedArgs, io: Output): Promise<number> {
	if (args.flags.has('--help')) {
		io.out(DETECT_HELP);
		return 0;
	}
	checkFlags(args.flags, ['--coach', '--write']);
	const vault = args.positional[0];
	if (vault === undefined || args.positional.length > 1) throw new UsageError('detect takes one folder: coaching-review detect <vault>');
	const stat = await fs.stat(vault).catch(() => null);
	if (!stat?.isDirectory()) throw new UsageError(`${vault} is not a folder.`);
	const settings = await loadSettings(args.flags, io);
	const notes = (await listNotes(vault)).map((path) => {
		return parseNoteText(path, readNote(vault, path));
	});
	const scan = scanNoteStyle(notes, settings, { coachNames: args.values.get('--coach') ?? [] });
	io.out(formatScan(scan));
	const file = args.flags.get('--write');
	if (typeof file === 'string') {
		await fs.writeFile(file, JSON.stringify(settingsFromScan(scan, settings), null, 2) + '\n', 'utf8');
		io.out(`Settings written to ${file}: use them with --config ${file}\n`);
	}
	return 0;
}
