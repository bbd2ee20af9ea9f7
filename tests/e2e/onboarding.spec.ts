import type { Page } from '@playwright/test';
import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { memoryClipboard, recordingPaperPrinter } from '../harness/fakes';
import { pdfPages } from '../harness/pdfText';
import { createPlaywrightPdfPrinter } from '../harness/playwrightPdfPrinter';
import { givenSaveTarget, recordingRevealer } from '../harness/testSaveTarget';
import { expect, test } from './fixtures';
import { tabTo } from '../harness/pageSteps';

// The system print dialog and the clipboard are Electron's: the tests' stand-ins print the
// page to PDF (read back with pdftotext) and keep the clipboard's text.
/** From the welcome page to the passphrase step: its field and its strength line. */
async function openPassphraseStep(page: Page) {
  await page.getByRole('button', { name: 'Choose a passphrase' }).click();
  return { field: page.getByLabel('Passphrase', { exact: true }), strength: page.locator('.strength') };
}

const pdfPrinter = createPlaywrightPdfPrinter();
const paperPrinter = recordingPaperPrinter(pdfPrinter);
const clipboard = memoryClipboard();
const ports = {
  printer: pdfPrinter,
  saveTarget: givenSaveTarget(),
  revealer: recordingRevealer(),
  paperPrinter,
  clipboard,
};

test.afterAll(async () => {
  expect(pdfPrinter.blockedRequests).toEqual([]);
  await pdfPrinter.close();
});

test.describe('choosing a passphrase and keeping the recovery key', () => {
  test.use({ mendOptions: { overrides: { exportPorts: ports } } });

  test('the weakest passphrases are refused with a reason, colours match the words, Show reveals', async ({
    mend,
  }) => {
    const { page } = mend;
    const { field, strength } = await openPassphraseStep(page);
    await field.fill('password1');
    await expect(strength).toContainText('Very weak.');
    await expect(strength).toContainText('This is a commonly used password.');
    await expect(strength).toHaveAttribute('data-tone', 'weak');
    // The bar is the words' colour family: red-ish for weak, never green.
    const colour = await strength
      .locator('.strength-bar span')
      .evaluate((bar) => getComputedStyle(bar).backgroundColor);
    expect(colour).toBe('rgb(179, 38, 30)');
    await page.getByLabel('Type it again').fill('password1');
    await page.getByRole('button', { name: 'Create my private journal' }).click();
    await expect(page.getByRole('alert')).toContainText('Mend cannot use this passphrase');
    await expect(page.getByRole('alert')).toContainText('commonly used password');
    await expect(page.getByRole('heading', { name: 'Your recovery key' })).toHaveCount(0);

    await field.fill('summer2024');
    await expect(strength).toContainText('Weak.');
    await expect(strength).toHaveAttribute('data-tone', 'weak');
    await field.fill(TEST_PASSPHRASE);
    await expect(strength).toHaveAttribute('data-tone', 'strong');
    await expect(strength).toContainText(/Good\.|Strong\./);
    expect(
      await strength.locator('.strength-bar span').evaluate((bar) => getComputedStyle(bar).backgroundColor),
    ).toBe('rgb(46, 125, 79)');

    await expect(field).toHaveAttribute('type', 'password');
    await page.getByLabel('Show what I type').check();
    await expect(field).toHaveAttribute('type', 'text');
    await expect(page.getByLabel('Type it again')).toHaveAttribute('type', 'text');
    await page.screenshot({ path: test.info().outputPath('onboarding-strength.png') });
  });

  test('the recovery key can be copied and printed, and a wrong group is named', async ({ mend }) => {
    const { page } = mend;
    await page.getByRole('button', { name: 'Choose a passphrase' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByLabel('Type it again').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Create my private journal' }).click();
    await expect(page.getByTestId('recovery-key').locator('.group')).toHaveCount(8);
    const groups = await page.getByTestId('recovery-key').locator('.group').allTextContents();
    const key = groups.join('-');

    await page.getByRole('button', { name: 'Copy the key' }).click();
    await expect(page.getByText(/Copied\. .*clears it from the clipboard in 2 minutes/)).toBeVisible();
    expect(clipboard.text).toBe(key);

    await page.getByRole('button', { name: 'Print the key…' }).click();
    await expect(page.getByText('Sent to the printer.')).toBeVisible({ timeout: 30_000 });
    expect(paperPrinter.printed).toHaveLength(1);
    const pages = await pdfPages(paperPrinter.printed[0] ?? new Uint8Array());
    expect(pages).toHaveLength(1);
    const text = pages[0]?.replace(/\s+/g, ' ') ?? '';
    for (const group of groups) expect(text).toContain(group);
    expect(text).toContain('Mend recovery key');
    expect(text).not.toMatch(/Page \d/);
    paperPrinter.answer = 'cancel';
    await page.getByRole('button', { name: 'Print the key…' }).click();
    await expect(page.getByText('Nothing was printed.')).toBeVisible();
    paperPrinter.answer = 'print';
    await page.screenshot({ path: test.info().outputPath('recovery-key.png') });

    await page.getByRole('button', { name: 'I have written it down' }).click();
    const inputs = await page.getByLabel(/^Group \d of 8$/).all();
    const indexes: number[] = [];
    for (const input of inputs) {
      const id = (await input.getAttribute('id')) ?? '';
      const label = (await page.locator(`label[for="${id}"]`).textContent()) ?? '';
      indexes.push(Number(/Group (\d)/.exec(label)?.[1]));
    }
    const [first, second] = indexes as [number, number];
    await inputs[0]?.fill(groups[first - 1] ?? '');
    await inputs[1]?.fill('ZZZZ' === groups[second - 1] ? 'YYYY' : 'ZZZZ');
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('alert')).toContainText(`group ${second} is different on your copy`);
    await expect(page.getByRole('alert')).not.toContainText(`group ${first} `);
    const wrongInput = page.getByLabel(`Group ${second} of 8`);
    await expect(wrongInput).toBeFocused();
    await expect(wrongInput).toHaveAttribute('aria-invalid', 'true');
    await inputs[1]?.fill(groups[second - 1] ?? '');
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    // Once the key is confirmed, main no longer hands it out.
    expect(await mend.mend.dispatch('vault.copyRecoveryKey', undefined, trustedSender)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

test.describe('unlocking', () => {
  test.use({ mendOptions: { vault: 'locked' } });

  test('after a wrong passphrase the field keeps focus with the text selected; Show reveals it', async ({
    mend,
  }) => {
    const { page } = mend;
    const field = page.getByLabel('Passphrase', { exact: true });
    await field.fill('not my passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
    await expect(field).toBeFocused();
    expect(
      await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
    ).toEqual([0, 'not my passphrase'.length]);
    // Typing replaces the wrong passphrase at once.
    await page.keyboard.type(TEST_PASSPHRASE);
    await expect(field).toHaveValue(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(field).toHaveAttribute('type', 'text');
    await expect(page.getByRole('button', { name: 'Show', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  });

  test('a recovery key with a mistyped group names that group before trying it', async ({ mend }) => {
    const { page } = mend;
    await page.getByRole('button', { name: /use my recovery key/ }).click();
    const groups = (mend.recoveryKey ?? '').split('-');
    groups[2] = 'AB1';
    await page.getByLabel('Recovery key').fill(groups.join('-'));
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Group 3 (“AB1”) has 3 characters; each group has 4. Check that group on your copy.',
    );
    await expect(page.getByLabel('Recovery key')).toBeFocused();
    groups[2] = 'ABU1';
    await page.getByLabel('Recovery key').fill(groups.join('-'));
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Group 3 (“ABU1”) has “U”, which is never in a recovery key.',
    );
  });
});

test.describe('the passphrase step', () => {
  test('goes back to the welcome page by keyboard, where restoring a backup file is', async ({ mend }) => {
    const { page } = mend;
    const { field } = await openPassphraseStep(page);
    await expect(field).toBeFocused();
    await field.fill('half a thought');
    const back = page.getByRole('button', { name: 'Back to the welcome page' });
    await tabTo(page, back, 10);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Restore from a Mend backup file' })).toBeVisible();
    // The keyboard is back where it left the welcome page; nothing half-typed was kept.
    await expect(page.getByRole('button', { name: 'Choose a passphrase' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  });

  test('nothing typed yet is no error: the requirement in plain words, the verdict once typing starts', async ({
    mend,
  }) => {
    const { page } = mend;
    const { field, strength } = await openPassphraseStep(page);
    const untouched = async () => {
      await expect(strength).toHaveText(
        'At least 8 characters that others could not guess: a few unrelated words work well.',
      );
      await expect(strength).toHaveAttribute('data-tone', 'none');
      await expect(strength.locator('strong')).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(field).toHaveAttribute('aria-invalid', 'false');
    };
    await untouched();
    await field.press('Enter'); // nothing to submit yet: still no error
    await untouched();
    await field.fill('short');
    await expect(strength).toContainText('Too short.');
    await field.fill('');
    await untouched();
  });
});
