import { existsSync } from 'node:fs';
import { MendError } from '@shared/errors';
import type { UnlockedWith } from '@shared/ipc/contracts/vault';
import { openDatabase, verifyDatabase, type Db } from '../db/openDatabase';
import { databaseLooksIntact, markClosed, markOpen, walMissing, walUnreadable } from './damageProbe';
import type { KeyFile } from './keyFile';
import { refuseLinkedFiles } from './linkedFiles';
import { wipe } from './secretBytes';
import type { VaultPaths } from './vaultPaths';

export interface Unlocked {
  db: Db;
  /** The only long-lived copy of the data key in Mend; zeroed when the session closes. */
  dataKey: Buffer;
  unlockedWith: UnlockedWith;
  /** A recovery key shown but not yet confirmed, held in memory only (wiped at lock). */
  pendingRecovery: PendingRecovery | null;
}

/**
 * What confirming a shown recovery key completes:
 * - `setup`: the key made with the vault (already in the key file);
 * - `replace`: a new key for the same data key, written only once confirmed, so the old one
 *   (the paper in the drawer) keeps working if the person abandons the step;
 * - `rotation`: a new data key for the journal, with its new passphrase wrap, used only once
 *   the new recovery key is confirmed (see keyRotation.ts).
 */
export type PendingRecovery =
  | { kind: 'setup' | 'replace'; key: Buffer; confirmGroups: number[] }
  | {
      kind: 'rotation';
      key: Buffer;
      confirmGroups: number[];
      dataKey: Buffer;
      passphraseWrap: KeyFile['passphrase'];
    };

/** Zeroes the key material a pending recovery key holds. */
export function wipePending(pending: PendingRecovery | null): void {
  if (pending === null) return;
  wipe(pending.key);
  if (pending.kind === 'rotation') wipe(pending.dataKey);
}

/** Listeners told right before the database closes, so they can flush unsaved work. */
export type BeforeLockListener = (db: Db) => void;

export interface SessionHolder {
  current(): Unlocked | null;
  /** The session; throws LOCKED when the vault is not unlocked. */
  require(): Unlocked;
  /**
   * Opens the journal with `dataKey` (which the session then owns). An existing file is
   * first read in full, read-only, so damage is found before anything writes to it.
   */
  open(dataKey: Buffer, unlockedWith: UnlockedWith, create: boolean): void;
  /** Empties the WAL into the database, closes it and zeroes every key buffer. */
  close(): void;
  onBeforeLock(listener: BeforeLockListener): () => void;
}

export function createSessionHolder(paths: VaultPaths): SessionHolder {
  let session: Unlocked | null = null;
  const beforeLock = new Set<BeforeLockListener>();

  return {
    current: () => session,
    require() {
      if (session === null) throw new MendError('LOCKED', 'The journal is locked.');
      return session;
    },
    open(dataKey, unlockedWith, create) {
      refuseLinkedFiles(paths);
      if (!create) {
        if (!existsSync(paths.database)) throw new MendError('NO_VAULT', 'The journal file is missing.');
        // A zero-byte or cut-off file would otherwise open as a new, empty journal.
        if (!databaseLooksIntact(paths.database)) {
          throw new MendError('DAMAGED', 'The journal file looks damaged.', { file: 'database' });
        }
        if (walMissing(paths) || walUnreadable(paths)) {
          throw new MendError('DAMAGED', 'The newest part of the journal is missing.', { file: 'wal' });
        }
        verifyDatabase(paths.database, dataKey);
      }
      const db = openDatabase(paths.database, dataKey, { create });
      try {
        markOpen(paths);
      } catch (error) {
        db.close();
        throw error;
      }
      session = { db, dataKey, unlockedWith, pendingRecovery: null };
    },
    close() {
      if (session === null) return;
      const current = session;
      session = null;
      for (const listener of beforeLock) {
        try {
          listener(current.db);
        } catch {
          // A listener's failure must never keep the journal open.
        }
      }
      try {
        // Only once the WAL is empty may the marker go: from then on the database file alone
        // holds everything, so a missing WAL after this point loses nothing.
        const [result] = current.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (result?.busy === 0) markClosed(paths);
      } catch {
        // Keep the marker: the WAL may still hold committed changes.
      } finally {
        current.db.close();
        wipe(current.dataKey);
        wipePending(current.pendingRecovery);
      }
    },
    onBeforeLock(listener) {
      beforeLock.add(listener);
      return () => beforeLock.delete(listener);
    },
  };
}
