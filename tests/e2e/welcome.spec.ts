import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { launchMend } from '../harness/launchMend';
import { packageVersion, RESOURCES_DIR } from '../harness/core';

test.use({ mendOptions: { vault: 'unlocked' } });

test('content from resources/ reaches the screens through the dispatcher; the version is in Settings', async ({
  mend,
}) => {
  const { page } = mend;
  const program = JSON.parse(await readFile(join(RESOURCES_DIR, 'content/en/program.json'), 'utf8')) as {
    tracks: { id: string; title: string }[];
  };
  await page.goto(`${new URL(page.url()).origin}/index.html#/program/start`);
  for (const track of program.tracks) {
    await expect(page.getByText(track.title, { exact: true }).first()).toBeVisible();
  }
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText(`Mend version ${await packageVersion()}`)).toBeVisible();
});

test('the page sees only named functions, never an IPC object', async ({ mend }) => {
  const keys = await mend.page.evaluate(() => {
    const api = (window as unknown as { mend: Record<string, unknown> }).mend;
    return Object.keys(api).map((key) => [key, typeof api[key]]);
  });
  expect(keys.length).toBeGreaterThan(1);
  for (const [, type] of keys) expect(type).toBe('function');
  expect(keys.map(([key]) => key)).not.toContain('ipcRenderer');
});

test('a malformed call from the page gets a typed error, not a crash', async ({ mend }) => {
  const result = await mend.page.evaluate(() =>
    (window as unknown as { mend: { 'app.info': (i: unknown) => Promise<unknown> } }).mend['app.info']({
      bad: 1,
    }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
});

test('the harness sees and blocks a request that leaves the app origin', async () => {
  const session = await launchMend();
  try {
    const loaded = await session.page.evaluate(async () => {
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.png';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return img.naturalWidth > 0;
    });
    expect(loaded).toBe(false);
    // A top-level navigation is not covered by the CSP, so it reaches the router: recorded, aborted.
    await session.page.evaluate(() => {
      window.location.href = 'https://tracker.example/leak?x=1';
    });
    await expect.poll(() => session.offOriginRequests()).toContain('https://tracker.example/leak?x=1');
  } finally {
    await session.close();
  }
});
