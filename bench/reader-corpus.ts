import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type SyntheticNote, syntheticVault } from './synthetic-vault';

const EXAMPLE_VAULT = path.resolve(__dirname, '..', 'examples', 'vault');

function exampleNotes(dir = EXAMPLE_VAULT, rel = ''): SyntheticNote[] {
	const notes: SyntheticNote[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const relPath = rel ? `${rel}/${entry.name}` : entry.name;
		if (entry.isDirectory()) notes.push(...exampleNotes(path.join(dir, entry.name), relPath));
		else if (entry.name.endsWith('.md')) notes.push({ path: relPath, text: readFileSync(path.join(dir, entry.name), 'utf8') });
	}
	return notes;
}

const NESTED = '\n## Action steps\n- [ ] Plan the launch\n  - [ ] Draft the email\n    - Ask Jo for the list\n  - Book the room\n1. First point\n   2. Nested number\n';
const TABLE = '\n## In their words\n| when | what |\n| --- | --- |\n| Monday | I finally called the bank |\n| Friday | Proud of the talk |\n';
const CALLOUTS = '\n> [!quote] In their words\n> I managed to say no.\n> > Nested quote\n\n> [!coach]- Private\n> Watch the energy dip.\n\n<div class="note">\n<b>HTML</b> block\n</div>\n<!-- a comment -->\n';

/**
 * The reader's corpus: the synthetic vault's notes, a sixth each with CRLF line ends, nested lists, a table,
 * callouts and HTML, and the example vault's notes in their own styles.
 */
export function readerCorpus(count: number, seed: number): SyntheticNote[] {
	const examples = exampleNotes();
	return syntheticVault(count, seed).map((note, i) => {
		switch (i % 6) {
			case 1:
				return { path: note.path, text: note.text.replace(/\n/g, '\r\n') };
			case 2:
				return { path: note.path, text: note.text + NESTED };
			case 3:
				return { path: note.path, text: note.text + TABLE };
			case 4:
				return { path: note.path, text: note.text + CALLOUTS };
			case 5:
				return examples[Math.floor(i / 6) % examples.length] ?? note;
			default:
				return note;
		}
	});
}
