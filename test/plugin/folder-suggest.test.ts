// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FolderSuggest } from '../../src/plugin/settings-tab';
import * as obsidian from '../stubs/obsidian';
import { fakeApp } from '../stubs/fake-vault';
import { EXAMPLE_VAULT } from '../vault';

describe('folder suggestions in the settings tab', () => {
	it("suggests the vault's folders, and completes the last entry of a list", async () => {
		const app = await fakeApp(EXAMPLE_VAULT);
		const input = document.createElement('input');
		// The stub's app stands in for Obsidian's; the suggester only lists folders from it.
		const single = new FolderSuggest(app as unknown as ConstructorParameters<typeof FolderSuggest>[0], input, false);
		expect(single.getSuggestions('clients/s').map((f) => f.path)).toEqual(['Clients/Susan Lee']);
		const several = new FolderSuggest(app as unknown as ConstructorParameters<typeof FolderSuggest>[0], input, true);
		input.value = 'Sessions, cli';
		const folder = several.getSuggestions(input.value).find((f) => f.path === 'Clients');
		expect(folder).toBeInstanceOf(obsidian.TFolder);
		if (folder) several.selectSuggestion(folder);
		expect(input.value).toBe('Sessions, Clients');
	});
});
