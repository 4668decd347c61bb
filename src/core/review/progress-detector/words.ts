/** The distinct words of a normalised statement, for the model's word weights. */
export function statementWords(text: string): string[] {
	return [...new Set(text.match(/[a-z][a-z']*/g) ?? [])];
}
