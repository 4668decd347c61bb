/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A copy of `text` that does not keep the string it was cut from alive. JavaScript engines make a substring
 * point into its parent, so an extract of a few words would otherwise hold its whole note in memory.
 */
export function detach(text: string): string {
	return text.length < 13 ? text : (' ' + text).slice(1);
}
