import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/core/markdown/document';
import { parseNote } from '../../../src/core/session/parse-note';
import { readSession, readWhoAndWhen } from '../../../src/core/session/read-session';
import { compileRules } from '../../../src/core/session/rules';
import { defaultSettings } from '../../../src/core/settings';
import { read, texts } from '../../helpers';

const PATH = 'Clients/Susan Lee/2026-10-14.md';
const BODY = '## In her words\nI finally did it.\n\n- [ ] Email the list\n';

describe('bad input never throws and never loses the rest of the note', () => {
	it('reads an empty file', () => {
		expect(read('', PATH)).toMatchObject({ role: 'session', clients: ['Susan Lee'], date: '2026-10-14', actionSteps: [] });
	});

	it('reads a note that is frontmatter only', () => {
		expect(read('---\nclient: Ana\ndate: 2026-10-14\n---', 'x.md')).toMatchObject({ clients: ['Ana'], date: '2026-10-14' });
	});

	it('warns about an unclosed frontmatter and still reads the body', () => {
		const reading = read(`---\nclient: Ana\n\n${BODY}`, PATH);
		expect(reading.warnings[0]).toMatchObject({ path: PATH, line: 1 });
		expect(reading.warnings[0]?.message).toMatch(/never closed/);
		expect(reading.clients).toEqual(['Ana']);
		expect(texts(reading.actionSteps)).toEqual(['Email the list']);
		expect(texts(reading.clientWords)).toEqual(['I finally did it.']);
	});

	it.each([
		['an unclosed quote', 'client: Ana\ndate: 2026-10-14\ntitle: "Launch', 4],
		['tab indentation', 'client: Ana\ndate: 2026-10-14\ntags:\n\t- one', 5],
		['duplicate keys', 'client: Ana\ndate: 2026-10-14\nclient: Ana', 4],
	])('salvages broken YAML (%s) and warns with the line', (_name, yaml, line) => {
		const reading = read(`---\n${yaml}\n---\n${BODY}`, 'notes/x.md');
		expect(reading).toMatchObject({ role: 'session', clients: ['Ana'], date: '2026-10-14' });
		expect(reading.warnings[0]).toMatchObject({ path: 'notes/x.md', line });
		expect(reading.warnings[0]?.message).toMatch(/not valid YAML/);
		expect(texts(reading.actionSteps)).toEqual(['Email the list']);
	});

	it('salvages frontmatter when the caller has none (as Obsidian gives for broken YAML)', () => {
		const text = `---\nclient: Ana\ndate: 2026-10-14\ntitle: "oops\n---\n${BODY}`;
		const reading = readSession(parseNote('notes/x.md', text), compileRules(defaultSettings()));
		expect(reading).toMatchObject({ clients: ['Ana'], date: '2026-10-14' });
		expect(reading.warnings[0]?.line).toBe(1);
	});

	it('reads a BOM with CRLF line endings', () => {
		const reading = read(`\uFEFF---\r\nclient: Ana\r\ndate: 2026-10-14\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}`, 'x.md');
		expect(reading).toMatchObject({ clients: ['Ana'], date: '2026-10-14', warnings: [] });
		expect(texts(reading.actionSteps)).toEqual(['Email the list']);
		expect(reading.actionSteps[0]?.line).toBe(8);
	});

	it('reads a 2 MB note', () => {
		const big = `---\nclient: Ana\ndate: 2026-10-14\n---\n` + `## In her words\nA sentence of words here.\n\n- [ ] Step number\n\n`.repeat(33_000);
		expect(big.length).toBeGreaterThan(2_000_000);
		const reading = read(big, 'x.md');
		expect(reading.actionSteps).toHaveLength(33_000);
		expect(reading.clientWords).toHaveLength(33_000);
	});

	it('reads a single 100,000-character line', () => {
		const line = 'word '.repeat(20_000);
		const reading = read(`---\nclient: Ana\ndate: 2026-10-14\n---\n${line}`, 'x.md');
		expect(reading.coachNotes[0]?.text.length).toBe(line.trim().length);
	});

	it('warns about NUL bytes and invalid UTF-8, and reads the rest', () => {
		const reading = read(`---\nclient: Ana\ndate: 2026-10-14\n---\nok\nbad \0 byte\nbad \uFFFD byte\n- [ ] Still read`, 'x.md');
		expect(reading.warnings.map((w) => [w.line, w.message])).toEqual([
			[6, 'The note contains NUL bytes; they are ignored.'],
			[7, 'The note contains bytes that are not valid UTF-8; they show as �.'],
		]);
		expect(texts(reading.actionSteps)).toEqual(['Still read']);
	});

	it('reading who and when only, warns about bad bytes in the head and leaves the body to the full read', () => {
		const rules = compileRules(defaultSettings());
		const head = (text: string) => readWhoAndWhen(parseNote(PATH, text, { client: 'Ana' }), rules);
		expect(head(`---\nclient: Ana \0\n---\nbody`).warnings.map((w) => [w.line, w.message])).toEqual([[2, 'The note contains NUL bytes; they are ignored.']]);
		expect(head(`---\nclient: Ana\n---\nbad \0 byte\nbad \uFFFD byte`).warnings).toEqual([]);
	});

	it('never throws on random bytes', () => {
		let seed = 42;
		const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
		const alphabet = ['\n', '\r\n', '-', ' ', '[', ']', 'x', '>', '#', '`', '~', '%', ':', '!', '\t', '1.', 'a', '<!--', '-->', '---', '📅', '^'];
		for (let n = 0; n < 300; n++) {
			let text = '';
			for (let k = next() % 200; k > 0; k--) text += alphabet[next() % alphabet.length];
			expect(() => readSession(parseNote('x.md', text), compileRules(defaultSettings()))).not.toThrow();
			expect(() => readMarkdown(text)).not.toThrow();
		}
	});
});

// Issue 15, "silent loss": an unclosed `<!--` hid the rest of the note with no word about it.
describe('an HTML comment never closed', () => {
	it('warns on the line it opens, as an unclosed %% comment does', () => {
		const text = '---\nclient: Ana\ndate: 2026-10-14\n---\n- [ ] Kept\n\n<!-- the coach started a note\n\nand never closed it\n- [ ] Hidden step\n';
		const reading = read(text, PATH);
		expect(reading.actionSteps.map((s) => s.text)).toEqual(['Kept']);
		expect(reading.warnings).toEqual([{ path: PATH, line: 7, kind: 'block-unclosed', message: expect.stringMatching(/HTML comment \(<!--\) is never closed/) as unknown }]);
		// The same warning when the note is read from its text alone (the plugin's way), and none for a closed comment.
		expect(readSession(parseNote(PATH, text, { client: 'Ana', date: '2026-10-14' }), compileRules(defaultSettings())).warnings.map((w) => w.line)).toEqual([7]);
		expect(read(text.replace('never closed it', 'closed it -->'), PATH).warnings).toEqual([]);
	});

	it('warns about one opened inside a paragraph or list and never closed there, on its line', () => {
		const text = '---\nclient: Ana\ndate: 2026-10-14\n---\n- [ ] Kept <!-- a note\n- [ ] Hidden by it\n\n- [ ] After the list\n';
		const reading = read(text, PATH);
		expect(reading.actionSteps.map((s) => s.text)).toEqual(['Kept', 'After the list']);
		expect(reading.warnings).toEqual([{ path: PATH, line: 5, kind: 'comment-unclosed', message: expect.stringMatching(/HTML comment \(<!--\) is never closed: the rest of its paragraph/) as unknown }]);
		expect(readSession(parseNote(PATH, text, { client: 'Ana', date: '2026-10-14' }), compileRules(defaultSettings())).warnings.map((w) => w.line)).toEqual([5]);
		// Closed on a later line of its paragraph, or on its own line: nothing to say.
		expect(read('---\nclient: Ana\n---\nText <!-- a\nb --> c\n\nMore <!-- x --> text\n', PATH).warnings).toEqual([]);
	});
});
