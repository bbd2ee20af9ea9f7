import { startProgram } from '../harness/safetyAnswers';
import { expect, test } from './fixtures';

/**
 * "Before you begin" where a person starts, "Tonight, and the first weeks" from Home and from
 * step 1 of each path, and the crisis line one click away where self-harm may come up.
 */

test.use({ mendOptions: { vault: 'unlocked', locale: 'en-US' } });

test('the intro is shown where a person starts the program, with the safety page one click away', async ({
  mend,
}) => {
  const { page } = mend;
  await page.getByRole('link', { name: 'Choose your path' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your path' })).toBeFocused();
  const intro = page.locator('.program-intro');
  await expect(intro.getByRole('heading', { name: 'Before you begin' })).toBeVisible();
  await expect(intro).toContainText('Trust can only be rebuilt by two people who both want to rebuild it.');
  await expect(intro).toContainText('Nothing here promises a particular ending.');
  await intro.getByRole('button', { name: 'Read “If you are not safe”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'If you are not safe' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: 'I broke trust' })).toBeVisible();
});

test('the first-weeks page is reachable from Home and from step 1 of each path', async ({ mend }) => {
  const { page } = mend;
  // From Home, before any path is chosen.
  await page.getByRole('link', { name: 'Tonight, and the first weeks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tonight, and the first weeks' })).toBeFocused();
  for (const heading of [
    'What is normal',
    'Sleep and food',
    'One trusted person',
    'No big decisions yet',
    'Children',
  ])
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A two-minute grounding exercise' })).toBeVisible();
  await expect(page.getByText(/confront the affair partner/)).toBeVisible();
  await expect(page.getByText(/get tested/)).toBeVisible();
  // The crisis line is on the page itself, for the reader's country (en-US here).
  await expect(page.getByText(/thoughts of hurting yourself or ending your life/)).toBeVisible();
  await expect(page.locator('.crisis-line').getByText('Call 988 or text 988')).toBeVisible();

  await startProgram(mend.mend, ['broke-trust', 'was-hurt']);
  for (const step of ['bt-1-honesty', 'wh-1-letting-go-of-anger']) {
    await page.goto(`${new URL(page.url()).origin}/index.html#/program/step/${step}`);
    await mend.reload();
    await page.getByRole('link', { name: 'Tonight, and the first weeks' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tonight, and the first weeks' })).toBeFocused();
  }
});

test('the crisis line is one click from step 6, and on the hurt path; the safety lines are in their steps', async ({
  mend,
}) => {
  const { page } = mend;
  await startProgram(mend.mend, ['broke-trust', 'was-hurt']);
  const origin = new URL(page.url()).origin;

  await page.goto(`${origin}/index.html#/program/step/bt-6-self-forgiveness`);
  const crisis = page.locator('.crisis-line');
  await expect(crisis).toContainText('thoughts of hurting yourself or ending your life');
  await expect(crisis.getByText('988 Suicide & Crisis Lifeline')).toBeVisible();
  await expect(crisis.getByText('Call 988 or text 988')).toBeVisible();
  await crisis.getByRole('button', { name: 'Crisis lines for your country' }).click();
  const crisisGroup = page.locator('.safety .helpline-group[data-kind="crisis"]');
  await expect(crisisGroup).toBeInViewport();
  await expect(crisisGroup.getByText('Text HOME to 741741')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Forgive yourself, too' })).toBeVisible();

  for (const step of ['wh-1-letting-go-of-anger', 'wh-3-expectations']) {
    await page.goto(`${origin}/index.html#/program/step/${step}`);
    await expect(page.locator('.crisis-line').getByText('Call 988 or text 988')).toBeVisible();
  }
  // Not on a step where it does not come up.
  await page.goto(`${origin}/index.html#/program/step/bt-2-reaction`);
  await expect(page.getByRole('heading', { level: 1, name: 'Expect a strong reaction' })).toBeVisible();
  await expect(page.locator('.crisis-line')).toHaveCount(0);

  for (const step of ['bt-4-listening', 'bt-7-patience', 'wh-1-letting-go-of-anger']) {
    await page.goto(`${origin}/index.html#/program/step/${step}`);
    await expect(page.locator('.safety-line')).toContainText(
      /leaving the room to stay safe is always allowed/i,
    );
  }
});
