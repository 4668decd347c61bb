/**
 * The key that makes spelling variants one client: case, accents and repeated spaces do not matter,
 * so "zoe  martin" and "Zoë Martin" are the same person.
 */
export function clientKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}
