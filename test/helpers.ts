import { readNoteText } from '../src/cli/read-note';
import type { SessionReading } from '../src/core/session/types';
import { type CoachingSettings, defaultSettings } from '../src/core/settings';

/** Reads a note the way the CLI does: frontmatter through `yaml`, then the session model. */
export function read(text: string, path = 'Clients/Susan Lee/2026-10-14.md', settings: CoachingSettings = defaultSettings()): SessionReading {
	return readNoteText(path, text, settings).session;
}

/** A session note with the given body. */
export function session(body: string, frontmatter = 'client: Susan Lee\ndate: 2026-10-14'): string {
	return `---\n${frontmatter}\n---\n${body}`;
}

export const texts = (items: { text: string }[]) => items.map((i) => i.text);
