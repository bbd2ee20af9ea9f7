import { _electron as electron, expect, test } from '@playwright/test';
import { REPO_ROOT } from '../harness/core';
import { ELECTRON_SKIP_REASON, electronBinaryInstalled, electronDataDir } from '../harness/electronBinary';

if (!electronBinaryInstalled()) console.log(`Skipping Electron-only specs: ${ELECTRON_SKIP_REASON}`);

test.describe('the packaged Electron app', () => {
  // Skipped where the Electron binary cannot be downloaded (reason printed above and in the report).
  test.skip(!electronBinaryInstalled(), ELECTRON_SKIP_REASON);

  test('opens the welcome screen in a hardened window', async () => {
    const data = await electronDataDir();
    const app = await electron.launch({
      args: [REPO_ROOT],
      env: { ...data.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { level: 1, name: 'Mend' })).toBeVisible();
      expect(window.url()).toBe('app://mend/index.html');
      const nodeVisible = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(nodeVisible).toBe('undefined');
    } finally {
      await app.close();
      await data.remove();
    }
  });
});
