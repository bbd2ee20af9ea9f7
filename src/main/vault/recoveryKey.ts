import { randomBytes } from 'node:crypto';

/**
 * Recovery keys: 160 random bits written as 32 Crockford base32 characters in 8 groups of 4
 * (e.g. `7KQM-2D9X-…`). Crockford's alphabet has no I, L, O or U, and reading tolerates
 * lowercase, spaces and the look-alikes people type (O→0, I/L→1).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
export const RECOVERY_GROUPS = 8;

export function generateRecoveryKey(): Buffer {
  return randomBytes(RECOVERY_KEY_BYTES);
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return (out.match(/.{1,4}/g) ?? []).join('-');
}

/** Folds what a person typed: case, spaces, dashes and the usual look-alikes. */
export function foldTyped(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Normalizes what a person typed into the 32 characters, or null when it cannot be a key. */
export function normalizeRecoveryKey(typed: string): string | null {
  const cleaned = foldTyped(typed);
  if (cleaned.length !== (RECOVERY_KEY_BYTES * 8) / 5) return null;
  for (const char of cleaned) if (!ALPHABET.includes(char)) return null;
  return cleaned;
}

export function parseRecoveryKey(typed: string): Buffer | null {
  const cleaned = normalizeRecoveryKey(typed);
  if (cleaned === null) return null;
  const out = Buffer.alloc(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of cleaned) {
    value = (value << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out[index++] = (value >> (bits - 8)) & 0xff;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** The groups a person is asked to type back at setup (1-based positions). */
export function recoveryGroups(formatted: string): string[] {
  return formatted.split('-');
}
