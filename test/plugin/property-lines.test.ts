// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as obsidian from '../stubs/obsidian';
import { startPlugin } from './harness';

describe('the plugin reads notes with no frontmatter (issue 16, item 1)', () => {
	it('finds the client named in property lines at the top of an exported page', async () => {
		const page = (date: string) => `# Mia ${date}\n\nClient: [Mia Chen](../Clients%20ab/Mia%20Chen%200123456789abcdef0123456789abcdef.md)\nDate: ${date}\n\n## Action items\n- [ ] Book the hall\n`;
		const h = await startPlugin({ notes: [
			{ path: 'Sessions/Mia 1.md', text: page('March 3, 2026') },
			{ path: 'Sessions/Mia 2.md', text: page('March 17, 2026') },
			{ path: 'Daily/2026-03-03.md', text: '---\ndate: 2026-03-03\n---\n- [ ] ink\n' },
		] });
		h.plugin.commands.get('review-client')?.callback?.();
		const picker = obsidian.Modal.opened.at(-1) as obsidian.FuzzySuggestModal<{ name: string; sessions: unknown[] }>;
		expect(picker.getSuggestions('').map((m) => m.item.name)).toEqual(['Mia Chen']);
		picker.close();
		await h.chooseClient('Mia Chen');
		expect(h.dashboardText()).toContain('Book the hall');
		h.plugin.unload();
	});
});
