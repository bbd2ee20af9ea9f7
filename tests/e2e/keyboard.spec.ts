import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { createPlaywrightPdfPrinter } from '../harness/playwrightPdfPrinter';
import { givenSaveTarget, recordingRevealer } from '../harness/testSaveTarget';
import { expect, test } from './fixtures';
import { tabTo } from '../harness/pageSteps';

/**
 * Issue 15, item 9: the whole of a first evening with the keyboard alone: create a vault,
 * write a note, save a journal entry, do a check-in, export, lock. No click anywhere; the
 * test reads the screen (the recovery key, where focus is) as a person would.
 */
const printer = createPlaywrightPdfPrinter();
const saveTarget = givenSaveTarget();
test.use({
  mendOptions: { overrides: { exportPorts: { printer, saveTarget, revealer: recordingRevealer() } } },
});
test.afterAll(async () => {
  await printer.close();
});

test('keyboard only: create a vault, write a note, save an entry, check in, export, lock', async ({
  mend,
}) => {
  test.setTimeout(120_000);
  const { page } = mend;
  const folder = await mkdtemp(join(tmpdir(), 'mend-e2e-keys-'));
  try {
    await tabTo(page, page.getByRole('button', { name: 'Choose a passphrase' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
    await page.keyboard.type(TEST_PASSPHRASE);
    await tabTo(page, page.getByLabel('Type it again'));
    await page.keyboard.type(TEST_PASSPHRASE);
    await page.keyboard.press('Enter');
    const key = page.getByTestId('recovery-key');
    await expect(key).toBeVisible({ timeout: 20_000 });
    const groups = (await key.locator('.group').allTextContents()).map((group) => group.trim());
    await tabTo(page, page.getByRole('button', { name: 'I have written it down' }));
    await page.keyboard.press('Enter');
    for (const field of await page.getByLabel(/^Group \d of 8$/).all()) {
      const label =
        (await page.locator(`label[for="${await field.getAttribute('id')}"]`).textContent()) ?? '';
      await tabTo(page, field);
      await page.keyboard.type(groups[Number(/Group (\d)/.exec(label)?.[1]) - 1] ?? '');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();

    // The path and the safety questions are set up behind the scenes; their own tests cover them.
    await mend.mend.dispatch('program.chooseTracks', { tracks: ['broke-trust'] }, trustedSender);
    const safety = (await mend.mend.dispatch('program.safety', undefined, trustedSender)) as {
      ok: true;
      value: { safetyCheck: { questions: { id: string }[] } };
    };
    const answers = Object.fromEntries(safety.value.safetyCheck.questions.map((q) => [q.id, 'no']));
    await mend.mend.dispatch('program.answerSafetyCheck', { answers }, trustedSender);
    await mend.reload();

    // A note on the first step, reached from Home (nothing begun yet: "Start with step 1").
    await tabTo(page, page.getByRole('link', { name: /^Start with step 1: / }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator('[data-prompt] textarea').first());
    await page.keyboard.type('What I kept from them.');
    await expect(page.locator('[data-prompt]').first().getByRole('status')).toHaveText('Saved', {
      timeout: 15_000,
    });

    // A journal entry.
    await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'New entry', exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Title'));
    await page.keyboard.type('Keyboard evening');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Entry', exact: true })).toBeFocused();
    await page.keyboard.type('Typed without a mouse.');
    await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
    await expect
      .poll(() => mend.mend.journal.all().map((entry) => entry.title))
      .toEqual(['Keyboard evening']);

    // Today's check-in.
    await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check-in' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('slider', { name: /forgive yourself/ }));
    await page.keyboard.press('ArrowRight');
    for (const legend of [
      'How often did thoughts of past failures take over?',
      'How did you treat yourself today?',
    ]) {
      await tabTo(
        page,
        page
          .getByRole('radiogroup', { name: legend })
          .or(page.getByRole('group', { name: legend }))
          .getByRole('radio')
          .first(),
      );
      await page.keyboard.press('ArrowRight');
    }
    await tabTo(page, page.getByRole('button', { name: 'Save check-in' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /Saved your check-in/ })).toBeVisible();

    // A Markdown export into a folder the "dialog" answers.
    saveTarget.folder = folder;
    await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('radio', { name: /^PDF/ }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /^Markdown/ })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Save Markdown folder…' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Saved /)).toBeVisible({ timeout: 30_000 });
    expect((await readdir(folder)).length).toBeGreaterThan(0);

    // Lock.
    await tabTo(page, page.getByRole('button', { name: 'Lock', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
