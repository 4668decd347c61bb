// @vitest-environment happy-dom
import { parseNote } from '../../src/core/session/parse-note';
import { describe, expect, it } from 'vitest';
import { scanNoteStyle } from '../../src/core/detect/scan';
import type { DetectedSettings } from '../../src/core/detect/to-settings';
import { defaultSettings } from '../../src/core/settings';
import { DetectModal, notesToScan } from '../../src/plugin/detect-modal';
import * as obsidian from '../stubs/obsidian';

const call = (client: string, date: string) =>
	`---\ndate: ${date}\nattendees: [Sam Rivera, ${client}]\n---\n## Way forward\n1. Draft the plan\n\n**Support from me**\n- Send the template\n\n**Sam Rivera**: What is next?\n**${client}**: The plan.\n`;

describe('Detect my note style in the plugin (issue 16, item 9)', () => {
	it('shows each proposal with a role the coach can change, and saves the chosen roles as settings', async () => {
		const notes = [
			parseNote('Calls/a.md', call('Ann Lee', '2026-01-05'), { date: '2026-01-05', attendees: ['Sam Rivera', 'Ann Lee'] }),
			parseNote('Calls/b.md', call('Bob Roy', '2026-01-06'), { date: '2026-01-06', attendees: ['Sam Rivera', 'Bob Roy'] }),
		];
		const scan = scanNoteStyle(notes, defaultSettings());
		let saved: DetectedSettings | null = null;
		const modal = new DetectModal(new obsidian.App() as never, scan, defaultSettings(), (patch) => {
			saved = patch;
			return Promise.resolve();
		});
		obsidian.Setting.created = [];
		modal.open();
		const rows = new Map(obsidian.Setting.created.filter((s) => !s.heading).map((s) => [s.name, s]));
		const dropdown = (name: string) => rows.get(name)?.components[0] as obsidian.DropdownComponent;
		expect(dropdown('Sam Rivera').getValue()).toBe('coach-name');
		expect(dropdown('Way forward').getValue()).toBe('action-steps');
		expect(dropdown('Support from me').getValue()).toBe('coach-promises');
		expect(Object.keys(dropdown('attendees').options)).toEqual(['client-key', 'date-key', 'none']);
		// The coach disagrees about one label.
		dropdown('Support from me').change('private');
		const buttons = obsidian.Setting.created.flatMap((s) => s.components).filter((c): c is obsidian.ButtonComponent => c instanceof obsidian.ButtonComponent);
		await buttons.find((b) => b.text === 'Save')?.click();
		expect(saved).not.toBeNull();
		const settings = saved as unknown as DetectedSettings;
		expect(settings.coachNames).toEqual(['Sam Rivera']);
		expect(settings.actionStepHeadings).toContain('Way forward');
		expect(settings.privateHeadings).toContain('Support from me');
		expect(settings.coachPromiseHeadings).not.toContain('Support from me');
		expect(obsidian.Modal.opened).not.toContain(modal);
	});

	it('reads every Markdown note with its cached frontmatter', async () => {
		const vault = { getMarkdownFiles: () => [{ path: 'a.md' }] as never[], cachedRead: () => Promise.resolve('text') };
		const cache = { getFileCache: () => ({ frontmatter: { date: '2026-01-01' } }) };
		expect(await notesToScan(vault as never, cache as never)).toMatchObject([{ path: 'a.md', text: 'text', frontmatter: { date: '2026-01-01' } }]);
	});
});
