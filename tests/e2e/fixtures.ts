import { test as base, expect } from '@playwright/test';
import { launchMend, type LaunchOptions, type MendSession } from '../harness/launchMend';

interface Fixtures {
  /** A fresh Mend over a temp data folder. Fails the test if the page tried to leave the app origin. */
  mend: MendSession;
  mendOptions: LaunchOptions;
}

export const test = base.extend<Fixtures>({
  mendOptions: [{}, { option: true }],
  mend: async ({ mendOptions }, use) => {
    const session = await launchMend(mendOptions);
    try {
      await use(session);
      expect(session.offOriginRequests(), 'requests that left the app origin').toEqual([]);
      expect(session.cspViolations, 'what the Content Security Policy refused').toEqual([]);
    } finally {
      await session.close();
    }
  },
});

export { expect };
