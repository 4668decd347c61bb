import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished } from 'vitest';
import type { SessionReading } from '../src/core/session/types';
import { type CoachingSettings, defaultSettings } from '../src/core/settings';
import { readNote } from './notes';

/** Reads a note as the adapters do: frontmatter through `yaml`, then core's reader. */
export function read(text: string, path = 'Clients/Susan Lee/2026-10-14.md', settings: CoachingSettings = defaultSettings()): SessionReading {
	return readNote(path, text, settings);
}

/** A session note with the given body. */
export function session(body: string, frontmatter = 'client: Susan Lee\ndate: 2026-10-14'): string {
	return `---\n${frontmatter}\n---\n${body}`;
}

export const texts = (items: readonly { text: string }[]) => items.map((i) => i.text);

/** A folder of its own under the system's temporary folder, removed when the test that made it ends. */
export function tempDir(prefix = 'coaching-review-'): string {
	const root = mkdtempSync(path.join(tmpdir(), prefix));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	return root;
}

/** A vault of the given notes (vault-relative paths), removed when the test ends. */
export function tempVault(files: Record<string, string>): string {
	const root = tempDir();
	for (const [rel, text] of Object.entries(files)) {
		const full = path.join(root, rel);
		mkdirSync(path.dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
	return root;
}

/** A reading's warnings, if any, each name the note, a line inside it and a message a person can read. */
export function checkWarnings(reading: SessionReading, notePath: string, text: string): void {
	if (reading.warnings.length === 0) return;
	const lines = text.split(/\r\n|\r|\n/).length;
	for (const warning of reading.warnings) {
		expect(warning.path).toBe(notePath);
		expect(warning.line).toBeGreaterThanOrEqual(1);
		expect(warning.line).toBeLessThanOrEqual(lines + 1);
		expect(warning.message.length).toBeGreaterThan(10);
	}
}
