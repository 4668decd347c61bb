import type * as obsidian from '../stubs/obsidian';

/**
 * Whether the plugin's first index is done: a signal the plugin keeps, to wait on rather than on reads pausing
 * (which a loaded machine can pause mid-index).
 */
export function indexReady(plugin: obsidian.Plugin): boolean {
	return (plugin as unknown as { index?: { ready?: boolean } }).index?.ready === true;
}
