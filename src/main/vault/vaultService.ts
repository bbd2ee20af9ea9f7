import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { MendError } from '../../shared/errors';
import type { LockReason, RecoveryKeyShown, VaultStatus } from '../../shared/ipc/contract';
import { openDatabase, type Db } from '../db/openDatabase';
import type { EventBus } from '../ipc/eventBus';
import { DEFAULT_ARGON2, MIN_ARGON2_MEMORY_KIB, type Argon2Params } from './kdf';
import {
  readKeyFile,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
  writeKeyFile,
  type KeyFile,
} from './keyFile';
import { foldTyped, formatRecoveryKey, generateRecoveryKey, parseRecoveryKey, RECOVERY_GROUPS } from './recoveryKey';
import { wipe } from './secretBytes';
import { createUnlockThrottle } from './unlockThrottle';
import { vaultPaths, type VaultPaths } from './vaultPaths';

export interface VaultOptions {
  dataDir: string;
  bus: EventBus;
  argon2?: Argon2Params;
  now?: () => number;
}

interface Unlocked {
  db: Db;
  dataKey: Buffer;
  unlockedWith: 'passphrase' | 'recovery';
  /** The recovery key shown at setup, held in memory only until the person confirms it. */
  pendingRecovery: { key: Buffer; confirmGroups: number[] } | null;
}

/** Listeners told right before the database closes, so they can flush unsaved work. */
export type BeforeLockListener = (db: Db) => void;

export interface VaultService {
  paths: VaultPaths;
  status(): Promise<VaultStatus>;
  create(passphrase: string): Promise<RecoveryKeyShown>;
  unlock(method: 'passphrase' | 'recovery', secret: string): Promise<VaultStatus>;
  lock(reason: LockReason): Promise<VaultStatus>;
  confirmRecoveryKey(groups: { index: number; text: string }[]): Promise<boolean>;
  newRecoveryKey(passphrase: string | undefined): Promise<RecoveryKeyShown>;
  changePassphrase(current: string, next: string): Promise<void>;
  resetPassphrase(next: string): Promise<VaultStatus>;
  /** The open database; throws LOCKED when the vault is not unlocked. */
  db(): Db;
  isUnlocked(): boolean;
  onBeforeLock(listener: BeforeLockListener): () => void;
  dispose(): Promise<void>;
}

const SETUP_COMPLETE = 'setup_complete';

function pickConfirmGroups(): number[] {
  const first = randomInt(1, RECOVERY_GROUPS + 1);
  let second = randomInt(1, RECOVERY_GROUPS);
  if (second >= first) second += 1;
  return [first, second].sort((a, b) => a - b);
}

export function createVaultService(options: VaultOptions): VaultService {
  const paths = vaultPaths(options.dataDir);
  const argon2 = options.argon2 ?? DEFAULT_ARGON2;
  if (argon2.memoryKiB < MIN_ARGON2_MEMORY_KIB) throw new Error('Argon2 memory below the 64 MiB floor');
  const now = options.now ?? Date.now;
  const throttle = createUnlockThrottle(paths.throttle, now);
  const beforeLock = new Set<BeforeLockListener>();
  let session: Unlocked | null = null;
  // One operation at a time: an unlock racing a lock must not leave a half-open vault.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  function setupComplete(db: Db): boolean {
    const row = db.prepare('SELECT value FROM vault_meta WHERE key = ?').get(SETUP_COMPLETE) as
      | { value: string }
      | undefined;
    return row?.value === '1';
  }

  async function status(): Promise<VaultStatus> {
    const retryAfterSeconds = Math.ceil((await throttle.waitMs()) / 1000);
    if (session !== null) {
      return {
        state: 'unlocked',
        setupComplete: setupComplete(session.db),
        unlockedWith: session.unlockedWith,
        damage: null,
        retryAfterSeconds: 0,
      };
    }
    const hasKey = existsSync(paths.keyFile);
    const hasDb = existsSync(paths.database);
    const base = { setupComplete: false, unlockedWith: null, retryAfterSeconds } as const;
    if (!hasKey && !hasDb) return { ...base, state: 'none', damage: null };
    if (!hasKey) return { ...base, state: 'damaged', damage: { file: 'key' } };
    if (!hasDb) return { ...base, state: 'damaged', damage: { file: 'database' } };
    try {
      await readKeyFile(paths.keyFile);
    } catch (error) {
      if (error instanceof MendError && error.code === 'DAMAGED') {
        return { ...base, state: 'damaged', damage: { file: 'key' } };
      }
      throw error;
    }
    return { ...base, state: 'locked', damage: null };
  }

  function openWith(dataKey: Buffer, unlockedWith: Unlocked['unlockedWith'], create: boolean): void {
    const db = openDatabase(paths.database, dataKey, { create });
    session = { db, dataKey, unlockedWith, pendingRecovery: null };
  }

  function requireSession(): Unlocked {
    if (session === null) throw new MendError('LOCKED', 'The journal is locked.');
    return session;
  }

  function closeSession(): void {
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
    current.db.close();
    wipe(current.dataKey, current.pendingRecovery?.key);
  }

  async function issueRecoveryKey(current: Unlocked, keyFile: KeyFile): Promise<RecoveryKeyShown> {
    const recovery = generateRecoveryKey();
    await writeKeyFile(paths.keyFile, { ...keyFile, recovery: wrapWithRecoveryKey(current.dataKey, recovery) });
    wipe(current.pendingRecovery?.key);
    const confirmGroups = pickConfirmGroups();
    current.pendingRecovery = { key: recovery, confirmGroups };
    current.db.prepare('INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)').run(SETUP_COMPLETE, '0');
    return { recoveryKey: formatRecoveryKey(recovery), confirmGroups };
  }

  return {
    paths,
    status,
    create: (passphrase) =>
      serial(async () => {
        const current = await status();
        if (current.state !== 'none') throw new MendError('VAULT_EXISTS', 'A journal already exists here.');
        await mkdir(paths.dir, { recursive: true, mode: 0o700 });
        const dataKey = randomBytes(32);
        const recovery = generateRecoveryKey();
        try {
          const keyFile: KeyFile = {
            format: 'mend-key',
            version: 1,
            cipher: 'chacha20',
            passphrase: await wrapWithPassphrase(dataKey, passphrase, argon2),
            recovery: wrapWithRecoveryKey(dataKey, recovery),
          };
          openWith(dataKey, 'passphrase', true);
          // The key file is written last: a database without one is reported, never reused.
          await writeKeyFile(paths.keyFile, keyFile);
        } catch (error) {
          closeSession();
          wipe(recovery);
          throw error;
        }
        const opened = requireSession();
        const confirmGroups = pickConfirmGroups();
        opened.pendingRecovery = { key: recovery, confirmGroups };
        opened.db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?)').run(SETUP_COMPLETE, '0');
        return { recoveryKey: formatRecoveryKey(recovery), confirmGroups };
      }),

    unlock: (method, secret) =>
      serial(async () => {
        if (session !== null) return status();
        await throttle.assertAllowed();
        const keyFile = await readKeyFile(paths.keyFile);
        let dataKey: Buffer | null = null;
        if (method === 'passphrase') {
          dataKey = await unwrapWithPassphrase(keyFile, secret);
        } else {
          const recovery = parseRecoveryKey(secret);
          dataKey = recovery === null ? null : unwrapWithRecoveryKey(keyFile, recovery);
          wipe(recovery);
        }
        if (dataKey === null) {
          const { failures, waitMs } = await throttle.recordFailure();
          throw new MendError(
            'WRONG_SECRET',
            method === 'passphrase' ? 'That passphrase is not right.' : 'That recovery key is not right.',
            { failures, waitSeconds: Math.ceil(waitMs / 1000) },
          );
        }
        try {
          openWith(dataKey, method, false);
        } catch (error) {
          wipe(dataKey);
          throw error;
        }
        await throttle.reset();
        return status();
      }),

    lock: (reason) =>
      serial(async () => {
        const wasOpen = session !== null;
        closeSession();
        if (wasOpen) options.bus.emit('vault.locked', { reason });
        return status();
      }),

    confirmRecoveryKey: (groups) =>
      serial(async () => {
        const current = requireSession();
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
        if (!allAsked || !allRight) return false;
        current.db.prepare('INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)').run(SETUP_COMPLETE, '1');
        wipe(pending.key);
        current.pendingRecovery = null;
        return true;
      }),

    newRecoveryKey: (passphrase) =>
      serial(async () => {
        const current = requireSession();
        const keyFile = await readKeyFile(paths.keyFile);
        // Once setup is done, a new recovery key needs the passphrase: someone at an open
        // screen must not be able to take over the way back in.
        if (setupComplete(current.db)) {
          if (passphrase === undefined) throw new MendError('WRONG_SECRET', 'Your passphrase is needed for this.');
          await throttle.assertAllowed();
          const check = await unwrapWithPassphrase(keyFile, passphrase);
          if (check === null) {
            await throttle.recordFailure();
            throw new MendError('WRONG_SECRET', 'That passphrase is not right.');
          }
          wipe(check);
        }
        return issueRecoveryKey(current, keyFile);
      }),

    changePassphrase: (currentPassphrase, next) =>
      serial(async () => {
        const current = requireSession();
        await throttle.assertAllowed();
        const keyFile = await readKeyFile(paths.keyFile);
        const check = await unwrapWithPassphrase(keyFile, currentPassphrase);
        if (check === null) {
          await throttle.recordFailure();
          throw new MendError('WRONG_SECRET', 'That passphrase is not right.');
        }
        wipe(check);
        await writeKeyFile(paths.keyFile, {
          ...keyFile,
          passphrase: await wrapWithPassphrase(current.dataKey, next, argon2),
        });
      }),

    resetPassphrase: (next) =>
      serial(async () => {
        const current = requireSession();
        if (current.unlockedWith !== 'recovery') {
          throw new MendError('WRONG_SECRET', 'Use "change passphrase" and give your current one.');
        }
        const keyFile = await readKeyFile(paths.keyFile);
        await writeKeyFile(paths.keyFile, {
          ...keyFile,
          passphrase: await wrapWithPassphrase(current.dataKey, next, argon2),
        });
        current.unlockedWith = 'passphrase';
        return status();
      }),

    db: () => requireSession().db,
    isUnlocked: () => session !== null,
    onBeforeLock(listener) {
      beforeLock.add(listener);
      return () => beforeLock.delete(listener);
    },
    dispose: () =>
      serial(async () => {
        closeSession();
      }),
  };
}
