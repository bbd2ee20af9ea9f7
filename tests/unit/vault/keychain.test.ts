import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import type { BackupOverview } from '../../../src/shared/ipc/contract';
import { createTestMend, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';
import { createFakeKeychain, type FakeKeychain } from '../../harness/fakes';

describe('remember on this computer (OS keychain)', () => {
  let dir: TempDir;
  let mend: Mend;
  let keychain: FakeKeychain;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const keyFileJson = async () =>
    JSON.parse(await readFile(mend.vault.paths.keyFile, 'utf8')) as Record<string, unknown>;

  beforeEach(async () => {
    keychain = createFakeKeychain();
    ({ dir, mend } = await openTestVault({ keychain }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('needs the passphrase to turn on, then opens Mend without it', async () => {
    expect(await call('vault.keychainStatus')).toEqual({ ok: true, value: { available: true, enabled: false } });
    expect(await call('vault.enableKeychain', { passphrase: 'not it at all' })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.enableKeychain', { passphrase: TEST_PASSPHRASE })).toEqual({
      ok: true,
      value: { available: true, enabled: true },
    });
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlockWithKeychain')).toMatchObject({
      value: { state: 'unlocked', unlockedWith: 'keychain' },
    });
  });

  it('is never the only way in: a keychain that fails sends the person to the passphrase', async () => {
    await call('vault.enableKeychain', { passphrase: TEST_PASSPHRASE });
    await call('vault.lock', { reason: 'manual' });
    keychain.broken = true;
    expect(await call('vault.unlockWithKeychain')).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET', detail: { keychain: true } },
    });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'locked', retryAfterSeconds: 0 } });
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
    });
  });

  it('a keychain handing back the wrong bytes is caught, not used as a key', async () => {
    await call('vault.enableKeychain', { passphrase: TEST_PASSPHRASE });
    await call('vault.lock', { reason: 'manual' });
    const other = createFakeKeychain();
    keychain.decrypt = (blob) => other.encrypt(blob).subarray(16, 48);
    expect(await call('vault.unlockWithKeychain')).toMatchObject({ error: { code: 'WRONG_SECRET' } });
    expect(mend.vault.isUnlocked()).toBe(false);
  });

  it('is not offered where the keychain does not protect it (Linux basic_text)', async () => {
    keychain.protected = false;
    expect(await call('vault.keychainStatus')).toEqual({ ok: true, value: { available: false, enabled: false } });
    expect(await call('vault.enableKeychain', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect((await keyFileJson())['keychain']).toBeUndefined();
  });

  it('turning it off removes the blob; backups never carry it', async () => {
    await call('vault.enableKeychain', { passphrase: TEST_PASSPHRASE });
    expect((await keyFileJson())['keychain']).toMatchObject({ blob: expect.any(String) });
    const made = await call('backup.now');
    const id = (made.ok ? (made.value as BackupOverview).backups[0]?.id : undefined) ?? '';
    const copy = JSON.parse(
      await readFile(join(mend.vault.paths.backups, id, 'journal.mend.key'), 'utf8'),
    ) as Record<string, unknown>;
    expect(copy['keychain']).toBeUndefined();
    expect(copy['passphrase']).toEqual((await keyFileJson())['passphrase']);

    expect(await call('vault.disableKeychain')).toEqual({ ok: true, value: { available: true, enabled: false } });
    expect((await keyFileJson())['keychain']).toBeUndefined();
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlockWithKeychain')).toMatchObject({ error: { code: 'WRONG_SECRET' } });
  });

  it('without any keychain (tests, or a system without one) it is simply not available', async () => {
    const plain = await createTestMend(dir.path);
    try {
      expect(await plain.dispatch('vault.keychainStatus', undefined, trustedSender)).toEqual({
        ok: true,
        value: { available: false, enabled: false },
      });
    } finally {
      await plain.dispose();
    }
  });
});
