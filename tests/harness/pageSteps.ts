import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a screen by its address (`#/journal`, `#/program/step/…`), as a link or a restart would. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/index.html#/${hash}`);
}

/** Presses Tab (forward) until `target` has focus, as someone moving through the page would. */
export async function tabTo(page: Page, target: Locator, most = 60): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with Tab').toBeFocused();
}

/** How many pixels the page reaches past the window's width (0 or less: no sideways scrolling). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}
