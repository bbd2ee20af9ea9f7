import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'unlocked' } });

test('a path card toggles from anywhere on it, not only from its title', async ({ mend }) => {
  const { page } = mend;
  await page.getByRole('link', { name: 'Choose your path' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your path' })).toBeFocused();
  const card = page.locator('.path-choice[data-track="broke-trust"]');
  const box = card.getByRole('checkbox');
  await expect(box).not.toBeChecked();
  // The tagline, then an empty corner of the card.
  await card.locator('p').click();
  await expect(box).toBeChecked();
  await card.click({ position: { x: 4, y: 4 } });
  await expect(box).not.toBeChecked();
  // The title and the box still toggle once each (no double toggle).
  await card.locator('label').click();
  await expect(box).toBeChecked();
  await box.click();
  await expect(box).not.toBeChecked();
});
