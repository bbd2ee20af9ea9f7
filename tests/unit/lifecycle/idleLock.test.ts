import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { MAIN_LOCK_MARGIN_MS } from '../../../src/main/lifecycle/idleLock';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { createFakeTimers, type FakeTimers } from '../../harness/fakeTimers';

/**
 * Item 4 (issue 16): main enforces the auto-lock. The window reports activity; main locks
 * when it stops hearing for the period, and at once when the window is lost. Through the
 * real createMend and vault, with a fake clock.
 */

const MINUTE = 60_000;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let mend: Mend;
let clock: FakeTimers;
const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
/** The lock runs in the vault's queue; a status call queues behind it. */
const settled = async () => {
  await call('vault.status');
};

beforeEach(async () => {
  temp = await makeTempDir('mend-idle-');
  clock = createFakeTimers();
  mend = await createTestMend(temp.path, { timers: clock });
  await setUpVault(mend);
});
afterEach(async () => {
  await mend.dispose();
  await temp.remove();
});

describe('main’s auto-lock', () => {
  it('locks when the window stops reporting activity for the period (5 minutes by default)', async () => {
    clock.advance(5 * MINUTE + MAIN_LOCK_MARGIN_MS - 1);
    await settled();
    expect(mend.vault.isUnlocked()).toBe(true);
    clock.advance(1);
    await settled();
    expect(mend.vault.isUnlocked()).toBe(false);
  });

  it('stays open while activity keeps coming, and locks a period after the last', async () => {
    for (let i = 0; i < 20; i += 1) {
      clock.advance(MINUTE);
      expect(await call('app.activity')).toEqual({ ok: true, value: null });
    }
    await settled();
    expect(mend.vault.isUnlocked()).toBe(true);
    clock.advance(5 * MINUTE + MAIN_LOCK_MARGIN_MS);
    await settled();
    expect(mend.vault.isUnlocked()).toBe(false);
  });

  it('follows the setting: 1 minute, then never', async () => {
    await call('settings.update', { autoLockMinutes: 1 });
    clock.advance(MINUTE + MAIN_LOCK_MARGIN_MS);
    await settled();
    expect(mend.vault.isUnlocked()).toBe(false);

    await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    await call('settings.update', { autoLockMinutes: null });
    clock.advance(24 * 60 * MINUTE);
    await settled();
    expect(mend.vault.isUnlocked()).toBe(true);
    expect(clock.pending()).toBe(0);
  });

  it('counts the unlock as activity: a journal unlocked after a long locked time is not locked at once', async () => {
    await call('vault.lock', { reason: 'manual' });
    clock.advance(60 * MINUTE);
    await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    clock.advance(4 * MINUTE);
    await settled();
    expect(mend.vault.isUnlocked()).toBe(true);
    clock.advance(MINUTE + MAIN_LOCK_MARGIN_MS);
    await settled();
    expect(mend.vault.isUnlocked()).toBe(false);
  });

  it('locks at once when the window’s process is gone or stops responding', async () => {
    mend.windowLost();
    await settled();
    expect(mend.vault.isUnlocked()).toBe(false);
  });

  it('activity while locked changes nothing', async () => {
    await call('vault.lock', { reason: 'manual' });
    expect(await call('app.activity')).toEqual({ ok: true, value: null });
    clock.advance(30 * MINUTE);
    await settled();
    expect(mend.vault.isUnlocked()).toBe(false);
  });
});

describe('the remembered check-in track', () => {
  it('lives in main, survives a lock, and is refused while locked', async () => {
    expect(await call('tracker.rememberedTrack')).toEqual({ ok: true, value: null });
    expect(await call('tracker.rememberTrack', { track: 'was-hurt' })).toEqual({ ok: true, value: null });
    await call('vault.lock', { reason: 'manual' });
    expect(await call('tracker.rememberedTrack')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('tracker.rememberTrack', { track: 'broke-trust' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    expect(await call('tracker.rememberedTrack')).toEqual({ ok: true, value: 'was-hurt' });
    expect(await call('tracker.rememberTrack', { track: 'nobody' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
