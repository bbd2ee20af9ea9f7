import { randomBytes } from 'node:crypto';
import type { SecretMethod } from '@shared/ipc/contracts/vault';
import { existsSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { MendError } from '@shared/errors';
import { openForRekey, type Db } from '../db/openDatabase';
import { atomicWrite, fsyncDir } from '../fs/atomicWrite';
import { open, seal } from './aead';
import { markClosed, markOpen } from './damageProbe';
import { readDatabaseId, readFileSalt } from './journalIdentity';
import type { Argon2Params } from './kdf';
import {
  keyFileChecksum,
  parseKeyFile,
  serializeKeyFile,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
  writeKeyFile,
  type KeyFile,
} from './keyFile';
import { generateRecoveryKey } from './recoveryKey';
import { wipe, withKeyLiteral } from './secretBytes';
import type { VaultPaths } from './vaultPaths';
import { unwrapSecret } from './vaultSecrets';
import type { PendingRecovery, Unlocked } from './vaultSession';

/**
 * Changing the data key ("someone saw my passphrase or copied my files"): the journal is
 * re-encrypted with a new random key, so a copied key file and the old passphrase no longer
 * open it. Old backups stay under the old key.
 *
 * Crash safety: before the rekey, `journal.mend.key.next` is written (atomically): the new key
 * file without its binding (the new cipher salt exists only after the rekey), plus each data
 * key sealed under the other. Then: checkpoint, journal_mode=DELETE, rekey (SQLite keeps the
 * pages it replaces in a rollback journal under the OLD key), back to WAL, the final key
 * file, and `.next` removed. A kill anywhere leaves either no `.next` (nothing changed, or
 * all done) or a `.next` from which either secret (old or new) yields both keys, and the next
 * unlock finishes the change: a hot rollback journal is replayed with the old key, and the
 * rekey is run again or its end written down.
 */
const OLD_UNDER_NEW = 'mend-rotation-v1:old-under-new';
const NEW_UNDER_OLD = 'mend-rotation-v1:new-under-old';

const SealedSchema = z.object({ nonce: z.string(), ciphertext: z.string(), tag: z.string() });
const PendingSchema = z.object({
  format: z.literal('mend-key-rotation'),
  version: z.literal(1),
  /** The new key file's text, still unbound. */
  next: z.string().max(16_384),
  oldUnderNew: SealedSchema,
  newUnderOld: SealedSchema,
  checksum: z.string(),
});
type PendingFile = z.infer<typeof PendingSchema>;

/** The new key and its wraps, made before anything is written (nothing on disk changes yet). */
export async function prepareRotation(
  nextPassphrase: string,
  argon2: Argon2Params,
  confirmGroups: number[],
): Promise<Extract<PendingRecovery, { kind: 'rotation' }>> {
  const dataKey = randomBytes(32);
  const key = generateRecoveryKey();
  try {
    const passphraseWrap = await wrapWithPassphrase(dataKey, nextPassphrase, argon2);
    return { kind: 'rotation', key, confirmGroups, dataKey, passphraseWrap };
  } catch (error) {
    wipe(dataKey, key);
    throw error;
  }
}

function nextKeyFileOf(live: KeyFile, pending: Extract<PendingRecovery, { kind: 'rotation' }>): KeyFile {
  // "Remember on this computer" wrapped the old key; it is turned off, never carried over.
  return {
    format: 'mend-key',
    cipher: 'chacha20',
    ...(live.database ? { database: live.database } : {}),
    passphrase: pending.passphraseWrap,
    recovery: wrapWithRecoveryKey(pending.dataKey, pending.key),
  };
}

async function writePendingFile(path: string, next: KeyFile, oldKey: Buffer, newKey: Buffer): Promise<void> {
  const { database: _unbound, ...unbound } = next;
  const fields = {
    format: 'mend-key-rotation' as const,
    version: 1 as const,
    next: serializeKeyFile(unbound),
    oldUnderNew: seal(newKey, oldKey, OLD_UNDER_NEW),
    newUnderOld: seal(oldKey, newKey, NEW_UNDER_OLD),
  };
  await atomicWrite(path, JSON.stringify({ ...fields, checksum: keyFileChecksum(fields) }));
}

async function readPendingFile(path: string): Promise<{ file: PendingFile; next: KeyFile } | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: ReturnType<typeof PendingSchema.safeParse>;
  try {
    parsed = PendingSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = PendingSchema.safeParse(null);
  }
  if (!parsed.success || keyFileChecksum(parsed.data) !== parsed.data.checksum) {
    throw new MendError('DAMAGED', 'The record of an unfinished key change is damaged.', { file: 'key' });
  }
  return { file: parsed.data, next: parseKeyFile(parsed.data.next) };
}

export const rotationPending = (paths: VaultPaths): boolean => existsSync(paths.nextKeyFile);

/**
 * Leaves WAL, rekeys, returns to WAL: the one sequence SQLite3MultipleCiphers 2.3 allows.
 * Returns whether the rekey itself went through, also when a later step then failed.
 */
function rekey(db: Db, paths: VaultPaths, newKey: Buffer): { rekeyed: boolean; error: unknown } {
  let rekeyed = false;
  try {
    const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (checkpoint !== undefined && checkpoint.busy !== 0) {
      throw new MendError('CONFLICT', 'The journal is busy. Please try again in a moment.');
    }
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') {
      throw new MendError('INTERNAL', 'The journal could not leave WAL mode for the key change.');
    }
    // The WAL is empty and gone: the database file alone holds everything, as after a clean lock.
    markClosed(paths);
    withKeyLiteral(newKey, (literal) => db.rekey(literal));
    rekeyed = true;
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
      throw new MendError('INTERNAL', 'The journal could not return to WAL mode after the key change.');
    }
    return { rekeyed, error: null };
  } catch (error) {
    return { rekeyed, error };
  }
}

/** The final key file: the new one, bound to the journal as it is after the rekey. */
async function finish(db: Db, paths: VaultPaths, next: KeyFile): Promise<void> {
  const id = readDatabaseId(db);
  const salt = readFileSalt(paths.database);
  if (id === null || salt === null) throw new MendError('INTERNAL', 'The journal has no identity to bind its key to.');
  await writeKeyFile(paths.keyFile, { ...next, database: { id, salt } });
  await rm(paths.nextKeyFile, { force: true });
  await fsyncDir(paths.dir);
}

/**
 * Changes the open journal's data key (the person confirmed the new recovery key). On
 * success the session holds the new key and the old one is wiped; on a failure that is not
 * a crash, SQLite has rolled the rekey back and the old key file and key still fit.
 */
export async function rotateOpenJournal(
  paths: VaultPaths,
  session: Unlocked,
  live: KeyFile,
  pending: Extract<PendingRecovery, { kind: 'rotation' }>,
): Promise<void> {
  const next = nextKeyFileOf(live, pending);
  await writePendingFile(paths.nextKeyFile, next, session.dataKey, pending.dataKey);
  const { rekeyed, error } = rekey(session.db, paths, pending.dataKey);
  if (!rekeyed) {
    // SQLite undid the rekey: back to WAL under the old key, and forget the change.
    try {
      session.db.pragma('journal_mode = WAL');
    } finally {
      markOpen(paths);
      await rm(paths.nextKeyFile, { force: true });
    }
    throw error;
  }
  // From here the journal is under the new key: the session must hold it, whatever follows
  // (`.next` stays until the final key file is written, so an unlock can always finish).
  const oldKey = session.dataKey;
  session.dataKey = Buffer.from(pending.dataKey);
  wipe(oldKey);
  markOpen(paths);
  if (error !== null) throw error;
  await finish(session.db, paths, next);
}

function hotRollbackJournal(paths: VaultPaths): boolean {
  try {
    return statSync(paths.rollbackJournal).size > 0;
  } catch {
    return false;
  }
}

/**
 * At unlock, when a key change was cut off: finds both keys from whichever secret was typed
 * (old or new), brings the journal to the new key, writes the final key file, and returns
 * the new data key. Null when the secret fits neither.
 */
export async function finishInterruptedRotation(
  paths: VaultPaths,
  live: KeyFile,
  method: SecretMethod,
  secret: string,
): Promise<Buffer | null> {
  const pending = await readPendingFile(paths.nextKeyFile);
  if (pending === null) return null;
  const { file, next } = pending;
  // The final key file was already written: only `.next` was left behind.
  if (JSON.stringify(live.recovery) === JSON.stringify(next.recovery)) {
    await rm(paths.nextKeyFile, { force: true });
    return unwrapSecret(live, method, secret);
  }
  let oldKey: Buffer | null = await unwrapSecret(live, method, secret);
  let newKey: Buffer | null = null;
  if (oldKey !== null) newKey = open(oldKey, file.newUnderOld, NEW_UNDER_OLD);
  else {
    newKey = await unwrapSecret(next, method, secret);
    if (newKey !== null) oldKey = open(newKey, file.oldUnderNew, OLD_UNDER_NEW);
  }
  if (oldKey === null || newKey === null) {
    wipe(oldKey, newKey);
    return null;
  }
  try {
    await bringToNewKey(paths, live, next, oldKey, newKey);
    return newKey;
  } catch (error) {
    wipe(newKey);
    throw error;
  } finally {
    wipe(oldKey);
  }
}

async function bringToNewKey(
  paths: VaultPaths,
  live: KeyFile,
  next: KeyFile,
  oldKey: Buffer,
  newKey: Buffer,
): Promise<void> {
  // A hot rollback journal holds pages under the old key: only the old key may replay it.
  // Otherwise the clear-text cipher salt says which key the file is under.
  const oldFirst = hotRollbackJournal(paths) || readFileSalt(paths.database) === live.database?.salt;
  const order: [Buffer, boolean][] = oldFirst ? [[oldKey, true], [newKey, false]] : [[newKey, false], [oldKey, true]];
  for (const [key, isOld] of order) {
    const db = openForRekey(paths.database, key);
    if (db === null) continue;
    try {
      if (isOld) {
        const { error } = rekey(db, paths, newKey);
        if (error !== null) throw error;
      }
      await finish(db, paths, next);
    } finally {
      db.close();
      // Closing the last connection empties the WAL into the database and deletes it. The
      // open marker left by the interrupted session must go with it, or the open that follows
      // reads the missing WAL as lost commits (found by the rotation kill test).
      if (!existsSync(paths.wal)) markClosed(paths);
    }
    return;
  }
  throw new MendError('DAMAGED', 'The journal file could not be decrypted.', { file: 'database' });
}
