import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ProgramContent } from '../../src/shared/content';
import { RESOURCES_DIR, TEST_PASSPHRASE } from '../harness/core';
import { startProgram } from '../harness/safetyAnswers';
import { expect, test } from './fixtures';
import { sidewaysOverflow } from '../harness/pageSteps';

// The second edition's fixes to the first edition's screens, as a person meets them.
const content = JSON.parse(
  readFileSync(join(RESOURCES_DIR, 'content', 'en', 'program.json'), 'utf8'),
) as ProgramContent;

test.use({ mendOptions: { vault: 'unlocked' } });

test.beforeEach(async ({ mend }) => {
  await startProgram(mend.mend, ['broke-trust', 'was-hurt']);
  await mend.reload();
});

const open = async (page: Page, stepId: string) => {
  await page.goto(`${page.url().split('#')[0]}#/program/step/${stepId}`);
  await expect(page.locator(`[data-step="${stepId}"]`)).toBeVisible();
};

test('the disclosure list: Enter adds the next item, "tempted to leave out" is kept, "Shared" keeps the width', async ({
  mend,
}) => {
  const { page } = mend;
  await open(page, 'bt-1-honesty');
  await page.getByRole('button', { name: 'Add an item' }).click();
  await expect(page.getByRole('textbox', { name: 'Item 1', exact: true })).toBeFocused();
  await page.keyboard.type('The messages in March');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Item 2', exact: true })).toBeFocused();
  await page.keyboard.type('The money I spent');
  await page.getByRole('checkbox', { name: 'Tempted to leave out (item 2)' }).check();

  const field = page.getByRole('textbox', { name: 'Item 1', exact: true });
  const before = await field.boundingBox();
  await page.getByRole('checkbox', { name: 'Shared (item 1)' }).check();
  await expect(page.getByText('1 of 2 shared, 1 marked as tempted to leave out')).toBeVisible();
  const after = await field.boundingBox();
  expect(after?.width).toBe(before?.width);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await open(page, 'bt-1-honesty');
  await expect(page.getByRole('textbox', { name: 'Item 2', exact: true })).toHaveValue('The money I spent');
  await expect(page.getByRole('checkbox', { name: 'Tempted to leave out (item 2)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Tempted to leave out (item 1)' })).not.toBeChecked();
});

test('Enter adds the next item in the other lists too', async ({ mend }) => {
  const { page } = mend;
  await open(page, 'bt-3-asking-forgiveness');
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await page.keyboard.type('Answer every question');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Commitment 2', exact: true })).toBeFocused();
  await page.keyboard.type('Come home when I say');
  await expect(page.getByRole('textbox', { name: 'Commitment 1', exact: true })).toHaveValue(
    'Answer every question',
  );

  await open(page, 'wh-1-letting-go-of-anger');
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.keyboard.type('When did it start?');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Question 2', exact: true })).toBeFocused();
});

test('the apology workshop’s two lists stack on a 700x600 window, so what is typed has room', async ({
  mend,
}) => {
  // Review item 14: side by side at 700 px, each input was about 150 px wide, cutting the words.
  const { page } = mend;
  await page.setViewportSize({ width: 700, height: 600 });
  await open(page, 'bt-3-asking-forgiveness');
  await page.getByRole('button', { name: 'Add a line' }).click();
  await page.keyboard.type('I should have told you the truth the first time you asked me');
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await page.keyboard.type('Answer every question, even the ones I dread');
  await expect(page.getByRole('textbox', { name: 'How I should have acted 1', exact: true })).toHaveValue(
    'I should have told you the truth the first time you asked me',
  );
  await expect(page.getByRole('textbox', { name: 'Commitment 1', exact: true })).toHaveValue(
    'Answer every question, even the ones I dread',
  );
  const shouldHave = await page.getByRole('group', { name: 'How I should have acted' }).boundingBox();
  const fromNowOn = await page.getByRole('group', { name: 'What I will do from now on' }).boundingBox();
  expect(shouldHave && fromNowOn && fromNowOn.y >= shouldHave.y + shouldHave.height).toBe(true);
  for (const name of ['How I should have acted 1', 'Commitment 1']) {
    const input = await page.getByRole('textbox', { name, exact: true }).boundingBox();
    expect(input?.width ?? 0, name).toBeGreaterThan(400);
  }
  expect(
    await sidewaysOverflow(page),
  ).toBe(0);
  // A wide window keeps them side by side.
  await page.setViewportSize({ width: 1280, height: 800 });
  const wideShould = await page.getByRole('group', { name: 'How I should have acted' }).boundingBox();
  const wideFrom = await page.getByRole('group', { name: 'What I will do from now on' }).boundingBox();
  expect(wideShould && wideFrom && Math.abs(wideFrom.y - wideShould.y) < 2).toBe(true);
});

test('the words: the hurt partner is heard first, openness is agreed, and recovery is given its time', async ({
  mend,
}) => {
  const { page } = mend;
  const [brokeTrust, wasHurt] = content.tracks;
  const first = wasHurt?.steps[0];
  await open(page, 'wh-1-letting-go-of-anger');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.title ?? '');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^Let (it|your anger) go/);
  await open(page, 'wh-2-lingering-feelings');
  await expect(
    page.getByText(/it is understandable to ask\. It works when the two of you agree/),
  ).toBeVisible();
  await open(page, 'bt-7-patience');
  await expect(page.getByText(brokeTrust?.steps[6]?.summary ?? '')).toBeVisible();
  await expect(page.getByText(/weeks, months or even years/)).toHaveCount(0);
  await expect(page.getByLabel('The day the truth came out')).toBeVisible();
});
