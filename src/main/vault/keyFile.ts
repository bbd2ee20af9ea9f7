import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { MendError } from '@shared/errors';
import { atomicWrite } from '../fs/atomicWrite';
import { open, seal } from './aead';
import type { Keychain } from './keychain';
import { deriveFromPassphrase, deriveFromRecoveryKey, type Argon2Params } from './kdf';
import { wipe } from './secretBytes';

/**
 * The key file holds the database's random data key, only ever wrapped (AES-256-GCM): once
 * by a key derived from the passphrase (Argon2id) and once by the recovery key (HKDF).
 * Changing the passphrase rewrites this small file; the database is never re-encrypted.
 */
const SealedSchema = z.object({ nonce: z.string(), ciphertext: z.string(), tag: z.string() });

const KeyFileSchema = z.object({
  format: z.literal('mend-key'),
  version: z.literal(1),
  cipher: z.literal('chacha20'),
  passphrase: z.object({
    kdf: z.literal('argon2id'),
    params: z.object({
      memoryKiB: z.number().int().positive(),
      iterations: z.number().int().positive(),
      parallelism: z.number().int().positive(),
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
export type KeyFile = z.infer<typeof KeyFileSchema>;

const PASSPHRASE_LABEL = 'mend-key-v1:passphrase';
const RECOVERY_LABEL = 'mend-key-v1:recovery';
const KEYCHAIN_LABEL = 'mend-key-v1:keychain';

/** Parses key-file text; DAMAGED when it is not a valid key file. */
export function parseKeyFile(text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MendError('DAMAGED', 'The key file is damaged.', { file: 'key' });
  }
  const parsed = KeyFileSchema.safeParse(json);
  if (!parsed.success) throw new MendError('DAMAGED', 'The key file is damaged.', { file: 'key' });
  return parsed.data;
}

/** The key file as copied beside a backup: without the keychain blob, which belongs to this computer. */
export function keyFileForBackup(keyFile: KeyFile): KeyFile {
  const { keychain: _keychain, ...rest } = keyFile;
  return rest;
}

export function serializeKeyFile(keyFile: KeyFile): string {
  return `${JSON.stringify(keyFile, null, 2)}\n`;
}

export async function readKeyFile(path: string): Promise<KeyFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT')
      throw new MendError('NO_VAULT', 'There is no key file.');
    throw error;
  }
  return parseKeyFile(text);
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
