import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { listNotes } from '../../src/cli/vault';
import { tempVault } from '../helpers';

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
}

const NOTE = '---\nclient: Susan Lee\ndate: 2026-10-14\nsession: 7\n---\n# Session\n\n## In her words\nI finally did it.\n\n- [ ] Email the list @coach\n\n```\n- [ ] not a step\n```\n';

describe('coaching-review inspect --json', () => {
	it("prints Obsidian's metadata shape and the session", async () => {
		const vault = tempVault({ 'Clients/Susan Lee/2026-10-14.md': NOTE });
		const { status, out } = await cli('inspect', path.join(vault, 'Clients/Susan Lee/2026-10-14.md'), '--json');
		expect(status).toBe(0);
		const json = JSON.parse(out) as { metadata: Record<string, unknown>; session: Record<string, unknown> };
		expect(Object.keys(json)).toEqual(['metadata', 'session']);
		expect(json.metadata.frontmatter).toEqual({ client: 'Susan Lee', date: '2026-10-14', session: 7 });
		const at = (text: string) => NOTE.indexOf(text);
		const closing = NOTE.indexOf('---', 3);
		expect(json.metadata.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 4, col: 3, offset: closing + 3 } });
		expect(json.metadata.headings).toEqual([
			{ heading: 'Session', level: 1, position: { start: { line: 5, col: 0, offset: at('# Session') }, end: { line: 5, col: 9, offset: at('# Session') + 9 } } },
			{ heading: 'In her words', level: 2, position: { start: { line: 7, col: 0, offset: at('## In') }, end: { line: 7, col: 15, offset: at('## In') + 15 } } },
		]);
		expect(json.metadata.listItems).toEqual([
			{ parent: -10, task: ' ', position: { start: { line: 10, col: 0, offset: at('- [ ] Email') }, end: { line: 10, col: 27, offset: at('- [ ] Email') + 27 } } },
		]);
		expect((json.metadata.sections as { type: string }[]).map((s) => s.type)).toEqual(['yaml', 'heading', 'heading', 'paragraph', 'list', 'code']);
		expect(json.session).toMatchObject({
			path: 'Clients/Susan Lee/2026-10-14.md',
			clients: ['Susan Lee'],
			date: '2026-10-14',
			number: 7,
			actionSteps: [{ text: 'Email the list', owner: 'coach', line: 11 }],
			clientWords: [{ text: 'I finally did it.', line: 9, progress: true }],
		});
	});

	it('finds the vault root from .obsidian so folder rules apply', async () => {
		const vault = tempVault({ '.obsidian/app.json': '{}', 'Coaching/Ana/2026-10-14.md': 'Hello' });
		const { out } = await cli('inspect', path.join(vault, 'Coaching/Ana/2026-10-14.md'), '--json', '--config', writeConfig(vault, { clientFolder: 'Coaching' }));
		expect(JSON.parse(out)).toMatchObject({ session: { path: 'Coaching/Ana/2026-10-14.md', clients: ['Ana'], role: 'session' } });
	});
});

function writeConfig(dir: string, settings: object): string {
	const file = path.join(dir, 'settings.json');
	writeFileSync(file, JSON.stringify(settings));
	return file;
}

describe('coaching-review inspect (readable)', () => {
	it("tells each line's role and why", async () => {
		const vault = tempVault({ 'Clients/Susan Lee/2026-10-14.md': NOTE });
		const { status, out } = await cli('inspect', path.join(vault, 'Clients/Susan Lee/2026-10-14.md'));
		expect(status).toBe(0);
		expect(out).toContain('Session of Susan Lee · 2026-10-14 (from the frontmatter) · session 7');
		expect(out).toMatch(/ 9 {2}client's words, progress +the heading 'In her words'; progress: reports a step taken/);
		expect(out).toMatch(/11 {2}coach's promise \(open\) +a checkbox; the coach's own, from the marker @coach/);
		expect(out).toMatch(/14 {2}code \(not read\)/);
	});

	it('sends warnings to stderr and still prints the reading', async () => {
		const vault = tempVault({ 'x.md': '---\nclient: Ana\ndate: "2026-10-14\n---\n- [ ] step\n' });
		const { status, out, err } = await cli('inspect', path.join(vault, 'x.md'));
		expect(status).toBe(0);
		expect(err).toMatch(/^warning: .*x\.md:3: The frontmatter is not valid YAML/m);
		expect(out).toContain("client's step (open)");
	});
});

describe('command-line errors', () => {
	it('exits 2 with usage for a missing note, an unknown option or command', async () => {
		expect((await cli('inspect')).status).toBe(2);
		expect((await cli('inspect', 'a.md', '--bogus')).err).toContain('Unknown option --bogus');
		expect((await cli('frobnicate')).status).toBe(2);
		expect((await cli()).status).toBe(2);
	});

	it('exits 1 with a message for a note that cannot be read', async () => {
		const { status, err } = await cli('inspect', '/nonexistent/note.md');
		expect(status).toBe(1);
		expect(err).toContain('cannot read /nonexistent/note.md');
	});

	it('prints help for --help', async () => {
		expect((await cli('--help')).out).toContain('coaching-review inspect');
		expect((await cli('inspect', '--help')).out).toContain('--json');
	});

	it('reports a bad --config file', async () => {
		const vault = tempVault({ 'x.md': 'x', 'bad.json': '{ nope' });
		const { status, err } = await cli('inspect', path.join(vault, 'x.md'), '--config', path.join(vault, 'bad.json'));
		expect(status).toBe(2);
		expect(err).toContain('Cannot read settings');
	});
});

describe('walking a vault', () => {
	it('lists Markdown notes, skipping .obsidian, .trash, node_modules, other files and symlink loops', async () => {
		const vault = tempVault({
			'a.md': '',
			'Clients/Ana/b.md': '',
			'Clients/Ana/image.png': '',
			'.obsidian/c.md': '',
			'.trash/d.md': '',
			'node_modules/e.md': '',
			'Notes/F.MD': '',
		});
		symlinkSync(vault, path.join(vault, 'Clients', 'loop'));
		expect(await listNotes(vault)).toEqual(['Clients/Ana/b.md', 'Notes/F.MD', 'a.md']);
	});
});
