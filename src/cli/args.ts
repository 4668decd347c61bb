import { promises as fs } from 'node:fs';
import { type CoachingSettings, resolveSettings } from '../core/settings';

/** Where a command writes; tests pass their own. */
export interface Output {
	out: (text: string) => void;
	err: (text: string) => void;
}

export class UsageError extends Error {}

export interface ParsedArgs {
	positional: string[];
	flags: Map<string, string | true>;
	/** Every value of a flag given more than once (`--coach A --coach B`), in order; `flags` holds the last. */
	values: Map<string, string[]>;
}

const VALUE_FLAGS = new Set(['--config', '--client', '--today', '--html', '--coach', '--write', '--folder', '--tag']);

export function parseArgs(argv: string[]): ParsedArgs {
	const positional: string[] = [];
	const flags = new Map<string, string | true>();
	const values = new Map<string, string[]>();
	const set = (flag: string, value: string | true) => {
		flags.set(flag, value);
		if (typeof value === 'string') values.set(flag, [...(values.get(flag) ?? []), value]);
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			if (eq > 0) set(arg.slice(0, eq), arg.slice(eq + 1));
			else if (VALUE_FLAGS.has(arg)) {
				const value = argv[i + 1];
				if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
				set(arg, value);
				i++;
			} else flags.set(arg, true);
		} else if (arg === '-h') flags.set('--help', true);
		else positional.push(arg);
	}
	return { positional, flags, values };
}

export async function loadSettings(flags: ParsedArgs['flags'], io: Output): Promise<CoachingSettings> {
	const file = flags.get('--config');
	if (typeof file !== 'string') return resolveSettings(undefined).settings;
	let parsed: unknown;
	try {
		parsed = JSON.parse(await fs.readFile(file, 'utf8'));
	} catch (error) {
		throw new UsageError(`Cannot read settings from ${file}: ${error instanceof Error ? error.message : String(error)}`);
	}
	const { settings, problems } = resolveSettings(parsed);
	for (const problem of problems) io.err(`warning: ${file}: ${problem}\n`);
	return settings;
}

export function checkFlags(flags: ParsedArgs['flags'], allowed: string[]): void {
	for (const flag of flags.keys()) {
		if (flag !== '--help' && flag !== '--config' && !allowed.includes(flag)) throw new UsageError(`Unknown option ${flag}.`);
	}
}
