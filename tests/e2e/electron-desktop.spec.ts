import { spawnSync } from 'node:child_process';
import { _electron as electron, expect, test } from '@playwright/test';
import { REPO_ROOT } from '../harness/core';
import { electronDataDir, electronSkipReason } from '../harness/electronBinary';

// Where the Electron binary cannot be downloaded this prints why and skips; nothing else skips it.
const skipReason = electronSkipReason('electron-desktop.spec.ts');

test.describe('Mend as a desktop app', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  test('has the platform menu, keeps the title "Mend", and stays a single instance', async () => {
    const data = await electronDataDir();
    const app = await electron.launch({ args: [REPO_ROOT], env: data.env });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { level: 1, name: 'Mend' })).toBeVisible();

      const menus = await app.evaluate(({ Menu }) =>
        (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label.replace('&', '')),
      );
      const expected = ['File', 'Edit', 'View', 'Window', 'Help'];
      expect(menus).toEqual(process.platform === 'darwin' ? ['Mend', ...expected] : expected);

      // A page title never reaches the window title (taskbar, switchers, screen shares).
      await window.evaluate(() => {
        document.title = 'A private sentence';
      });
      const titles = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => w.getTitle()),
      );
      expect(titles).toEqual(['Mend']);

      // A second launch hands over to this one and quits.
      const binary = (await import('electron')).default as unknown as string;
      const second = spawnSync(binary, [REPO_ROOT], { timeout: 30_000, env: data.env });
      expect(second.status).toBe(0);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await app.close();
      await data.remove();
    }
  });
});
