import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'unlocked' } });

test('settings: the colour theme and text size apply at once and are saved', async ({ mend }) => {
  const { page } = mend;
  await page.goto(`${new URL(page.url()).origin}/index.html#/settings`);
  await expect(page.getByRole('heading', { name: 'Appearance' })).toBeVisible();
  // The choice is saved in main and comes back as `settings.changed`; click, then wait.
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('radio', { name: 'Larger' }).click();
  await expect(page.locator('html')).toHaveClass(/text-size-larger/);
  expect(await mend.mend.settings.get()).toMatchObject({ theme: 'dark', textSize: 'larger' });
});

test('settings: the privacy-on-screen choices are saved', async ({ mend }) => {
  const { page } = mend;
  await page.goto(`${new URL(page.url()).origin}/index.html#/settings`);
  const hide = page.getByRole('checkbox', { name: 'Hide Mend when you switch to another window' });
  await expect(hide).not.toBeChecked();
  await hide.click();
  await expect(hide).toBeChecked();
  await expect.poll(async () => (await mend.mend.settings.get()).hideWhenInactive).toBe(true);
  const capture = page.getByRole('checkbox', { name: 'Keep Mend out of screenshots and screen sharing' });
  await capture.click();
  await expect(capture).not.toBeChecked();
  await expect.poll(async () => (await mend.mend.settings.get()).screenCaptureProtection).toBe(false);
});

test("the menu's search command opens the journal with the search box focused", async ({ mend }) => {
  const { page } = mend;
  await page.goto(`${new URL(page.url()).origin}/index.html#/journal/search`);
  await expect(
    page
      .getByRole('searchbox', { name: 'Search the journal and step notes' })
      .or(page.getByLabel('Search the journal and step notes')),
  ).toBeFocused();
});
