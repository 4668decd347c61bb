import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GENERATOR_META } from '../ui/standalone';

/** Why an `--html` file may not be written, in one line; null when it may. */
export type HtmlTargetCheck = { file: string; replaces: boolean } | { error: string };

function isInside(folder: string, file: string): boolean {
	const relative = path.relative(folder, file);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Whether the file's first few KB hold the mark every page this tool writes has in its head. */
function wroteIt(file: string): boolean {
	const fd = openSync(file, 'r');
	try {
		const head = Buffer.alloc(4096);
		const n = readSync(fd, head, 0, head.length, 0);
		return head.subarray(0, n).toString('utf8').includes(GENERATOR_META);
	} finally {
		closeSync(fd);
	}
}

/**
 * Where `--html <file>` may write: never inside the vault (the command line never writes there), never over a
 * file this tool did not write unless `force`, and only into a folder that exists. Checked before any work is done.
 */
export function checkHtmlTarget(file: string, vault: string, force: boolean): HtmlTargetCheck {
	const absolute = path.resolve(file);
	const folder = path.dirname(absolute);
	let realFolder: string;
	try {
		realFolder = realpathSync(folder);
		if (!statSync(realFolder).isDirectory()) return { error: `--html: ${path.dirname(file)} is not a folder.` };
	} catch {
		return { error: `--html: the folder ${path.dirname(file)} does not exist.` };
	}
	let target = path.join(realFolder, path.basename(absolute));
	let exists = false;
	try {
		// An existing file, or a link: judged by where it leads.
		target = realpathSync(target);
		exists = true;
	} catch {
		exists = false;
	}
	const realVault = realpathSync(vault);
	if (isInside(realVault, target)) return { error: `--html: ${file} is inside the vault, and the command line never writes to the vault. Choose a file outside it.` };
	if (!exists) return { file: target, replaces: false };
	if (!statSync(target).isFile()) return { error: `--html: ${file} is not a file.` };
	if (!force && !wroteIt(target)) return { error: `--html: ${file} already exists and was not written by coaching-review; add --force to replace it.` };
	return { file: target, replaces: true };
}

/** Writes the page where `checkHtmlTarget` said; a new file is created only if still absent (`wx`). */
export async function writeHtmlPage(check: { file: string; replaces: boolean }, page: string): Promise<void> {
	await fs.writeFile(check.file, page, { encoding: 'utf8', flag: check.replaces ? 'w' : 'wx' });
}
