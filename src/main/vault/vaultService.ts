import { randomBytes } from 'node:crypto';
import type { SecretMethod, TypedGroup, UnlockedWith } from '@shared/ipc/contracts/vault';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { MendError } from '@shared/errors';
import type {
  DamagedFile,
  KeychainStatus,
  LockReason,
  RecoveryKeyShown,
  VaultStatus,
} from '@shared/ipc/contract';
import { openReadOnly, type Db } from '../db/openDatabase';
import type { EventBus } from '../ipc/eventBus';
import { DEFAULT_ARGON2, MIN_ARGON2_MEMORY_KIB, type Argon2Params } from './kdf';
import type { Keychain } from './keychain';
import { readKeyFile, wrapWithPassphrase, wrapWithRecoveryKey, writeKeyFile, type KeyFile } from './keyFile';
import { formatRecoveryKey, generateRecoveryKey } from './recoveryKey';
import { wipe } from './secretBytes';
import { createUnlockThrottle, type UnlockThrottle } from './unlockThrottle';
import { createDamageTracker, type DamageTracker, type SettingsHealth } from './vaultDamage';
import { belongsElsewhere, bindingOf } from './journalIdentity';
import { keyMismatch, readKeyFileOrRecord, upgradeKeyFile } from './keyFileUpgrade';
import { finishInterruptedRotation, rotationPending } from './keyRotation';
import { refuseLinkedFiles } from './linkedFiles';
import { createKeychainOps } from './vaultKeychain';
import { createRecoveryKeyOps, pickConfirmGroups, SETUP_COMPLETE, setSetupComplete } from './vaultRecoveryKeys';
import { vaultPaths, type VaultPaths } from './vaultPaths';
import { createRecoveryOps, type BackupSource } from './vaultRecovery';
import { requirePassphrase, unwrapSecret, wrongSecret } from './vaultSecrets';
import {
  createSessionHolder,
  type BeforeLockListener,
  type SessionHolder,
} from './vaultSession';
import { serialQueue } from '../concurrency/oneAtATime';

export type { BeforeLockListener } from './vaultSession';
export type { BackupSource } from './vaultRecovery';

export interface VaultOptions {
  dataDir: string;
  bus: EventBus;
  argon2?: Argon2Params;
  now?: () => number;
  /** The OS keychain for "remember on this computer"; absent where there is none. */
  keychain?: Keychain;
  /** Lets the recovery screen report a damaged settings file too. */
  settings?: SettingsHealth;
}

export interface VaultService {
  paths: VaultPaths;
  status(): Promise<VaultStatus>;
  create(passphrase: string): Promise<RecoveryKeyShown>;
  unlock(method: SecretMethod, secret: string): Promise<VaultStatus>;
  lock(reason: LockReason): Promise<VaultStatus>;
  /** Null when the typed groups do not match; else what the confirmation completed. */
  confirmRecoveryKey(groups: readonly TypedGroup[]): Promise<'setup' | 'replace' | 'rotation' | null>;
  /** A new recovery key, shown; the old one keeps working until the new one is confirmed. */
  newRecoveryKey(passphrase: string): Promise<RecoveryKeyShown>;
  /** The recovery key being shown (until it is confirmed), formatted; NOT_FOUND when none. */
  pendingRecoveryKey(): string;
  /**
   * A new passphrase and a new data key: shows the new recovery key; once it is confirmed the
   * journal is re-encrypted (see keyRotation.ts).
   */
  beginKeyRotation(current: string, next: string): Promise<RecoveryKeyShown>;
  changePassphrase(current: string, next: string): Promise<void>;
  resetPassphrase(next: string): Promise<VaultStatus>;
  keychainStatus(): Promise<KeychainStatus>;
  enableKeychain(passphrase: string): Promise<KeychainStatus>;
  disableKeychain(): Promise<KeychainStatus>;
  unlockWithKeychain(): Promise<VaultStatus>;
  /** Replaces the journal with a verified backup, opened with the passphrase or recovery key. */
  restoreBackup(source: BackupSource, method: SecretMethod, secret: string): Promise<VaultStatus>;
  /** Rebuilds a damaged key file from a copy kept beside a backup. */
  repairKeyFile(copies: readonly string[], method: SecretMethod, secret: string): Promise<VaultStatus>;
  /** Accepts a damage that loses nothing more by going on (a missing WAL, damaged settings). */
  acknowledgeDamage(file: 'wal' | 'settings'): Promise<VaultStatus>;
  /**
   * Opens another encrypted file (a backup being verified) read-only with the session's key,
   * so the key never leaves the vault. Throws LOCKED when locked.
   */
  openReadOnlyCopy(path: string): Db;
  /** The open database; throws LOCKED when the vault is not unlocked. */
  db(): Db;
  isUnlocked(): boolean;
  onBeforeLock(listener: BeforeLockListener): () => void;
  /** Told after every unlock (not after setup), e.g. to make the daily backup. */
  onUnlocked(listener: () => void): () => void;
  dispose(): Promise<void>;
}

/** What the helper modules (keychain, recovery) share with the service. */
export interface VaultContext {
  paths: VaultPaths;
  now: () => number;
  throttle: UnlockThrottle;
  session: SessionHolder;
  damage: DamageTracker;
  /**
   * Opens the session, or records the damage the read-through found and rethrows. Then brings
   * the key file up to date (binding, version; Argon2 cost when `passphrase` is given).
   */
  openSession(dataKey: Buffer, unlockedWith: UnlockedWith, passphrase?: string): Promise<void>;
  status(): Promise<VaultStatus>;
}

function damagedFileOf(error: unknown): DamagedFile | null {
  if (!(error instanceof MendError) || error.code !== 'DAMAGED') return null;
  const file = error.detail?.['file'];
  return file === 'key' || file === 'keyMismatch' || file === 'wal' || file === 'settings' ? file : 'database';
}

export function createVaultService(options: VaultOptions): VaultService {
  const paths = vaultPaths(options.dataDir);
  const argon2 = options.argon2 ?? DEFAULT_ARGON2;
  if (argon2.memoryKiB < MIN_ARGON2_MEMORY_KIB) throw new Error('Argon2 memory below the 64 MiB floor');
  const now = options.now ?? Date.now;
  const throttle = createUnlockThrottle(paths.throttle, now);
  const session = createSessionHolder(paths);
  const damage = createDamageTracker(paths, now, options.settings);
  const unlockedListeners = new Set<() => void>();
  // One operation at a time: an unlock racing a lock must not leave a half-open vault.
  const serial = serialQueue();

  function setupComplete(db: Db): boolean {
    const row = db.prepare('SELECT value FROM vault_meta WHERE key = ?').get(SETUP_COMPLETE) as
      { value: string } | undefined;
    return row?.value === '1';
  }

  async function status(): Promise<VaultStatus> {
    // An unusable throttle file is refused with its own clear error at the next attempt;
    // the status still answers, so the window can show the lock screen and that error.
    const retryAfterSeconds = Math.ceil((await throttle.waitMs().catch(() => 0)) / 1000);
    const current = session.current();
    if (current !== null) {
      return {
        state: 'unlocked',
        setupComplete: setupComplete(current.db),
        unlockedWith: current.unlockedWith,
        damage: null,
        retryAfterSeconds: 0,
      };
    }
    const base = { setupComplete: false, unlockedWith: null, retryAfterSeconds } as const;
    const damaged = await damage.inspect();
    if (damaged !== null)
      return { ...base, state: 'damaged', damage: { file: damaged, folder: paths.quarantine } };
    if (!existsSync(paths.keyFile) && !existsSync(paths.database))
      return { ...base, state: 'none', damage: null };
    return { ...base, state: 'locked', damage: null };
  }

  async function openSession(dataKey: Buffer, unlockedWith: UnlockedWith, passphrase?: string): Promise<void> {
    try {
      session.open(dataKey, unlockedWith, false);
    } catch (error) {
      const file = damagedFileOf(error);
      if (file !== null) await damage.record(file);
      throw error;
    }
    damage.clear();
    try {
      await upgradeKeyFile(paths, session.require(), argon2, passphrase);
    } catch (error) {
      // The journal is open and the old key file still opens it: the next unlock tries again.
      session.close();
      throw error;
    }
    for (const listener of unlockedListeners) listener();
  }

  const context: VaultContext = { paths, now, throttle, session, damage, openSession, status };
  const keychainOps = createKeychainOps(context, options.keychain);
  const recoveryOps = createRecoveryOps(context, options.settings);
  const recoveryKeys = createRecoveryKeyOps(context, argon2);

  return {
    paths,
    status,
    create: (passphrase) =>
      serial(async () => {
        const current = await status();
        if (current.state !== 'none') throw new MendError('VAULT_EXISTS', 'A journal already exists here.');
        refuseLinkedFiles(paths);
        await mkdir(paths.dir, { recursive: true, mode: 0o700 });
        const dataKey = randomBytes(32);
        const recovery = generateRecoveryKey();
        try {
          const passphraseWrap = await wrapWithPassphrase(dataKey, passphrase, argon2);
          session.open(dataKey, 'passphrase', true);
          const database = bindingOf(session.require().db, paths.database);
          if (database === null) throw new Error('The new journal has no identity to bind its key to');
          const keyFile: KeyFile = {
            format: 'mend-key',
            cipher: 'chacha20',
            database,
            passphrase: passphraseWrap,
            recovery: wrapWithRecoveryKey(dataKey, recovery),
          };
          // The key file is written last: a database without one is reported, never reused.
          await writeKeyFile(paths.keyFile, keyFile);
        } catch (error) {
          if (session.current() === null) wipe(dataKey);
          session.close();
          wipe(recovery);
          throw error;
        }
        const opened = session.require();
        const confirmGroups = pickConfirmGroups();
        opened.pendingRecovery = { kind: 'setup', key: recovery, confirmGroups };
        setSetupComplete(opened.db, false);
        return { recoveryKey: formatRecoveryKey(recovery), confirmGroups };
      }),

    unlock: (method, secret) =>
      serial(async () => {
        if (session.current() !== null) return status();
        refuseLinkedFiles(paths);
        await throttle.assertAllowed();
        const keyFile = await readKeyFileOrRecord(damage, paths.keyFile);
        const rotating = rotationPending(paths);
        if (!rotating && belongsElsewhere(keyFile, paths.database)) {
          // Not a guess: the key file is for another journal, so no secret could fit.
          await damage.record('keyMismatch');
          throw keyMismatch();
        }
        // A key change cut off by a crash: the old or the new secret finishes it.
        const dataKey = rotating
          ? await finishInterruptedRotation(paths, keyFile, method, secret).catch(async (error: unknown) => {
              const file = damagedFileOf(error);
              if (file !== null) await damage.record(file);
              throw error;
            })
          : await unwrapSecret(keyFile, method, secret);
        if (dataKey === null) throw wrongSecret(method, await throttle.recordFailure());
        // The secret was right, whatever the journal file turns out to be.
        await throttle.reset();
        try {
          await openSession(dataKey, method, method === 'passphrase' ? secret : undefined);
        } catch (error) {
          wipe(dataKey);
          throw error;
        }
        return status();
      }),

    lock: (reason) =>
      serial(async () => {
        const wasOpen = session.current() !== null;
        session.close();
        if (wasOpen) options.bus.emit('vault.locked', { reason });
        return status();
      }),

    confirmRecoveryKey: (groups) => serial(() => recoveryKeys.confirm(groups)),
    newRecoveryKey: (passphrase) => serial(() => recoveryKeys.issue(passphrase)),
    pendingRecoveryKey() {
      const pending = session.require().pendingRecovery;
      if (pending === null) throw new MendError('NOT_FOUND', 'There is no recovery key on screen.');
      return formatRecoveryKey(pending.key);
    },
    beginKeyRotation: (current, next) => serial(() => recoveryKeys.beginRotation(current, next)),

    changePassphrase: (currentPassphrase, next) =>
      serial(async () => {
        const current = session.require();
        const keyFile = await readKeyFile(paths.keyFile);
        await requirePassphrase(throttle, keyFile, currentPassphrase);
        await writeKeyFile(paths.keyFile, {
          ...keyFile,
          passphrase: await wrapWithPassphrase(current.dataKey, next, argon2),
        });
      }),

    resetPassphrase: (next) =>
      serial(async () => {
        const current = session.require();
        if (current.unlockedWith !== 'recovery') {
          throw new MendError('WRONG_SECRET', 'Use "change passphrase" and give your current one.');
        }
        const keyFile = await readKeyFile(paths.keyFile);
        await writeKeyFile(paths.keyFile, {
          ...keyFile,
          passphrase: await wrapWithPassphrase(current.dataKey, next, argon2),
        });
        current.unlockedWith = 'passphrase';
        return status();
      }),

    keychainStatus: () => keychainOps.status(),
    enableKeychain: (passphrase) => serial(() => keychainOps.enable(passphrase)),
    disableKeychain: () => serial(() => keychainOps.disable()),
    unlockWithKeychain: () => serial(() => keychainOps.unlock()),
    restoreBackup: (source, method, secret) => serial(() => recoveryOps.restore(source, method, secret)),
    repairKeyFile: (copies, method, secret) => serial(() => recoveryOps.repairKey(copies, method, secret)),
    acknowledgeDamage: (file) => serial(() => recoveryOps.acknowledge(file)),

    openReadOnlyCopy: (path) => openReadOnly(path, session.require().dataKey),
    db: () => session.require().db,
    isUnlocked: () => session.current() !== null,
    onBeforeLock: (listener) => session.onBeforeLock(listener),
    onUnlocked(listener) {
      unlockedListeners.add(listener);
      return () => unlockedListeners.delete(listener);
    },
    dispose: () =>
      serial(async () => {
        session.close();
      }),
  };
}
