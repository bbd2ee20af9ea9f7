import type { Page } from '@playwright/test';
import { trustedSender } from '../harness/core';
import { addDays } from '../../src/shared/dates';
import type { Checkin } from '../../src/shared/tracker/checkins';
import { expect, test } from './fixtures';

/** Main's clock: 15 March 2026. */
const NOW = new Date(2026, 2, 15, 15, 30).getTime();
const TODAY = '2026-03-15';

test.use({ mendOptions: { vault: 'unlocked', overrides: { now: () => NOW } } });

/** Two weeks of check-ins, self-forgiveness 1..7 then 7; rumination "often" on the last day. */
function twoWeeks(): Checkin[] {
  return Array.from({ length: 14 }, (_, i) => ({
    track: 'broke-trust' as const,
    date: addDays(TODAY, i - 13),
    selfForgiveness: Math.min(7, i + 1),
    rumination: i === 13 ? ('often' as const) : ('sometimes' as const),
    kindness: 3,
    repair: i === 6 ? 'Cooked for us both' : '',
  }));
}

async function openTracker(
  page: Page,
  session: {
    mend: { dispatch: (c: string, i: unknown, s: typeof trustedSender) => Promise<{ ok: boolean }> };
  },
) {
  for (const checkin of twoWeeks())
    expect((await session.mend.dispatch('tracker.save', checkin, trustedSender)).ok).toBe(true);
  await page.getByRole('link', { name: 'Check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in', exact: true })).toBeVisible();
}

const chart = (page: Page) => page.getByTestId('trend-chart').first();

test('chart values show on hover and on keyboard focus, in the scale’s words', async ({ mend }) => {
  const { page } = mend;
  await openTracker(page, mend);
  const value = chart(page).getByTestId('chart-value');
  await expect(value).toHaveCount(0);
  // Hover over the last dot: its day and value.
  const last = chart(page).locator(`circle[data-date="${TODAY}"]`);
  await last.hover();
  await expect(value).toContainText('15 Mar 2026: 7');
  await page.mouse.move(0, 0);
  await expect(value).toHaveCount(0);

  // Keyboard: focus shows the last day; the arrows walk the days.
  await chart(page).focus();
  await expect(value).toContainText('15 Mar 2026: 7');
  await page.keyboard.press('Home');
  await expect(value).toContainText('2 Mar 2026: 1');
  await page.keyboard.press('ArrowRight');
  await expect(value).toContainText('3 Mar 2026: 2');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: '3 Mar 2026: 2' })).toHaveCount(1);

  // A word scale shows words.
  await page.getByRole('radio', { name: 'How often the past took over' }).check();
  await chart(page).focus();
  await expect(chart(page).getByTestId('chart-value')).toContainText('15 Mar 2026: often');
  await page.screenshot({ path: '/tmp/i15b-chart-value.png' });
});

test('the 365-day view starts with the first check-in instead of squeezing two weeks to the right edge', async ({
  mend,
}) => {
  const { page } = mend;
  await openTracker(page, mend);
  await page.getByRole('radio', { name: '365 days' }).check();
  const xs = await chart(page)
    .locator('circle[data-date]')
    .evaluateAll((circles) => circles.map((circle) => Number(circle.getAttribute('cx'))));
  const width = await chart(page).evaluate((svg) => Number(svg.getAttribute('viewBox')?.split(' ')[2]));
  expect(xs).toHaveLength(14);
  // The two weeks take more than a third of the width (they took 4% before).
  expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(width / 3);
});

test('clicking a day in the year grid opens that day’s check-in', async ({ mend }) => {
  const { page } = mend;
  await openTracker(page, mend);
  const day = addDays(TODAY, -7);
  await page.getByTestId('year-grid').locator(`rect[data-date="${day}"]`).click();
  await expect(page.getByRole('heading', { name: 'Check-in for 8 Mar 2026' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'What did you do toward repair today?' })).toHaveValue(
    'Cooked for us both',
  );
});
