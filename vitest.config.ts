import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm test` runs the suite under two time zones; a bare `vitest` run still gets a named one.
process.env.TZ ??= 'Pacific/Auckland';

export default defineConfig({
	resolve: {
		alias: { obsidian: fileURLToPath(new URL('./test/stubs/obsidian.ts', import.meta.url)) },
	},
	test: {
		include: ['test/**/*.test.ts'],
		testTimeout: 60_000,
	},
});
