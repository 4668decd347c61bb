import type * as obsidian from '../stubs/obsidian';
import { eventsOf, type Signal } from '../stubs/signals';

interface Indexed {
	whenIndexed(): Promise<void>;
	index: obsidian.Events;
}

/**
 * Settles once the plugin's first index is done: the plugin's own signal, to wait on rather than on reads pausing
 * (which a loaded machine can pause mid-index).
 */
export function whenIndexed(plugin: obsidian.Plugin): Promise<void> {
	return (plugin as unknown as Indexed).whenIndexed();
}

/** The index's updates (a note read again, a build done) and its progress while the vault is first read. */
export function indexEvents(plugin: obsidian.Plugin): Signal {
	return eventsOf((plugin as unknown as Indexed).index, 'updated', 'progress');
}
