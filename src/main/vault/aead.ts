import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { wipe } from './secretBytes';

/** One sealed secret: AES-256-GCM with a fresh 96-bit nonce. Fields are base64. */
export interface Sealed {
  nonce: string;
  ciphertext: string;
  tag: string;
}

/** Encrypts `plain` under `key`, binding `label` as associated data so blobs cannot be swapped. */
export function seal(key: Uint8Array, plain: Uint8Array, label: string): Sealed {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(label, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/**
 * Decrypts, or returns null when the key is wrong or the blob was altered. The pieces the
 * decipher hands back are wiped once joined, so the only copy of the secret is the result.
 */
export function open(key: Uint8Array, sealed: Sealed, label: string): Buffer | null {
  let head: Buffer | null = null;
  let tail: Buffer | null = null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.nonce, 'base64'));
    decipher.setAAD(Buffer.from(label, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    head = decipher.update(Buffer.from(sealed.ciphertext, 'base64'));
    tail = decipher.final();
    return Buffer.concat([head, tail]);
  } catch {
    return null;
  } finally {
    wipe(head, tail);
  }
}
