// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../src/core/review/days';
import * as obsidian from '../stubs/obsidian';
import { domChanges, eventsOf, noticeShown, until, vaultEvents } from '../stubs/signals';
import { startPlugin } from './harness';

let h: Awaited<ReturnType<typeof startPlugin>>;
const today = localToday();
const SUSAN_NOTE = 'Clients/Susan Lee/2026-09-23.md';
const clipboard: string[] = [];
/** Fires 'copy' as the clipboard stub is written: the signal the copy tests wait on. */
const copied = new obsidian.Events();

const text = (path: string) => h.app.vault.read(h.app.vault.getFileByPath(path) as obsidian.TFile);

function clickStatus(threadText: string, status: string): void {
	const thread = [...(h.view()?.contentEl.querySelectorAll('.cr-thread') ?? [])].find((el) => el.querySelector('.cr-thread-text')?.textContent === threadText);
	const control = thread?.querySelector<HTMLElement>('.cr-thread-head .cr-status-control');
	if (!control) throw new Error(`No status control for ${threadText}`);
	control.click();
	const item = obsidian.Menu.last?.items.find((i) => i.title === status);
	if (!item) throw new Error(`No menu item ${status}`);
	item.click();
}

function clickAction(action: string): void {
	const button = h.view()?.contentEl.querySelector<HTMLElement>(`[data-action="${action}"]`);
	if (!button) throw new Error(`No button ${action}`);
	button.click();
}

beforeAll(async () => {
	Object.defineProperty(navigator, 'clipboard', { value: { writeText: (t: string) => Promise.resolve(void clipboard.push(t)).then(() => copied.trigger('copy')) }, configurable: true });
	h = await startPlugin();
	await h.chooseClient('Susan Lee');
});

afterAll(() => h.plugin.unload());

describe('changing a step from the dashboard', () => {
	it('offers the four statuses, with the current one checked', () => {
		const control = h.view()?.contentEl.querySelector<HTMLElement>('.cr-thread-head .cr-status-control');
		control?.click();
		expect(obsidian.Menu.last?.items.map((i) => [i.title, i.checked])).toEqual([
			['Open', true],
			['In progress', false],
			['Done', false],
			['Dropped', false],
		]);
	});

	it('edits exactly that checkbox (and a ✅ date, as the note uses Tasks), and shows the new status at once', async () => {
		const before = await text(SUSAN_NOTE);
		clickStatus('Send the pricing worksheet', 'Done');
		await until(() => h.app.vault.writes.includes(SUSAN_NOTE), vaultEvents(h.app.vault));
		const after = await text(SUSAN_NOTE);
		expect(after).toBe(before.replace('- [ ] Send the pricing worksheet @coach', `- [x] Send the pricing worksheet @coach ✅ ${today}`));
		await until(() => h.dashboardText().includes('You promised 4 things: 4 delivered, 0 open.'), domChanges(document));
	});

	it('refuses when the note changed since it was read, leaves it byte for byte, and lets the coach try again', async () => {
		const path = 'Clients/Susan Lee/2026-11-11.md';
		const original = await text(path);
		// The coach edits the note in another app: no event reaches the plugin, the index is stale.
		const edited = original.replace('- [ ] Plan the January cohort', '- [ ] Plan the January cohort for 8 people');
		h.app.vault.modifyQuietly(path, edited);
		const writes = h.app.vault.writes.length;
		obsidian.Notice.shown.length = 0;
		clickStatus('Plan the January cohort', 'Done');
		await until(() => obsidian.Notice.shown.length > 0, noticeShown);
		expect(obsidian.Notice.shown[0]).toMatch(/has changed since it was read: line 23 no longer holds "Plan the January cohort"/);
		expect(await text(path)).toBe(edited);
		expect(h.app.vault.writes.length).toBe(writes);
		// The refusal re-read the note, so the dashboard now shows it as it is, and the change goes through.
		await until(() => h.dashboardText().includes('Plan the January cohort for 8 people'), domChanges(document));
		clickStatus('Plan the January cohort for 8 people', 'In progress');
		await until(() => h.app.vault.writes.length > writes, vaultEvents(h.app.vault));
		expect(await text(path)).toBe(edited.replace('- [ ] Plan the January cohort for 8 people', '- [/] Plan the January cohort for 8 people'));
	});
});

describe('exports', () => {
	it('writes the review to a note, replaces only its own unchanged output, and never an edited note', async () => {
		const path = `Reviews/Susan Lee review ${today}.md`;
		clickAction('export-review');
		await until(() => h.app.vault.getFileByPath(path) !== null, vaultEvents(h.app.vault));
		const first = await text(path);
		expect(first).toContain('coaching-review: review');
		expect(first).toContain('# Susan Lee: client review');
		// A second export of the unchanged review replaces its own output: still one note.
		const writes = h.app.vault.writes.length;
		clickAction('export-review');
		await until(() => h.app.vault.writes.length > writes, vaultEvents(h.app.vault));
		expect(h.app.vault.getFiles().filter((f) => f.path.startsWith('Reviews/Susan Lee review'))).toHaveLength(1);
		// The coach writes in the exported note: the next export goes to a new note.
		h.app.vault.modifyQuietly(path, first + '\nMy thoughts for January.\n');
		clickAction('export-review');
		await until(() => h.app.vault.getFileByPath(`Reviews/Susan Lee review ${today} (2).md`) !== null, vaultEvents(h.app.vault));
		expect(await text(path)).toBe(first + '\nMy thoughts for January.\n');
	});

	it("writes a client summary with none of the coach's notes", async () => {
		clickAction('export-summary');
		const path = `Reviews/Susan Lee summary for client ${today}.md`;
		await until(() => h.app.vault.getFileByPath(path) !== null, vaultEvents(h.app.vault));
		const summary = await text(path);
		expect(summary).toContain('I finally told my partner the price');
		expect(summary).not.toContain('Price set at £240.');
		// Exports are never read back as sessions.
		expect(h.dashboardText()).toContain('12 sessions');
	});

	it('copies the review and the summary to the clipboard', async () => {
		clickAction('copy-review');
		await until(() => clipboard.length === 1, eventsOf(copied, 'copy'));
		expect(clipboard[0]).toContain('# Susan Lee: client review');
		clickAction('copy-summary');
		await until(() => clipboard.length === 2, eventsOf(copied, 'copy'));
		expect(clipboard[1]).toContain('# Susan, our sessions so far');
	});
});

describe('a new session note', () => {
	it('is created in the client folder with the open steps carried forward, and never overwrites a note', async () => {
		const path = `Clients/Susan Lee/${today}.md`;
		await h.app.vault.create(path, 'A note the coach already wrote today.\n');
		clickAction('new-session');
		const created = `Clients/Susan Lee/${today} (2).md`;
		await until(() => h.app.vault.getFileByPath(created) !== null, vaultEvents(h.app.vault));
		expect(await text(path)).toBe('A note the coach already wrote today.\n');
		const note = await text(created);
		expect(note).toContain(`date: ${today}\nsession: 13\n`);
		expect(note).toMatch(/- \[ \] Email the list about the launch 📅 2026-11-02 🆔 \w+/);
		// The new note opens once it is written: wait for the workspace to say a file opened.
		const lastOpened = () => h.app.workspace.leaves.flatMap((l) => l.opened).at(-1)?.path;
		await until(() => lastOpened() === created, eventsOf(h.app.workspace, 'file-open'));
		await until(() => h.dashboardText().includes('13 sessions'), domChanges(document));
	});

	it('can also be started from the command palette', async () => {
		const before = h.app.vault.getFiles().length;
		await h.chooseClient('Marcus Bell', 'new-session-note');
		await until(() => h.app.vault.getFiles().length === before + 1, vaultEvents(h.app.vault));
		expect(h.app.vault.getFileByPath(`Clients/Marcus Bell/${today}.md`)).not.toBeNull();
	});
});

describe("marking a client's statement from the dashboard", () => {
	function clickMark(statement: string): void {
		const item = [...(h.view()?.contentEl.querySelectorAll('.cr-progress-item') ?? [])].find((el) => el.querySelector('.cr-quote')?.textContent === statement);
		const control = item?.querySelector<HTMLElement>('.cr-mark-control');
		if (!control) throw new Error(`No mark control for ${statement}`);
		control.click();
	}

	it('"Not progress" adds [progress:: no] to that line only, and the statement leaves the progress list', async () => {
		const statement = 'We launched. Eleven people are in. I cried in the car park.';
		const path = 'Clients/Susan Lee/2026-11-11.md';
		const before = await text(path);
		await until(() => h.dashboardText().includes(statement), domChanges(document));
		const writes = h.app.vault.writes.length;
		clickMark(statement);
		await until(() => h.app.vault.writes.length > writes, vaultEvents(h.app.vault));
		const marked = await text(path);
		const changed = marked.split('\n').filter((l, i) => l !== before.split('\n')[i]);
		expect(changed).toHaveLength(1);
		expect(marked).toBe(before.replace(changed[0]?.replace(' [progress:: no]', '') ?? '', changed[0] ?? ''));
		expect(changed[0]).toMatch(/I cried in the car park\. \[progress:: no\]$/);
		await until(() => ![...(h.view()?.contentEl.querySelectorAll('.cr-progress-item .cr-quote') ?? [])].some((q) => q.textContent === statement), domChanges(document));
	});

	it('"Progress" in the timeline marks a statement the detector passed over, and it joins the progress list; "Unmark" takes it back', async () => {
		const statement = "I still haven't sent the big email, and honestly I don't think I need to.";
		const path = 'Clients/Susan Lee/2026-11-11.md';
		const before = await text(path);
		const find = () => [...(h.view()?.contentEl.querySelectorAll('.cr-col-client .cr-item') ?? [])].find((el) => el.querySelector('.cr-item-text')?.textContent === statement);
		await until(() => find()?.querySelector('.cr-mark-control')?.textContent === 'Progress', domChanges(document));
		const writes = h.app.vault.writes.length;
		find()?.querySelector<HTMLElement>('.cr-mark-control')?.click();
		await until(() => h.app.vault.writes.length > writes, vaultEvents(h.app.vault));
		expect(await text(path)).toBe(before.replace(statement, `${statement} [progress:: yes]`));
		await until(() => [...(h.view()?.contentEl.querySelectorAll('.cr-progress-item .cr-quote') ?? [])].some((q) => q.textContent === statement), domChanges(document));
		await until(() => find()?.querySelector('.cr-mark-control')?.textContent === 'Unmark', domChanges(document));
		const marked = h.app.vault.writes.length;
		find()?.querySelector<HTMLElement>('.cr-mark-control')?.click();
		await until(() => h.app.vault.writes.length > marked, vaultEvents(h.app.vault));
		expect(await text(path)).toBe(before);
	});
});
