import { readFileSync } from 'node:fs';

/** A statement of the labelled corpus (`test/fixtures/progress/`). */
export interface Labelled {
	id: string;
	progress: boolean;
	category: string;
	text: string;
}

/** The rows of one corpus file. */
export function corpus(name: string): Labelled[] {
	const text = readFileSync(new URL(`../../fixtures/progress/${name}`, import.meta.url), 'utf8');
	return text
		.split('\n')
		.slice(1)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const [id = '', label = '', category = '', statement = ''] = line.split('\t');
			return { id, progress: label === 'progress', category, text: statement };
		});
}

/** Every statement's text, of the training part, the test part and the shared 60. */
export const ALL_STATEMENTS: readonly string[] = ['train.tsv', 'test.tsv', 'dev-statements.tsv'].flatMap((name) => corpus(name).map((row) => row.text));
