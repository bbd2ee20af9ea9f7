import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';
import { createFakeMinimizer, type FakeMinimizer } from '../../harness/fakes';

/** "Lock and hide" through the real dispatcher: locked at once, then the window minimised. */
describe('app.lockAndHide', () => {
  let dir: TempDir;
  let mend: Mend;
  let minimizer: FakeMinimizer;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  beforeEach(async () => {
    minimizer = createFakeMinimizer();
    ({ dir, mend } = await openTestVault({ windowMinimizer: minimizer }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('locks with no grace period and asks the window to minimise', async () => {
    const locked: unknown[] = [];
    mend.bus.connect((name) => locked.push(name));
    expect(await call('app.lockAndHide')).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(minimizer.calls).toBe(1);
    expect(locked).toContain('vault.locked');
    expect(await call('journal.list', { filter: {}, limit: 1 })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it('still locks when the window will not minimise', async () => {
    await mend.dispose();
    mend = await createTestMend(dir.path, {
      windowMinimizer: {
        minimize: () => {
          throw new Error('no window');
        },
      },
    });
    await call('vault.unlock', { method: 'passphrase', secret: 'quiet river morning 42' });
    expect(await call('app.lockAndHide')).toMatchObject({ ok: true, value: { state: 'locked' } });
  });
});
