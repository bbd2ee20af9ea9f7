import { trustedSender } from '../harness/core';
import type { MendSession } from '../harness/launchMend';
import { writeJournal } from '../harness/writtenJournal';
import { expect, test } from './fixtures';
import { goTo, sidewaysOverflow } from '../harness/pageSteps';

/**
 * Issue 15, "the top bar breaks at 200% zoom" and "One look": the bar stays pinned, folds
 * into a menu when narrow with Lock and the safety link always in view, nothing overflows at
 * 640x400 (1280x800 at 200%), the journal is one column there, large text wraps, a skip link
 * leads to the content, and every field shows where the keyboard is.
 */
test.use({ mendOptions: { vault: 'unlocked' } });

async function ready(session: MendSession): Promise<void> {
  await writeJournal(session.mend);
  const safety = (await session.mend.dispatch('program.safety', undefined, trustedSender)) as {
    ok: true;
    value: { safetyCheck: { questions: { id: string }[] } };
  };
  const answers = Object.fromEntries(safety.value.safetyCheck.questions.map((q) => [q.id, 'no']));
  await session.mend.dispatch('program.answerSafetyCheck', { answers }, trustedSender);
}

test('the top bar stays pinned on a long step page, Lock and the safety link with it', async ({ mend }) => {
  const { page } = mend;
  await ready(mend);
  await page.setViewportSize({ width: 900, height: 650 });
  await goTo(mend.page, 'program/step/bt-3-asking-forgiveness');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  for (const control of [
    page.getByRole('button', { name: 'Lock', exact: true }),
    page.getByRole('button', { name: 'If you are not safe' }),
  ]) {
    const box = await control.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(80);
  }
});

test('at 640x400 the links fold into a menu, Lock and safety stay on one line, nothing overflows', async ({
  mend,
}) => {
  const { page } = mend;
  await ready(mend);
  await page.setViewportSize({ width: 640, height: 400 });
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const safety = page.getByRole('button', { name: 'If you are not safe' });
  const lock = page.getByRole('button', { name: 'Lock', exact: true });
  await expect(safety).toBeVisible();
  await expect(lock).toBeVisible();
  // One line each: no wrapping onto five lines.
  expect((await safety.boundingBox())?.height ?? 999).toBeLessThan(40);
  expect(
    ((await lock.boundingBox())?.x ?? 999) + ((await lock.boundingBox())?.width ?? 0),
  ).toBeLessThanOrEqual(640);

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page).toHaveURL(/#\/journal$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  // Escape closes an open menu and gives focus back to its button.
  await menu.click();
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  for (const hash of [
    '',
    'program',
    'program/step/wh-2-lingering-feelings',
    'journal',
    'checkin',
    'export',
    'settings',
  ]) {
    await goTo(mend.page, hash);
    await expect(lock).toBeVisible();
    expect(await sidewaysOverflow(mend.page), `#/${hash} overflows`).toBeLessThanOrEqual(0);
  }
});

test('at 640x400 the journal is one column: an open entry replaces the list, with a way back', async ({
  mend,
}) => {
  const { page } = mend;
  await ready(mend);
  await page.setViewportSize({ width: 640, height: 400 });
  await goTo(mend.page, 'journal');
  const list = page.getByRole('complementary', { name: 'Journal entries' });
  const main = page.locator('.journal-main');
  const listBox = await list.boundingBox();
  const mainBox = await main.boundingBox();
  // Stacked, each as wide as the window, not two slivers side by side.
  expect(listBox?.width ?? 0).toBeGreaterThan(600);
  expect(mainBox?.y ?? 0).toBeGreaterThanOrEqual((listBox?.y ?? 0) + (listBox?.height ?? 0) - 1);
  await list.getByRole('link', { name: /FebruaryEntry/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue('FebruaryEntry');
  await expect(list).toBeHidden();
  expect((await page.getByLabel('Title').boundingBox())?.width ?? 0).toBeGreaterThan(560);
  await page.getByRole('link', { name: 'All entries' }).click();
  await expect(list).toBeVisible();
});

test('the largest text size wraps instead of clipping: the bar folds, nothing overflows', async ({
  mend,
}) => {
  const { page } = mend;
  await ready(mend);
  await mend.mend.dispatch('settings.update', { textSize: 'larger' }, trustedSender);
  await mend.reload();
  await page.setViewportSize({ width: 900, height: 650 });
  await expect(page.locator('html')).toHaveClass(/text-size-larger/);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
  for (const hash of ['', 'program', 'program/step/bt-1-honesty', 'journal', 'checkin', 'settings']) {
    await goTo(mend.page, hash);
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    expect(await sidewaysOverflow(mend.page), `#/${hash} overflows`).toBeLessThanOrEqual(0);
  }
});

test('a skip link leads past the bar, and every field shows the keyboard focus (journal title and body too)', async ({
  mend,
}) => {
  const { page } = mend;
  await ready(mend);
  await goTo(mend.page, '');
  await mend.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#content')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the screen, not the bar again.
  expect(await page.evaluate(() => document.activeElement?.closest('#content') !== null)).toBe(true);

  await goTo(mend.page, 'journal/new');
  await expect(page.getByLabel('Title')).toBeVisible();
  const ring = (name: string) =>
    page.getByRole('textbox', { name, exact: true }).evaluate((element) => {
      (element as HTMLElement).focus();
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
  for (const field of ['Title', 'Entry']) {
    const { style, width } = await ring(field);
    expect(style, `${field} has a focus ring`).not.toBe('none');
    expect(width, `${field}'s focus ring is visible`).toBeGreaterThanOrEqual(2);
  }
});

test('the bar folds by measuring: more controls fold it, a wider window unfolds it', async ({ mend }) => {
  const { page } = mend;
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  // Wide: with lock-and-hide and the journal switcher in the bar, 900 px no longer holds every link.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(menu).toBeHidden();
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(menu).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
  // Another control in the bar (as lock-and-hide or a journal switcher adds): the links fold.
  await page.evaluate(() => {
    const extra = document.createElement('button');
    extra.id = 'extra-control';
    extra.textContent = 'A rather long extra control';
    extra.style.width = '720px';
    document.querySelector('.topbar-actions')?.append(extra);
  });
  await expect(menu).toBeVisible();
  expect(
    await sidewaysOverflow(page),
  ).toBeLessThanOrEqual(0);
  await page.evaluate(() => document.getElementById('extra-control')?.remove());
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
});
