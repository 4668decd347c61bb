import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientEntry } from '../src/core/review/clients';
import { buildReview, type ClientReview } from '../src/core/review/review';
import type { SessionReading, Warning } from '../src/core/session/types';
import { defaultSettings } from '../src/core/settings';
import { VaultIndex } from '../src/core/vault-index';
import { listMarkdownFiles, noteText } from './notes';

export const EXAMPLE_VAULT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples/vault');
export const TODAY = '2026-11-22';

export interface ExampleVault {
	index: VaultIndex;
	readings: SessionReading[];
	clients: ClientEntry[];
	warnings: Warning[];
}

let cached: ExampleVault | null = null;

/** The example vault read into core's index, once per test file. */
export function exampleVault(): Promise<ExampleVault> {
	if (!cached) {
		const index = new VaultIndex(defaultSettings());
		for (const rel of listMarkdownFiles(EXAMPLE_VAULT)) {
			const note = noteText(rel, readFileSync(path.join(EXAMPLE_VAULT, rel), 'utf8'));
			if (index.wants(rel, { frontmatter: note.frontmatter, hasFrontmatter: note.fences !== null || note.unclosed })) index.put(index.read(note));
		}
		index.finishBuild();
		cached = { index, readings: index.readings(), clients: index.clients(), warnings: index.warnings() };
	}
	return Promise.resolve(cached);
}

export async function exampleReview(name: string): Promise<ClientReview> {
	const vault = await exampleVault();
	const match = vault.index.matchClient(name);
	if (match.kind !== 'found') throw new Error(`No single client for ${name}`);
	return buildReview(match.client, { today: TODAY, settings: defaultSettings() });
}

export function threadOf(review: ClientReview, text: string) {
	const thread = review.actionSteps.find((t) => t.mentions.some((m) => m.text === text));
	if (!thread) throw new Error(`No thread mentions "${text}"`);
	return thread;
}
