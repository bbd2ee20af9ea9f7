import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { MendError } from '@shared/errors';
import { atomicWrite } from '../fs/atomicWrite';
import { open, seal } from './aead';
import type { Keychain } from './keychain';
import { ARGON2_BOUNDS, deriveFromPassphrase, deriveFromRecoveryKey, type Argon2Params } from './kdf';
import { wipe } from './secretBytes';

/**
 * The key file holds the database's random data key, only ever wrapped (AES-256-GCM): once
 * by a key derived from the passphrase (Argon2id) and once by the recovery key (HKDF).
 * Changing the passphrase rewrites this small file; the database is only re-encrypted when
 * the person asks for a new data key (see keyRotation.ts).
 *
 * Version 2 adds `database` (which journal this key belongs to: the random identifier stored
 * inside the journal, and the cipher salt SQLite3MultipleCiphers keeps in the clear in the
 * first 16 bytes of the journal file, which changes with every data key) and `checksum`
 * (SHA-256 over everything else). A file that still parses but was damaged is then reported
 * as a damaged key file, with repair offered, instead of as a wrong passphrase; a key file
 * that belongs to another journal is named as such before anyone types a secret. Version 1
 * files (no checksum, no binding) still open and are rewritten as version 2 at the next unlock.
 */
const SealedSchema = z.object({ nonce: z.string(), ciphertext: z.string(), tag: z.string() });

const HEX_32 = /^[0-9a-f]{32}$/;

/** The journal a key file belongs to. */
const BindingSchema = z.object({
  /** The random identifier in the journal's `vault_meta` (`database_id`). */
  id: z.string().regex(HEX_32),
  /** The journal file's cipher salt (bytes 0 to 15, in the clear), lowercase hex. */
  salt: z.string().regex(HEX_32),
});
export type KeyBinding = z.infer<typeof BindingSchema>;

const ContentSchema = z.object({
  format: z.literal('mend-key'),
  cipher: z.literal('chacha20'),
  /** Absent only in a version 1 file, before its first unlock by this version. */
  database: BindingSchema.optional(),
  passphrase: z.object({
    kdf: z.literal('argon2id'),
    params: z.object({
      memoryKiB: z.number().int().min(ARGON2_BOUNDS.memoryKiB.min).max(ARGON2_BOUNDS.memoryKiB.max),
      iterations: z.number().int().min(ARGON2_BOUNDS.iterations.min).max(ARGON2_BOUNDS.iterations.max),
      parallelism: z.number().int().min(ARGON2_BOUNDS.parallelism.min).max(ARGON2_BOUNDS.parallelism.max),
    }),
    salt: z.string(),
    sealed: SealedSchema,
  }),
  recovery: z.object({ kdf: z.literal('hkdf-sha256'), salt: z.string(), sealed: SealedSchema }),
  /**
   * "Remember on this computer": `blob` is a random wrapping key encrypted by the OS keychain
   * (Electron safeStorage); `sealed` is the data key under that wrapping key, so a keychain
   * that hands back the wrong bytes is caught by AES-GCM instead of opening nothing.
   */
  keychain: z.object({ blob: z.string(), sealed: SealedSchema }).optional(),
});
/** A key file as Mend works with it; the version and checksum exist only on disk. */
export type KeyFile = z.infer<typeof ContentSchema>;

export const KEY_FILE_VERSION = 2;
const V1Schema = ContentSchema.extend({ version: z.literal(1) });
const V2Schema = ContentSchema.extend({
  version: z.literal(2),
  database: BindingSchema,
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

const PASSPHRASE_LABEL = 'mend-key-v1:passphrase';
const RECOVERY_LABEL = 'mend-key-v1:recovery';
const KEYCHAIN_LABEL = 'mend-key-v1:keychain';

/** JSON with keys in a fixed (sorted) order, so the checksum does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 over every field but the checksum, the journal binding included. */
export function keyFileChecksum(fields: Record<string, unknown>): string {
  const { checksum: _checksum, ...rest } = fields;
  return `sha256:${createHash('sha256').update(canonical(rest), 'utf8').digest('hex')}`;
}

const damagedKeyFile = (reason: string) =>
  new MendError('DAMAGED', 'The key file is damaged.', { file: 'key', reason });

export interface ParseOptions {
  /**
   * Accept a version 2 file whose checksum does not match (the repair path: the wraps may
   * still be intact, and AES-GCM checks each of them on its own).
   */
  ignoreChecksum?: boolean;
}

/** Parses key-file text; DAMAGED (file `key`) when it is not a valid, intact key file. */
export function parseKeyFile(text: string, options: ParseOptions = {}): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damagedKeyFile('syntax');
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version === 1) {
    const parsed = V1Schema.safeParse(json);
    if (!parsed.success) throw damagedKeyFile('shape');
    const { version: _version, ...content } = parsed.data;
    return content;
  }
  const parsed = V2Schema.safeParse(json);
  if (!parsed.success) throw damagedKeyFile('shape');
  if (!options.ignoreChecksum && keyFileChecksum(json as Record<string, unknown>) !== parsed.data.checksum) {
    throw damagedKeyFile('checksum');
  }
  const { version: _version, checksum: _checksum, ...content } = parsed.data;
  return content;
}

/** The key file as copied beside a backup: without the keychain blob, which belongs to this computer. */
export function keyFileForBackup(keyFile: KeyFile): KeyFile {
  const { keychain: _keychain, ...rest } = keyFile;
  return rest;
}

/**
 * Writes version 2, with the checksum computed over what is written. A version 1 file not yet
 * bound to its journal (only possible before its first unlock here) stays version 1.
 */
export function serializeKeyFile(keyFile: KeyFile): string {
  const { format, cipher, database, passphrase, recovery, keychain } = keyFile;
  if (database === undefined) {
    return `${JSON.stringify({ format, version: 1, cipher, passphrase, recovery, keychain }, null, 2)}\n`;
  }
  // A readable order for a person opening the file; the checksum does not depend on it.
  const fields = { format, version: KEY_FILE_VERSION, cipher, database, passphrase, recovery, keychain };
  return `${JSON.stringify({ ...fields, checksum: keyFileChecksum(fields) }, null, 2)}\n`;
}

async function readKeyText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT')
      throw new MendError('NO_VAULT', 'There is no key file.');
    throw error;
  }
}

export async function readKeyFile(path: string, options: ParseOptions = {}): Promise<KeyFile> {
  return parseKeyFile(await readKeyText(path), options);
}

export async function writeKeyFile(path: string, keyFile: KeyFile): Promise<void> {
  await atomicWrite(path, serializeKeyFile(keyFile));
}

export async function wrapWithPassphrase(
  dataKey: Uint8Array,
  passphrase: string,
  params: Argon2Params,
): Promise<KeyFile['passphrase']> {
  const salt = randomBytes(16);
  const wrappingKey = await deriveFromPassphrase(passphrase, salt, params);
  try {
    return {
      kdf: 'argon2id',
      params,
      salt: salt.toString('base64'),
      sealed: seal(wrappingKey, dataKey, PASSPHRASE_LABEL),
    };
  } finally {
    wipe(wrappingKey);
  }
}

export function wrapWithRecoveryKey(dataKey: Uint8Array, recoveryKey: Uint8Array): KeyFile['recovery'] {
  const salt = randomBytes(16);
  const wrappingKey = deriveFromRecoveryKey(recoveryKey, salt);
  try {
    return {
      kdf: 'hkdf-sha256',
      salt: salt.toString('base64'),
      sealed: seal(wrappingKey, dataKey, RECOVERY_LABEL),
    };
  } finally {
    wipe(wrappingKey);
  }
}

/** The data key, or null when the passphrase is wrong. */
export async function unwrapWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer | null> {
  const wrap = keyFile.passphrase;
  const wrappingKey = await deriveFromPassphrase(passphrase, Buffer.from(wrap.salt, 'base64'), wrap.params);
  try {
    return open(wrappingKey, wrap.sealed, PASSPHRASE_LABEL);
  } finally {
    wipe(wrappingKey);
  }
}

/** The data key, or null when the recovery key is wrong. */
export function unwrapWithRecoveryKey(keyFile: KeyFile, recoveryKey: Uint8Array): Buffer | null {
  const wrap = keyFile.recovery;
  const wrappingKey = deriveFromRecoveryKey(recoveryKey, Buffer.from(wrap.salt, 'base64'));
  try {
    return open(wrappingKey, wrap.sealed, RECOVERY_LABEL);
  } finally {
    wipe(wrappingKey);
  }
}

/** Seals the data key for "remember on this computer" (see the schema above). */
export function wrapWithKeychain(dataKey: Uint8Array, keychain: Keychain): NonNullable<KeyFile['keychain']> {
  const wrappingKey = randomBytes(32);
  try {
    return {
      blob: keychain.encrypt(wrappingKey).toString('base64'),
      sealed: seal(wrappingKey, dataKey, KEYCHAIN_LABEL),
    };
  } finally {
    wipe(wrappingKey);
  }
}

/** The data key, or null when there is no blob or the keychain cannot open it (never throws). */
export function unwrapWithKeychain(keyFile: KeyFile, keychain: Keychain): Buffer | null {
  const wrap = keyFile.keychain;
  if (wrap === undefined) return null;
  let wrappingKey: Buffer | null = null;
  try {
    wrappingKey = keychain.decrypt(Buffer.from(wrap.blob, 'base64'));
    return wrappingKey.length === 32 ? open(wrappingKey, wrap.sealed, KEYCHAIN_LABEL) : null;
  } catch {
    return null;
  } finally {
    wipe(wrappingKey);
  }
}
