/**
 * The words of a normalised statement, found in one pass over its characters (no regular expression): `tokens` are
 * the distinct runs of letters, digits and apostrophes ("didn't", "3rd"), in order; `words` holds them, so a cue can
 * ask "is this word here?" before it runs its pattern.
 */
export interface StatementWords {
	tokens: string[];
	words: Set<string>;
	/** The parts of each word with an apostrophe ("week" and "s" of "week's"): only for the cues' gates. */
	pieces: string[];
}

export function tokenise(text: string): StatementWords {
	const tokens: string[] = [];
	const words = new Set<string>();
	const pieces: string[] = [];
	let start = -1;
	let apostrophe = -1;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 32;
		const alnum = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
		if (alnum) {
			if (start < 0) start = i;
		} else if (code === 39 && start >= 0) {
			if (apostrophe < 0) apostrophe = i;
		} else if (start >= 0) {
			// A run ends; apostrophes at its end are not part of the word.
			let end = i;
			while (text.charCodeAt(end - 1) === 39) end--;
			const token = text.slice(start, end);
			if (!words.has(token)) {
				words.add(token);
				tokens.push(token);
			}
			if (apostrophe > 0 && apostrophe < end) for (const piece of token.split("'")) if (piece !== '') pieces.push(piece);
			start = -1;
			apostrophe = -1;
		}
	}
	return { tokens, words, pieces };
}

/** The distinct words of a normalised statement that start with a letter: what the model's word weights are for. */
export function statementWords(text: string): string[] {
	return tokenise(text).tokens.filter((token) => token.charCodeAt(0) >= 97);
}
