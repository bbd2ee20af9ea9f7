import { createHash, randomBytes, timingSafeEqual, type Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { MendError } from '@shared/errors';
import { fsyncDir } from '../fs/atomicWrite';

/**
 * The encrypted backup file (`.mend`): one file that carries the vault's key file and an
 * encrypted copy of its database to another computer, where the passphrase or the recovery
 * key opens it. The container adds no encryption of its own and needs none: the database
 * pages are encrypted and authenticated by SQLite3MultipleCiphers (ChaCha20-Poly1305) and the
 * key file holds the data key only wrapped (AES-256-GCM). What the container adds is
 * integrity: a truncated, padded or altered file is refused before anything is restored.
 *
 * Layout (all sizes in bytes, integers big-endian):
 *
 *   0        8  magic "MENDBAK\n"
 *   8        4  header length H (at most 64 KiB)
 *   12       H  header, UTF-8 JSON (see BackupHeader)
 *   12+H     K  the key file, as on disk
 *   12+H+K   D  the encrypted database copy, as on disk
 *   end-32  32  SHA-256 of every byte before it
 */

export const BACKUP_EXTENSION = 'mend';
const MAGIC = Buffer.from('MENDBAK\n', 'ascii');
const PREFIX = MAGIC.length + 4;
const DIGEST = 32;
const MAX_HEADER = 64 * 1024;
const MAX_KEY_FILE = 1024 * 1024;
const CHUNK = 1024 * 1024;
export const BACKUP_VERSION = 1;

export const BackupHeader = z.strictObject({
  format: z.literal('mend-backup'),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().min(1).max(50),
  /** The database's page cipher, so a future Mend knows how to open it. */
  cipher: z.literal('chacha20'),
  keyFileSize: z.number().int().min(1).max(MAX_KEY_FILE),
  databaseSize: z.number().int().min(0),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export interface WriteBackupInput {
  keyFile: Uint8Array;
  /** An encrypted copy of the database that nothing writes to any more (e.g. from VACUUM INTO). */
  databasePath: string;
  appVersion: string;
  createdAt: string;
}

const damaged = (why: string): MendError =>
  new MendError('DAMAGED', `This backup file is damaged or incomplete (${why}).`, { file: 'backup' });

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw damaged('it ends too early');
    done += bytesRead;
  }
  return buffer;
}

/** Copies `length` bytes from `source` at `position` into the hash (and `sink`), in chunks. */
async function pump(
  source: FileHandle,
  position: number,
  length: number,
  hash: Hash,
  sink: FileHandle | null,
): Promise<void> {
  const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(1, length)));
  let done = 0;
  while (done < length) {
    const want = Math.min(buffer.length, length - done);
    const { bytesRead } = await source.read(buffer, 0, want, position + done);
    if (bytesRead === 0) throw damaged('it ends too early');
    const chunk = buffer.subarray(0, bytesRead);
    hash.update(chunk);
    if (sink !== null) await sink.write(chunk);
    done += bytesRead;
  }
}

/**
 * Writes the backup to `target` atomically (a temp file beside it, renamed into place), then
 * reads it back and checks it before the rename: a copy that does not verify never replaces
 * anything. Returns the file's size and SHA-256.
 */
export async function writeMendBackup(
  target: string,
  input: WriteBackupInput,
): Promise<{ size: number; sha256: string }> {
  const databaseSize = (await stat(input.databasePath)).size;
  const header: BackupHeader = BackupHeader.parse({
    format: 'mend-backup',
    version: BACKUP_VERSION,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
    cipher: 'chacha20',
    keyFileSize: input.keyFile.byteLength,
    databaseSize,
  });
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);

  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const out = await open(temp, 'wx', 0o600);
  let digest: Buffer;
  try {
    const hash = createHash('sha256');
    for (const part of [MAGIC, length, headerBytes, Buffer.from(input.keyFile)]) {
      hash.update(part);
      await out.write(part);
    }
    const database = await open(input.databasePath, 'r');
    try {
      await pump(database, 0, databaseSize, hash, out);
      // The copy must not have grown while it was read: its bytes would not be in the file.
      if ((await database.stat()).size !== databaseSize)
        throw new Error('The database copy changed while it was read.');
    } finally {
      await database.close();
    }
    digest = hash.digest();
    await out.write(digest);
    await out.sync();
  } catch (error) {
    await out.close();
    await rm(temp, { force: true });
    throw error;
  }
  await out.close();
  try {
    await verifyMendBackup(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(dirname(target));
  return {
    size: PREFIX + headerBytes.length + input.keyFile.byteLength + databaseSize + DIGEST,
    sha256: digest.toString('hex'),
  };
}

async function readHeader(
  handle: FileHandle,
  fileSize: number,
): Promise<{ header: BackupHeader; headerEnd: number }> {
  if (fileSize < PREFIX + DIGEST) throw damaged('it is too short');
  const prefix = await readExactly(handle, PREFIX, 0);
  if (!prefix.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new MendError('DAMAGED', 'This is not a Mend backup file.', { file: 'backup' });
  }
  const headerLength = prefix.readUInt32BE(MAGIC.length);
  if (headerLength === 0 || headerLength > MAX_HEADER) throw damaged('its header is unreadable');
  let json: unknown;
  try {
    json = JSON.parse((await readExactly(handle, headerLength, PREFIX)).toString('utf8'));
  } catch (error) {
    if (error instanceof MendError) throw error;
    throw damaged('its header is unreadable');
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new MendError('NEWER_VERSION', 'This backup was made by a newer version of Mend.', { version });
  }
  const parsed = BackupHeader.safeParse(json);
  if (!parsed.success) throw damaged('its header is unreadable');
  const header = parsed.data;
  const expected = PREFIX + headerLength + header.keyFileSize + header.databaseSize + DIGEST;
  if (fileSize !== expected)
    throw damaged(fileSize < expected ? 'it is shorter than it should be' : 'it has extra bytes');
  return { header, headerEnd: PREFIX + headerLength };
}

export interface ReadBackupResult {
  header: BackupHeader;
  keyFile: Uint8Array;
}

/**
 * Checks the whole file (layout, sizes, SHA-256) and returns its header and key file. With
 * `databaseTarget`, also writes the database copy there, and only once every byte has been
 * checked; an existing file at that path is never replaced.
 */
export async function readMendBackup(
  path: string,
  options: { databaseTarget?: string } = {},
): Promise<ReadBackupResult> {
  const target = options.databaseTarget;
  if (target !== undefined && existsSync(target)) {
    throw new MendError('CONFLICT', 'A database file is already there; it was left as it is.');
  }
  const handle = await open(path, 'r');
  const temp =
    target === undefined
      ? null
      : join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const sink = temp === null ? null : await open(temp, 'wx', 0o600);
  try {
    const fileSize = (await handle.stat()).size;
    const { header, headerEnd } = await readHeader(handle, fileSize);
    const hash = createHash('sha256');
    hash.update(await readExactly(handle, headerEnd, 0));
    const keyFile = await readExactly(handle, header.keyFileSize, headerEnd);
    hash.update(keyFile);
    await pump(handle, headerEnd + header.keyFileSize, header.databaseSize, hash, sink);
    const stored = await readExactly(handle, DIGEST, fileSize - DIGEST);
    if (!timingSafeEqual(hash.digest(), stored)) throw damaged('its contents do not match its checksum');
    if (sink !== null && temp !== null && target !== undefined) {
      await sink.sync();
      await sink.close();
      await rename(temp, target);
      await fsyncDir(dirname(target));
    }
    return { header, keyFile: new Uint8Array(keyFile) };
  } catch (error) {
    if (sink !== null) await sink.close().catch(() => undefined);
    if (temp !== null) await rm(temp, { force: true });
    throw error;
  } finally {
    await handle.close();
  }
}

/** Checks a backup file without restoring anything; throws DAMAGED or NEWER_VERSION. */
export async function verifyMendBackup(path: string): Promise<BackupHeader> {
  return (await readMendBackup(path)).header;
}
