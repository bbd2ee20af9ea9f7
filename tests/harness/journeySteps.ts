import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ProgramContent } from '../../src/shared/content';
import { RESOURCES_DIR } from './core';

/**
 * The smoke journey's steps, as a person does them on the page: the same helpers drive the
 * built renderer in Chromium (tests/e2e/smokeJourney.spec.ts, run everywhere) and the real
 * Electron app (tests/e2e/electron.spec.ts, run where the Electron binary exists), so the
 * Electron spec stays thin and its steps are checked on every machine.
 */

const content = JSON.parse(
  readFileSync(join(RESOURCES_DIR, 'content', 'en', 'program.json'), 'utf8'),
) as ProgramContent;
const firstTrack = content.tracks[0];
const firstStep = firstTrack?.steps[0];
const firstPrompt = firstStep?.prompts[0];
if (firstTrack === undefined || firstStep === undefined || firstPrompt === undefined) {
  throw new Error('the program content needs a first track, step and prompt');
}

/** The step the journey writes a note in (the first step of the first track). */
export const JOURNEY_STEP = {
  trackTitle: firstTrack.title,
  title: firstStep.title,
  prompt: firstPrompt,
} as const;

/** What the journey writes, and looks for in the PDF and after starting again. */
export const JOURNEY_ENTRY = {
  title: 'Harbour walk',
  body: 'We walked to the harbour and talked until dark.',
};
export const JOURNEY_NOTE = 'The first thing I owe them is the whole truth.';

const lockButton = (page: Page) => page.getByRole('button', { name: 'Lock', exact: true });

/**
 * Types back the groups the screen asks for (by the number in each field's label) from the
 * key it showed; `where` is the page or the section holding the fields.
 */
export async function typeBackRecoveryKey(
  where: { getByLabel: Page['getByLabel']; locator(selector: string): Locator },
  groups: readonly string[],
): Promise<void> {
  for (const input of await where.getByLabel(/^Group \d of 8$/).all()) {
    const id = (await input.getAttribute('id')) ?? '';
    const label = (await where.locator(`label[for="${id}"]`).textContent()) ?? '';
    await input.fill(groups[Number(/Group (\d)/.exec(label)?.[1]) - 1] ?? '');
  }
}

/** First run up to the recovery key: choose the passphrase, create the journal; the key's groups as shown. */
export async function createJournalOnWelcome(page: Page, passphrase: string): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
  await page.getByRole('button', { name: 'Choose a passphrase' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Create my private journal' }).click();
  const shown = page.getByTestId('recovery-key').locator('.group');
  await expect(shown).toHaveCount(8);
  return shown.allTextContents();
}

/** First run: choose the passphrase, type back the recovery key's asked-for groups, finish. Returns the key. */
export async function setUpThroughOnboarding(page: Page, passphrase: string): Promise<string> {
  const groups = await createJournalOnWelcome(page, passphrase);
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await typeBackRecoveryKey(page, groups);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(lockButton(page)).toBeVisible();
  return groups.join('-');
}

/** A new journal entry, typed in and saved by autosave ("Saved" shown). */
export async function writeJournalEntry(page: Page, entry: { title: string; body: string }): Promise<void> {
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(entry.title);
  await page.getByRole('textbox', { name: 'Entry', exact: true }).fill(entry.body);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

/** Chooses the first path, answers "No" to every safety question, and writes a note on its first step's first prompt. */
export async function writeStepNote(page: Page, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'Choose your path' }).click();
  await page.getByRole('checkbox', { name: JOURNEY_STEP.trackTitle }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'A few questions first' })).toBeVisible();
  for (const question of content.safetyCheck.questions) {
    await page
      .getByRole('group', { name: question.text })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('link', { name: `Step 1 ${JOURNEY_STEP.title}` }).click();
  await page.getByLabel(JOURNEY_STEP.prompt.text).fill(text);
  await expect(page.locator(`[data-prompt="${JOURNEY_STEP.prompt.id}"]`).getByRole('status')).toHaveText(
    'Saved',
  );
}

/**
 * The whole-journal PDF from the Export screen, with its default choices. The save dialog
 * must already answer `fileName`'s path (a test's save target, or Electron's dialog stubbed).
 */
export async function exportPdf(page: Page, fileName: string): Promise<void> {
  await page.getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { name: 'Export' })).toBeVisible();
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(page.getByText(`Saved ${fileName}.`)).toBeVisible({ timeout: 60_000 });
}

/** Locks from the top bar and waits for the lock screen. */
export async function lockFromTopBar(page: Page): Promise<void> {
  await lockButton(page).click();
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
}

/** Unlocks from the lock screen with the passphrase. */
export async function unlockWithPassphrase(page: Page, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(lockButton(page)).toBeVisible();
}

/** Opens the journal and expects the entry in the timeline, and its body when opened. */
export async function expectJournalEntry(page: Page, entry: { title: string; body: string }): Promise<void> {
  await page.getByRole('link', { name: 'Journal' }).click();
  const row = page
    .getByRole('list', { name: 'Entries, newest first' })
    .getByRole('link', { name: new RegExp(entry.title) });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByRole('textbox', { name: 'Entry', exact: true })).toHaveValue(entry.body);
}
