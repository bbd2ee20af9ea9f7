import { z } from 'zod';

/** Contract pieces for the encrypted vault: setup, unlock, lock, recovery key, passphrase. */

export const Passphrase = z.string().min(8, 'at least 8 characters').max(1024);
/** A passphrase or a typed recovery key, as the person typed it (checked by unwrapping, not by shape). */
export const Secret = z.string().min(1).max(1024);

export const VaultState = z.enum(['none', 'locked', 'unlocked', 'damaged']);
export type VaultState = z.infer<typeof VaultState>;

/**
 * `wal`: the log holding the newest changes went missing after a crash. `keyMismatch`: the
 * key file is intact but belongs to another journal (or to this one before its data key
 * was changed); the journal itself is untouched.
 */
export const DamagedFile = z.enum(['key', 'keyMismatch', 'database', 'wal', 'settings']);
export type DamagedFile = z.infer<typeof DamagedFile>;

/** One group of the recovery key as the person typed it back: its 1-based position and text. */
export const TypedGroup = z
  .object({ index: z.number().int().min(1).max(8), text: z.string().max(16) })
  .strict();
export type TypedGroup = z.infer<typeof TypedGroup>;

/** How a session was unlocked. */
export const UnlockedWith = z.enum(['passphrase', 'recovery', 'keychain']);
export type UnlockedWith = z.infer<typeof UnlockedWith>;

export const VaultStatus = z.object({
  state: VaultState,
  /** True once the person confirmed the recovery key; only meaningful while unlocked. */
  setupComplete: z.boolean(),
  /** How this session was unlocked; a recovery unlock asks for a new passphrase. */
  unlockedWith: UnlockedWith.nullable(),
  /** What is damaged, and the folder where the damaged file was copied, untouched. */
  damage: z.object({ file: DamagedFile, folder: z.string() }).nullable(),
  /** Seconds before another unlock attempt is allowed (0 when allowed now). */
  retryAfterSeconds: z.number().int().min(0),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const RecoveryKeyShown = z.object({
  /** The key in groups of four, e.g. `7KQM-2D9X-…`; shown once, never stored in the clear. */
  recoveryKey: z.string(),
  /** 1-based group positions the person must type back to finish. */
  confirmGroups: z.array(z.number().int().min(1)),
});
export type RecoveryKeyShown = z.infer<typeof RecoveryKeyShown>;

/** Which secret the person typed: what unlock, restore, repair and removal take. */
export const SecretMethod = z.enum(['passphrase', 'recovery']);
export type SecretMethod = z.infer<typeof SecretMethod>;

/**
 * "Remember on this computer": offered only where the OS keychain really protects it, and
 * never while several journals share this computer account (`refused`): anyone using the
 * account could open a remembered journal.
 */
export const KeychainStatus = z.object({
  available: z.boolean(),
  enabled: z.boolean(),
  refused: z.literal('several-journals').optional(),
});
export type KeychainStatus = z.infer<typeof KeychainStatus>;

/** `hide`: "lock and hide", which also minimises the window. */
export const LockReason = z.enum(['manual', 'shortcut', 'idle', 'suspend', 'screen-lock', 'hide']);
export type LockReason = z.infer<typeof LockReason>;

export const vaultContract = {
  'vault.status': { input: z.undefined(), output: VaultStatus },
  'vault.create': { input: z.object({ passphrase: Passphrase }).strict(), output: RecoveryKeyShown },
  'vault.unlock': {
    input: z.object({ method: SecretMethod, secret: Secret }).strict(),
    output: VaultStatus,
  },
  'vault.lock': { input: z.object({ reason: LockReason }).strict(), output: VaultStatus },
  'vault.confirmRecoveryKey': {
    input: z
      .object({
        groups: z.array(TypedGroup).min(1).max(8),
      })
      .strict(),
    /**
     * `rotated`: the confirmation finished a change of data key (see vault.rotateKey).
     * `wrongGroups`: the 1-based groups that did not match, so the screen can name them.
     */
    output: z.object({
      confirmed: z.boolean(),
      rotated: z.literal(true).optional(),
      wrongGroups: z.array(z.number().int().min(1).max(8)),
    }),
  },
  /** Prints the recovery key now being shown, through the system's print dialog (NOT_FOUND when none). */
  'vault.printRecoveryKey': {
    input: z.object({ paper: z.enum(['A4', 'Letter']) }).strict(),
    output: z.object({ printed: z.boolean() }),
  },
  /** Copies the recovery key now being shown; main clears it from the clipboard after a while. */
  'vault.copyRecoveryKey': {
    input: z.undefined(),
    output: z.object({ copied: z.literal(true), clearsAfterSeconds: z.number().int().positive() }),
  },
  /** A new recovery key, shown; the old one keeps working until this one is confirmed. */
  'vault.newRecoveryKey': {
    input: z.object({ passphrase: Secret }).strict(),
    output: RecoveryKeyShown,
  },
  /**
   * "Someone saw my passphrase or copied my files": a new passphrase and a new data key. Shows
   * the new recovery key; confirming it (vault.confirmRecoveryKey) re-encrypts the journal.
   */
  'vault.rotateKey': {
    input: z.object({ current: Secret, next: Passphrase }).strict(),
    output: RecoveryKeyShown,
  },
  'vault.changePassphrase': {
    input: z.object({ current: Secret, next: Passphrase }).strict(),
    output: z.object({ changed: z.literal(true) }),
  },
  'vault.resetPassphrase': {
    input: z.object({ next: Passphrase }).strict(),
    output: VaultStatus,
  },
  /** A damaged key file: unlock with a key copy kept beside a backup, then write it back. */
  'vault.repairKey': {
    input: z.object({ method: SecretMethod, secret: Secret }).strict(),
    output: VaultStatus,
  },
  /** Go on after a damage that loses nothing more (a missing WAL, damaged settings). */
  'vault.acknowledgeDamage': {
    input: z.object({ file: z.enum(['wal', 'settings']) }).strict(),
    output: VaultStatus,
  },
  'vault.keychainStatus': { input: z.undefined(), output: KeychainStatus },
  'vault.enableKeychain': { input: z.object({ passphrase: Secret }).strict(), output: KeychainStatus },
  'vault.disableKeychain': { input: z.undefined(), output: KeychainStatus },
  'vault.unlockWithKeychain': { input: z.undefined(), output: VaultStatus },
} as const;

export const vaultEvents = {
  'vault.locked': z.object({ reason: LockReason }),
  /** Main is about to lock (suspend, screen lock): the window saves its text and locks first. */
  'vault.lockRequested': z.object({ reason: LockReason }),
} as const;
