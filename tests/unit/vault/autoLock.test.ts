import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestMend } from '../../harness/testVault';
import { createFakePower, type FakePower } from '../../harness/fakes';

describe('locking on suspend and screen lock', () => {
  let dir: TempDir;
  let mend: Mend;
  let power: FakePower;
  let locks: unknown[];
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  beforeEach(async () => {
    power = createFakePower();
    ({ dir, mend } = await openTestMend({ power, powerLockGraceMs: 30 }));
    locks = [];
    mend.bus.connect((name, payload) => locks.push([name, payload]));
    await setUpVault(mend);
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  const settle = async () => {
    // Main waits the grace period for the window, then locks in the vault's queue; a status
    // call queues behind it.
    await new Promise((resolve) => setTimeout(resolve, 60));
    await call('vault.status');
  };

  it('locks at once when the computer suspends, without asking or waiting for the window', async () => {
    power.emit('suspend');
    // No grace: the lock is queued before anything else can run.
    await call('vault.status');
    expect(mend.vault.isUnlocked()).toBe(false);
    expect(locks).toEqual([['vault.locked', { reason: 'suspend' }]]);
  });

  it('on screen lock, asks the window first, and locks anyway after the grace', async () => {
    power.emit('lock-screen');
    expect(locks).toEqual([['vault.lockRequested', { reason: 'screen-lock' }]]);
    expect(mend.vault.isUnlocked()).toBe(true);
    await settle();
    expect(mend.vault.isUnlocked()).toBe(false);
    expect(locks).toEqual([
      ['vault.lockRequested', { reason: 'screen-lock' }],
      ['vault.locked', { reason: 'screen-lock' }],
    ]);
  });

  it('a window that locks itself in time on screen lock leaves main nothing to do', async () => {
    power.emit('lock-screen');
    await call('vault.lock', { reason: 'screen-lock' });
    await settle();
    expect(locks).toEqual([
      ['vault.lockRequested', { reason: 'screen-lock' }],
      ['vault.locked', { reason: 'screen-lock' }],
    ]);
  });

  it('a fallback lock never closes the session unlocked after the window locked itself', async () => {
    power.emit('lock-screen');
    await call('vault.lock', { reason: 'screen-lock' });
    await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    await settle();
    expect(mend.vault.isUnlocked()).toBe(true);
  });

  it('an event while locked changes nothing', async () => {
    await call('vault.lock', { reason: 'manual' });
    locks = [];
    power.emit('suspend');
    await settle();
    expect(locks).toEqual([]);
  });

  it('stops listening when Mend shuts down', async () => {
    expect(power.listenerCount()).toBe(2);
    await mend.dispose();
    expect(power.listenerCount()).toBe(0);
    mend = await createTestMend(dir.path);
  });
});
