import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { createFakeMinimizer } from '../harness/fakes';
import { launchMend, type MendSession } from '../harness/launchMend';
import { startProgram } from '../harness/safetyAnswers';
import { expect, test } from './fixtures';

/**
 * "Lock and hide": saves what was typed a moment before, locks at once, and asks the window to
 * minimise (Electron's BrowserWindow.minimize, a recording fake here). The safety page closes
 * on Escape and returns to the same place.
 */

async function openStep(mend: MendSession, stepId: string): Promise<void> {
  await startProgram(mend.mend, ['broke-trust']);
  await mend.page.goto(`${new URL(mend.page.url()).origin}/index.html#/program/step/${stepId}`);
}

async function unlock(mend: MendSession): Promise<void> {
  await mend.page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await mend.page.getByRole('button', { name: 'Unlock' }).click();
}

for (const how of ['shortcut', 'button'] as const) {
  test(`lock and hide (${how}) saves the words just typed, locks, and minimises the window`, async () => {
    const minimizer = createFakeMinimizer();
    const mend = await launchMend({ vault: 'unlocked', overrides: { windowMinimizer: minimizer } });
    try {
      const { page } = mend;
      await openStep(mend, 'bt-1-honesty');
      const note = page.locator('[data-prompt="bt-1-honesty.p1"] textarea');
      await note.click();
      await page.keyboard.type('Typed a second before someone came in');
      // No pause, no blur: straight to lock and hide.
      if (how === 'shortcut') await page.keyboard.press('Control+Shift+H');
      else await page.getByRole('button', { name: 'Lock and hide' }).click();

      await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
      expect(minimizer.calls).toBe(1);
      expect(await mend.mend.dispatch('vault.status', undefined, trustedSender)).toMatchObject({
        ok: true,
        value: { state: 'locked' },
      });
      expect(await page.content()).not.toContain('Typed a second before');
      await unlock(mend);
      await expect(page.locator('[data-prompt="bt-1-honesty.p1"] textarea')).toHaveValue(
        'Typed a second before someone came in',
      );
    } finally {
      await mend.close();
    }
  });
}

test.describe('the safety page', () => {
  test.use({ mendOptions: { vault: 'unlocked' } });

  test('closes on Escape, back at the same place and scroll position, with typed text kept', async ({
    mend,
  }) => {
    const { page } = mend;
    await page.setViewportSize({ width: 900, height: 650 });
    await openStep(mend, 'bt-4-listening');
    const last = page.locator('[data-prompt]').last().locator('textarea');
    await last.fill('Half a sentence, not saved yet');
    await page.evaluate(() => window.scrollTo(0, 1400));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(1000);

    await page.keyboard.press('Control+Shift+S');
    await expect(page.getByRole('heading', { level: 1, name: 'If you are not safe' })).toBeFocused();
    await expect(page.getByText(/Press Ctrl\+Shift\+H/)).toBeVisible();
    await page.keyboard.press('Escape');

    await expect(page.getByRole('heading', { level: 1, name: 'Let your partner be heard' })).toBeAttached();
    await expect(page.locator('section.safety')).toHaveCount(0);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(2);
    await expect(last).toHaveValue('Half a sentence, not saved yet');
    await expect(last).toBeFocused();
  });

  test('offers lock and hide itself, and documents the shortcut there', async () => {
    const minimizer = createFakeMinimizer();
    const mend = await launchMend({ vault: 'unlocked', overrides: { windowMinimizer: minimizer } });
    try {
      const { page } = mend;
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      await page.keyboard.press('Control+Shift+S');
      await page.getByRole('button', { name: 'Lock and hide now' }).click();
      await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
      expect(minimizer.calls).toBe(1);
    } finally {
      await mend.close();
    }
  });
});
