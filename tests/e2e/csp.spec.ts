import { expect, test } from '@playwright/test';
import { APP_CSP } from '../../src/main/security/appHeaders';
import { launchMend } from '../harness/launchMend';

/**
 * L7 (issue 16): the window runs under default-src 'none' plus what it needs, sent as a
 * header too. Every e2e test fails on a CSP violation (tests/e2e/fixtures.ts); this one shows
 * that check can fail, and that the app works under the policy.
 */
test('the app runs under its CSP header with no violation; a forbidden load is refused and reported', async () => {
  const session = await launchMend({ vault: 'locked' });
  try {
    const { page } = session;
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(APP_CSP);
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    expect(session.cspViolations).toEqual([]);

    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(image);
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.append(style);
    });
    await expect.poll(() => session.cspViolations.map((violation) => violation.split(' ')[0])).toEqual(
      expect.arrayContaining(['img-src', 'style-src-elem']),
    );
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  } finally {
    await session.close();
  }
});
