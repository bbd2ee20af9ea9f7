import { defineConfig } from '@playwright/test';

// Dates become words through Intl in the machine's locale: main's side (in the test workers) and
// the page (tests/harness/launchMend.ts sets its locale) read them as a British reader does.
process.env['LC_ALL'] = 'en_GB.UTF-8';

export default defineConfig({
  testDir: 'tests/e2e',
  // Only the @shared path: with the better-sqlite3 `paths` entry Playwright would refuse to strip types under node_modules.
  tsconfig: './tsconfig.playwright.json',
  fullyParallel: false,
  // One worker per core: every test has its own data folder and page; 134 tests pass with 2 workers
  // even on a machine loaded by other work (load average 9), so nothing is shared between them.
  workers: 2,
  timeout: 60_000,
  forbidOnly: true,
  reporter: [['list']],
  use: { trace: 'off' },
});
