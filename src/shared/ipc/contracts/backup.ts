import { z } from 'zod';
import { ERROR_CODES } from '../../errors';
import { Secret, SecretMethod, VaultStatus } from './vault';

/** Contract pieces for encrypted backups of the journal. */

/** A backup's folder name: its UTC creation time, e.g. `2026-11-26T02-56-39-123Z`. */
export const BackupId = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/);

export const BackupEntry = z.object({
  id: BackupId,
  /** Milliseconds since the epoch. */
  createdAt: z.number(),
  sizeBytes: z.number().int().min(0),
  /**
   * Made before the journal's data key was last changed: it still opens with the passphrase
   * and recovery key of that time (and a key file copied then), not today's.
   */
  underOldKey: z.boolean(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupOverview = z.object({
  /** The folder that holds the backups. */
  location: z.string(),
  /** Newest first. */
  backups: z.array(BackupEntry),
  lastBackupAt: z.number().nullable(),
  /** The last attempt failed (earlier backups are untouched); cleared by the next success. */
  lastFailure: z.object({ at: z.number(), code: z.enum(ERROR_CODES) }).nullable(),
  /** True when the newest backup is more than 7 days old: a gentle reminder. */
  stale: z.boolean(),
});
export type BackupOverview = z.infer<typeof BackupOverview>;

export const backupContract = {
  'backup.list': { input: z.undefined(), output: BackupOverview },
  'backup.now': { input: z.undefined(), output: BackupOverview },
  /** Verifies the chosen backup, keeps the current journal aside, and opens the backup. */
  /** Deletes the backups made under an older data key (after a change of key). */
  'backup.deleteOld': { input: z.undefined(), output: BackupOverview },
  'backup.restore': {
    input: z.object({ id: BackupId, method: SecretMethod, secret: Secret }).strict(),
    output: VaultStatus,
  },
} as const;
