import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { launchMend } from '../harness/launchMend';
import { ALL_NO_SAFETY_ANSWERS } from '../harness/safetyAnswers';
import { expect, test } from './fixtures';

/**
 * The safety page shows the reader's country's numbers on every screen, locked or not: the
 * country comes from the browser's locale (Playwright's `locale`, set through launchMend), a selector changes it, and
 * the choice outlives a restart. The person's own number shows only while unlocked.
 */

/** What each locale must show: its emergency number, a crisis line, an abuse line. */
const EXPECTED: Record<string, { country: string; numbers: string[] }> = {
  'en-US': {
    country: 'United States',
    numbers: ['Call 911', 'Call 988 or text 988', 'Call 1-800-799-7233 or text START to 88788'],
  },
  'en-GB': {
    country: 'United Kingdom',
    numbers: ['Call 999', 'Call 116 123', 'Text SHOUT to 85258', 'Call 0808 2000 247'],
  },
  'en-AU': {
    country: 'Australia',
    numbers: ['Call 000', 'Call 13 11 14 or text 0477 13 11 14', 'Call 1800 737 732 or text 0458 737 732'],
  },
  'de-DE': { country: 'Germany', numbers: ['Call 112', 'Call 110', 'Call 0800 111 0 111', 'Call 116 016'] },
};

async function expectNumbersOnSafetyPage(page: Page, locale: string, where: string): Promise<void> {
  const expected = EXPECTED[locale];
  if (expected === undefined) throw new Error(`no expectations for ${locale}`);
  const safety = page.locator('section.safety');
  await expect(page.getByRole('heading', { level: 1, name: 'If you are not safe' }), where).toBeFocused();
  await expect(safety.getByRole('heading', { name: `Helplines: ${expected.country}` }), where).toBeVisible();
  await expect(safety.getByRole('combobox', { name: 'Country' }), where).toHaveValue(locale.slice(3));
  for (const number of expected.numbers) {
    await expect(
      safety.locator('.helpline-ways').getByText(number, { exact: true }).first(),
      `${where}: ${number}`,
    ).toBeVisible();
  }
  await expect(safety.getByText('Your local emergency number always works.'), where).toBeVisible();
  await expect(
    safety.getByText(/This list was last checked on (1 Dec 2026|Dec 1, 2026)\./),
    where,
  ).toBeVisible();
}

async function openSafetyAndCheck(page: Page, locale: string, where: string, open: () => Promise<void>) {
  await open();
  await expectNumbersOnSafetyPage(page, locale, where);
  await page.keyboard.press('Escape');
  await expect(page.locator('section.safety')).toHaveCount(0);
}

for (const locale of Object.keys(EXPECTED)) {
  test.describe(`in ${locale}`, () => {
    // Playwright's `locale` for the page's context: launchMend passes it to newContext.
    test.use({ mendOptions: { vault: 'none', locale } });

    test('welcome, passphrase, recovery-key, step and lock screens all show the numbers', async ({
      mend,
    }) => {
      const { page } = mend;
      const call = async (channel: string, input?: unknown) => {
        const result = await mend.mend.dispatch(channel, input, trustedSender);
        if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
        return result.value;
      };
      const safetyButton = (name = 'If you are not safe') => page.getByRole('button', { name }).first();

      await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
      await openSafetyAndCheck(page, locale, 'welcome', () =>
        safetyButton('If you are not safe, read this first.').click(),
      );

      await page.getByRole('button', { name: 'Choose a passphrase' }).click();
      await expect(page.getByRole('heading', { name: 'Choose a passphrase' })).toBeVisible();
      await openSafetyAndCheck(page, locale, 'passphrase step', () => safetyButton().click());
      await expect(page.getByRole('heading', { name: 'Choose a passphrase' })).toBeVisible();

      // A journal made but its recovery key not yet confirmed opens on the recovery-key step.
      await call('vault.create', { passphrase: TEST_PASSPHRASE });
      await mend.reload();
      await expect(page.getByRole('heading', { name: 'Finish setting up' })).toBeVisible();
      await openSafetyAndCheck(page, locale, 'recovery-key step', () => safetyButton().click());
      // A new key is made once the passphrase is typed; confirm it the way a person would.
      await page.getByLabel('Your passphrase').fill(TEST_PASSPHRASE);
      await page.getByRole('button', { name: 'Make my recovery key' }).click();
      await expect(page.getByTestId('recovery-key')).toBeVisible();
      await openSafetyAndCheck(page, locale, 'recovery key shown', () => safetyButton().click());
      const groups = await page.getByTestId('recovery-key').locator('.group').allTextContents();
      await page.getByRole('button', { name: 'I have written it down' }).click();
      for (let index = 1; index <= groups.length; index += 1) {
        const field = page.getByLabel(`Group ${index} of ${groups.length}`);
        if ((await field.count()) > 0) await field.fill(groups[index - 1] ?? '');
      }
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

      await call('program.chooseTracks', { tracks: ['broke-trust'] });
      await call('program.answerSafetyCheck', { answers: ALL_NO_SAFETY_ANSWERS });
      await page.goto(`${new URL(page.url()).origin}/index.html#/program/step/bt-2-reaction`);
      await expect(page.getByRole('heading', { level: 1, name: 'Expect a strong reaction' })).toBeVisible();
      await openSafetyAndCheck(page, locale, 'step page', () => page.keyboard.press('Control+Shift+S'));

      await call('vault.lock', { reason: 'manual' });
      await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
      await openSafetyAndCheck(page, locale, 'lock screen', () => safetyButton().click());
    });
  });
}

test.describe('the damaged screen', () => {
  test.use({ mendOptions: { vault: 'locked', locale: 'en-GB' } });

  test('shows the numbers too', async ({ mend }) => {
    const { page } = mend;
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    // The key file replaced by random bytes, as in the damage variants: Mend says so at start.
    await writeFile(mend.mend.vault.paths.keyFile, randomBytes(700));
    await mend.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mend needs your help' })).toBeVisible();
    await openSafetyAndCheck(page, 'en-GB', 'damaged screen', () =>
      page.getByRole('button', { name: 'If you are not safe' }).click(),
    );
  });
});

test('the selector switches country, and the choice survives a restart', async () => {
  const first = await launchMend({ vault: 'locked', locale: 'en-US' });
  const { dataDir } = first;
  // Settings belong to the journal: its own folder inside the data folder.
  const settingsFile = join(first.mend.vault.paths.dir, 'settings.json');
  try {
    await first.page.getByRole('button', { name: 'If you are not safe' }).click();
    await expectNumbersOnSafetyPage(first.page, 'en-US', 'before choosing');
    await first.page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Germany' });
    await expect(first.page.getByRole('heading', { name: 'Helplines: Germany' })).toBeVisible();
    await expect(first.page.getByText('Call 0800 111 0 111', { exact: true })).toBeVisible();
    await expect(first.page.getByText('Call 988 or text 988')).toHaveCount(0);
    await expect
      .poll(async () => {
        const text = await readFile(settingsFile, 'utf8').catch(() => '{}');
        return (JSON.parse(text) as { helplineCountry?: string }).helplineCountry;
      })
      .toBe('DE');
  } finally {
    // Close the page and main, keep the data folder: a restart on the same journal.
    await first.context.close();
    await first.mend.dispose();
  }
  const second = await launchMend({ dataDir, locale: 'en-US' });
  try {
    await second.page.getByRole('button', { name: 'If you are not safe' }).click();
    await expect(second.page.getByRole('combobox', { name: 'Country' })).toHaveValue('DE');
    await expect(second.page.getByText('Call 0800 111 0 111', { exact: true })).toBeVisible();
    // A country Mend has no list for gets the EU numbers as a fallback, said as such.
    await second.page.getByRole('combobox', { name: 'Country' }).selectOption('EU');
    await expect(
      second.page.getByText(/EU-wide numbers work only in countries that have switched them on/),
    ).toBeVisible();
  } finally {
    await second.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test.describe('a number of your own', () => {
  test.use({ mendOptions: { vault: 'unlocked', locale: 'en-US' } });

  test('is kept in the vault and shown only while unlocked', async ({ mend }) => {
    const { page } = mend;
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.keyboard.press('Control+Shift+S');
    await page.getByRole('button', { name: 'Add a number of your own' }).click();
    await page.getByLabel('Who it is').fill('Dr Okafor, my counsellor');
    await page.getByLabel('Their number').fill('0161 496 0000');
    await page.getByRole('button', { name: 'Save this number' }).click();
    await expect(page.getByText('Dr Okafor, my counsellor')).toBeVisible();
    await expect(page.getByText('0161 496 0000')).toBeVisible();
    const stored = mend.mend.vault
      .db()
      .prepare("SELECT value FROM vault_meta WHERE key = 'personal_helpline'")
      .pluck()
      .get();
    expect(JSON.parse(String(stored))).toEqual({
      label: 'Dr Okafor, my counsellor',
      number: '0161 496 0000',
    });
    // Not in the settings file beside the vault.
    const settings = await readFile(join(mend.mend.vault.paths.dir, 'settings.json'), 'utf8').catch(() => '');
    expect(settings).not.toContain('Okafor');

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.getByRole('button', { name: 'If you are not safe' }).click();
    await expect(page.getByText('Call 988 or text 988')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your own number' })).toHaveCount(0);
    expect(await page.content()).not.toContain('Okafor');
    expect(await mend.mend.dispatch('helplines.getPersonal', undefined, trustedSender)).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });

    await page.getByRole('button', { name: 'Go back' }).click();
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.keyboard.press('Control+Shift+S');
    await expect(page.getByText('0161 496 0000')).toBeVisible();
  });
});
