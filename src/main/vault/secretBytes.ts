/**
 * Helpers for key material kept in Buffers (never in JS strings, which cannot be wiped).
 */

/** Overwrites every buffer with zeros. */
export function wipe(...buffers: (Uint8Array | null | undefined)[]): void {
  for (const buffer of buffers) buffer?.fill(0);
}

const HEX = '0123456789abcdef';

/**
 * The SQLite3MultipleCiphers raw-key text `x'<hex>'` as a Buffer, built byte by byte so the
 * key never exists as an immutable string. Wipe it after use.
 */
export function rawKeyLiteral(key: Uint8Array): Buffer {
  const out = Buffer.alloc(3 + key.length * 2);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  key.forEach((byte, index) => {
    out[2 + index * 2] = HEX.charCodeAt(byte >> 4);
    out[3 + index * 2] = HEX.charCodeAt(byte & 0x0f);
  });
  out[out.length - 1] = 0x27; // '
  return out;
}

/** Hands `use` the raw-key text of `key` (`rawKeyLiteral`) and wipes it afterwards, whatever `use` does. */
export function withKeyLiteral<T>(key: Uint8Array, use: (literal: Buffer) => T): T {
  const literal = rawKeyLiteral(key);
  try {
    return use(literal);
  } finally {
    wipe(literal);
  }
}
