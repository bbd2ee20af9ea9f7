import { randomInt, timingSafeEqual } from 'node:crypto';
import { MendError } from '@shared/errors';
import type { RecoveryKeyShown, TypedGroup } from '@shared/ipc/contract';
import type { Db } from '../db/openDatabase';
import type { Argon2Params } from './kdf';
import { readKeyFile, wrapWithRecoveryKey, writeKeyFile } from './keyFile';
import { prepareRotation, rotateOpenJournal } from './keyRotation';
import { foldTyped, formatRecoveryKey, generateRecoveryKey, RECOVERY_GROUPS } from './recoveryKey';
import type { VaultContext } from './vaultService';
import { requirePassphrase } from './vaultSecrets';
import { wipePending, type PendingRecovery } from './vaultSession';

export const SETUP_COMPLETE = 'setup_complete';

export function pickConfirmGroups(): number[] {
  const first = randomInt(1, RECOVERY_GROUPS + 1);
  let second = randomInt(1, RECOVERY_GROUPS);
  if (second >= first) second += 1;
  return [first, second].sort((a, b) => a - b);
}

export function setSetupComplete(db: Db, complete: boolean): void {
  db.prepare('INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)').run(SETUP_COMPLETE, complete ? '1' : '0');
}

export interface RecoveryKeyOps {
  /** Shows a new recovery key; nothing changes on disk until it is confirmed. */
  issue(passphrase: string): Promise<RecoveryKeyShown>;
  /**
   * Checks the typed groups; when right, completes what the key was shown for (see
   * PendingRecovery). Returns what was completed, or null when the groups did not match.
   */
  confirm(groups: readonly TypedGroup[]): Promise<PendingRecovery['kind'] | null>;
  /** Starts a change of passphrase with a new data key; nothing changes until confirmed. */
  beginRotation(current: string, next: string): Promise<RecoveryKeyShown>;
}

function shownFor(pending: PendingRecovery): RecoveryKeyShown {
  return { recoveryKey: formatRecoveryKey(pending.key), confirmGroups: pending.confirmGroups };
}

/**
 * The recovery key after setup: a new one, and the new one that comes with a new data key.
 * Both need the passphrase (every time, also while one is pending: someone at an open screen
 * must not take over the way back in), and both stay in memory until the person has typed
 * back two groups, so the key on paper keeps working if they stop half-way.
 */
export function createRecoveryKeyOps(context: VaultContext, argon2: Argon2Params): RecoveryKeyOps {
  const { paths, session, throttle } = context;

  function replacePending(next: PendingRecovery): RecoveryKeyShown {
    const current = session.require();
    wipePending(current.pendingRecovery);
    current.pendingRecovery = next;
    return shownFor(next);
  }

  return {
    async issue(passphrase) {
      session.require();
      await requirePassphrase(throttle, await readKeyFile(paths.keyFile), passphrase);
      return replacePending({ kind: 'replace', key: generateRecoveryKey(), confirmGroups: pickConfirmGroups() });
    },

    async beginRotation(currentPassphrase, next) {
      session.require();
      await requirePassphrase(throttle, await readKeyFile(paths.keyFile), currentPassphrase);
      const pending = await prepareRotation(next, argon2, pickConfirmGroups());
      if (session.current() === null) {
        // Locked while the new wrap was being made: the key material goes with the session.
        wipePending(pending);
        throw new MendError('LOCKED', 'The journal is locked.');
      }
      return replacePending(pending);
    },

    async confirm(groups) {
      const current = session.require();
      const pending = current.pendingRecovery;
      if (pending === null) throw new MendError('NOT_FOUND', 'There is no new recovery key to confirm.');
      const expected = formatRecoveryKey(pending.key).split('-');
      const asked = new Set(pending.confirmGroups);
      const answered = new Set(groups.map((group) => group.index));
      const allAsked = [...asked].every((index) => answered.has(index));
      const allRight = groups.every((group) => {
        const want = Buffer.from(expected[group.index - 1] ?? '', 'utf8');
        const got = Buffer.from(foldTyped(group.text), 'utf8');
        return asked.has(group.index) && want.length === got.length && timingSafeEqual(want, got);
      });
      if (!allAsked || !allRight) return null;
      const keyFile = await readKeyFile(paths.keyFile);
      if (pending.kind === 'replace') {
        await writeKeyFile(paths.keyFile, { ...keyFile, recovery: wrapWithRecoveryKey(current.dataKey, pending.key) });
      } else if (pending.kind === 'rotation') {
        await rotateOpenJournal(paths, current, keyFile, pending);
      }
      setSetupComplete(current.db, true);
      wipePending(pending);
      current.pendingRecovery = null;
      return pending.kind;
    },
  };
}
