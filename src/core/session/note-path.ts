/** Who a note belongs to by where it is (PRODUCT.md's client folder), read from its path alone. */

/** `/Clients/` is `Clients`; the common case, a folder written without slashes, makes no new string. */
function trimSlashes(folder: string): string {
	return folder.startsWith('/') || folder.endsWith('/') ? folder.replace(/^\/+|\/+$/g, '') : folder;
}

/** `Clients/Susan Lee/2026-10-14.md` is Susan Lee's. */
export function clientFromFolder(path: string, clientFolder: string): string | null {
	const folder = trimSlashes(clientFolder);
	if (folder === '') return null;
	if (!path.startsWith(folder) || path.charCodeAt(folder.length) !== 47) return null;
	// The first folder below it, when the note is inside one.
	const start = folder.length + 1;
	const slash = path.indexOf('/', start);
	return slash > start ? path.slice(start, slash) : null;
}

/** `Clients/Susan Lee.md` and `Clients/Susan Lee/Susan Lee.md` are Susan Lee's profile. */
export function profileNameFromPath(path: string, clientFolder: string): string | null {
	const folder = trimSlashes(clientFolder);
	if (folder === '' || !path.startsWith(folder) || path.charCodeAt(folder.length) !== 47) return null;
	// What follows the folder, without `.md`: read in place, since most notes are sessions and no profile.
	const start = folder.length + 1;
	const end = mdStart(path, start);
	const slashAt = path.indexOf('/', start);
	if (slashAt < 0 || slashAt >= end) return end === start ? null : path.slice(start, end);
	// A session note inside the client's folder is not a profile; only `Name/Name.md` is.
	const slash = slashAt - start;
	if (slash === 0 || end - start !== slash * 2 + 1 || path.indexOf('/', slashAt + 1) >= 0) return null;
	const name = path.slice(start, slashAt);
	return path.startsWith(name, slashAt + 1) ? name : null;
}

/** `Clients/Susan Lee.md` is `Susan Lee`. */
export function fileBaseName(path: string): string {
	const start = path.lastIndexOf('/') + 1;
	return path.slice(start, mdStart(path, start));
}

/** Where a `.md` extension (in any case) starts in `path`, after `from`; the path's length when it has none. */
function mdStart(path: string, from: number): number {
	const at = path.length - 3;
	return at >= from && path.charCodeAt(at) === 46 && (path.charCodeAt(at + 1) | 32) === 109 && (path.charCodeAt(at + 2) | 32) === 100 ? at : path.length;
}
