// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../src/core/review/days';
import * as obsidian from '../stubs/obsidian';
import { editNote } from '../stubs/fake-vault';
import { domChanges, until, vaultEvents } from '../stubs/signals';
import { syntheticVault } from '../../bench/synthetic-vault';
import { caseloadVault } from '../../bench/caseload-bench';
import { buildCaseload } from '../../src/core/caseload';
import { startPlugin, VIEW } from './harness';

const CASELOAD = 'coaching-review-caseload';
let h: Awaited<ReturnType<typeof startPlugin>>;

interface FactsInside {
	whenCaseloadReady(): Promise<void>;
	caseloadFacts: { ready: boolean; clients(): { name: string }[] | null };
}
const facts = (started: Awaited<ReturnType<typeof startPlugin>>) => started.plugin as unknown as FactsInside;

const caseload = () => h.app.workspace.getLeavesOfType(CASELOAD)[0]?.view as obsidian.ItemView | undefined;
const content = () => caseload()?.contentEl;
const names = () => [...(content()?.querySelectorAll('.cr-caseload-client') ?? [])].map((el) => el.textContent);
const promiseTexts = () => [...(content()?.querySelectorAll('.cr-promise-text') ?? [])].map((el) => el.textContent);
const text = (path: string) => h.app.vault.read(h.app.vault.getFileByPath(path) as obsidian.TFile);

function change(filter: string, value: string | boolean): void {
	const control = content()?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-filter="${filter}"]`);
	if (!control) throw new Error(`No filter ${filter}`);
	if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
	else control.value = value;
	control.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeAll(async () => {
	h = await startPlugin();
	h.plugin.commands.get('open-caseload')?.callback?.();
	await until(() => names().length > 0, domChanges(document));
});

afterAll(() => h.plugin.unload());

describe('the caseload in Obsidian (stub)', () => {
	it('registers "Open caseload" and "Prepare for next session" without hotkeys', () => {
		const commands = [...h.plugin.commands.values()];
		const ours = commands.filter((c) => c.id === 'open-caseload' || c.id === 'prepare-next-session');
		expect(ours.map((c) => [c.id, c.name, c.hotkeys])).toEqual([
			['open-caseload', 'Open caseload', undefined],
			['prepare-next-session', 'Prepare for next session', undefined],
		]);
	});

	it('opens a view of its own with one row per client, the archived one hidden until asked for', () => {
		expect(caseload()?.getViewType()).toBe(CASELOAD);
		expect(names()).toHaveLength(11);
		expect(names()).not.toContain('Helen Frost');
		change('archived', true);
		expect(names()).toContain('Helen Frost');
		expect(caseload()?.getState()).toMatchObject({ includeArchived: true });
		change('archived', false);
		expect(names()).not.toContain('Helen Frost');
	});

	it('filters by tag and by folder', () => {
		change('tag', 'executive');
		expect(names()).toContain('Daniel Reyes');
		expect(names().length).toBeLessThan(11);
		change('tag', '');
		change('folder', 'Sessions');
		expect([...names()].sort()).toEqual(['Marcus Bell', 'Priya Shah', 'Tom Okafor']);
		change('folder', '');
		expect(names()).toHaveLength(11);
	});

	it("opens a client's dashboard when their name is clicked", async () => {
		const button = [...(content()?.querySelectorAll<HTMLElement>('.cr-caseload-client') ?? [])].find((el) => el.textContent === 'Kenji Watanabe');
		button?.click();
		await until(() => h.dashboardText().includes('Kenji Watanabe'), domChanges(document));
		expect(h.app.workspace.getLeavesOfType(VIEW)[0]?.getViewState()).toMatchObject({ state: { client: 'kenji watanabe' } });
	});

	it('marks a promise delivered through the dashboard’s write-back, and drops it from the list', async () => {
		const path = 'Clients/Kenji Watanabe/2026-10-13.md';
		const before = await text(path);
		const item = [...(content()?.querySelectorAll('.cr-promise') ?? [])].find((el) => el.querySelector('.cr-promise-text')?.textContent === 'Send Kenji the pricing worksheet');
		item?.querySelector<HTMLElement>('.cr-status-control')?.click();
		expect(obsidian.Menu.last?.items.map((i) => i.title)).toEqual(['Delivered', 'Dropped', 'In progress', 'Open']);
		obsidian.Menu.last?.items.find((i) => i.title === 'Delivered')?.click();
		await until(() => !promiseTexts().includes('Send Kenji the pricing worksheet'), domChanges(document));
		const after = await text(path);
		const changed = before.split('\n').map((line, i) => [line, after.split('\n')[i]]).filter(([a, b]) => a !== b);
		expect(changed).toHaveLength(1);
		expect(changed[0]?.[0]).toContain('- [ ] Send Kenji the pricing worksheet');
		expect(changed[0]?.[1]).toContain('- [x] Send Kenji the pricing worksheet');
	});

	it('stays current as a note changes', async () => {
		const path = 'Clients/Ruth Adeyemi/2026-09-15.md';
		editNote(h.app, path, (await text(path)) + '\n## Coach commitments\n- [ ] Post Ruth the walking map @me\n');
		await until(() => promiseTexts().includes('Post Ruth the walking map'), domChanges(document));
	});
});

describe('the caseload facts, worked out in the background', () => {
	let fresh: Awaited<ReturnType<typeof startPlugin>>;

	beforeAll(async () => {
		fresh = await startPlugin({ layoutReady: false });
	});

	afterAll(() => fresh.plugin.unload());

	it('once the index is built, so that opening the caseload only draws rows', async () => {
		const inside = facts(fresh);
		expect(inside.caseloadFacts.clients()).toBeNull();
		fresh.app.workspace.finishLayout();
		await fresh.settle();
		// The index is built; the facts come after it, in slices of their own.
		expect(inside.caseloadFacts.ready).toBe(false);
		const leaf = fresh.app.workspace.getLeaf('tab');
		await leaf.setViewState({ type: CASELOAD, active: true });
		expect(leaf.view?.containerEl.textContent).toContain('Preparing the caseload…');
		await inside.whenCaseloadReady();
		// Drawn again on the facts' own signal.
		expect(leaf.view?.containerEl.querySelectorAll('.cr-caseload-row')).toHaveLength(11);
		// A caseload opened now draws at once: every fact is there, nothing is left to work out.
		const second = fresh.app.workspace.getLeaf('split');
		await second.setViewState({ type: CASELOAD, active: true });
		expect(second.view?.containerEl.querySelectorAll('.cr-caseload-row')).toHaveLength(11);
	});

	it('works them out again when a setting they hold changes (an archived client)', async () => {
		const inside = facts(fresh);
		const rows = () => [...(fresh.app.workspace.getLeavesOfType(CASELOAD)[0]?.view?.containerEl.querySelectorAll('.cr-caseload-client') ?? [])].map((el) => el.textContent);
		expect(rows()).toContain('Kenji Watanabe');
		await (fresh.plugin as unknown as { changeDataExternally(data: unknown): Promise<void> }).changeDataExternally({ version: 1, archivedClients: ['Kenji Watanabe'] });
		await inside.whenCaseloadReady();
		await until(() => !rows().includes('Kenji Watanabe'), domChanges(document));
		expect(rows()).toHaveLength(10);
		await (fresh.plugin as unknown as { changeDataExternally(data: unknown): Promise<void> }).changeDataExternally({ version: 1 });
		await until(() => rows().includes('Kenji Watanabe'), domChanges(document));
	});

	it('and, when a note changes, only that client’s facts are worked out again', async () => {
		const inside = facts(fresh);
		const before = inside.caseloadFacts.clients() ?? [];
		const path = 'Clients/Ruth Adeyemi/2026-09-15.md';
		const note = fresh.app.vault.getFileByPath(path) as obsidian.TFile;
		editNote(fresh.app, path, (await fresh.app.vault.read(note)) + '\n## Coach commitments\n- [ ] Post Ruth the walking map @me\n');
		const shown = () => [...(fresh.app.workspace.getLeavesOfType(CASELOAD)[0]?.view?.containerEl.querySelectorAll('.cr-promise-text') ?? [])].map((el) => el.textContent);
		await until(() => shown().includes('Post Ruth the walking map'), domChanges(document));
		const after = inside.caseloadFacts.clients() ?? [];
		expect(after.map((c) => c.name)).toEqual(before.map((c) => c.name));
		// The other clients' facts are the very ones kept: nothing of theirs was worked out again.
		after.forEach((client, i) => (client.name === 'Ruth Adeyemi' ? expect(client).not.toBe(before[i]) : expect(client).toBe(before[i])));
	});
});

describe('Prepare for next session', () => {
	it('shows the brief of the chosen client, with the questions noted for next time, and exports it as a note', async () => {
		h.plugin.commands.get('prepare-next-session')?.callback?.();
		const picker = obsidian.Modal.opened.at(-1) as obsidian.FuzzySuggestModal<{ name: string }>;
		const match = picker.getSuggestions('Daniel')[0];
		if (!match) throw new Error('No Daniel in the picker');
		picker.onChooseSuggestion(match, new MouseEvent('click'));
		picker.close();
		const modal = obsidian.Modal.opened.at(-1);
		const page = modal?.contentEl;
		expect(page?.querySelector('h1')?.textContent).toBe('Before the session with Daniel Reyes');
		expect([...(page?.querySelectorAll('.cr-brief-questions .cr-brief-text') ?? [])].map((el) => el.textContent)).toEqual([
			'What happens on Thursdays that the block keeps losing?',
			'Is the 360 still useful now, or has he moved past it?',
		]);
		page?.querySelector<HTMLElement>('[data-action="export-brief"]')?.click();
		const exported = `Reviews/Daniel Reyes brief ${localToday()}.md`;
		await until(() => h.app.vault.getFileByPath(exported) !== null, vaultEvents(h.app.vault));
		const note = await text(exported);
		expect(note).toContain('# Before the session with Daniel Reyes');
		expect(note).toContain('coaching-review: brief');
		modal?.close();
	});
});

describe('a caseload with many promises', () => {
	let many: Awaited<ReturnType<typeof startPlugin>>;
	const view = () => many.app.workspace.getLeavesOfType(CASELOAD)[0]?.view?.containerEl;
	const fold = () => view()?.querySelector<HTMLDetailsElement>('details.cr-promise-fold') ?? null;

	beforeAll(async () => {
		many = await startPlugin({ notes: syntheticVault(240, 3, 6) });
		await facts(many).whenCaseloadReady();
		await many.app.workspace.getLeaf('tab').setViewState({ type: CASELOAD, active: true });
	});

	afterAll(() => many.plugin.unload());

	it('draws the rows at once and the folded promises only when opened, and keeps them open as notes change', async () => {
		expect(view()?.querySelectorAll('.cr-caseload-row')).toHaveLength(6);
		const list = fold();
		expect(list?.querySelector('summary')?.textContent).toBe('Show every promise');
		// Folded: not one promise drawn until the coach opens the list.
		expect(view()?.querySelectorAll('.cr-promise')).toHaveLength(0);
		list!.open = true;
		list!.dispatchEvent(new Event('toggle'));
		const shown = view()?.querySelectorAll('.cr-promise').length ?? 0;
		expect(shown).toBeGreaterThan(50);
		const path = syntheticVault(240, 3, 6)[0]!.path;
		const note = many.app.vault.getFileByPath(path) as obsidian.TFile;
		editNote(many.app, path, (await many.app.vault.read(note)) + '\n## I will\n- [ ] Post the new walking map @coach\n');
		const texts = () => [...(view()?.querySelectorAll('.cr-promise-text') ?? [])].map((el) => el.textContent);
		await until(() => texts().includes('Post the new walking map'), domChanges(document));
		// Drawn again in place: the list the coach opened is still open.
		expect(fold()?.open).toBe(true);
		expect(texts()).toHaveLength(shown + 1);
	});
});

describe('a caseload longer than a screen', () => {
	let long: Awaited<ReturnType<typeof startPlugin>>;
	const view = () => long.app.workspace.getLeavesOfType(CASELOAD)[0]?.view as (obsidian.ItemView & { whenDrawn(): Promise<void> }) | undefined;
	const rows = () => [...(view()?.containerEl.querySelectorAll('.cr-caseload-client') ?? [])].map((el) => el.textContent);

	beforeAll(async () => {
		// 40 clients of ten sessions each: more rows than a window shows.
		long = await startPlugin({ notes: caseloadVault(400, 40) });
		await facts(long).whenCaseloadReady();
	});

	afterAll(() => long.plugin.unload());

	it('draws a screenful of rows at once and every row, in order and each a button, once drawing settles', async () => {
		await long.app.workspace.getLeaf('tab').setViewState({ type: CASELOAD, active: true });
		const first = rows().length;
		expect(first).toBeGreaterThan(0);
		expect(first).toBeLessThan(40);
		await view()?.whenDrawn();
		expect(rows()).toHaveLength(40);
		const expected = buildCaseload(facts(long).caseloadFacts.clients() as never, { today: localToday() }).clients.map((c) => c.name);
		expect(rows()).toEqual(expected);
		expect(view()?.containerEl.querySelectorAll('button.cr-caseload-client')).toHaveLength(40);
	});
});
