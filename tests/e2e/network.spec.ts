import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'locked' } });

/** Every screen of the app, as the hash router knows them (src/renderer/src/shell/routes.tsx). */
const SCREENS = [
  { hash: '', heading: /./ },
  { hash: 'checkin', heading: /./ },
  { hash: 'program', heading: /./ },
  { hash: 'program/step/bt-1-honesty', heading: /./ },
  { hash: 'journal', heading: /./ },
  { hash: 'settings', heading: 'Settings' },
  { hash: 'export', heading: 'Export' },
];

test('a walk through every screen makes no request outside the app origin', async ({ mend }) => {
  const { page } = mend;
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill('quiet river morning 42');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  const base = page.url().split('#')[0] ?? '';
  for (const screen of SCREENS) {
    await page.goto(`${base}#/${screen.hash}`);
    await expect(page.getByRole('heading', { name: screen.heading }).first()).toBeVisible();
  }
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();

  // The page really loaded its assets through the recorder, and none left the origin.
  expect(mend.requests.length).toBeGreaterThan(2);
  expect(mend.offOriginRequests()).toEqual([]);
});
