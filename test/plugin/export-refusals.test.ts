// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { groupClients } from '../../src/core/review/clients';
import { type CoachingSettings, defaultSettings } from '../../src/core/settings';
import { type ActionDeps, ReviewActions } from '../../src/plugin/review-actions';
import type { SessionIndex } from '../../src/plugin/session-index';
import { read } from '../helpers';
import * as obsidian from '../stubs/obsidian';

const NOTE = '---\nclient: Ann Lee\ndate: 2026-10-14\n---\n## In her words\nI finally did it.\n';

function actions(settings: Partial<CoachingSettings>) {
	const app = new obsidian.App();
	const act = new ReviewActions({
		// The stub follows obsidian.d.ts, but TypeScript sees two TFile classes.
		vault: app.vault as unknown as ActionDeps['vault'],
		// Nothing here reads the index: a refusal comes before any review is built.
		index: {} as SessionIndex,
		getSettings: () => ({ ...defaultSettings(), ...settings }),
		writeClipboard: () => Promise.resolve(),
		today: () => '2026-11-22',
	});
	const ann = groupClients([read(NOTE, 'Clients/Ann Lee/2026-10-14.md')])[0];
	if (!ann) throw new Error('Ann');
	return { app, act, ann };
}

beforeEach(() => {
	obsidian.Notice.shown.length = 0;
});

describe('a folder setting that leaves the vault or is hidden', () => {
	it.each(['../Elsewhere', '.hidden/Reviews'])('an export folder %s: nothing written, and a notice says why', async (folder) => {
		const { app, act, ann } = actions({ reviewFolder: folder });
		expect(await act.exportReview(ann, 'client-summary')).toBeNull();
		expect(app.vault.getFiles()).toEqual([]);
		expect(obsidian.Notice.shown).toEqual([expect.stringMatching(/^Nothing was written: the review folder setting/)]);
	});

	it('a client folder with ..: no session note, and a notice says why', async () => {
		const { app, act, ann } = actions({ clientFolder: 'Clients/../..' });
		expect(await act.newSessionNote(ann)).toBeNull();
		expect(app.vault.getFiles()).toEqual([]);
		expect(obsidian.Notice.shown).toEqual([expect.stringMatching(/^Nothing was written: the client folder setting/)]);
	});

	it('a safe folder is written to', async () => {
		const { app, act, ann } = actions({ reviewFolder: 'Coaching/Reviews' });
		expect(await act.exportReview(ann, 'client-summary')).toBe('Coaching/Reviews/Ann Lee summary for client 2026-11-22.md');
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(['Coaching/Reviews/Ann Lee summary for client 2026-11-22.md']);
	});
});
