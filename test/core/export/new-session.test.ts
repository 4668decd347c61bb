import { describe, expect, it } from 'vitest';
import { buildNewSessionNote, DEFAULT_SESSION_TEMPLATE, newSessionPath } from '../../../src/core/export/new-session';
import { groupClients } from '../../../src/core/review/clients';
import { buildReview } from '../../../src/core/review/review';
import { defaultSettings } from '../../../src/core/settings';
import { read } from '../../helpers';
import { exampleVault, threadOf, TODAY } from '../../vault';

const settings = defaultSettings();

async function susan() {
	const vault = await exampleVault();
	const entry = groupClients(vault.readings).find((c) => c.name === 'Susan Lee');
	if (!entry) throw new Error('Susan');
	return { vault, review: buildReview(entry, { today: TODAY, settings }) };
}

describe('a new session note', () => {
	it('fills in the client, today and the next session number, and carries the open steps and promises forward', async () => {
		const { review } = await susan();
		const note = buildNewSessionNote(review, { today: TODAY, template: DEFAULT_SESSION_TEMPLATE, settings, makeId: (i) => `cr${i}` });
		expect(note.number).toBe(13);
		expect(note.text).toContain('client: "[[Susan Lee]]"\ndate: 2026-11-22\nsession: 13\n');
		expect(note.text).toContain('## Action steps\n- [ ] Email the list about the launch 📅 2026-11-02 🆔 cr0\n- [ ] Email the accountant about VAT registration 🆔 cr1\n- [ ] Plan the January cohort 🆔 cr2\n');
		expect(note.text).toContain('## Coach commitments\n- [ ] Send the pricing worksheet 🆔 cr3\n');
		expect(note.carried).toBe(4);
		expect(note.text).not.toContain('Cold call');
	});

	it('continues the threads: the review links the carried steps, and times raised goes up by one', async () => {
		const { vault, review } = await susan();
		const note = buildNewSessionNote(review, { today: TODAY, template: DEFAULT_SESSION_TEMPLATE, settings, makeId: (i) => `cr${i}` });
		const place = newSessionPath(settings, 'Susan Lee', TODAY, () => false);
		if (!place.ok) throw new Error(place.reason);
		const path = place.path;
		const entry = groupClients([...vault.readings, read(note.text, path)]).find((c) => c.name === 'Susan Lee');
		if (!entry) throw new Error('Susan');
		const after = buildReview(entry, { today: TODAY, settings });
		expect(after.sessionCount).toBe(review.sessionCount + 1);
		for (const text of ['Email the list about the launch', 'Send the pricing worksheet', 'Plan the January cohort']) {
			expect(threadOf(after, text).timesRaised, text).toBe(threadOf(review, text).timesRaised + 1);
			expect(threadOf(after, text).lastRaised).toBe(TODAY);
		}
		expect(after.actionSteps).toHaveLength(review.actionSteps.length);
	});

	it('keeps an id a thread already has, in the style the settings ask for', async () => {
		const vault = await exampleVault();
		const priya = groupClients(vault.readings).find((c) => c.name === 'Priya Shah');
		if (!priya) throw new Error('Priya');
		const review = buildReview(priya, { today: TODAY, settings });
		const note = buildNewSessionNote(review, { today: TODAY, template: DEFAULT_SESSION_TEMPLATE, settings: { ...settings, carryForwardIdStyle: 'dataview' }, makeId: () => 'new' });
		expect(note.text).toContain('- [/] Start the second dummy [id:: new]');
		const none = buildNewSessionNote(review, { today: TODAY, template: DEFAULT_SESSION_TEMPLATE, settings: { ...settings, carryForwardIdStyle: 'none' }, makeId: () => 'never' });
		expect(none.text).not.toContain('never');
	});

	it('puts promises after the steps with an owner marker when the template has no place for them', async () => {
		const { review } = await susan();
		const note = buildNewSessionNote(review, { today: TODAY, template: '---\nclient: {{client}}\n---\n{{open_steps}}\n', settings, makeId: (i) => `x${i}` });
		expect(note.text).toContain('- [ ] Send the pricing worksheet @coach 🆔 x3');
	});

	it('never takes the name of an existing note', () => {
		const taken = new Set(['Clients/Susan Lee/2026-11-22.md', 'Clients/Susan Lee/2026-11-22 (2).md']);
		expect(newSessionPath(settings, 'Susan Lee', TODAY, (p) => taken.has(p))).toEqual({ ok: true, path: 'Clients/Susan Lee/2026-11-22 (3).md', notice: null });
	});
});

// Issue 15, item 6: a template's variables come from a list; `{{constructor}}` once inserted a function's source.
describe('template variables', () => {
	it('fills in only the variables it knows, leaving any other as written', () => {
		const review = buildReview(groupClients([read('---\nclient: Ana\ndate: 2026-10-14\n---\n', 'Sessions/a.md')])[0]!, { today: '2026-11-22', settings });
		const template = '{{client}} {{constructor}} {{toString}} {{__proto__}} {{hasOwnProperty}} {{date}} {{unknown}}';
		const note = buildNewSessionNote(review, { today: '2026-11-22', template, settings, makeId: (i) => `id${i}` });
		expect(note.text).toBe('Ana {{constructor}} {{toString}} {{__proto__}} {{hasOwnProperty}} 2026-11-22 {{unknown}}');
	});
});
