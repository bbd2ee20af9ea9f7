import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import type { RecoveryKeyShown } from '../../../src/shared/ipc/contract';
import { recoveryAnswers, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestMend } from '../../harness/testVault';
import { createFakeKeychain } from '../../harness/fakes';

/**
 * L3: a new recovery key stays in memory until confirmed (the key on paper keeps working if
 * the person stops half-way); issuing one always needs the passphrase, also while one is
 * pending and when finishing an interrupted setup after a keychain unlock.
 */
describe('a new recovery key', () => {
  let dir: TempDir;
  let mend: Mend;
  const keychain = createFakeKeychain();
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const unlockWith = (method: 'passphrase' | 'recovery', secret: string) =>
    call('vault.unlock', { method, secret });
  const lock = () => call('vault.lock', { reason: 'manual' });

  beforeEach(async () => {
    ({ dir, mend } = await openTestMend({ keychain }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('is not written until confirmed: abandoned, the old key still opens and the new one never did', async () => {
    const oldKey = await setUpVault(mend);
    const keyFileBefore = await readFile(mend.vault.paths.keyFile, 'utf8');
    const issued = await call('vault.newRecoveryKey', { passphrase: TEST_PASSPHRASE });
    expect(issued).toMatchObject({ ok: true });
    const shown = (issued as { value: RecoveryKeyShown }).value;
    expect(await readFile(mend.vault.paths.keyFile, 'utf8')).toBe(keyFileBefore);
    await lock();
    expect(await unlockWith('recovery', shown.recoveryKey)).toMatchObject({ error: { code: 'WRONG_SECRET' } });
    expect(await unlockWith('recovery', oldKey)).toMatchObject({ ok: true, value: { setupComplete: true } });
  });

  it('once confirmed, the new key opens and the old one no longer does', async () => {
    const oldKey = await setUpVault(mend);
    const shown = ((await call('vault.newRecoveryKey', { passphrase: TEST_PASSPHRASE })) as { value: RecoveryKeyShown })
      .value;
    expect(await call('vault.confirmRecoveryKey', { groups: recoveryAnswers(shown) })).toEqual({
      ok: true,
      value: { confirmed: true, wrongGroups: [] },
    });
    await lock();
    expect(await unlockWith('recovery', oldKey)).toMatchObject({ error: { code: 'WRONG_SECRET' } });
    expect(await unlockWith('recovery', shown.recoveryKey)).toMatchObject({ ok: true });
  });

  it('needs the passphrase every time, also for a second request while one is pending', async () => {
    await setUpVault(mend);
    expect(await call('vault.newRecoveryKey', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await call('vault.newRecoveryKey', {})).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await call('vault.newRecoveryKey', { passphrase: 'not my passphrase' })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.newRecoveryKey', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true });
  });

  it('finishing an interrupted setup after a keychain unlock needs the passphrase', async () => {
    const created = await call('vault.create', { passphrase: TEST_PASSPHRASE });
    expect(created).toMatchObject({ ok: true });
    expect(await call('vault.enableKeychain', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true });
    await lock();
    expect(await call('vault.unlockWithKeychain')).toMatchObject({ ok: true, value: { setupComplete: false } });
    expect(await call('vault.newRecoveryKey', {})).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await call('vault.newRecoveryKey', { passphrase: 'someone guessing' })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    const issued = await call('vault.newRecoveryKey', { passphrase: TEST_PASSPHRASE });
    const shown = (issued as { value: RecoveryKeyShown }).value;
    expect(await call('vault.confirmRecoveryKey', { groups: recoveryAnswers(shown) })).toMatchObject({
      value: { confirmed: true, wrongGroups: [] },
    });
    expect(await call('vault.status')).toMatchObject({ value: { setupComplete: true } });
    await lock();
    expect(await unlockWith('recovery', shown.recoveryKey)).toMatchObject({ ok: true });
  });
});
