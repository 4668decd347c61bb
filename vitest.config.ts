import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: {
		alias: { obsidian: fileURLToPath(new URL('./test/stubs/obsidian.ts', import.meta.url)) },
	},
	test: {
		include: ['test/**/*.test.ts'],
		testTimeout: 60_000,
	},
});
