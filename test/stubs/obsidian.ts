/**
 * A small stand-in for the `obsidian` module, following obsidian.d.ts for the parts the plugin uses.
 * Files live in memory (see fake-vault.ts); tests fire the events Obsidian would.
 */
import { installDomHelpers } from './obsidian/dom';

installDomHelpers();

export * from './obsidian/core';
export * from './obsidian/debounce';
export * from './obsidian/editor';
export * from './obsidian/plugin';
export * from './obsidian/ui';
export * from './obsidian/workspace';
