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
]);
