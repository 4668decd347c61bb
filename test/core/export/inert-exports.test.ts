import { describe, expect, it } from 'vitest';
import { buildNewSessionNote, DEFAULT_SESSION_TEMPLATE } from '../../../src/core/export/new-session';
import { splitFrontmatter } from '../../../src/core/export/yaml-frontmatter';
import { findClient, groupClients } from '../../../src/core/review/clients';
import { renderClientSummary } from '../../../src/core/summary/render-client-summary';
import { renderMarkdown } from '../../../src/core/review/render-markdown';
import { buildReview, type ClientReview } from '../../../src/core/review/review';
import { defaultSettings } from '../../../src/core/settings';
import { clientSummary } from '../../../src/core/summary/client-summary';
import { read } from '../../helpers';

/** Client words and steps a client (or a pasted message) could write, each of which acts if copied as it is. */
const NOTE = `---
client: Ann Lee
date: 2026-10-14
---
## In her words
I read ![[Coach notes on Bob]] by accident.
Nested: ![[![[Coach notes on Bob]]]] and a link [[Private/Bob]].
Split: ![[Coach notes
on Bob]] over two lines.
See [this](https://example.com/x) and ![](https://tracker.example/p.png) and [run](javascript:alert(1)).
Raw <img src=x onerror=alert(1)> and <script>alert(1)</script> here.
A | table | pipe and \`$= dv.pages().length\` and %% hidden.

## Action steps
- [ ] Read ![[Coach notes on Bob]] again
- [ ] Open [the form](javascript:alert(2)) and <b>sign</b> it
`;

function review(): ClientReview {
	const match = findClient(groupClients([read(NOTE, 'Clients/Ann Lee/2026-10-14.md')]), 'Ann Lee');
	if (match.kind !== 'found') throw new Error('Ann');
	return buildReview(match.client, { today: '2026-11-22', settings: defaultSettings() });
}

/** What could act in written Markdown, once the product's own links to notes are set aside. */
function activeConstructs(markdown: string): string[] {
	const own = markdown.replace(/\[\[Clients\/Ann Lee\/2026-10-14\|[^[\]|]*\]\]/g, '');
	const found: string[] = [];
	for (let i = 0; i < own.length; i++) {
		const ch = own[i] ?? '';
		if (ch === '\\') {
			i++;
			continue;
		}
		if ('[]<`$'.includes(ch)) found.push(`${ch} at …${own.slice(Math.max(0, i - 20), i + 20)}…`);
		if (ch === '%' && own[i + 1] === '%') found.push(`%% at …${own.slice(Math.max(0, i - 20), i + 20)}…`);
	}
	return found;
}

describe('every Markdown the product writes holds note text inert', () => {
	it('reads the hostile words and steps as the client’s (the test has something to catch)', () => {
		const r = review();
		expect(r.sessions[0]?.clientWords.map((w) => w.text).join(' ')).toContain('![[Coach notes on Bob]]');
		expect(r.actionSteps.map((t) => t.text)).toContain('Read ![[Coach notes on Bob]] again');
	});

	it('the client summary', () => {
		const summary = renderClientSummary(clientSummary(review()));
		expect(activeConstructs(summary.replace(/^- \[[ x/-]\] /gm, '- '))).toEqual([]);
		expect(summary).toContain('Read !\\[\\[Coach notes on Bob\\]\\] again');
		expect(summary).not.toMatch(/!\[\[|(?<!\\)\]\(|<img|<script|<b>/);
	});

	it('the review', () => {
		const markdown = renderMarkdown(review());
		expect(activeConstructs(markdown.replace(/^\| .*\|$/gm, ''))).toEqual([]);
		expect(markdown).not.toMatch(/!\[\[|(?<!\\)\]\(|<img|<script|<b>/);
	});

	it('a new session note, step text included', () => {
		const note = buildNewSessionNote(review(), { today: '2026-11-22', template: DEFAULT_SESSION_TEMPLATE, settings: defaultSettings(), makeId: (i) => `id${i}` });
		const body = splitFrontmatter(note.text).body;
		expect(activeConstructs(body.replace(/^- \[[ /]\] /gm, '- '))).toEqual([]);
		expect(body).toMatch(/- \[ \] Read !\\\[\\\[Coach notes on Bob\\\]\\\] again 🆔 id\d/);
	});
});
