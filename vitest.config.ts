import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Dates become words through Intl in the machine's locale; tests read them as a British reader
// does, whatever the machine (the worker processes inherit this). Other locales are tested by name.
process.env['LC_ALL'] = 'en_GB.UTF-8';

export default defineConfig({
  // The same `@shared` alias as electron.vite.config.ts and tsconfig `paths`.
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The native SQLite module is safest in separate processes.
    pool: 'forks',
    // Two workers on a 2-core machine (vitest's default for `run` is one fewer than the cores, i.e. one here).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
