import { describe, expect, it } from 'vitest';
import { inertMarkdown } from '../../../src/core/markdown/inert-markdown';
import { findClient } from '../../../src/core/review/clients';
import { renderClientSummary } from '../../../src/core/summary/render-client-summary';
import { buildReview } from '../../../src/core/review/review';
import { defaultSettings } from '../../../src/core/settings';
import { clientSummary } from '../../../src/core/summary/client-summary';
import { standalonePage } from '../../../src/ui/standalone';
import { escapeHtml } from '../../../src/ui/to-html';
import { exampleVault, TODAY } from '../../vault';

describe('the client-facing summary, over the whole example vault', () => {
	it("holds every client quote and none of the coach's notes, private sections, ratings or rules", async () => {
		const vault = await exampleVault();
		// Every client but one the vault keeps without notes of yours (Helen Frost, archived) has notes to keep out.
		let withNotes = 0;
		for (const entry of vault.clients) {
			const match = findClient(vault.clients, entry.name);
			if (match.kind !== 'found') throw new Error(entry.name);
			const review = buildReview(match.client, { today: TODAY, settings: defaultSettings() });
			const markdown = renderClientSummary(clientSummary(review));
			const html = standalonePage(review, { vault: 'vault', css: '', clientFacing: true });
			const coachNotes = review.sessions.flatMap((s) => s.coachNotes.map((n) => n.text));
			const quotes = review.sessions.flatMap((s) => s.clientWords.map((w) => w.text));
			if (coachNotes.length > 0) withNotes++;
			for (const note of coachNotes) {
				expect(markdown, `${entry.name}: ${note}`).not.toContain(note);
				expect(html, `${entry.name}: ${note}`).not.toContain(escapeHtml(note));
			}
			for (const quote of quotes) {
				expect(markdown, `${entry.name}: ${quote}`).toContain(inertMarkdown(quote));
				expect(html, `${entry.name}: ${quote}`).toContain(escapeHtml(quote));
			}
			const rules = review.sessions.flatMap((s) => [...s.clientWords, ...s.coachNotes].map((i) => i.rule));
			for (const text of [markdown, html]) {
				expect(text).not.toMatch(/coach(?:'s)? rating|your rating|coach notes|private/i);
				for (const rule of new Set(rules)) expect(text).not.toContain(escapeHtml(rule));
				expect(text).not.toContain('data-path');
				expect(text).not.toContain('obsidian://');
			}
			for (const thread of review.actionSteps) expect(markdown).toContain(inertMarkdown(thread.text));
			expect(markdown).not.toMatch(/<img|<script/);
		}
		expect(withNotes).toBe(vault.clients.length - 1);
	});

	it("keeps the coach's private callout and Observations out, by name", async () => {
		const vault = await exampleVault();
		const zoe = findClient(vault.clients, 'zoe');
		if (zoe.kind !== 'found') throw new Error('zoe');
		const summary = renderClientSummary(clientSummary(buildReview(zoe.client, { today: TODAY, settings: defaultSettings() })));
		expect(summary).not.toContain("Avoiding the one-to-one with Dev");
		expect(summary).toContain('I had the talk with Dev. It was fine. It was actually good.');
	});
});
