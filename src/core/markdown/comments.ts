/** `%% … %%` and `<!-- … -->` inside paragraphs, which may open on one line and close on a later one. */
export interface CommentState {
	open: '%%' | '-->' | null;
}

/** Removes comment spans from one line, carrying an unclosed comment over to the next line. */
export function stripInlineComments(text: string, state: CommentState): string {
	// One-character searches first: they cost V8 far less than searching for `%%` or `<!--` in a line.
	if (state.open === null && !(text.includes('%') && text.includes('%%')) && !(text.includes('<') && text.includes('<!--'))) return text;
	let out = '';
	let i = 0;
	while (i < text.length) {
		if (state.open !== null) {
			const close = text.indexOf(state.open, i);
			if (close < 0) return out;
			i = close + state.open.length;
			state.open = null;
			continue;
		}
		const percent = text.indexOf('%%', i);
		const html = text.indexOf('<!--', i);
		const next = percent < 0 ? html : html < 0 ? percent : Math.min(percent, html);
		if (next < 0) {
			out += text.slice(i);
			break;
		}
		out += text.slice(i, next);
		state.open = next === percent ? '%%' : '-->';
		i = next + (next === percent ? 2 : 4);
	}
	return out;
}
