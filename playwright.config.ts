import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Without `paths`: Playwright would otherwise refuse to strip types under node_modules.
  tsconfig: './tsconfig.playwright.json',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  forbidOnly: true,
  reporter: [['list']],
  use: { trace: 'off' },
});
