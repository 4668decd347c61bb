import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVault, type LoadedVault } from '../src/cli/load-vault';
import { findClient } from '../src/core/review/clients';
import { buildReview, type ClientReview } from '../src/core/review/review';
import { readSession } from '../src/core/session/read-session';
import { defaultSettings } from '../src/core/settings';

export const EXAMPLE_VAULT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples/vault');
export const TODAY = '2026-11-22';

let cached: Promise<LoadedVault> | null = null;

/** The example vault, every note read in full, once per test file. */
export function exampleVault(): Promise<LoadedVault> {
	cached ??= loadVault(EXAMPLE_VAULT, defaultSettings(), readSession);
	return cached;
}

export async function exampleReview(name: string): Promise<ClientReview> {
	const vault = await exampleVault();
	const match = findClient(vault.clients, name);
	if (match.kind !== 'found') throw new Error(`No single client for ${name}`);
	return buildReview(match.client, { today: TODAY, settings: defaultSettings() });
}

export function threadOf(review: ClientReview, text: string) {
	const thread = review.actionSteps.find((t) => t.mentions.some((m) => m.text === text));
	if (!thread) throw new Error(`No thread mentions "${text}"`);
	return thread;
}
