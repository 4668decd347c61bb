import { Plugin } from 'obsidian';
import { type CoachingSettings, defaultSettings } from './core/settings';
import { readFileSession } from './plugin/read-file';
import { ReadingModal } from './plugin/reading-modal';
import { migrateSettings } from './plugin/settings-store';

/** Wiring only: each piece gets the parts of the app it uses. */
export default class CoachingReviewPlugin extends Plugin {
	private settings: CoachingSettings = defaultSettings();

	override async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());

		this.addCommand({
			id: 'show-note-reading',
			name: 'Show how this note is read',
			checkCallback: (checking) => {
				const file = this.app.workspace.getActiveFile();
				if (!file || file.extension !== 'md') return false;
				if (!checking) {
					void readFileSession(file, this.app.vault, this.app.metadataCache, this.settings).then((reading) =>
						new ReadingModal(this.app, reading).open(),
					);
				}
				return true;
			},
		});
	}
}
