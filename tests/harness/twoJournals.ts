import { randomBytes } from 'node:crypto';
import type { Mend } from '../../src/main/createMend';
import { setUpVault, trustedSender } from './core';

export const PASSPHRASE_A = 'quiet river morning 42';
export const PASSPHRASE_B = 'lantern over the hill 77';

export interface TwoJournals {
  a: { id: string; canary: string; recoveryKey: string; dir: string };
  b: { id: string; canary: string; recoveryKey: string; dir: string };
}

type Call = (channel: string, input?: unknown) => Promise<unknown>;

/** Calls a channel and returns its value, failing loudly on an error envelope. */
export function caller(mend: Mend): Call {
  return async (channel, input) => {
    const result = await mend.dispatch(channel, input, trustedSender);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}

/** Writes an entry, a step note and a check-in carrying `canary`, and changes a setting. */
async function writeEverywhere(call: Call, canary: string): Promise<void> {
  await call('journal.create', { title: `Title ${canary}`, body: `Body ${canary}`, tags: [canary.slice(0, 20)] });
  await call('program.chooseTracks', { tracks: ['was-hurt'] });
  await call('backup.now');
}

/**
 * Two journals in one data folder, each set up through the channels as a person would (the
 * second from the lock screen of the first), each with its own canary written everywhere.
 * Leaves B open and A locked.
 */
export async function setUpTwoJournals(mend: Mend): Promise<TwoJournals> {
  const call = caller(mend);
  const canaryA = `canary-a-${randomBytes(8).toString('hex')}`;
  const canaryB = `canary-b-${randomBytes(8).toString('hex')}`;
  const recoveryA = await setUpVault(mend, PASSPHRASE_A);
  await writeEverywhere(call, canaryA);
  await call('settings.update', { theme: 'dark' });
  const dirA = mend.vault.paths.dir;
  await mend.backups.whenIdle();
  await call('vault.lock', { reason: 'manual' });
  const listA = (await call('journals.list')) as { current: { id: string } };

  await call('journals.create', { name: 'Second' });
  const recoveryB = await setUpVault(mend, PASSPHRASE_B);
  await writeEverywhere(call, canaryB);
  await call('settings.update', { autoLockMinutes: 30 });
  await mend.backups.whenIdle();
  const listB = (await call('journals.list')) as { current: { id: string } };
  return {
    a: { id: listA.current.id, canary: canaryA, recoveryKey: recoveryA, dir: dirA },
    b: { id: listB.current.id, canary: canaryB, recoveryKey: recoveryB, dir: mend.vault.paths.dir },
  };
}
