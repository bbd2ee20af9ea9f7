import { hkdfSync } from 'node:crypto';
import { hashRaw, type Algorithm } from '@node-rs/argon2';

/** Argon2id parameters, stored in the key file so they can be raised later. */
export interface Argon2Params {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * 256 MiB and 3 passes: about 0.6 s on the 2-core reference machine, within the 0.3 to 1 s
 * a person accepts for an unlock, and costly for anyone guessing offline.
 */
export const DEFAULT_ARGON2: Argon2Params = { memoryKiB: 262_144, iterations: 3, parallelism: 1 };

/** The floor the issue sets: never below 64 MiB, even in tests. */
export const MIN_ARGON2_MEMORY_KIB = 65_536;

/**
 * What a key file may ask for. Below the floor, a copied key file would be cheap to attack
 * (8 KiB took 7 ms); above the ceiling, an unlock (and, since vault work is serial, the lock
 * after it) would stall for minutes or run out of memory. A key file outside these bounds is
 * reported as damaged.
 */
export const ARGON2_BOUNDS = {
  memoryKiB: { min: MIN_ARGON2_MEMORY_KIB, max: 2_097_152 },
  iterations: { min: 1, max: 16 },
  parallelism: { min: 1, max: 8 },
} as const;

const ARGON2ID = 2 as Algorithm;

export async function deriveFromPassphrase(
  passphrase: string,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Buffer> {
  return hashRaw(passphrase.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
    salt,
  });
}

/** The recovery key already has 160 bits of entropy, so a fast KDF (HKDF) is enough. */
export function deriveFromRecoveryKey(recoveryKey: Uint8Array, salt: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'mend recovery wrap v1', 32));
}
