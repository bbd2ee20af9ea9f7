import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempDir, TEST_PASSPHRASE } from '../harness/core';
import * as journey from '../harness/journeySteps';
import { launchMend } from '../harness/launchMend';
import { flatText, pdfPages } from '../harness/pdfText';
import { createPlaywrightPdfPrinter } from '../harness/playwrightPdfPrinter';
import { givenSaveTarget, recordingRevealer } from '../harness/testSaveTarget';

/**
 * The smoke journey the Electron-only spec (electron.spec.ts) runs in the real app, here in
 * the built renderer over the real main-process services: set up a journal, write an entry
 * and a step note, export a PDF and read it back, lock, start again over the same data
 * folder, unlock and find the entry. The same page steps (harness/journeySteps.ts) drive both.
 */
test('set up, write, export a PDF, lock, start again, unlock: the entry is there', async () => {
  // Two starts, two key derivations and a PDF print: more than one screen's worth of time.
  test.setTimeout(180_000);
  const temp = await makeTempDir('mend-smoke-');
  const printer = createPlaywrightPdfPrinter();
  const saveTarget = givenSaveTarget({ file: join(temp.path, 'smoke.pdf') });
  const overrides = { exportPorts: { printer, saveTarget, revealer: recordingRevealer() } };
  const dataDir = join(temp.path, 'data');
  try {
    const first = await launchMend({ dataDir, overrides });
    try {
      await journey.setUpThroughOnboarding(first.page, TEST_PASSPHRASE);
      await journey.writeJournalEntry(first.page, journey.JOURNEY_ENTRY);
      await journey.writeStepNote(first.page, journey.JOURNEY_NOTE);
      await journey.exportPdf(first.page, 'smoke.pdf');
      const text = flatText(await pdfPages(await readFile(join(temp.path, 'smoke.pdf'))));
      expect(text).toContain(journey.JOURNEY_ENTRY.body);
      expect(text).toContain(journey.JOURNEY_NOTE);
      await journey.lockFromTopBar(first.page);
      expect(first.offOriginRequests()).toEqual([]);
    } finally {
      await first.close();
    }

    const again = await launchMend({ dataDir, overrides });
    try {
      await journey.unlockWithPassphrase(again.page, TEST_PASSPHRASE);
      await journey.expectJournalEntry(again.page, journey.JOURNEY_ENTRY);
      expect(again.offOriginRequests()).toEqual([]);
    } finally {
      await again.close();
    }
    expect(printer.blockedRequests).toEqual([]);
  } finally {
    await printer.close();
    await temp.remove();
  }
});
