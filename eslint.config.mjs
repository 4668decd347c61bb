import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
	globalIgnores(['main.js', 'dist/', 'node_modules/', 'coverage/', 'test-output/', 'examples/']),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'version-bump.mjs', 'bin/*.mjs', 'scripts/*.mjs'] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The Node side (command line, tests, build scripts) is not part of the plugin bundle: Node modules are its job.
		files: ['src/cli/**', 'test/**', 'bench/**', 'scripts/**', 'bin/**', '*.mjs', 'vitest.config.ts'],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'obsidianmd/no-nodejs-modules': 'off',
			'obsidianmd/hardcoded-config-path': 'off',
			'obsidianmd/prefer-window-timers': 'off',
			'obsidianmd/no-global-this': 'off',
			'import/no-nodejs-modules': 'off',
			'no-restricted-globals': 'off',
			'no-console': 'off',
			'obsidianmd/rule-custom-message': 'off',
			// The obsidian stub implements these helpers itself.
			'obsidianmd/prefer-create-el': 'off',
			'obsidianmd/prefer-instanceof': 'off',
		},
	},
	{
		// The adapters (plugin, command line, dashboard) use core only through each folder's public face, its index.ts.
		files: ['src/plugin/**', 'src/cli/**', 'src/ui/**', 'src/main.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*/*'], message: "Import from the core folder's index.ts, its public face." }] }] },
	},
	{
		// The floors run one way: markdown, then session, then review; a lower floor never imports a higher one.
		files: ['src/core/markdown/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '!../markdown', '!../markdown/*', '!../text', '!../settings'], message: 'core/markdown reads Markdown alone: it imports no other core folder.' }] }] },
	},
	{
		files: ['src/core/session/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../review', '../review/*', '../export', '../export/*', '../edit', '../edit/*', '../summary', '../summary/*', '../vault-index', '../vault-index/*', '../detect', '../detect/*', '../caseload', '../caseload/*'], message: 'core/session reads notes: it imports only markdown, step-line and the shared core files.' }] }] },
	},
]);
