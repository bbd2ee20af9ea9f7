import type { Page } from '@playwright/test';
import { TEST_PASSPHRASE } from '../harness/core';
import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'unlocked' } });

async function openJournal(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('button', { name: 'New entry', exact: true })).toBeVisible();
}

const saveStatus = (page: Page) => page.getByTestId('save-status');
const title = (page: Page) => page.getByRole('textbox', { name: 'Title' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Entry', exact: true });
const tags = (page: Page) => page.getByRole('textbox', { name: 'Tags' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the journal and step notes' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('link');
const timelineLinks = (page: Page) =>
  page.getByRole('list', { name: 'Entries, newest first' }).getByRole('link');
const entryCount = (page: Page) => page.locator('.timeline-count');

async function search(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  await expect(page.getByText('Searching…')).toHaveCount(0);
}

test('write, lock mid-typing, unlock, tag, search, edit, delete and undo, filter', async ({ mend }) => {
  const { page } = mend;
  await openJournal(page);

  // Write: Ctrl+N opens a blank entry with the cursor in the body.
  await page.keyboard.press('Control+N');
  await expect(body(page)).toBeFocused();
  await title(page).fill('Evening walk');
  await body(page).click();
  await page.keyboard.type('Tonight we walked along the harbour and talked');
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.keyboard.type(' for an hour.');
  // Lock while the last words are still waiting for autosave's pause.
  await expect(saveStatus(page)).toHaveText('Unsaved changes');
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  expect(mend.mend.vault.isUnlocked()).toBe(false);

  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  // The page came back to the same entry, with every keystroke.
  await expect(body(page)).toHaveValue('Tonight we walked along the harbour and talked for an hour.');
  await expect(title(page)).toHaveValue('Evening walk');

  // Tag it.
  await tags(page).fill('Evening, Walks ');
  await expect(saveStatus(page)).toHaveText('Saved');
  await expect(timelineLinks(page)).toHaveCount(1);
  await expect(timelineLinks(page).first()).toContainText('evening · walks');

  // Find it by a word and by a prefix, with the match highlighted.
  await page.keyboard.press('Control+F');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('harbour');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first().locator('mark')).toHaveText('harbour');
  await search(page, 'harb');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText('Evening walk');

  // Edit: the new word is found, the old one is not.
  await body(page).fill('Tonight we walked to the lighthouse and talked for an hour.');
  await expect(saveStatus(page)).toHaveText('Saved');
  await search(page, 'lighthouse');
  await expect(results(page)).toHaveCount(1);
  await search(page, 'harbour');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByText('Nothing found for “harbour”.')).toBeVisible();
  await searchBox(page).press('Escape');

  // Delete, then undo.
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('The entry was moved to the trash.')).toBeVisible();
  await expect(entryCount(page)).toHaveText('0 entries');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(body(page)).toHaveValue('Tonight we walked to the lighthouse and talked for an hour.');
  await expect(entryCount(page)).toHaveText('1 entry');

  // A second, older entry with another tag.
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Date').fill('2024-03-15');
  await body(page).fill('An older day at work.');
  await tags(page).fill('work');
  await expect(saveStatus(page)).toHaveText('Saved');
  await expect(entryCount(page)).toHaveText('2 entries');

  // Alt+Up / Alt+Down move between entries.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(body(page)).toHaveValue(/lighthouse/);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(body(page)).toHaveValue('An older day at work.');

  // Filter by tag, then by dates, then by a day picked in the calendar.
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByLabel('Tag', { exact: true }).selectOption('walks');
  await expect(entryCount(page)).toHaveText('1 entry');
  await expect(timelineLinks(page).first()).toContainText('Evening walk');
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByLabel('From').fill('2024-03-01');
  await page.getByLabel('To').fill('2024-03-31');
  await expect(entryCount(page)).toHaveText('1 entry');
  await expect(timelineLinks(page).first()).toContainText('An older day at work.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(entryCount(page)).toHaveText('2 entries');

  await page.getByRole('button', { name: 'Calendar' }).click();
  const today = page.getByRole('button', { name: /, 1 entry$/ });
  await expect(today).toHaveCount(1);
  await today.click();
  await expect(entryCount(page)).toHaveText('1 entry');
  await expect(timelineLinks(page).first()).toContainText('Evening walk');
});

test('a failed save keeps the text, says so, and succeeds on a later try', async ({ mend }) => {
  const { page } = mend;
  await openJournal(page);
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await body(page).fill('First words.');
  await expect(saveStatus(page)).toHaveText('Saved');
  // Close the database behind the page's back (no lock event, so no reload): saves fail.
  await mend.mend.vault.dispose();
  await body(page).fill('First words. Then more, while the journal cannot be written.');
  await expect(saveStatus(page)).toContainText('Not saved yet. Your journal is locked.');
  await expect(body(page)).toHaveValue('First words. Then more, while the journal cannot be written.');
  await mend.mend.vault.unlock('passphrase', TEST_PASSPHRASE);
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
  const { items } = mend.mend.journal.list({}, null, 10);
  expect(items.map((item) => item.excerpt)).toEqual([
    'First words. Then more, while the journal cannot be written.',
  ]);
});

test('Markdown shows formatting, but links and images stay inert and raw HTML stays text', async ({
  mend,
}) => {
  const { page } = mend;
  await openJournal(page);
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await body(page).fill(
    '## Heading\n\n**bold** [a link](https://example.com/x) ![a picture](https://example.com/p.png)\n\n<img src="https://example.com/i.png" onerror="alert(1)"><script>alert(2)</script>',
  );
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.getByRole('button', { name: 'Read' }).click();
  const read = page.locator('.markdown');
  await expect(read.getByRole('heading', { name: 'Heading' })).toBeVisible();
  await expect(read.locator('strong')).toHaveText('bold');
  await expect(read.locator('.inert-link')).toHaveText('a link');
  await expect(read.locator('a, img, script, iframe')).toHaveCount(0);
  await expect(read).toContainText('[a picture]');
  await expect(read).toContainText('<img src="https://example.com/i.png" onerror="alert(1)">');
});

test('search never shows an error, whatever a person types', async ({ mend }) => {
  const { page } = mend;
  mend.mend.journal.insertMany([
    {
      date: '2024-01-02',
      title: 'Mixed',
      body: '今天我很难过 مرحبا שלום ❤️ self-forgiveness',
      tags: [],
      stepId: null,
    },
  ]);
  await openJournal(page);
  const typed = [
    '"',
    '"unbalanced',
    '*',
    'forg*',
    '-',
    '-anger',
    'a AND b',
    'x OR',
    'NOT',
    'NEAR(a b)',
    '(',
    ')',
    ':',
    'title:x',
    '!?.,;',
    '难过',
    'مرحبا',
    'שלום',
    '❤️',
    'self-forgiveness',
  ];
  for (const text of typed) {
    await search(page, text);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const found = await results(page).count();
    const nothing = await page.getByText(/^Nothing found for/).count();
    expect(found + nothing, `results or "nothing found" for ${text}`).toBeGreaterThan(0);
  }
  for (const text of ['难过', 'مرحبا', 'שלום', '❤️', 'self-forgiveness', 'forg*']) {
    await search(page, text);
    await expect(results(page), text).toHaveCount(1);
  }
});

test('ten thousand entries: the DOM stays small and the oldest can be reached by scrolling', async ({
  mend,
}) => {
  const { page } = mend;
  const start = Date.UTC(2025, 11, 31);
  const entries = Array.from({ length: 10_000 }, (_, i) => {
    const date = new Date(start - i * 86_400_000).toISOString().slice(0, 10);
    return {
      date,
      title: i === 9_999 ? 'The very first entry' : `Day ${10_000 - i}`,
      body: `Entry number ${10_000 - i}. Some words about the day.`,
      tags: i % 10 === 0 ? ['tenth'] : [],
      stepId: null,
    };
  });
  mend.mend.journal.insertMany(entries);
  await openJournal(page);
  await expect(entryCount(page)).toHaveText('10000 entries');
  const rows = page.locator('.timeline-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(200);

  const timeline = page.getByTestId('timeline');
  const oldest = timelineLinks(page).filter({ hasText: 'The very first entry' });
  for (let step = 0; step < 400 && (await oldest.count()) === 0; step++) {
    await timeline.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.waitForTimeout(25);
  }
  await expect(oldest).toBeVisible();
  expect(await rows.count()).toBeLessThan(200);
  await oldest.click();
  await expect(title(page)).toHaveValue('The very first entry');
});

test('the trash restores an entry, and emptying it erases for good', async ({ mend }) => {
  const { page } = mend;
  const [keepId, eraseId] = mend.mend.journal.insertMany([
    { date: '2024-02-01', title: 'Keep me', body: 'kept words', tags: [], stepId: null },
    { date: '2024-02-02', title: 'Erase me', body: 'erased words', tags: [], stepId: null },
  ]);
  mend.mend.journal.trash(keepId ?? 0);
  mend.mend.journal.trash(eraseId ?? 0);
  await openJournal(page);
  await page.getByRole('link', { name: 'Trash' }).click();
  const trashList = page.getByRole('list', { name: 'Deleted entries' });
  await expect(trashList.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('Deleted entries stay here for 30 days')).toBeVisible();

  await trashList
    .getByRole('listitem')
    .filter({ hasText: 'Keep me' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(title(page)).toHaveValue('Keep me');
  await expect(entryCount(page)).toHaveText('1 entry');

  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Empty the trash' }).click();
  await page.getByRole('button', { name: 'Erase for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect(mend.mend.journal.trashList()).toEqual([]);
  expect(mend.mend.journal.search({ text: 'erased', after: null, limit: 10 }).hits).toEqual([]);
});
