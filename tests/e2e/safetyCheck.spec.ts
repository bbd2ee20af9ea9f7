import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { filesUnder } from '../harness/canarySweep';
import { makeTempDir, REPO_ROOT, TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { launchMend } from '../harness/launchMend';
import { createPlaywrightPdfPrinter } from '../harness/playwrightPdfPrinter';
import { ALL_NO_SAFETY_ANSWERS } from '../harness/safetyAnswers';
import { givenSaveTarget, recordingRevealer } from '../harness/testSaveTarget';
import { expect, test } from './fixtures';

/**
 * The safety check: every question has "prefer not to say"; a yes (or "prefer not to say" on
 * violence or fear) leads to a kind screen with the numbers and a way on; only the date is
 * stored, never an answer; an old vault's stored answers are erased; the check can be taken
 * again from the safety page and is offered again, gently, after a few weeks.
 */

const QUESTIONS = {
  violence: 'Has your partner ever pushed, hit, choked or in another way hurt your body?',
  fear: "Are you ever afraid for your safety, or for your children's safety, because of your partner?",
  threats: 'Has your partner threatened you, or someone or something you care about?',
  control: 'Does your partner control your money, your phone, or where you go and who you see?',
  pressure: 'Do you feel pressured to use Mend, or to show anyone what you write in it?',
} as const;
type Answers = Record<keyof typeof QUESTIONS, 'Yes' | 'No' | 'Prefer not to say'>;
const ALL_NO: Answers = { violence: 'No', fear: 'No', threats: 'No', control: 'No', pressure: 'No' };

async function startProgram(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Choose your path' }).click();
  await page.getByRole('checkbox', { name: 'My trust was broken' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function answer(page: Page, answers: Answers): Promise<void> {
  await expect(page.getByRole('heading', { name: 'A few questions first' })).toBeFocused();
  for (const [id, text] of Object.entries(QUESTIONS) as [keyof typeof QUESTIONS, string][]) {
    const group = page.getByRole('group', { name: text });
    await expect(group.getByRole('radio')).toHaveCount(3);
    await group.getByRole('radio', { name: answers[id], exact: true }).check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.describe('unlocked', () => {
  test.use({ mendOptions: { vault: 'unlocked', locale: 'en-GB' } });

  test('"prefer not to say" on violence leads to the kind screen with the numbers and a way on', async ({
    mend,
  }) => {
    const { page } = mend;
    await startProgram(page);
    await answer(page, { ...ALL_NO, violence: 'Prefer not to say' });
    await expect(page.getByRole('heading', { name: 'Thank you for telling Mend' })).toBeFocused();
    await expect(page.getByText('Keep you safe, or tell whether your relationship is safe.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Helplines: United Kingdom' })).toBeVisible();
    await expect(page.getByText('Call 999', { exact: true })).toBeVisible();
    await expect(page.getByText('Call 0808 2000 247', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Continue to the program' }).click();
    await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
  });

  test('"prefer not to say" elsewhere, and no everywhere, go straight on', async ({ mend }) => {
    const { page } = mend;
    await startProgram(page);
    await answer(page, { ...ALL_NO, threats: 'Prefer not to say', pressure: 'Prefer not to say' });
    await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Thank you for telling Mend' })).toHaveCount(0);
  });

  test('can be taken again from the safety page', async ({ mend }) => {
    const { page } = mend;
    await startProgram(page);
    await answer(page, ALL_NO);
    await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
    await page.getByRole('button', { name: 'If you are not safe' }).click();
    await page.getByRole('button', { name: 'Take the safety questions again' }).click();
    await answer(page, { ...ALL_NO, fear: 'Yes' });
    await expect(page.getByRole('heading', { name: 'Thank you for telling Mend' })).toBeFocused();
  });
});

test('is offered again, gently, after a few weeks; "Not now" puts it off', async () => {
  let clock = Date.UTC(2026, 10, 1, 22, 0);
  const mend = await launchMend({ vault: 'unlocked', overrides: { now: () => clock } });
  try {
    const { page } = mend;
    const call = (channel: string, input?: unknown) => mend.mend.dispatch(channel, input, trustedSender);
    await call('program.chooseTracks', { tracks: ['was-hurt'] });
    await call('program.answerSafetyCheck', { answers: ALL_NO_SAFETY_ANSWERS });
    await page.goto(`${new URL(page.url()).origin}/index.html#/program`);
    await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A moment to check in' })).toHaveCount(0);

    clock += 29 * 86_400_000;
    await mend.reload();
    await expect(page.getByRole('heading', { name: 'A moment to check in' })).toBeVisible();
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByRole('heading', { name: 'A moment to check in' })).toHaveCount(0);
    await mend.reload();
    await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A moment to check in' })).toHaveCount(0);

    clock += 29 * 86_400_000;
    await mend.reload();
    await page.getByRole('link', { name: 'Go through them again' }).click();
    await answer(page, ALL_NO);
    await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A moment to check in' })).toHaveCount(0);
  } finally {
    await mend.close();
  }
});

test('canary: no answer is stored anywhere, only the date the check was done', async () => {
  test.setTimeout(90_000);
  const exportDir = await mkdtemp(join(tmpdir(), 'mend-safety-exports-'));
  const saveTarget = givenSaveTarget({ folder: exportDir });
  const mend = await launchMend({
    vault: 'unlocked',
    overrides: {
      exportPorts: { printer: createPlaywrightPdfPrinter(), saveTarget, revealer: recordingRevealer() },
    },
  });
  try {
    const { page } = mend;
    await startProgram(page);
    await answer(page, {
      violence: 'Prefer not to say',
      fear: 'Yes',
      threats: 'No',
      control: 'Yes',
      pressure: 'Prefer not to say',
    });
    await expect(page.getByRole('heading', { name: 'Thank you for telling Mend' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue to the program' }).click();
    await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();

    const call = async (channel: string, input?: unknown) => {
      const result = await mend.mend.dispatch(channel, input, trustedSender);
      expect(result, channel).toMatchObject({ ok: true });
      return result;
    };
    saveTarget.file = join(exportDir, 'mend.json');
    await call('export.json');
    saveTarget.file = join(exportDir, 'mend.md');
    await call('export.markdown', {
      tracks: ['was-hurt'],
      include: { entries: true, notes: true, exercises: true, tracker: true },
    });

    // The database: one row with the date, and nothing that looks like an answer anywhere,
    // free pages included (the decrypted image).
    const db = mend.mend.vault.db();
    expect(db.prepare('SELECT * FROM program_safety_check').all()).toEqual([
      { id: 1, content_version: 1, completed_at: expect.any(Number) },
    ]);
    const traces = ['prefer-not', '"yes"', 'violence', 'afraid', 'threats', '"control"', 'pressure'];
    const plaintext = db.serialize().toString('latin1');
    for (const trace of traces) expect(plaintext, `database: ${trace}`).not.toContain(trace);

    // Settings, the data folder's files as stored, and every export.
    await call('settings.update', { helplineCountry: 'GB' });
    const files = [...filesUnder(mend.dataDir), ...filesUnder(exportDir)];
    expect(files.some((file) => file.endsWith('settings.json'))).toBe(true);
    const exported = filesUnder(exportDir);
    expect(exported.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const text = (await readFile(file)).toString('latin1');
      for (const trace of traces) expect(text, `${file}: ${trace}`).not.toContain(trace);
    }
    // The exports do say the person wrote in the was-hurt path: the sweep read real files.
    const json = await readFile(join(exportDir, 'mend.json'), 'utf8');
    expect(json).toContain('"locale"');
  } finally {
    await mend.close();
    await rm(exportDir, { recursive: true, force: true });
  }
});

test('an old vault with stored answers opens with them erased and the check still done', async () => {
  const dir = await makeTempDir('mend-old-vault-');
  await cp(join(REPO_ROOT, 'tests', 'fixtures', 'vault-with-safety-answers'), dir.path, { recursive: true });
  const mend = await launchMend({ dataDir: dir.path });
  try {
    const { page } = mend;
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('link', { name: 'Program', exact: true }).click();
    // Done before, so not asked again: straight to the program.
    await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'My trust was broken' })).toBeVisible();
    const db = mend.mend.vault.db();
    expect(db.prepare('SELECT * FROM program_safety_check').all()).toEqual([
      { id: 1, content_version: 1, completed_at: Date.UTC(2026, 10, 20, 21, 30) },
    ]);
    expect(db.serialize().toString('latin1')).not.toContain('"afraid":true');
  } finally {
    await mend.close();
    await dir.remove();
  }
});
