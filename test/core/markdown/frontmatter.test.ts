import { describe, expect, it } from 'vitest';
import { findFrontmatter } from '../../../src/core/markdown/frontmatter';
import { splitLines } from '../../../src/core/markdown/lines';
import { loadRecordedNotes } from '../../conformance';

/** Obsidian's rule over a note's lines, written the plain way: `---` first, closed by the next `---` line. */
function reference(text: string) {
	const { lines, starts, bomLength } = splitLines(text);
	const fence = (line: string) => /^---[ \t]*$/.test(line);
	if (!fence(lines[0] ?? '')) return { raw: null, hasContent: false, unclosed: false, bodyLine: 0, bodyOffset: 0, end: null };
	for (let i = 1; i < lines.length; i++) {
		if (fence(lines[i] ?? '')) {
			const body = lines.slice(1, i);
			const hasContent = body.some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
			const bodyLine = i + 1;
			const bodyOffset = bodyLine < lines.length ? (starts[bodyLine] ?? 0) + bomLength : text.length;
			const endCol = (lines[i] ?? '').length;
			return { raw: body.join('\n'), hasContent, unclosed: false, bodyLine, bodyOffset, end: { line: i, col: endCol, offset: (starts[i] ?? 0) + endCol } };
		}
	}
	return { raw: null, hasContent: false, unclosed: true, bodyLine: 0, bodyOffset: 0, end: null };
}

function found(text: string) {
	const scan = findFrontmatter(text);
	return { raw: scan.block?.raw ?? null, hasContent: scan.hasContent, unclosed: scan.unclosed, bodyLine: scan.bodyLine, bodyOffset: scan.bodyOffset, end: scan.block?.position.end ?? null };
}

const PIECES = ['---', '--- ', '---\t', '----', ' ---', 'client: Ana', '# comment', '', '  ', 'date: 2026-10-14', '- item', 'body text', '\uFEFF', '...'];
const BREAKS = ['\n', '\r\n', '\r'];

describe('findFrontmatter, the one place a note\'s frontmatter end is found', () => {
	it('finds what the line-by-line rule finds in every recorded Obsidian note', () => {
		for (const note of loadRecordedNotes()) expect(found(note.fileContents), note.name).toEqual(reference(note.fileContents));
	});

	it('finds what the line-by-line rule finds in 20,000 seeded heads, with LF, CRLF and lone CR line ends mixed', () => {
		let state = 7;
		const next = (n: number) => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n);
		for (let seed = 0; seed < 20_000; seed++) {
			let text = next(4) === 0 ? '' : '---';
			for (let k = next(7); k > 0; k--) text += (BREAKS[next(3)] ?? '\n') + (PIECES[next(PIECES.length)] ?? '');
			if (next(2)) text += BREAKS[next(3)] ?? '\n';
			if (next(10) === 0) text = `\uFEFF${text}`;
			expect(found(text), JSON.stringify(text)).toEqual(reference(text));
		}
	});

	it('hands on the body: its offset in the text and its line', () => {
		const text = '---\r\nclient: Ana\r\n---\r\nBody';
		const scan = findFrontmatter(text);
		expect([scan.block?.raw, scan.bodyLine, text.slice(scan.bodyOffset)]).toEqual(['client: Ana', 3, 'Body']);
		expect(findFrontmatter('---\nclient: Ana\n\nno end')).toMatchObject({ block: null, unclosed: true, bodyLine: 0 });
	});
});
