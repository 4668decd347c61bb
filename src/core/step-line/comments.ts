/**
 * Where a comment left open at the end of the line starts (`%% …` or `<!-- …` with no close on the line), or -1.
 * Text written at the end of such a line would land inside the comment.
 */
export function openCommentStart(line: string): number {
	let open = -1;
	let kind: 'percent' | 'html' | null = null;
	let i = 0;
	while (i < line.length) {
		if (kind === null) {
			if (line.startsWith('%%', i)) {
				kind = 'percent';
				open = i;
				i += 2;
			} else if (line.startsWith('<!--', i)) {
				kind = 'html';
				open = i;
				i += 4;
			} else i++;
		} else if (kind === 'percent' && line.startsWith('%%', i)) {
			kind = null;
			i += 2;
		} else if (kind === 'html' && line.startsWith('-->', i)) {
			kind = null;
			i += 3;
		} else i++;
	}
	return kind === null ? -1 : open;
}
