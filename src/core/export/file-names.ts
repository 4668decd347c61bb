import { hashText } from './hash';
import { CONTROL_CHARACTERS } from '../markdown/inert-markdown';

/**
 * File and folder names for the notes the product writes. A client's name becomes a file name that is theirs alone:
 * a name that had to be changed to be one (`Ann:Lee`) carries a short mark of the name as written, so it never meets
 * another client's (`Ann Lee`). Each change is said in a notice.
 */

/** The longest name the product gives a file or folder, in characters (not counting ` review 2026-11-22.md`). */
export const MAX_NAME_LENGTH = 100;

/** Characters no file name may hold on some system, or that break a wiki-link to the note. */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;

/** Names Windows keeps for devices, with or without an extension: `CON`, `nul.txt`, `COM1`. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;

export interface SafeName {
	name: string;
	/** Set when the name is not the client's as written: what was changed and why, for a notice. */
	notice: string | null;
}

function cut(text: string, length: number): string {
	return [...text].slice(0, length).join('').trim();
}

/** The file name (without extension) for a client's notes: their name, or a safe one of their own with a notice. */
export function clientFileName(client: string): SafeName {
	const cleaned = client.replace(CONTROL_CHARACTERS, ' ').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
	if (cleaned === client && !RESERVED.test(cleaned) && [...cleaned].length <= MAX_NAME_LENGTH) return { name: client, notice: null };
	const reasons: string[] = [];
	if (cleaned === '') reasons.push('it has no letters a file name can hold');
	else if (RESERVED.test(cleaned)) reasons.push('Windows keeps that name for a device');
	else if (cleaned !== client.replace(/\s+/g, ' ').trim()) reasons.push('it holds characters a file name cannot, or starts or ends with a dot');
	if ([...cleaned].length > MAX_NAME_LENGTH) reasons.push(`it is longer than ${MAX_NAME_LENGTH} characters`);
	const mark = hashText(client).slice(0, 6);
	const base = cleaned === '' || RESERVED.test(cleaned) ? `client ${cleaned}`.trim() : cleaned;
	const name = `${cut(base, MAX_NAME_LENGTH - mark.length - 1)} ${mark}`;
	const why = reasons.length > 0 ? reasons.join(', and ') : 'its spacing is not a file name';
	return { name, notice: `"${printable(client)}" is written as "${name}": ${why}.` };
}

/** A name as a notice may show it: one line, no control characters, not too long. */
function printable(text: string): string {
	const flat = text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
	return [...flat].length > 60 ? `${cut(flat, 57)}…` : flat;
}

export type SafeFolder = { ok: true; folder: string } | { ok: false; reason: string };

/**
 * A folder setting as a vault path (`Reviews`, `Coaching/Reviews`), or a refusal: a folder that climbs out (`..`) or
 * is hidden (a part starting with `.`, which Obsidian does not show) is never written to.
 */
export function safeFolder(folder: string, setting: string): SafeFolder {
	const parts = folder.split(/[\\/]+/).map((p) => p.trim()).filter((p) => p !== '');
	const bad = parts.find((p) => p.startsWith('.'));
	if (bad !== undefined) {
		const what = bad === '..' || bad === '.' ? 'leaves the folder it is in' : 'is hidden (it starts with ".")';
		return { ok: false, reason: `Nothing was written: the ${setting} setting "${printable(folder)}" ${what}. Choose a folder inside the vault in the settings.` };
	}
	return { ok: true, folder: parts.join('/') };
}
