import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { ALLOWED_WHILE_LOCKED } from '../../../src/main/vault/lockedChannels';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { createTestMend, makeTempDir, setUpVault, trustedSender } from '../../harness/core';
import { createFakeKeychain } from '../../harness/fakes';
import { CHANNEL_SAMPLES } from '../reliability/channelSamples';

/**
 * L4: while locked, only what a locked person needs is allowed (the list in
 * lockedChannels.ts and docs/security.md); every other channel answers LOCKED, with a valid
 * input, before any service runs. One row per channel, so a new channel is judged from day one.
 */
describe('a locked Mend', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;
  const keychain = createFakeKeychain();
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  beforeAll(async () => {
    dir = await makeTempDir();
    mend = await createTestMend(dir.path, { keychain });
    await setUpVault(mend);
    expect(await call('vault.enableKeychain', { passphrase: 'quiet river morning 42' })).toMatchObject({ ok: true });
    await call('vault.lock', { reason: 'manual' });
  });
  afterAll(async () => {
    await mend.dispose();
    await dir.remove();
  });

  it('vault.disableKeychain is refused and the remembered key stays', async () => {
    expect(await call('vault.disableKeychain')).toMatchObject({ error: { code: 'LOCKED' } });
    expect(await call('vault.keychainStatus')).toMatchObject({ value: { enabled: true } });
  });

  it('settings: the look may change, the protection may not', async () => {
    expect(await call('settings.update', { theme: 'dark' })).toMatchObject({ ok: true });
    // Which country's helplines the safety page shows is a look, not a protection.
    expect(await call('settings.update', { helplineCountry: 'AU' })).toMatchObject({ ok: true });
    for (const patch of [{ autoLockMinutes: null }, { screenCaptureProtection: false }, { hideWhenInactive: false }]) {
      expect(await call('settings.update', patch), JSON.stringify(patch)).toMatchObject({ error: { code: 'LOCKED' } });
    }
    expect(await call('settings.update', { theme: 'light', autoLockMinutes: null })).toMatchObject({
      error: { code: 'LOCKED' },
    });
    expect(await call('settings.get')).toMatchObject({ value: { autoLockMinutes: 5, screenCaptureProtection: true } });
  });

  // The chooser's rows (leave, create) change which journal is open: they come last.
  const order = [...CHANNELS].sort((a, b) => Number(a.startsWith('journals.')) - Number(b.startsWith('journals.')));
  for (const channel of order) {
    const allowed = ALLOWED_WHILE_LOCKED.has(channel);
    it(`${channel}: ${allowed ? 'allowed' : 'LOCKED'}`, async () => {
      const input = CHANNEL_SAMPLES[channel][0];
      const result = await call(channel, input);
      if (allowed) {
        expect(result, channel).not.toMatchObject({ error: { code: 'LOCKED' } });
      } else {
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      }
      if (channel === 'vault.unlockWithKeychain') {
        // The one way in without typing: the remembered key (enabled above).
        expect(result).toMatchObject({ ok: true, value: { state: 'unlocked' } });
        await call('vault.lock', { reason: 'manual' });
      }
      // Whatever else was asked, nothing unlocked the journal.
      expect(mend.vault.isUnlocked()).toBe(false);
    });
  }

});
