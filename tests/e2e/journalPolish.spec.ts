import type { Page } from '@playwright/test';
import { trustedSender } from '../harness/core';
import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'unlocked' } });

async function openJournal(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('button', { name: 'New entry', exact: true })).toBeVisible();
}

/** Today in the page's own calendar, and the first day of the month before. */
function days(): { today: string; lastMonth: string } {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const previous = new Date(now.getFullYear(), now.getMonth() - 1, 15);
  return { today, lastMonth: `${previous.getFullYear()}-${pad(previous.getMonth() + 1)}-15` };
}

/** Each row's box, top to bottom, to find any two that overlap. */
async function overlappingRows(page: Page): Promise<string[]> {
  const boxes = await page
    .locator('.timeline-row')
    .evaluateAll((rows) =>
      rows
        .map(
          (row) =>
            ({ text: row.textContent ?? '', ...row.getBoundingClientRect().toJSON() }) as {
              text: string;
              top: number;
              bottom: number;
            },
        )
        .sort((a, b) => a.top - b.top),
    );
  const overlaps: string[] = [];
  for (let i = 1; i < boxes.length; i++) {
    const above = boxes[i - 1];
    const below = boxes[i];
    if (above && below && below.top < above.bottom - 0.5)
      overlaps.push(`"${above.text}" over "${below.text}"`);
  }
  return overlaps;
}

test('deleting a new entry leaves no timeline row overlapping the month header', async ({ mend }) => {
  const { page } = mend;
  const { lastMonth } = days();
  for (const [index, date] of [lastMonth, lastMonth, lastMonth].entries()) {
    await mend.mend.dispatch(
      'journal.create',
      { date, title: `Older ${index + 1}`, body: 'An earlier day.', tags: ['one', 'two', 'three'] },
      trustedSender,
    );
  }
  await openJournal(page);
  await expect(page.locator('.timeline-row')).toHaveCount(4);
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByRole('textbox', { name: 'Entry', exact: true }).fill('A new entry that will be deleted.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  await expect(page.locator('.timeline-row')).toHaveCount(6);
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.timeline-row')).toHaveCount(4);
  await expect.poll(() => overlappingRows(page)).toEqual([]);
});

test('an untouched new entry says nothing about saving; a typed one says Saved', async ({ mend }) => {
  const { page } = mend;
  await openJournal(page);
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title' }).click();
  await page.getByRole('textbox', { name: 'Entry', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title' }).click();
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('save-status')).toHaveText('');
  await page.getByRole('textbox', { name: 'Entry', exact: true }).fill('Now there is something.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
});

test('focus mode shows only the writing; Escape brings the rest back. Headings stay below the title', async ({
  mend,
}) => {
  const { page } = mend;
  await openJournal(page);
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('A title');
  await page
    .getByRole('textbox', { name: 'Entry', exact: true })
    .fill('# Big heading\n\n## Smaller heading\n\nText.');
  await page.getByRole('button', { name: 'Focus' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Tags' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Read' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Entry', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Focus' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('focus-mode.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tags' })).toBeVisible();

  await page.getByRole('button', { name: 'Read' }).click();
  const size = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
  const titleSize = await size(page.getByRole('textbox', { name: 'Title' }));
  const h1 = await size(page.locator('.entry-read h1'));
  const h2 = await size(page.locator('.entry-read h2'));
  expect(h1).toBeLessThan(titleSize);
  expect(h2).toBeLessThan(titleSize);
});
