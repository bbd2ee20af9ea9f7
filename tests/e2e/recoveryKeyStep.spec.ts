import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { createJournalOnWelcome, typeBackRecoveryKey } from '../harness/journeySteps';
import { expect, test } from './fixtures';

/**
 * The recovery-key step says only what is true: the key can be shown again while the step is
 * open ("Show the key again" on the check screen), and never once the step is finished.
 */
test.use({ mendOptions: { vault: 'none' } });

test('"Show the key again" shows the same key; once finished, Mend cannot show it', async ({ mend }) => {
  const { page } = mend;
  const groups = await createJournalOnWelcome(page, TEST_PASSPHRASE);
  const key = page.getByTestId('recovery-key');
  await expect(page.getByText('Once you finish this step, Mend cannot show it again.')).toBeVisible();
  await expect(page.getByText(/will not show it again/)).toHaveCount(0);

  await page.getByRole('button', { name: 'I have written it down' }).click();
  await page.getByRole('button', { name: 'Show the key again' }).click();
  await expect(key.locator('.group')).toHaveText(groups);

  await page.getByRole('button', { name: 'I have written it down' }).click();
  await typeBackRecoveryKey(page, groups);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  expect(await mend.mend.dispatch('vault.copyRecoveryKey', undefined, trustedSender)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});
