import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TEST_PASSPHRASE } from '../harness/core';
import { typeBackRecoveryKey } from '../harness/journeySteps';

async function readRecoveryKey(page: Page): Promise<string> {
  await expect(page.getByTestId('recovery-key')).toBeVisible();
  const groups = await page.getByTestId('recovery-key').locator('.group').allTextContents();
  expect(groups).toHaveLength(8);
  return groups.join('-');
}

const typeBackGroups = (page: Page, recoveryKey: string) => typeBackRecoveryKey(page, recoveryKey.split('-'));

test.describe('first run', () => {
  test('onboarding: promise, passphrase with feedback, recovery key typed back, then home', async ({
    mend,
  }) => {
    const { page } = mend;
    await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
    await expect(page.getByText('Mend never connects to the internet.')).toBeVisible();
    await expect(page.getByText('Mend is not a substitute for therapy or counselling.')).toBeVisible();
    await page.getByRole('button', { name: 'Choose a passphrase' }).click();

    const create = page.getByRole('button', { name: 'Create my private journal' });
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await expect(page.getByText('Too short.')).toBeVisible();
    await expect(create).toBeDisabled();
    await page.getByLabel('Passphrase', { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByLabel('Type it again').fill('something else');
    await page.getByLabel('Type it again').blur();
    await expect(page.getByText('The two passphrases are not the same yet.')).toBeVisible();
    await page.getByLabel('Type it again').fill(TEST_PASSPHRASE);
    await create.click();

    const recoveryKey = await readRecoveryKey(page);
    await page.getByRole('button', { name: 'I have written it down' }).click();
    for (const input of await page.getByLabel(/^Group \d of 8$/).all()) await input.fill('ZZZZ');
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('alert')).toContainText('does not match');
    await typeBackGroups(page, recoveryKey);
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();

    // The key shown in the page really unlocks the vault.
    await mend.mend.vault.lock('manual');
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.getByRole('button', { name: /use my recovery key/ }).click();
    await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
  });
});

test.describe('a set-up vault', () => {
  test.use({ mendOptions: { vault: 'locked' } });

  test('a wrong passphrase says so plainly; the right one unlocks', async ({ mend }) => {
    const { page } = mend;
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.getByLabel('Passphrase').fill('not my passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  });

  test('after repeated failures the screen counts down before the next try', async ({ mend }) => {
    const { page } = mend;
    for (let attempt = 0; attempt < 4; attempt++) {
      await page.getByLabel('Passphrase').fill(`guess number ${attempt}`);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
    }
    await expect(page.getByRole('status')).toContainText('You can try again in');
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  });

  test('lock by button and by shortcut drops back to the lock screen', async ({ mend }) => {
    const { page } = mend;
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    expect(mend.mend.vault.isUnlocked()).toBe(false);

    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    expect(mend.mend.vault.isUnlocked()).toBe(false);
  });

  test('a lock from main (suspend, screen lock) reloads the page to the lock screen', async ({ mend }) => {
    const { page } = mend;
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    await mend.mend.vault.lock('suspend');
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  });

  test('the recovery key opens a vault whose passphrase is forgotten', async ({ mend }) => {
    const { page } = mend;
    await page.getByRole('button', { name: /use my recovery key/ }).click();
    await page.getByLabel('Recovery key').fill(mend.recoveryKey ?? '');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('fresh start passphrase');
    await page.getByLabel('Type it again').fill('fresh start passphrase');
    await page.getByRole('button', { name: 'Save my new passphrase' }).click();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.getByLabel('Passphrase').fill('fresh start passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  });

  test('"If you are not safe" is one click or one shortcut away, even when locked', async ({ mend }) => {
    const { page } = mend;
    await page.getByRole('button', { name: 'If you are not safe' }).click();
    await expect(page.getByRole('heading', { name: 'If you are not safe' })).toBeVisible();
    await page.getByRole('button', { name: 'Go back' }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.keyboard.press('Control+Shift+S');
    await expect(page.getByRole('heading', { name: 'If you are not safe' })).toBeVisible();
  });
});
