import { parseNote } from '../core/session';
import { type App, type MetadataCache, Modal, Setting, type TFile, type Vault } from 'obsidian';
import { PROPOSED_ROLES, type ProposedRole, ROLE_LABELS } from '../core/detect';
import type { Detected, DetectedKind, NoteToScan, StyleScan } from '../core/detect';
import { type DetectedSettings, settingsFromProposals } from '../core/detect';
import type { CoachingSettings } from '../core/settings';

/** The roles a coach may choose for each kind of thing found: a heading is never a date key. */
const ROLES_FOR: Record<DetectedKind, readonly ProposedRole[]> = {
	heading: ['client-words', 'wins', 'goals', 'coach-notes', 'private', 'action-steps', 'coach-promises', 'progress-review', 'none'],
	label: ['client-words', 'wins', 'goals', 'coach-notes', 'private', 'action-steps', 'coach-promises', 'progress-review', 'none'],
	speaker: ['coach-name', 'none'],
	'frontmatter key': ['client-key', 'date-key', 'none'],
	'property line': ['client-key', 'date-key', 'none'],
	folder: ['none'],
	'coach name': ['coach-name', 'none'],
	'date order': ['none'],
};

const GROUPS: [DetectedKind, string][] = [
	['coach name', 'Your names'],
	['frontmatter key', 'Properties'],
	['property line', 'Property lines at the top of notes'],
	['heading', 'Headings'],
	['label', 'Labels'],
	['speaker', 'Speakers'],
	['folder', 'Folders'],
];

/** Every Markdown note with its text and cached frontmatter: what the scan reads. */
export async function notesToScan(vault: Pick<Vault, 'getMarkdownFiles' | 'cachedRead'>, metadataCache: Pick<MetadataCache, 'getFileCache'>): Promise<NoteToScan[]> {
	const files: TFile[] = vault.getMarkdownFiles();
	return Promise.all(
		files.map(async (file) => parseNote(file.path, await vault.cachedRead(file), metadataCache.getFileCache(file)?.frontmatter ?? null)),
	);
}

/**
 * "Detect my note style": the proposals of a scan, each with its role in a dropdown; saving turns the chosen roles into
 * settings. Speakers marked as the coach become coach names.
 */
export class DetectModal extends Modal {
	private readonly chosen: Map<Detected, ProposedRole>;

	constructor(
		app: App,
		private readonly scan: StyleScan,
		private readonly base: CoachingSettings,
		private readonly save: (patch: DetectedSettings) => Promise<void>,
	) {
		super(app);
		this.chosen = new Map(scan.found.map((d) => [d, d.role]));
	}

	override onOpen(): void {
		const { contentEl, scan } = this;
		contentEl.addClass('coaching-review-detect');
		this.titleEl.setText('Detect my note style');
		contentEl.createEl('p', { text: `${scan.sessionNotes} of ${scan.scanned} notes look like sessions. Check the role of each name, then save.` });
		for (const [kind, title] of GROUPS) {
			const items = scan.found.filter((d) => d.kind === kind).sort((a, b) => b.notes - a.notes);
			if (items.length === 0) continue;
			new Setting(contentEl).setName(title).setHeading();
			for (const item of items) {
				const roles = ROLES_FOR[item.kind];
				new Setting(contentEl)
					.setName(item.name)
					.setDesc(`${item.notes > 0 ? `${item.notes} note${item.notes === 1 ? '' : 's'}: ` : ''}${item.reason}`)
					.addDropdown((dropdown) => {
						dropdown.addOptions(Object.fromEntries(PROPOSED_ROLES.filter((role) => roles.includes(role)).map((role) => [role, ROLE_LABELS[role]])));
						dropdown.setValue(roles.includes(item.role) ? item.role : 'none').onChange((value) => this.chosen.set(item, value as ProposedRole));
					});
			}
		}
		if (scan.numericDateOrder !== '') {
			contentEl.createEl('p', { text: `Numeric dates are read ${scan.numericDateOrder === 'day-month' ? 'day first (14/07/2026)' : 'month first (7/14/2026)'}.` });
		}
		new Setting(contentEl)
			.addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((button) =>
				button.setButtonText('Save').onClick(async () => {
						await this.save(this.settingsChosen());
						this.close();
					}),
			);
	}

	/** The settings the chosen roles give: a speaker chosen as the coach is one of the coach's names. */
	settingsChosen(): DetectedSettings {
		const accepted = [...this.chosen].map(([item, role]): Detected => (item.kind === 'speaker' && role === 'coach-name' ? { ...item, kind: 'coach name', role } : { ...item, role }));
		return settingsFromProposals(accepted, this.base, this.scan);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
