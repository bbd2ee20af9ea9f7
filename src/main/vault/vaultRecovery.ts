import { randomBytes } from 'node:crypto';
import type { SecretMethod } from '@shared/ipc/contracts/vault';
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MendError } from '@shared/errors';
import type { VaultStatus } from '@shared/ipc/contract';
import { fsyncDir, fsyncFile } from '../fs/atomicWrite';
import { fileTimestamp } from '../fs/copyAside';
import { latestSchemaVersion } from '../db/migrate';
import { verifyDatabase } from '../db/openDatabase';
import { markClosed, walUnreadable } from './damageProbe';
import { belongsElsewhere } from './journalIdentity';
import { keyFileForBackup, readKeyFile, writeKeyFile, type KeyFile, type ParseOptions } from './keyFile';
import { wipe } from './secretBytes';
import type { SettingsHealth } from './vaultDamage';
import type { VaultContext } from './vaultService';
import { unwrapSecret, wrongSecret } from './vaultSecrets';

/** One backup as the recovery code needs it: its database and the key file copied beside it. */
export interface BackupSource {
  id: string;
  database: string;
  keyFile: string;
}

export interface RecoveryOps {
  restore(source: BackupSource, method: SecretMethod, secret: string): Promise<VaultStatus>;
  repairKey(copies: readonly string[], method: SecretMethod, secret: string): Promise<VaultStatus>;
  acknowledge(file: 'wal' | 'settings'): Promise<VaultStatus>;
}

async function readKeyFileOrNull(path: string, options: ParseOptions = {}): Promise<KeyFile | null> {
  try {
    return await readKeyFile(path, options);
  } catch {
    return null;
  }
}

/** Key files with different wraps; copies made between two changes share one wrap. */
function distinctWraps(keyFiles: (KeyFile | null)[], method: SecretMethod): KeyFile[] {
  const seen = new Set<string>();
  const out: KeyFile[] = [];
  for (const keyFile of keyFiles) {
    if (keyFile === null) continue;
    // The whole wrap, not just its salt: a damaged copy may share the salt of an intact one.
    const wrap = JSON.stringify(method === 'passphrase' ? keyFile.passphrase : keyFile.recovery);
    if (seen.has(wrap)) continue;
    seen.add(wrap);
    out.push(keyFile);
  }
  return out;
}


export function createRecoveryOps(context: VaultContext, settings: SettingsHealth | undefined): RecoveryOps {
  const { paths, throttle, session } = context;

  /** The first data key the secret unwraps from these key files, and the file it came from. */
  async function findKey(
    keyFiles: KeyFile[],
    method: SecretMethod,
    secret: string,
    fits: (dataKey: Buffer) => boolean,
  ): Promise<{ dataKey: Buffer; keyFile: KeyFile } | null> {
    for (const keyFile of keyFiles) {
      const dataKey = await unwrapSecret(keyFile, method, secret);
      if (dataKey === null) continue;
      let fit = false;
      try {
        fit = fits(dataKey);
      } finally {
        if (!fit) wipe(dataKey);
      }
      if (fit) return { dataKey, keyFile };
    }
    return null;
  }

  /** Moves the journal (and its WAL) into `replaced/`, so a restore never destroys it. */
  async function moveLiveAside(): Promise<void> {
    await mkdir(paths.replaced, { recursive: true, mode: 0o700 });
    const stamp = fileTimestamp(context.now());
    for (const file of [paths.database, paths.wal, paths.shm]) {
      if (existsSync(file)) await rename(file, join(paths.replaced, `${stamp}-${basename(file)}`));
    }
    await fsyncDir(paths.replaced);
    await fsyncDir(paths.dir);
  }

  async function finishOpen(dataKey: Buffer, method: SecretMethod, secret: string): Promise<VaultStatus> {
    context.damage.clear();
    try {
      await context.openSession(dataKey, method, method === 'passphrase' ? secret : undefined);
    } catch (error) {
      wipe(dataKey);
      throw error;
    }
    return context.status();
  }

  return {
    async restore(source, method, secret) {
      await throttle.assertAllowed();
      const live = await readKeyFileOrNull(paths.keyFile);
      const copy = await readKeyFileOrNull(source.keyFile);
      // Copy the backup first and verify the copy: the file that goes live is the one checked.
      const candidate = join(paths.dir, `.restore-${randomBytes(6).toString('hex')}.db`);
      await copyFile(source.database, candidate, constants.COPYFILE_EXCL);
      let found: { dataKey: Buffer; keyFile: KeyFile } | null = null;
      let unreadable = false;
      let liveSkipped = false;
      try {
        await fsyncFile(candidate);
        // The live key file holds today's passphrase; the copy beside the backup, the one
        // that was current when it was made.
        // A key file for another data key (today's, when the backup is from before a change
        // of key) cannot open it: it is not tried, so the backup is not taken for damaged.
        const fits = (keyFile: KeyFile | null) => keyFile !== null && !belongsElsewhere(keyFile, candidate);
        liveSkipped = live !== null && !fits(live);
        found = await findKey(distinctWraps([live, copy].filter(fits), method), method, secret, (dataKey) => {
          try {
            if (verifyDatabase(candidate, dataKey) > latestSchemaVersion()) {
              throw new MendError('NEWER_VERSION', 'This backup was made by a newer version of Mend.');
            }
            return true;
          } catch (error) {
            if (error instanceof MendError && error.code === 'DAMAGED') {
              unreadable = true;
              return false;
            }
            throw error;
          }
        });
      } catch (error) {
        await rm(candidate, { force: true });
        throw error;
      }
      if (found === null) {
        await rm(candidate, { force: true });
        if (unreadable) throw new MendError('DAMAGED', 'That backup is damaged.', { file: 'backup' });
        const wrong = wrongSecret(method, await throttle.recordFailure());
        // Made under an older data key: it opens with the secrets of that time, not today's.
        if (liveSkipped) throw new MendError(wrong.code, wrong.message, { ...wrong.detail, underOldKey: true });
        throw wrong;
      }
      const { dataKey, keyFile } = found;
      // The live key file stays when it holds the same data key as the backup (it has the
      // current passphrase); a damaged or missing one, or one for another data key (a backup
      // from before the key was changed, a .mend from elsewhere), gives way to the copy that
      // opened the backup, so the journal and its key file always belong together.
      const keepLive = live !== null && (keyFile === live || !belongsElsewhere(live, candidate));
      try {
        await throttle.reset();
        session.close();
        await moveLiveAside();
        await rename(candidate, paths.database);
        await fsyncDir(paths.dir);
        markClosed(paths);
        if (!keepLive) await writeKeyFile(paths.keyFile, keyFileForBackup(keyFile));
      } catch (error) {
        wipe(dataKey);
        await rm(candidate, { force: true });
        throw error;
      }
      return finishOpen(dataKey, method, secret);
    },

    async repairKey(copies, method, secret) {
      await throttle.assertAllowed();
      // The damaged key file itself comes first: when only its checksum or another wrap was
      // hit, the wrap for this secret may still be intact (AES-GCM checks it on its own).
      const candidates = await Promise.all([
        readKeyFileOrNull(paths.keyFile, { ignoreChecksum: true }),
        ...copies.map((copy) => readKeyFileOrNull(copy)),
      ]);
      // A copy bound to another journal (or another data key) cannot open this one.
      const fitting = candidates.filter((keyFile) => keyFile !== null && !belongsElsewhere(keyFile, paths.database));
      const keyFiles = distinctWraps(fitting, method);
      if (keyFiles.length === 0)
        throw new MendError('NOT_FOUND', 'There is no saved copy of the key for this journal.');
      let journalUnreadable = false;
      const found = await findKey(keyFiles, method, secret, (dataKey) => {
        try {
          verifyDatabase(paths.database, dataKey);
          return true;
        } catch (error) {
          if (error instanceof MendError && error.code === 'DAMAGED') {
            journalUnreadable = true;
            return false;
          }
          throw error;
        }
      });
      if (found === null) {
        if (journalUnreadable) {
          await context.damage.record('database');
          throw new MendError('DAMAGED', 'The journal file is damaged.', { file: 'database' });
        }
        throw wrongSecret(method, await throttle.recordFailure());
      }
      try {
        await throttle.reset();
        await context.damage.record('key');
        await writeKeyFile(paths.keyFile, keyFileForBackup(found.keyFile));
      } catch (error) {
        wipe(found.dataKey);
        throw error;
      }
      return finishOpen(found.dataKey, method, secret);
    },

    async acknowledge(file) {
      const current = await context.status();
      if (current.damage?.file !== file) throw new MendError('NOT_FOUND', 'There is nothing to confirm.');
      if (file === 'wal') {
        // The journal and what was left of its log were copied aside by the inspection. An
        // unreadable log holds nothing SQLite could use, so going on means setting it aside.
        if (walUnreadable(paths)) {
          await rm(paths.wal, { force: true });
          await rm(paths.shm, { force: true });
        }
        markClosed(paths);
        context.damage.clear();
      } else {
        await settings?.acceptDefaults();
      }
      return context.status();
    },
  };
}
