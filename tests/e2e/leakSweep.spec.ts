import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { filesContaining, filesUnder, tempFilesSince } from '../harness/canarySweep';
import { setUpVault, trustedSender } from '../harness/core';
import { launchMend } from '../harness/launchMend';
import { createPlaywrightPdfPrinter } from '../harness/playwrightPdfPrinter';
import { givenSaveTarget, recordingRevealer } from '../harness/testSaveTarget';
import { expect, test } from './fixtures';
import { ALL_NO_SAFETY_ANSWERS } from '../harness/safetyAnswers';

/**
 * After a whole session (setup, entries and notes typed in Chromium, search, a large sorted
 * result, JSON/Markdown/PDF exports, a backup, a lock), a random canary is in no file under
 * the data folder, no file created in the temp folder during the test, and no file of the
 * Chromium profile the session used. Exports are plaintext by design, so the folder the
 * person chose for them is left out of the sweep. The canary is typed into Chromium and
 * stored by the real services, so the sweep looks where it could really have gone. A second
 * journal, made from the first one's lock screen, gets a canary of its own typed in the same
 * way: neither canary is anywhere outside the export folder either.
 */
test('a full session leaves the canary nowhere but the chosen export folder', async () => {
  test.setTimeout(120_000);
  const since = Date.now() - 1_000;
  const canary = `canary${randomBytes(10).toString('hex')}`;
  const secondCanary = `canary${randomBytes(10).toString('hex')}`;
  const made = async (prefix: string) => mkdtemp(join(tmpdir(), prefix));
  const [dataDir, profile, exportDir] = await Promise.all([
    made('mend-leak-data-'),
    made('mend-leak-profile-'),
    made('mend-leak-exports-'),
  ]);
  const printer = createPlaywrightPdfPrinter();
  const saveTarget = givenSaveTarget({ file: join(exportDir, 'journal.pdf'), folder: exportDir });
  try {
    const mend = await launchMend({
      dataDir,
      userDataDir: profile,
      vault: 'unlocked',
      overrides: { exportPorts: { printer, saveTarget, revealer: recordingRevealer() } },
    });
    const call = async (channel: string, input?: unknown) => {
      const result = await mend.mend.dispatch(channel, input, trustedSender);
      expect(result, channel).toMatchObject({ ok: true });
      return result;
    };
    try {
      const { page } = mend;
      // Typed by a person: the entry and a step note.
      await page.getByRole('link', { name: 'Journal' }).click();
      await page.getByRole('button', { name: 'New entry', exact: true }).click();
      await page.getByRole('textbox', { name: 'Title' }).fill(`About ${canary}`);
      await page.getByRole('textbox', { name: 'Entry', exact: true }).click();
      await page.keyboard.type(`Tonight I wrote ${canary} and meant it.`, { delay: 5 });
      await expect(page.getByTestId('save-status')).toHaveText('Saved');
      await call('program.chooseTracks', { tracks: ['broke-trust'] });
      await call('program.answerSafetyCheck', { answers: ALL_NO_SAFETY_ANSWERS });
      await page.goto(`${page.url().split('#')[0]}#/program/step/bt-1-honesty`);
      await page.locator('[data-prompt="bt-1-honesty.p1"] textarea').fill(`My note: ${canary}`);
      await page.getByRole('link', { name: 'All steps' }).click();

      // Many entries, then a search and a long sorted timeline over all of them.
      const many = Array.from({ length: 3_000 }, (_, i) => ({
        date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        title: `entry ${i}`,
        body: `${randomBytes(6).toString('hex')} ${canary} ${'words '.repeat(40)}`,
        tags: ['leak'],
        stepId: null,
      }));
      mend.mend.journal.insertMany(many);
      await page.goto(`${page.url().split('#')[0]}#/journal`);
      await page.getByRole('searchbox', { name: 'Search the journal and step notes' }).fill(canary);
      await expect(
        page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
      ).toBeVisible();
      await call('journal.list', { filter: { tag: 'leak' }, limit: 200 });
      mend.mend.vault.db().prepare('SELECT body FROM journal_entries ORDER BY body DESC').pluck().all();

      // Exports to the chosen folder, a backup, and the lock.
      saveTarget.file = join(exportDir, 'journal.json');
      await call('export.json');
      await call('export.markdown', {
        tracks: ['broke-trust'],
        include: { entries: true, notes: true, exercises: true, tracker: true },
      });
      saveTarget.file = join(exportDir, 'journal.pdf');
      await call('export.pdf', {
        tracks: ['broke-trust'],
        include: { entries: true, notes: true, exercises: true, tracker: true },
        paper: 'A4',
      });
      await call('backup.now');
      await page.getByRole('button', { name: 'Lock', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();

      // The second journal: made from the lock screen, its own passphrase, its own words.
      await page.getByRole('button', { name: 'Create another journal' }).click();
      await page.getByLabel('Name').fill('Second');
      await page.getByRole('button', { name: 'Next: choose its passphrase' }).click();
      await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
      await setUpVault(mend.mend, 'lantern over the hill 77');
      await page.reload();
      await page.getByRole('link', { name: 'Journal' }).click();
      await page.getByRole('button', { name: 'New entry', exact: true }).click();
      await page.getByRole('textbox', { name: 'Title' }).fill(`About ${secondCanary}`);
      await page.getByRole('textbox', { name: 'Entry', exact: true }).click();
      await page.keyboard.type(`The other person wrote ${secondCanary}.`, { delay: 5 });
      await expect(page.getByTestId('save-status')).toHaveText('Saved');
      await page.getByRole('searchbox', { name: 'Search the journal and step notes' }).fill(secondCanary);
      await expect(
        page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
      ).toBeVisible();
      await call('backup.now');
      await mend.mend.backups.whenIdle();
      await page.getByRole('button', { name: 'Switch journal' }).click();
      await expect(page.getByRole('heading', { name: 'Which journal?' })).toBeVisible();
    } finally {
      await mend.close(); // closes Chromium, which flushes its profile to disk
    }

    const exported = filesUnder(exportDir);
    // JSON, the Markdown folder and the PDF were all written. (On this branch the export's
    // archive reader is not wired to the journal yet, so they hold the cover only; the folder
    // is left out of the sweep all the same, because exports are plaintext by design.)
    expect(exported.length, 'the exports were written').toBeGreaterThanOrEqual(3);
    const profileFiles = filesUnder(profile);
    expect(profileFiles.length, 'the profile was written').toBeGreaterThan(5);
    const swept = new Set([...filesUnder(dataDir), ...profileFiles, ...tempFilesSince(since)]);
    const outsideExports = [...swept].filter((path) => !path.startsWith(exportDir + sep));
    expect(filesContaining(outsideExports, canary)).toEqual([]);
    expect(filesContaining(outsideExports, secondCanary)).toEqual([]);
    // Both journals' databases and the registry were among the swept files.
    const databases = outsideExports.filter(
      (path) => path.startsWith(join(dataDir, 'journals') + sep) && path.endsWith(`${sep}journal.mend.db`),
    );
    expect(databases.filter((path) => !path.includes(`${sep}backups${sep}`))).toHaveLength(2);
    expect(outsideExports).toEqual(expect.arrayContaining([join(dataDir, 'journals.json')]));
  } finally {
    await printer.close();
    await Promise.all([dataDir, profile, exportDir].map((dir) => rm(dir, { recursive: true, force: true })));
  }
});
