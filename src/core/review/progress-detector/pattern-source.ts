/** Reading a pattern's source: its groups, classes and alternatives (`gates.ts`, `spread.ts`). */

/** Where the group opening at `open` closes. */
export function closingParen(source: string, open: number): number {
	let depth = 0;
	let inClass = false;
	for (let i = open; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	return -1;
}

/** The alternatives at the top of a source, split at each "|" outside groups and classes. */
export function alternativesOf(source: string): string[] {
	const alternatives: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 0;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) {
			alternatives.push(source.slice(start, i));
			start = i + 1;
		}
	}
	alternatives.push(source.slice(start));
	return alternatives;
}

export function classEnd(source: string, open: number): number {
	for (let i = open + 1; i < source.length; i++) {
		if (source[i] === '\\') i++;
		else if (source[i] === ']') return i;
	}
	return source.length;
}

/** Whether what ends at `at` is optional or repeated (a quantifier follows). */
export function optional(text: string, at: number): boolean {
	const c = text[at];
	return c === '?' || c === '*' || c === '+' || c === '{';
}
