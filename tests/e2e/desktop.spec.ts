import type { Page } from '@playwright/test';
import type { AppCommand, SettingsPatch } from '../../src/shared/ipc/contract';
import { trustedSender } from '../harness/core';
import type { MendSession } from '../harness/launchMend';
import { expect, test } from './fixtures';

async function updateSettings(mend: MendSession, patch: SettingsPatch): Promise<void> {
  const result = await mend.mend.dispatch('settings.update', patch, trustedSender);
  expect(result.ok).toBe(true);
}

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT_BG = 'rgb(247, 244, 239)';
const DARK_BG = 'rgb(29, 31, 30)';

/** What the window does when the person switches to another app (Chromium's own events). */
const switchAway = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('blur')));
const comeBack = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

test.describe('appearance', () => {
  test('the theme and text size settings apply to <html> after a reload', async ({ mend }) => {
    const { page } = mend;
    const html = page.locator('html');
    await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
    await expect(html).not.toHaveAttribute('data-theme');
    expect(await background(page)).toBe(LIGHT_BG);

    await updateSettings(mend, { theme: 'dark', textSize: 'larger' });
    await mend.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveClass(/text-size-larger/);
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
  });

  test('a manual theme wins over the system, and "system" follows it again', async ({ mend }) => {
    const { page } = mend;
    const html = page.locator('html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
    expect(await background(page)).toBe(DARK_BG);

    // Changes arrive through `settings.changed`: no reload needed.
    await updateSettings(mend, { theme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe(LIGHT_BG);

    await updateSettings(mend, { theme: 'system', textSize: 'small' });
    await expect(html).not.toHaveAttribute('data-theme');
    await expect(html).toHaveClass(/text-size-small/);
    expect(await background(page)).toBe(DARK_BG);
  });
});

test.describe('hiding content while Mend is in the background', () => {
  test.use({ mendOptions: { vault: 'unlocked' } });

  test('with the setting on, a calm cover hides everything until the person comes back', async ({ mend }) => {
    const { page } = mend;
    const lock = page.getByRole('button', { name: 'Lock', exact: true });
    const cover = page.getByRole('dialog', { name: 'Mend' });
    await expect(lock).toBeVisible();
    await updateSettings(mend, { hideWhenInactive: true });
    await mend.reload();
    await expect(lock).toBeVisible();

    await switchAway(page);
    await expect(cover).toBeVisible();
    await expect(cover).toContainText('Hidden while you are away.');
    await expect(lock).toBeHidden();
    await expect(page.locator('#root')).toBeHidden();

    await comeBack(page);
    await expect(cover).toBeHidden();
    await expect(lock).toBeVisible();

    // Minimizing hides the page; the button on the cover also brings Mend back.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(cover).toBeVisible();
    await expect(lock).toBeHidden();
    await page.getByRole('button', { name: 'Show Mend' }).click();
    await expect(cover).toBeHidden();
    await expect(lock).toBeVisible();
  });

  test('with the setting off (the default), switching away changes nothing', async ({ mend }) => {
    const { page } = mend;
    const lock = page.getByRole('button', { name: 'Lock', exact: true });
    await expect(lock).toBeVisible();
    await switchAway(page);
    // Give a cover every chance to appear before asserting it did not.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(lock).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/privacy-covered/);
  });

  test('turning the setting off while covered uncovers at once', async ({ mend }) => {
    const { page } = mend;
    await updateSettings(mend, { hideWhenInactive: true });
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    await switchAway(page);
    await expect(page.getByRole('dialog', { name: 'Mend' })).toBeVisible();
    await updateSettings(mend, { hideWhenInactive: false });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  });
});

test.describe('application menu commands', () => {
  test.use({ mendOptions: { vault: 'unlocked' } });

  const send = (mend: MendSession, command: AppCommand) => mend.mend.bus.emit('app.command', { command });

  test('navigate to the screen each command names', async ({ mend }) => {
    const { page } = mend;
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    const expected: [AppCommand, string][] = [
      ['new-entry', '#/journal/new'],
      ['search', '#/journal/search'],
      ['export', '#/export'],
      ['preferences', '#/settings'],
    ];
    for (const [command, hash] of expected) {
      send(mend, command);
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(hash);
    }
  });

  test('"If you are not safe" opens the safety page; lock locks the journal', async ({ mend }) => {
    const { page } = mend;
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    send(mend, 'safety');
    await expect(page.getByRole('heading', { name: 'If you are not safe' })).toBeVisible();
    await page.getByRole('button', { name: 'Go back' }).click();

    send(mend, 'lock');
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    expect(await mend.mend.vault.status()).toMatchObject({ state: 'locked' });
  });

  test('while locked, only the safety command does anything', async ({ mend }) => {
    const { page } = mend;
    await mend.mend.vault.lock('manual');
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    const before = await page.evaluate(() => window.location.hash);
    send(mend, 'new-entry');
    send(mend, 'preferences');
    send(mend, 'safety');
    await expect(page.getByRole('heading', { name: 'If you are not safe' })).toBeVisible();
    expect(await page.evaluate(() => window.location.hash)).toBe(before);
  });
});
