import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { givenSaveTarget, recordingRevealer } from '../harness/testSaveTarget';
import { expect, test } from './fixtures';

/**
 * Two people, one computer: a second journal made from the lock screen, both people writing,
 * switching mid-typing, the chooser, removing a journal with its passphrase, and a .mend file
 * restored into a new journal, all through the built renderer in Chromium.
 */
const SECOND_PASSPHRASE = 'lantern over the hill 77';
const noPrinter = { print: () => Promise.reject(new Error('no printing here')) };

const body = (page: Page) => page.getByRole('textbox', { name: 'Entry', exact: true });
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('Saved');

async function newEntry(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await body(page).click();
}

/** First setup through the screens: passphrase twice, the recovery key read and typed back. */
async function setUpThroughScreens(page: Page, passphrase: string): Promise<string> {
  await page.getByRole('button', { name: 'Choose a passphrase' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Create my private journal' }).click();
  await expect(page.getByTestId('recovery-key')).toBeVisible();
  const groups = await page.getByTestId('recovery-key').locator('.group').allTextContents();
  await page.getByRole('button', { name: 'I have written it down' }).click();
  for (const input of await page.getByLabel(/^Group \d of 8$/).all()) {
    const id = await input.getAttribute('id');
    const text = (await page.locator(`label[for="${id}"]`).textContent()) ?? '';
    await input.fill(groups[Number(/Group (\d)/.exec(text)?.[1]) - 1] ?? '');
  }
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  return groups.join('-');
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
}

async function choose(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Which journal?' })).toBeVisible();
  await page.getByRole('list', { name: 'Journals on this computer' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
}

/** A second journal, made from the first one's lock screen with its own passphrase. */
async function createSecond(page: Page, name: string, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  // One journal: the lock screen looks as it always did, with no way to another journal.
  await expect(page.getByRole('button', { name: 'Use another journal' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Create another journal' }).click();
  await expect(page.getByText('Anyone using this computer can see this name.', { exact: false })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Next: choose its passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
  await setUpThroughScreens(page, passphrase);
}

test.describe('journals', () => {
  test.use({ mendOptions: { vault: 'unlocked' } });

  test('a second journal from the lock screen; both write; switching mid-typing loses nothing and crosses nothing', async ({
    mend,
  }) => {
    test.setTimeout(180_000);
    const { page } = mend;
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    await newEntry(page, 'Entry of the first person');
    await page.keyboard.type('First person, first words.', { delay: 5 });
    await saved(page);

    await createSecond(page, 'Second', SECOND_PASSPHRASE);
    await newEntry(page, 'Entry of the second person');
    // Mid-typing: the last words are still in the editor when the switch is pressed.
    await page.keyboard.type('Second person, written just before switching', { delay: 5 });
    await page.getByRole('button', { name: 'Switch journal' }).click();

    await choose(page, 'Journal 1');
    await expect(page.getByRole('button', { name: 'Use another journal' })).toBeVisible();
    await unlock(page, TEST_PASSPHRASE);
    await page.getByRole('link', { name: 'Journal' }).click();
    const entries = page.getByRole('list', { name: 'Entries, newest first' });
    await expect(entries.getByRole('link', { name: /Entry of the first person/ })).toBeVisible();
    await expect(entries.getByRole('link', { name: /Entry of the second person/ })).toHaveCount(0);
    // Mid-typing in the first journal too.
    await entries.getByRole('link', { name: /Entry of the first person/ }).click();
    await body(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' And a last line before switching', { delay: 5 });
    await page.getByRole('button', { name: 'Switch journal' }).click();

    await choose(page, 'Second');
    await unlock(page, SECOND_PASSPHRASE);
    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(entries.getByRole('link', { name: /Entry of the first person/ })).toHaveCount(0);
    await entries.getByRole('link', { name: /Entry of the second person/ }).click();
    await expect(body(page)).toHaveValue('Second person, written just before switching');
    await page.getByRole('button', { name: 'Switch journal' }).click();

    await choose(page, 'Journal 1');
    await unlock(page, TEST_PASSPHRASE);
    await page.getByRole('link', { name: 'Journal' }).click();
    await entries.getByRole('link', { name: /Entry of the first person/ }).click();
    await expect(body(page)).toHaveValue('First person, first words. And a last line before switching');

    // Main holds the same: each journal has only its own entry.
    const list = async () => JSON.stringify(await mend.mend.dispatch('journal.list', {}, trustedSender));
    expect(await list()).toContain('first person');
    expect(await list()).not.toContain('second person');
    // Remember on this computer: off, with the reason in plain words.
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByText('anyone using this computer account could open a remembered journal')).toBeVisible();
  });

  test('a journal opened from the chooser brings its own settings: its auto-lock applies', async ({ mend }) => {
    test.setTimeout(120_000);
    const { page } = mend;
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    // The first journal locks after 1 idle minute; the page starts in the chooser, where no
    // journal's settings can be read yet.
    await mend.mend.settings.update({ autoLockMinutes: 1 });
    await createSecond(page, 'Second', SECOND_PASSPHRASE);
    await page.clock.install();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    // Leaving for the chooser reloads the page there.
    await page.getByRole('button', { name: 'Use another journal' }).click();
    await choose(page, 'Journal 1');
    await unlock(page, TEST_PASSPHRASE);
    await page.clock.fastForward('01:05');
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  });

  test('the chooser (light and dark), then removing a journal with its own passphrase', async ({ mend }) => {
    test.setTimeout(120_000);
    const { page } = mend;
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    await createSecond(page, 'Second', SECOND_PASSPHRASE);
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: 'Use another journal' }).click();
    await expect(page.getByRole('heading', { name: 'Which journal?' })).toBeVisible();
    const chooser = page.getByRole('list', { name: 'Journals on this computer' });
    await expect(chooser.getByRole('button')).toHaveCount(2);
    expect((await chooser.getByRole('button').allTextContents()).sort()).toEqual(['Journal 1', 'Second']);
    // Names only: no dates, no counts, no previews.
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/\d{4}|entries|last (used|opened)|ago/i);
    await page.getByText('What others using this computer can see').click();
    await expect(page.getByText('how many journals there are and the names you gave them')).toBeVisible();
    await expect(page.getByText('a separate user account on this computer')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: test.info().outputPath(`chooser-${scheme}.png`), fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // The safety page is one click away here too.
    await page.getByRole('button', { name: 'If you are not safe' }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Which journal?');
    await page.keyboard.press('Escape');
    await page.reload();

    await expect(page.getByRole('heading', { name: 'Which journal?' })).toBeVisible();
    await page.getByText('Remove a journal…').click();
    await page.getByRole('button', { name: 'Remove “Second”' }).click();
    await expect(page.getByRole('heading', { name: 'Remove “Second”?' })).toBeVisible();
    await expect(page.getByText('its key file and its own settings.')).toBeVisible();
    await expect(page.getByText('On SSDs and flash drives', { exact: false })).toBeVisible();
    // The other journal's passphrase does not remove it.
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Erase this journal' }).click();
    await expect(page.getByText('That passphrase did not open it.')).toBeVisible();
    await page.getByLabel('Passphrase').fill(SECOND_PASSPHRASE);
    await page.getByRole('button', { name: 'Erase this journal' }).click();
    // One journal left: start-up as before.
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Use another journal' })).toHaveCount(0);
    const listed = await mend.mend.dispatch('journals.list', undefined, trustedSender);
    expect(listed).toMatchObject({ ok: true, value: { journals: [{ name: 'Journal 1' }] } });
    await unlock(page, TEST_PASSPHRASE);
  });
});

test.describe('a .mend file', () => {
  const saveTarget = givenSaveTarget();
  test.use({
    mendOptions: {
      vault: 'unlocked',
      overrides: { exportPorts: { printer: noPrinter, saveTarget, revealer: recordingRevealer() } },
    },
  });

  test('restores into a new journal beside the first, never over it', async ({ mend }) => {
    test.setTimeout(120_000);
    const { page } = mend;
    await newEntry(page, 'Carried in the file');
    await page.keyboard.type('Words that travel.', { delay: 5 });
    await saved(page);
    saveTarget.file = join(mend.dataDir, '..', `carry-${Date.now()}.mend`);
    expect(await mend.mend.dispatch('transfer.backupFile', undefined, trustedSender)).toMatchObject({ ok: true });
    saveTarget.openFile = saveTarget.file;

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: 'Create another journal' }).click();
    await page.getByLabel('Name').fill('From the file');
    await page.getByRole('button', { name: 'Next: choose its passphrase' }).click();
    await page.getByRole('button', { name: 'Restore from a Mend backup file' }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await expect(page.getByText('From the file', { exact: true })).toBeVisible();
    await unlock(page, TEST_PASSPHRASE);
    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(
      page.getByRole('list', { name: 'Entries, newest first' }).getByRole('link', { name: /Carried in the file/ }),
    ).toBeVisible();
    const listed = await mend.mend.dispatch('journals.list', undefined, trustedSender);
    expect(listed).toMatchObject({ ok: true, value: { current: { name: 'From the file' } } });
    expect((listed as { value: { journals: unknown[] } }).value.journals).toHaveLength(2);
  });
});
