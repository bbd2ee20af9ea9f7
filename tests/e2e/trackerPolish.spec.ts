import type { Page } from '@playwright/test';
import { trustedSender } from '../harness/core';
import { addDays } from '../../src/shared/dates';
import type { Checkin } from '../../src/shared/tracker/checkins';
import { goTo } from '../harness/pageSteps';
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

interface Session {
  mend: { dispatch: (c: string, i: unknown, s: typeof trustedSender) => Promise<{ ok: boolean }> };
}

async function saveTwoWeeks(session: Session): Promise<void> {
  for (const checkin of twoWeeks())
    expect((await session.mend.dispatch('tracker.save', checkin, trustedSender)).ok).toBe(true);
}

async function openTracker(
  page: Page,
  session: Session,
) {
  await saveTwoWeeks(session);
  await page.getByRole('link', { name: 'Check-in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Check-in', exact: true })).toBeVisible();
}

const chart = (page: Page) => page.getByTestId('trend-chart').first();

/** The check-in screen opened by its address (nothing else to match). */
async function openTrackerByAddress(page: Page) {
  await goTo(page, 'checkin');
  await expect(page.getByRole('heading', { name: 'Check-in', exact: true })).toBeVisible();
}

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
  await page.screenshot({ path: test.info().outputPath('chart-value.png') });
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

test('the year at a glance on a 700x600 window opens on the newest days and says where the rest are', async ({
  mend,
}) => {
  // Review item 8: the grid is wider than a narrow window; it used to open on last April,
  // with the only check-ins (the last two weeks) cut off at the right and no hint.
  const { page } = mend;
  await page.setViewportSize({ width: 700, height: 600 });
  await saveTwoWeeks(mend);
  await openTrackerByAddress(page);
  const scroller = page.locator('.tracker-year .year-grid-scroll');
  const today = page.getByTestId('year-grid').locator(`rect[data-date="${TODAY}"]`);
  await expect(today).toBeAttached();
  const view = await scroller.evaluate((element) => ({
    scrollLeft: element.scrollLeft,
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  expect(view.scrollWidth).toBeGreaterThan(view.clientWidth);
  expect(view.scrollLeft + view.clientWidth).toBeGreaterThanOrEqual(view.scrollWidth - 1);
  // Today's square and the fortnight before it are inside the visible part of the box.
  const box = await scroller.boundingBox();
  for (const date of [TODAY, addDays(TODAY, -13)]) {
    const square = await page.getByTestId('year-grid').locator(`rect[data-date="${date}"]`).boundingBox();
    expect(box && square && square.x >= box.x && square.x + square.width <= box.x + box.width, date).toBe(
      true,
    );
  }
  await expect(page.getByTestId('year-scroll-hint')).toHaveText(
    'The newest days are on the right. Scroll left for earlier months.',
  );
  // Wide enough for the whole year: no scrolling and no hint.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByTestId('year-scroll-hint')).toHaveCount(0);
  await expect
    .poll(() => scroller.evaluate((element) => element.scrollWidth - element.clientWidth))
    .toBeLessThanOrEqual(1);
});

test('the patience chart says what it shows, its labels are readable, and the milestones are marked on it', async ({
  mend,
}) => {
  // Review item 9: the chart had no visible title or legend, ~7 px axis labels, and the
  // milestone listed beside it was not on it.
  const { page } = mend;
  expect(
    (
      await mend.mend.dispatch(
        'program.saveExercise',
        {
          stepId: 'bt-7-patience',
          data: {
            kind: 'patience-timeline',
            startedOn: '2026-01-01',
            milestones: [
              { id: 'b', date: '2026-04-01', text: 'AheadMilestone' },
              { id: 'a', date: '2026-03-08', text: 'FirstCalmDinner' },
            ],
          },
        },
        trustedSender,
      )
    ).ok,
  ).toBe(true);
  await saveTwoWeeks(mend);
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 700, height: 600 },
  ]) {
    await page.setViewportSize(viewport);
    await goTo(page, '');
    await openTrackerByAddress(page);
    const patience = page.getByTestId('patience');
    await expect(
      patience.getByRole('heading', { level: 3, name: 'Self-forgiveness since 1 Jan 2026' }),
    ).toBeVisible();
    await expect(patience).toContainText('Your check-in answers, from the day the truth came out to today.');
    await expect(patience).toContainText('each day’s answer');
    await expect(patience).toContainText('7-day average');
    await expect(patience).toContainText('a milestone, numbered as in the list');
    // The list, in date order: 1 is the dinner, 2 is ahead of today and not on the chart.
    const items = patience.getByRole('list', { name: 'Milestones' }).getByRole('listitem');
    await expect(items.nth(0)).toContainText('FirstCalmDinner');
    await expect(items.nth(1)).toContainText('AheadMilestone');
    const chartSvg = patience.getByTestId('trend-chart');
    const marks = chartSvg.getByTestId('chart-marks').locator('g[data-date]');
    await expect(marks).toHaveCount(1);
    await expect(marks.first()).toHaveAttribute('data-date', '2026-03-08');
    await expect(marks.first().locator('text')).toHaveText('1');
    // The mark stands on the day: the same x as that day's check-in.
    const markX = await marks.first().locator('line').getAttribute('x1');
    const dotX = await chartSvg.locator('circle[data-date="2026-03-08"]').getAttribute('cx');
    expect(Number(markX)).toBeCloseTo(Number(dotX), 1);
    // Axis labels draw at 10 px or more on screen (11 user units times the drawn scale).
    const drawn = await chartSvg.evaluate((svg) => {
      const label = svg.querySelector('.trend-grid text');
      const viewBoxWidth = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
      const fontSize = parseFloat(label?.getAttribute('style')?.match(/font-size:\s*([\d.]+)/)?.[1] ?? '0');
      return (fontSize * svg.getBoundingClientRect().width) / viewBoxWidth;
    });
    expect(drawn, `axis label size at ${viewport.width}px`).toBeGreaterThanOrEqual(10);
  }
});
