import type { Locator } from '@playwright/test';
import { trustedSender } from '../harness/core';
import type { MendSession } from '../harness/launchMend';
import { expect, test } from './fixtures';
import { goTo } from '../harness/pageSteps';

/**
 * The journal's layout with what people really write (review of 2026-12-01, items 4, 5, 7):
 * a pasted address or a long unbroken word wraps inside its column instead of pushing the
 * window sideways, a long title can be read to its last word, and a narrow window with no
 * entry open gives the list the room.
 */
test.use({ mendOptions: { vault: 'unlocked' } });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 700, height: 600 },
] as const;
const LONG_WORD = 'Unbroken'.repeat(37).slice(0, 300);
const LONG_URL = `https://example.org/${'a-path-segment-without-spaces/'.repeat(8)}?query=${'x'.repeat(90)}`;
const LONG_TITLE =
  'The night I finally told her everything about the messages and the trip to Lisbon, and what she said after';

async function create(session: MendSession, entry: { date: string; title: string; body: string }) {
  const result = await session.mend.dispatch('journal.create', { ...entry, tags: ['night'] }, trustedSender);
  if (!result.ok) throw new Error(result.error.code);
  return (result.value as { id: number }).id;
}

/** How far the page, and a box inside its column, reach past where they should end. */
function overflowOf(box: Locator) {
  return box.evaluate((element) => {
    const column = document.querySelector('.journal-main');
    if (column === null) throw new Error('no journal column');
    const style = getComputedStyle(column);
    const columnRight = column.getBoundingClientRect().right - Number.parseFloat(style.paddingRight);
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      pastColumn: element.getBoundingClientRect().right - columnRight,
      clipped: element.scrollWidth - element.clientWidth,
    };
  });
}

test('a 300-character word and a long address wrap inside the entry, in Write and Read, wide and narrow', async ({
  mend,
}) => {
  const { page } = mend;
  const id = await create(mend, {
    date: '2026-03-21',
    title: `About ${LONG_WORD.slice(0, 190)}`,
    body: `Line one.\n\n${LONG_WORD}\n\nThe link she sent: ${LONG_URL}\n\nI could not sleep afterwards.`,
  });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await goTo(mend.page, `journal/entry/${id}`);
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(/^About Unbroken/);
    for (const [mode, text] of [
      ['Write', page.getByRole('textbox', { name: 'Entry', exact: true })],
      ['Read', page.getByLabel('Entry, formatted')],
    ] as const) {
      await page.getByRole('button', { name: mode, exact: true }).click();
      await expect(text).toBeVisible();
      for (const [what, box] of [
        ['text', text],
        ['title', page.getByRole('textbox', { name: 'Title' })],
      ] as const) {
        const where = `${what}, ${mode} mode at ${size.width}x${size.height}`;
        const overflow = await overflowOf(box);
        expect(overflow.page, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
        expect(overflow.pastColumn, `${where}: wider than its column`).toBeLessThanOrEqual(0.5);
        expect(overflow.clipped, `${where}: cut off at the right`).toBeLessThanOrEqual(0);
      }
    }
  }
});

test('a long title wraps and can be read in full; Enter goes on to the body; the title saves', async ({
  mend,
}) => {
  const { page } = mend;
  await page.setViewportSize(SIZES[0]);
  await goTo(mend.page, 'journal/new');
  const title = page.getByRole('textbox', { name: 'Title' });
  const body = page.getByRole('textbox', { name: 'Entry', exact: true });
  await title.fill('Short');
  const oneLine = (await title.boundingBox())?.height ?? 0;
  expect(oneLine).toBeGreaterThan(0);

  await title.fill('');
  await title.pressSequentially(LONG_TITLE);
  await page.keyboard.press('Enter');
  await expect(body).toBeFocused();
  await page.keyboard.type('Typed after Enter.');
  await expect(title).toHaveValue(LONG_TITLE);
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  await expect
    .poll(() => mend.mend.journal.all().map((entry) => [entry.title, entry.body]))
    .toEqual([[LONG_TITLE, 'Typed after Enter.']]);

  // A pasted title with a line break stays one line of text.
  await title.fill('First line\nsecond line');
  await expect(title).toHaveValue('First line second line');
  await title.fill(LONG_TITLE);
  await expect.poll(() => mend.mend.journal.all().map((entry) => entry.title)).toEqual([LONG_TITLE]);

  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const mode of ['Write', 'Read']) {
      await page.getByRole('button', { name: mode, exact: true }).click();
      const shown = await title.evaluate((element) => ({
        height: element.getBoundingClientRect().height,
        hidden: element.scrollHeight - element.clientHeight,
        cut: element.scrollWidth - element.clientWidth,
      }));
      const where = `${mode} mode at ${size.width}x${size.height}`;
      // Wrapped onto more lines, every one of them in view.
      expect(shown.height, `${where}: the title did not wrap`).toBeGreaterThan(oneLine * 1.5);
      expect(shown.hidden, `${where}: lines of the title are hidden`).toBeLessThanOrEqual(0);
      expect(shown.cut, `${where}: the title is cut off`).toBeLessThanOrEqual(0);
    }
  }
  await page.getByRole('button', { name: 'Write', exact: true }).click();
  await title.fill('Short');
  await expect.poll(async () => (await title.boundingBox())?.height).toBe(oneLine);
});

test('at 700x600 with no entry open the list fills the window; an empty journal still invites writing', async ({
  mend,
}) => {
  const { page } = mend;
  await page.setViewportSize(SIZES[1]);
  await goTo(mend.page, 'journal');
  // Nothing written yet: the invitation stays.
  await expect(page.getByText('No entries here yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Write a new entry' })).toBeVisible();

  for (const [index, date] of ['2026-02-05', '2026-02-14', '2026-03-20', '2026-03-21'].entries()) {
    await create(mend, { date, title: index === 3 ? LONG_TITLE : `Entry ${index + 1}`, body: 'Words.' });
  }
  await mend.reload();
  await goTo(mend.page, 'journal');
  await expect(page.getByText('4 entries')).toBeVisible();
  const timeline = page.getByTestId('timeline');
  const box = await timeline.boundingBox();
  await page.screenshot({ path: test.info().outputPath('journal-list-700.png') });
  // The list runs to near the bottom of the window and shows all four entries (two months).
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(SIZES[1].height - 60);
  expect(box?.height ?? 0).toBeGreaterThan(SIZES[1].height / 2);
  for (const name of [/The night I finally told her/, /Entry 3/, /Entry 2/, /Entry 1/]) {
    await expect(timeline.getByRole('link', { name })).toBeInViewport();
  }
  // No half-empty placeholder under it, but the screen keeps its heading.
  await expect(page.getByRole('button', { name: 'Write a new entry' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
    SIZES[1].height,
  );

  // Back from an entry, the list is where it was: at the top, the newest entry in full view
  // (it used to scroll itself down by the rows' heights as they came back from hiding).
  await timeline.getByRole('link', { name: /The night I finally told her/ }).click();
  await page.getByRole('link', { name: 'All entries' }).click();
  await expect(timeline.getByRole('link')).toHaveCount(4);
  // Two frames: the rows coming back from hiding are measured, and any scroll they caused has happened.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(timeline.getByRole('link', { name: /The night I finally told her/ })).toBeInViewport({
    ratio: 1,
  });
  expect(await timeline.evaluate((element) => element.scrollTop)).toBe(0);

  // A delete's Undo shows with the list.
  await timeline.getByRole('link', { name: /Entry 2/ }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('3 entries')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeInViewport();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Entry 2');

  // Wide, the list and the placeholder share the window as before.
  await page.setViewportSize(SIZES[0]);
  await goTo(mend.page, 'journal');
  await expect(page.getByRole('button', { name: 'Write a new entry' })).toBeVisible();
});
