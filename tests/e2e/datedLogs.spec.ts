import { TEST_PASSPHRASE } from '../harness/core';
import { expect, test } from './fixtures';
import { startProgram } from '../harness/safetyAnswers';

test.use({ mendOptions: { vault: 'unlocked' } });

test('the listening log and the lingering-feelings reflection keep dated entries across a lock', async ({
  mend,
}) => {
  const { page } = mend;
  await startProgram(mend.mend, ['broke-trust', 'was-hurt']);
  const origin = new URL(page.url()).origin;

  await page.goto(`${origin}/index.html#/program/step/bt-4-listening`);
  await page.getByRole('button', { name: 'Add an entry for today' }).click();
  await page.keyboard.type('She said the silence hurt more than the lie');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-02');
  await expect(page.getByRole('button', { name: /Remove the entry of/ })).toHaveAccessibleName(
    /Nov 2, 2026|2 Nov 2026/,
  );

  await page.goto(`${origin}/index.html#/program/step/wh-2-lingering-feelings`);
  await page.getByRole('button', { name: 'Trace a feeling from today' }).click();
  await page.keyboard.type('A song in the car');
  await page.getByRole('radio', { name: 'Something older' }).check();

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('What happened just before')).toHaveValue('A song in the car');
  await expect(page.getByRole('radio', { name: 'Something older' })).toBeChecked();

  await page.goto(`${origin}/index.html#/program/step/bt-4-listening`);
  await expect(page.getByLabel(/What I heard, without defending myself/)).toHaveValue(
    'She said the silence hurt more than the lie',
  );
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-11-02');
  await page.getByRole('button', { name: /Remove the entry of/ }).click();
  await expect(page.getByRole('group', { name: 'Listening log' }).getByText('Nothing here yet.')).toBeVisible();
});
