import { describe, expect, it } from 'vitest';
import { isThematicBreak, matchAtxHeading, matchTaskBox } from '../../../src/core/markdown/block-starts';
import { readMarkdown } from '../../../src/core/markdown/document';

const items = (text: string) => readMarkdown(text).listItems.map((l) => [l.position.start.line, l.parent, l.task ?? null]);
const sections = (text: string) => readMarkdown(text).sections.map((s) => [s.type, s.position.start.line, s.position.end.line]);
const kinds = (text: string) => readMarkdown(text).lineInfo.map((l) => l.kind);

describe('line endings and encodings', () => {
	it('reads LF, CRLF and lone CR the same way', () => {
		const lf = '# Title\n\n- [ ] one\n- [x] two\n';
		expect(items(lf.replace(/\n/g, '\r\n'))).toEqual(items(lf));
		expect(items(lf.replace(/\n/g, '\r'))).toEqual(items(lf));
		expect(items(lf)).toEqual([
			[2, -2, ' '],
			[3, -2, 'x'],
		]);
	});

	it('drops a BOM before the frontmatter and counts offsets without it', () => {
		const doc = readMarkdown('\uFEFF---\nclient: A\n---\ntext');
		expect(doc.frontmatter?.raw).toBe('client: A');
		expect(doc.frontmatter?.position.end).toEqual({ line: 2, col: 3, offset: 17 });
	});

	it('gives CRLF offsets that count both characters', () => {
		const doc = readMarkdown('a\r\nb\r\n');
		expect(doc.lineStarts).toEqual([0, 3, 6]);
	});
});

describe('frontmatter', () => {
	it('needs --- on the first line and a closing --- line', () => {
		expect(readMarkdown('---\na: 1\n---\n').frontmatter?.raw).toBe('a: 1');
		expect(readMarkdown('\n---\na: 1\n---\n').frontmatter).toBeNull();
	});

	it('reports an unclosed frontmatter and reads the rest as text', () => {
		const doc = readMarkdown('---\nclient: A\n\n- [ ] step\n');
		expect(doc.frontmatter).toBeNull();
		expect(doc.problems[0]?.message).toMatch(/never closed/);
		expect(items('---\nclient: A\n\n- [ ] step\n')).toEqual([[3, -3, ' ']]);
	});
});

describe('lists', () => {
	it('nests by indentation, with tabs as four columns', () => {
		expect(items('- a\n\t- b\n\t\t- [ ] c\n- d')).toEqual([
			[0, -1, null],
			[1, 0, null],
			[2, 1, ' '],
			[3, -1, null],
		]);
	});

	it('reads ordered lists with . and ) as separate lists', () => {
		expect(sections('1. a\n2. b\n1) c')).toEqual([
			['list', 0, 1],
			['list', 2, 2],
		]);
	});

	it('keeps blank lines between items inside one list section', () => {
		expect(sections('- a\n\n- b\n\ntext')).toEqual([
			['list', 0, 2],
			['paragraph', 4, 4],
		]);
	});

	it('reads lists inside blockquotes and callouts', () => {
		const text = '> [!todo] Steps\n> - [ ] one\n>   - [/] two\n\n> - [x] quoted';
		expect(items(text)).toEqual([
			[1, -1, ' '],
			[2, 1, '/'],
			[4, -4, 'x'],
		]);
		const doc = readMarkdown(text);
		expect(doc.callouts).toEqual([{ type: 'todo', title: 'Steps', line: 0, depth: 1 }]);
		expect(doc.lineInfo[1]?.callout).toBe(0);
		expect(doc.lineInfo[4]?.callout).toBe(-1);
		expect(doc.lineInfo[4]?.quoteDepth).toBe(1);
	});

	it('gives the text after the marker and checkbox', () => {
		const doc = readMarkdown('- [ ] Email the list\n10. Plain');
		expect(doc.lines[0]?.slice(doc.itemContentCol[0])).toBe('Email the list');
		expect(doc.lines[1]?.slice(doc.itemContentCol[1])).toBe('Plain');
	});

	it('reads bullets and numbers of one to nine digits with . or ) as list markers, and nothing else', () => {
		const markers = (text: string) => items(text).map(([line]) => line);
		expect(markers('- a\n\n* b\n\n+ c\n\n1. d\n\n123456789) e\n\n1234567890. f\n\n1.x\n\n-x\n\n#. g\n\n2.')).toEqual([0, 2, 4, 6, 8, 18]);
		const doc = readMarkdown('7) seven\n\n12. twelve');
		expect(doc.lines.map((l, k) => l.slice(doc.itemContentCol[k === 0 ? 0 : 1]))).toEqual(['seven', '', 'twelve']);
	});

	it('does not take "- [ ]" inside a word or without a space as a checkbox', () => {
		expect(items('- [ ]x\n-[ ] y\n- [] z')).toEqual([
			[0, -1, null],
			[2, -1, null],
		]);
	});
});

describe('code, comments and HTML', () => {
	it('reads ``` and ~~~ fences, and ignores markers inside them', () => {
		const text = '```\n- [ ] no\n```\n~~~md\n# no\n~~~\n- [ ] yes';
		expect(items(text)).toEqual([[6, -6, ' ']]);
		expect(readMarkdown(text).headings).toEqual([]);
		expect(kinds(text)).toEqual(['fence', 'code', 'fence', 'fence', 'code', 'fence', 'list-item']);
	});

	it('needs a closing fence at least as long as the opening one', () => {
		expect(kinds('````\n```\n- [ ] no\n````')).toEqual(['fence', 'code', 'code', 'fence']);
	});

	it('reports an unclosed fence', () => {
		const doc = readMarkdown('```\n- [ ] no');
		expect(doc.listItems).toEqual([]);
		expect(doc.problems[0]?.message).toMatch(/never closed/);
	});

	it('reads %% comments and HTML comments as blocks with nothing inside', () => {
		const text = 'intro\n%%\n- [ ] hidden\n%%\n<!--\n- [ ] hidden\n-->\n- [ ] shown';
		expect(sections(text)).toEqual([
			['paragraph', 0, 0],
			['comment', 1, 3],
			['html', 4, 6],
			['list', 7, 7],
		]);
		expect(items(text)).toEqual([[7, -7, ' ']]);
	});

	it('reads a fenced code block inside a list item as part of the item', () => {
		expect(items('- [ ] step\n  ```\n  - [ ] no\n  ```')).toEqual([[0, -1, ' ']]);
	});
});

describe('headings', () => {
	it('reads ATX headings without closing hashes, and setext headings', () => {
		const doc = readMarkdown('## In her words ##\nTitle\n===\nNot # a heading\n#NoSpace');
		expect(doc.headings.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([
			['In her words', 2, 0],
			['Title', 1, 1],
		]);
	});

	it('takes --- under a paragraph as a setext heading, elsewhere as a rule', () => {
		expect(sections('Text\n---\n\n---')).toEqual([
			['heading', 0, 1],
			['thematicBreak', 3, 3],
		]);
	});
});

describe('large and odd input', () => {
	it('reads a 100,000-character line and deep nesting without trouble', () => {
		const long = 'x'.repeat(100_000);
		expect(readMarkdown(long).sections).toHaveLength(1);
		// Nesting is read up to 100 levels, as other CommonMark parsers cap it; deeper markers are text.
		const deep = readMarkdown('>'.repeat(5_000) + ' text');
		expect(deep.lineInfo[0]?.quoteDepth).toBe(100);
		expect(deep.lineInfo[0]?.content).toBe('>'.repeat(4_900) + ' text');
		const list = readMarkdown(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'));
		expect(list.listItems).toHaveLength(100);
	});
});

describe('line splitting', () => {
	it('splits LF, CRLF, lone CR and a final CR, with the offset of each line', () => {
		const doc = readMarkdown('a\r\nb\rc\nd\r');
		expect(doc.lines).toEqual(['a', 'b', 'c', 'd', '']);
		expect(doc.lineStarts).toEqual([0, 3, 5, 7, 9]);
		expect(readMarkdown('\uFEFFx\r\ny').lineStarts).toEqual([0, 3]);
	});
});

describe('block starts read character by character', () => {
	// The regular expressions they replaced, as the reference.
	const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
	const TASK_BOX = /^\[(.)\](?=[ \t]|$)/u;
	const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
	const atxReference = (text: string) => {
		const match = ATX_HEADING.exec(text);
		if (!match) return null;
		let body = (match[2] ?? '').trim();
		const closing = /(?:^|[ \t])#+$/.exec(body);
		if (closing) body = body.slice(0, closing.index).trim();
		return { level: (match[1] ?? '').length, text: body };
	};
	const pieces = ['-', '*', '_', ' ', '\t', '[', ']', 'x', ' ', '📅', '\uD83D', '\u2028', 'a', '+', '#', '####'];

	it('agree with the regular expressions on every short line made of the tricky characters', () => {
		let checked = 0;
		const disagreements: string[] = [];
		const visit = (text: string, depth: number) => {
			if (isThematicBreak(text) !== THEMATIC_BREAK.test(text)) disagreements.push(`break ${JSON.stringify(text)}`);
			if (matchTaskBox(text) !== TASK_BOX.exec(text)?.[1]) disagreements.push(`box ${JSON.stringify(text)}`);
			if (JSON.stringify(matchAtxHeading(text)) !== JSON.stringify(atxReference(text))) disagreements.push(`heading ${JSON.stringify(text)}`);
			checked++;
			if (depth < 5) for (const piece of pieces) visit(text + piece, depth + 1);
		};
		visit('', 0);
		expect(disagreements).toEqual([]);
		expect(checked).toBeGreaterThan(800_000);
	});
});
