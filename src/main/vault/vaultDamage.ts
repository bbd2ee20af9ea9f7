import { existsSync, readdirSync } from 'node:fs';
import type { DamagedFile } from '@shared/ipc/contract';
import { MendError } from '@shared/errors';
import { copyAside } from '../fs/copyAside';
import { databaseLooksIntact, walMissing, walUnreadable } from './damageProbe';
import { belongsElsewhere } from './journalIdentity';
import { readKeyFile } from './keyFile';
import type { VaultPaths } from './vaultPaths';

/** What the vault needs to know about the settings file (owned by the settings service). */
export interface SettingsHealth {
  isDamaged(): Promise<boolean>;
  /** Replaces a damaged settings file with defaults (the damaged one was already copied aside). */
  acceptDefaults(): Promise<void>;
}

export interface DamageTracker {
  /**
   * Looks at the files without any key, copies a damaged one aside untouched, and names it.
   * Null when nothing looks wrong (or there is no vault at all).
   */
  inspect(): Promise<DamagedFile | null>;
  /** Damage found while unlocking: copies the journal aside and remembers it until a restore. */
  record(file: DamagedFile): Promise<void>;
  clear(): void;
}

/** Backup folders are named by their time, e.g. `2026-11-26T02-56-39-123Z`. */
function hasBackups(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => /^\d{4}-\d{2}-\d{2}T/.test(name));
  } catch {
    return false;
  }
}

export function createDamageTracker(
  paths: VaultPaths,
  now: () => number,
  settings?: SettingsHealth,
): DamageTracker {
  let remembered: DamagedFile | null = null;

  async function copyDatabaseAside(): Promise<void> {
    const at = now();
    for (const file of [paths.database, paths.wal, paths.shm]) await copyAside(file, paths.quarantine, at);
  }

  /** `damaged` when the key file cannot be trusted, `mismatch` when it is for another journal. */
  async function keyFileState(): Promise<'ok' | 'damaged' | 'mismatch'> {
    try {
      const keyFile = await readKeyFile(paths.keyFile);
      return belongsElsewhere(keyFile, paths.database) ? 'mismatch' : 'ok';
    } catch (error) {
      if (error instanceof MendError && error.code === 'DAMAGED') return 'damaged';
      throw error;
    }
  }

  return {
    async inspect() {
      if (remembered !== null) return remembered;
      const hasKey = existsSync(paths.keyFile);
      const hasDb = existsSync(paths.database);
      if (hasKey || hasDb) {
        // A missing file cannot be copied; the one that is left stays exactly where it is.
        if (!hasKey) return 'key';
        if (!hasDb) return 'database';
        // A key change cut off by a crash: the key file and the journal are between two keys
        // on purpose, and the next unlock finishes the change.
        if (existsSync(paths.nextKeyFile)) return null;
        const keyState = await keyFileState();
        if (keyState === 'damaged') {
          await copyAside(paths.keyFile, paths.quarantine, now());
          return 'key';
        }
        if (!databaseLooksIntact(paths.database)) {
          await copyDatabaseAside();
          return 'database';
        }
        if (keyState === 'mismatch') {
          // Nothing is damaged, but one of the two is not what it should be, and a repair
          // or restore replaces one of them: both are copied aside first.
          await copyAside(paths.keyFile, paths.quarantine, now());
          await copyDatabaseAside();
          return 'keyMismatch';
        }
        if (walMissing(paths) || walUnreadable(paths)) {
          await copyDatabaseAside();
          return 'wal';
        }
      } else if (hasBackups(paths.backups)) {
        // Journal and key file both gone, but backups remain: that is a lost journal to
        // restore, not a first run (a new vault's backups would rotate the old ones away).
        return 'database';
      }
      if (settings !== undefined && (await settings.isDamaged())) return 'settings';
      return null;
    },
    async record(file) {
      if (file === 'database' || file === 'wal' || file === 'keyMismatch') await copyDatabaseAside();
      if (file === 'key' || file === 'keyMismatch') await copyAside(paths.keyFile, paths.quarantine, now());
      remembered = file;
    },
    clear() {
      remembered = null;
    },
  };
}
