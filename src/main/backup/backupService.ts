import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DAY_MS } from '@shared/dates';
import { MendError } from '@shared/errors';
import type { BackupOverview, VaultStatus } from '@shared/ipc/contract';
import { contentDigest } from '../db/contentDigest';
import { atomicWrite, fsyncDir, fsyncFileSync } from '../fs/atomicWrite';
import { toErrorInfo } from '../ipc/toErrorInfo';
import { keyFileForBackup, readKeyFile, serializeKeyFile } from '../vault/keyFile';
import { readFileSalt } from '../vault/journalIdentity';
import type { SecretMethod } from '@shared/ipc/contracts/vault';
import type { VaultService } from '../vault/vaultService';
import { backupStateFile } from './backupState';
import {
  BACKUP_DATABASE,
  BACKUP_KEY_FILE,
  backupIdFor,
  listBackups,
  PARTIAL_PREFIX,
  storedBackup,
  type StoredBackup,
} from './backupStore';
import { backupsToKeep, utcDay } from './rotation';
import { serialQueue } from '../concurrency/oneAtATime';

const STALE_AFTER_MS = 7 * DAY_MS;

export interface BackupService {
  overview(): Promise<BackupOverview>;
  /** Makes a backup now; a failure keeps every earlier backup and is remembered. */
  backUpNow(): Promise<BackupOverview>;
  /** After an unlock: a backup unless one was made today (UTC). Never throws. */
  scheduleDaily(): void;
  /** Resolves when no backup is running (tests, and shutdown before the journal closes). */
  whenIdle(): Promise<void>;
  /** Runs `work` with no backup running or starting meanwhile (a change of data key). */
  serially<T>(work: () => Promise<T>): Promise<T>;
  restore(id: string, method: SecretMethod, secret: string): Promise<VaultStatus>;
  /** Deletes the backups made under an older data key; LOCKED when locked. */
  deleteUnderOldKey(): Promise<BackupOverview>;
  /** Rebuilds a damaged key file from the copies kept beside the backups. */
  repairKey(method: SecretMethod, secret: string): Promise<VaultStatus>;
  /**
   * Writes a verified encrypted copy of the journal (VACUUM INTO, fsync, reopened and checked
   * against the live journal) to `databasePath`, for a `.mend` file; returns the key file to
   * go with it (without the keychain wrap, which only this computer can open). LOCKED when locked.
   */
  verifiedCopy(databasePath: string): Promise<{ keyFile: Uint8Array }>;
}

export interface BackupOptions {
  vault: VaultService;
  now?: () => number;
}

export function createBackupService({ vault, now = Date.now }: BackupOptions): BackupService {
  const root = vault.paths.backups;
  const state = backupStateFile(vault.paths.backupState);
  const serially = serialQueue();

  /** The cipher salt of today's data key (null when the key file cannot say). */
  async function currentSalt(): Promise<string | null> {
    try {
      return (await readKeyFile(vault.paths.keyFile)).database?.salt ?? null;
    } catch {
      return null;
    }
  }

  /** A backup's database keeps the cipher salt of the key it was made under (VACUUM INTO). */
  const underOldKey = (backup: StoredBackup, salt: string | null): boolean =>
    salt !== null && readFileSalt(backup.database) !== salt;

  async function overview(): Promise<BackupOverview> {
    const backups = await listBackups(root);
    const newest = backups[0]?.createdAt ?? null;
    const salt = await currentSalt();
    return {
      location: root,
      backups: backups.map((backup) => ({
        id: backup.id,
        createdAt: backup.createdAt,
        sizeBytes: backup.sizeBytes,
        underOldKey: underOldKey(backup, salt),
      })),
      lastBackupAt: newest,
      lastFailure: (await state.read()).lastFailure,
      stale: newest !== null && now() - newest > STALE_AFTER_MS,
    };
  }

  async function uniqueId(): Promise<string> {
    let at = now();
    while (existsSync(join(root, backupIdFor(at)))) at += 1;
    return backupIdFor(at);
  }

  /**
   * VACUUM INTO a folder beside the others, fsync, reopen the copy with the key, check its
   * integrity and that its content digest equals the live journal's, then rename it into
   * place. The copy, the digests and the check run in one synchronous stretch, so no write
   * and no lock can slip in between.
   */
  async function makeBackup(): Promise<void> {
    const keyCopy = serializeKeyFile(keyFileForBackup(await readKeyFile(vault.paths.keyFile)));
    await mkdir(root, { recursive: true, mode: 0o700 });
    for (const name of await readdir(root)) {
      if (name.startsWith(PARTIAL_PREFIX)) await rm(join(root, name), { recursive: true, force: true });
    }
    const id = await uniqueId();
    const partial = join(root, `${PARTIAL_PREFIX}${id}`);
    await mkdir(partial, { mode: 0o700 });
    try {
      copyVerified(join(partial, BACKUP_DATABASE));
      await atomicWrite(join(partial, BACKUP_KEY_FILE), keyCopy);
      await fsyncDir(partial);
      await rename(partial, join(root, id));
      await fsyncDir(root);
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      throw error;
    }
    await rotate();
  }

  /**
   * The copy, the digests and the check run in one synchronous stretch, so no write and no
   * lock can slip in between.
   */
  function copyVerified(copyPath: string): void {
    const live = vault.db();
    live.prepare('VACUUM INTO ?').run(copyPath);
    const expected = contentDigest(live);
    fsyncFileSync(copyPath);
    const copy = vault.openReadOnlyCopy(copyPath);
    try {
      if (copy.pragma('integrity_check', { simple: true }) !== 'ok' || contentDigest(copy) !== expected) {
        throw new MendError('DAMAGED', 'The new backup did not match the journal.', { file: 'backup' });
      }
    } finally {
      copy.close();
    }
  }

  async function rotate(): Promise<void> {
    const backups = await listBackups(root);
    const keep = backupsToKeep(backups);
    for (const backup of backups) {
      if (!keep.has(backup.id)) await rm(backup.dir, { recursive: true, force: true });
    }
    await fsyncDir(root);
  }

  async function attempt(): Promise<void> {
    try {
      await makeBackup();
    } catch (error) {
      // Locked part-way: nothing failed, the next unlock tries again.
      if (!(error instanceof MendError && error.code === 'LOCKED')) {
        await state.recordFailure(now(), toErrorInfo(error).code).catch(() => undefined);
      }
      throw error;
    }
    await state.clearFailure();
  }

  return {
    overview,
    backUpNow: () =>
      serially(async () => {
        vault.db();
        await attempt();
        return overview();
      }),
    scheduleDaily() {
      void serially(async () => {
        // Let the unlock's answer reach the window first.
        await new Promise((resolve) => setImmediate(resolve));
        if (!vault.isUnlocked()) return;
        const newest = (await listBackups(root))[0];
        if (newest !== undefined && utcDay(newest.createdAt) === utcDay(now())) return;
        await attempt();
      }).catch(() => undefined);
    },
    whenIdle: () => serially(async () => undefined),
    serially,
    async restore(id, method, secret) {
      const backup = storedBackup(root, id);
      if (backup === null || !existsSync(backup.database) || !existsSync(backup.keyFile)) {
        throw new MendError('NOT_FOUND', 'That backup could not be found.');
      }
      return serially(() => vault.restoreBackup(backup, method, secret));
    },
    verifiedCopy: (databasePath) =>
      serially(async () => {
        vault.db();
        const keyFile = serializeKeyFile(keyFileForBackup(await readKeyFile(vault.paths.keyFile)));
        copyVerified(databasePath);
        return { keyFile: new TextEncoder().encode(keyFile) };
      }),
    deleteUnderOldKey: () =>
      serially(async () => {
        vault.db();
        const salt = await currentSalt();
        if (salt === null) throw new MendError('NOT_FOUND', 'Mend cannot tell which backups are old.');
        for (const backup of await listBackups(root)) {
          if (underOldKey(backup, salt)) await rm(backup.dir, { recursive: true, force: true });
        }
        await fsyncDir(root);
        return overview();
      }),
    async repairKey(method, secret) {
      const copies = (await listBackups(root)).map((backup) => backup.keyFile);
      return serially(() => vault.repairKeyFile(copies, method, secret));
    },
  };
}
