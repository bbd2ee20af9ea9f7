import type { Locator, Page } from '@playwright/test';
import { trustedSender } from '../harness/core';
import { createFakeMinimizer } from '../harness/fakes';
import { launchMend, type MendSession } from '../harness/launchMend';
import { startProgram } from '../harness/safetyAnswers';
import { expect, test } from './fixtures';
import { goTo } from '../harness/pageSteps';

/**
 * The "If you are not safe" page as the person reading it meets it when someone walks in:
 * "Lock and hide now" and "Go back" at the top, one Tab from the heading, still in reach
 * however far down the page they have read; the words match the page (the helplines are
 * above the text that mentions them); the helpline list reads plainly at 2 a.m.
 */

const SIZES = [
  { width: 1280, height: 800 },
  { width: 700, height: 600 },
] as const;

async function expectInViewport(page: Page, target: Locator, what: string): Promise<void> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  expect(box, what).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (box === null || viewport === null) return;
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${what}: right`).toBeLessThanOrEqual(viewport.width);
}

/** Group headings larger than, and coloured apart from, the line names, in light and dark. */
async function expectHeadingsApart(page: Page, where: Locator): Promise<void> {
  const style = (target: Locator) =>
    target.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { size: parseFloat(computed.fontSize), color: computed.color };
    });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const heading = where
      .locator('.helpline-group')
      .getByRole('heading', { name: 'Crisis and suicide lines' });
    const name = where.locator('.helpline-name', { hasText: 'Samaritans' });
    const [headingStyle, nameStyle] = [await style(heading), await style(name)];
    expect(headingStyle.size, scheme).toBeGreaterThanOrEqual(nameStyle.size * 1.1);
    expect(headingStyle.color, scheme).not.toBe(nameStyle.color);
    // The title of the list stays above its groups in size.
    const title = where.getByRole('heading', { name: 'Helplines: United Kingdom' });
    expect((await style(title)).size, scheme).toBeGreaterThan(headingStyle.size);
  }
}

/**
 * Mend with a fake window minimizer, so "hide" can be counted; with the fixture's own checks
 * at the end (nothing left the app origin, nothing was refused by the CSP).
 */
async function withMinimizer(
  vault: 'locked' | 'unlocked',
  body: (mend: MendSession, minimizer: ReturnType<typeof createFakeMinimizer>) => Promise<void>,
): Promise<void> {
  const minimizer = createFakeMinimizer();
  const mend = await launchMend({ vault, overrides: { windowMinimizer: minimizer } });
  try {
    await body(mend, minimizer);
    expect(mend.offOriginRequests()).toEqual([]);
    expect(mend.cspViolations).toEqual([]);
  } finally {
    await mend.close();
  }
}

for (const size of SIZES) {
  test(`at ${size.width}x${size.height}, unlocked: lock and hide is one Tab away at the top, and stays in reach`, () =>
    withMinimizer('unlocked', async (mend, minimizer) => {
      const { page } = mend;
      await page.setViewportSize(size);
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      await page.keyboard.press('Control+Shift+S');
      const safety = page.locator('section.safety');
      await expect(page.getByRole('heading', { level: 1, name: 'If you are not safe' })).toBeFocused();
      const hide = safety.getByRole('button', { name: 'Lock and hide now' });
      const back = safety.getByRole('button', { name: 'Go back' });
      // One of each: no second copy at the foot of the page to find instead.
      await expect(hide).toHaveCount(1);
      await expect(back).toHaveCount(1);

      await page.keyboard.press('Tab');
      await expect(hide).toBeFocused();
      await expectInViewport(page, hide, 'Lock and hide now, on opening');
      await expectInViewport(page, back, 'Go back, on opening');
      // Above every helpline: nothing to read past first.
      const firstHelpline = safety.locator('.helpline').first();
      const hideBox = await hide.boundingBox();
      const helplineBox = await firstHelpline.boundingBox();
      expect((hideBox?.y ?? Infinity) < (helplineBox?.y ?? 0)).toBe(true);

      // Read to the foot of the page: the actions are still on screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      await expectInViewport(page, hide, 'Lock and hide now, scrolled to the foot');
      await expectInViewport(page, back, 'Go back, scrolled to the foot');
      // What the page says about the button is true of this page.
      await expect(safety.getByText(/use “Lock and hide now” at the top of this page/)).toBeVisible();
      await expect(safety.getByText('at the top of the screen', { exact: false })).toHaveCount(0);

      await hide.click();
      await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
      expect(minimizer.calls).toBe(1);
      expect(await mend.mend.dispatch('vault.status', undefined, trustedSender)).toMatchObject({
        ok: true,
        value: { state: 'locked' },
      });
    }));
}

test('locked: "Hide Mend now" at the top minimises the window and leaves the lock screen', () =>
  withMinimizer('locked', async (mend, minimizer) => {
    const { page } = mend;
    await page.setViewportSize({ width: 700, height: 600 });
    await page.getByRole('button', { name: 'If you are not safe' }).click();
    const safety = page.locator('section.safety');
    await expect(page.getByRole('heading', { level: 1, name: 'If you are not safe' })).toBeFocused();
    // Locked, there is nothing to lock: the button says what it does, and no shortcut is promised.
    await expect(safety.getByRole('button', { name: 'Lock and hide now' })).toHaveCount(0);
    await expect(safety.getByText(/Ctrl\+Shift\+H/)).toHaveCount(0);
    await expect(safety.getByText(/“Hide Mend now” at the top of this page/)).toBeVisible();
    await page.keyboard.press('Tab');
    const hide = safety.getByRole('button', { name: 'Hide Mend now' });
    await expect(hide).toBeFocused();
    await expectInViewport(page, hide, 'Hide Mend now');
    await hide.click();
    await expect(page.locator('section.safety')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    expect(minimizer.calls).toBe(1);
  }));

test.describe('the words and the list', () => {
  test.use({ mendOptions: { vault: 'locked' } });

  test('"Go back" at the top returns; the text says "above" and the helplines are above it', async ({
    mend,
  }) => {
    const { page } = mend;
    await page.getByRole('button', { name: 'If you are not safe' }).click();
    const safety = page.locator('section.safety');
    const sentence = safety.getByText(/The lines above are free and confidential\./);
    await expect(sentence).toBeVisible();
    const helplinesFirst = await safety
      .locator('section.helplines')
      .evaluate(
        (list, paragraph) =>
          Boolean(list.compareDocumentPosition(paragraph as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
        await sentence.elementHandle(),
      );
    expect(helplinesFirst).toBe(true);
    await expect(safety.getByText(/lines below/)).toHaveCount(0);
    await safety.getByRole('button', { name: 'Go back' }).click();
    await expect(safety).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  });

  test('a regional line names its area once; unknown hours are said plainly; headings stand apart', async ({
    mend,
  }) => {
    const { page } = mend;
    await page.getByRole('button', { name: 'If you are not safe' }).click();
    const safety = page.locator('section.safety');
    const scotland = safety.locator('.helpline-name', { hasText: 'Forced Marriage' });
    await expect(scotland).toHaveText(
      "Scotland's Domestic Abuse and Forced Marriage Helpline (Scotland only)",
    );

    const respect = safety.locator('.helpline', { hasText: 'Respect Phoneline' }).locator('.helpline-hours');
    await expect(respect).toHaveText(
      'Not open all the time: office hours only, exact times unknown. If no one answers, try a line that is open day and night.',
    );
    await expect(safety.locator('.helpline-hours', { hasText: /confirmed/ })).toHaveCount(0);
    await expect(safety.locator('.helpline-hours', { hasText: 'Open day and night' }).first()).toBeVisible();

    await expectHeadingsApart(page, safety);
  });
});

test.describe('the kind screen after the safety check', () => {
  test.use({ mendOptions: { vault: 'unlocked' } });

  test('shows the same plain list, with its group headings set apart', async ({ mend }) => {
    const { page } = mend;
    expect(
      await mend.mend.dispatch('program.chooseTracks', { tracks: ['was-hurt'] }, trustedSender),
    ).toMatchObject({
      ok: true,
    });
    await goTo(page, 'program/start/safety');
    await expect(page.getByRole('heading', { level: 1, name: 'A few questions first' })).toBeVisible();
    for (const [index, group] of (await page.locator('fieldset.safety-question').all()).entries()) {
      await group.getByRole('radio', { name: index === 0 ? 'Yes' : 'No', exact: true }).check();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
    const care = page.locator('section.safety-care');
    await expect(care.getByRole('heading', { level: 1, name: 'Thank you for telling Mend' })).toBeVisible();
    await expect(
      care.getByText('The page “If you are not safe” stays one click away on every screen.'),
    ).toBeVisible();
    await expect(care.locator('.helpline-name', { hasText: 'Forced Marriage' })).toHaveText(
      "Scotland's Domestic Abuse and Forced Marriage Helpline (Scotland only)",
    );
    await expectHeadingsApart(page, care);
  });
});

test.describe('opened at the crisis lines', () => {
  test.use({ mendOptions: { vault: 'unlocked' } });

  test('the crisis group lands below the pinned actions, not under them', async ({ mend }) => {
    const { page } = mend;
    await page.setViewportSize({ width: 700, height: 600 });
    await startProgram(mend.mend, ['broke-trust']);
    await goTo(page, 'program/step/bt-6-self-forgiveness');
    await page.locator('.crisis-line').getByRole('button', { name: 'Crisis lines for your country' }).click();
    const bar = page.locator('.safety-actions');
    const heading = page.locator('.safety .helpline-group[data-kind="crisis"]').getByRole('heading');
    await expect(heading).toBeInViewport();
    // The page did scroll to the group, and its heading is not hidden under the bar.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    const [barBox, headingBox] = [await bar.boundingBox(), await heading.boundingBox()];
    expect(headingBox?.y ?? 0).toBeGreaterThanOrEqual((barBox?.y ?? 0) + (barBox?.height ?? Infinity));
  });
});
