import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { makeTempDir, REPO_ROOT, TEST_PASSPHRASE } from '../harness/core';
import { electronDataDir, electronSkipReason } from '../harness/electronBinary';
import * as journey from '../harness/journeySteps';
import { flatText, pdfPages } from '../harness/pdfText';

// Where the Electron binary cannot be downloaded this prints why and skips; nothing else skips it.
const skipReason = electronSkipReason('electron.spec.ts');

test.describe('the packaged Electron app', () => {
  test.skip(skipReason !== null, skipReason ?? '');

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

  // The journey of tests/e2e/smokeJourney.spec.ts, with the same page steps, in the real app:
  // real preload and IPC, the real keychain-less vault in a temp MEND_DATA_DIR, and the PDF
  // printed by the real hidden print window (src/main/electron/pdfPrinter.ts). Only the OS's
  // save dialog is answered in main, since nobody is there to click it.
  test('smoke journey: set up, write an entry and a step note, export a PDF, lock, relaunch, unlock', async () => {
    test.setTimeout(180_000);
    const data = await electronDataDir();
    const exports = await makeTempDir('mend-electron-export-');
    const pdfPath = join(exports.path, 'smoke.pdf');
    const launch = () => electron.launch({ args: [REPO_ROOT], env: data.env });
    let app: ElectronApplication | null = await launch();
    try {
      const window = await app.firstWindow();
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (() =>
          Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, pdfPath);
      await journey.setUpThroughOnboarding(window, TEST_PASSPHRASE);
      await journey.writeJournalEntry(window, journey.JOURNEY_ENTRY);
      await journey.writeStepNote(window, journey.JOURNEY_NOTE);
      await journey.exportPdf(window, 'smoke.pdf');
      const text = flatText(await pdfPages(await readFile(pdfPath)));
      expect(text).toContain(journey.JOURNEY_ENTRY.body);
      expect(text).toContain(journey.JOURNEY_NOTE);
      await journey.lockFromTopBar(window);
      await app.close();
      app = null;

      app = await launch();
      const again = await app.firstWindow();
      await journey.unlockWithPassphrase(again, TEST_PASSPHRASE);
      await journey.expectJournalEntry(again, journey.JOURNEY_ENTRY);
    } finally {
      await app?.close();
      await exports.remove();
      await data.remove();
    }
  });
});
