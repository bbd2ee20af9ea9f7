import { backupHandlers, type BackupHandlers } from '../backup/backupHandlers';
import { createBackupService, type BackupService } from '../backup/backupService';
import type { EventBus } from '../ipc/eventBus';
import type { PowerEvents } from '../power/powerEvents';
import type { Argon2Params } from './kdf';
import type { Keychain } from './keychain';
import { lockOnPowerEvents } from './lockOnPowerEvents';
import type { SettingsHealth } from './vaultDamage';
import { vaultHandlers, type VaultHandlers } from './vaultHandlers';
import { createVaultService, type VaultService } from './vaultService';

export interface VaultFeatureOptions {
  dataDir: string;
  bus: EventBus;
  settings: SettingsHealth;
  argon2?: Argon2Params;
  now?: () => number;
  keychain?: Keychain;
  power?: PowerEvents;
  /** How long a power-event lock waits for the window to save first (tests shorten it). */
  powerLockGraceMs?: number;
}

export interface VaultFeature {
  vault: VaultService;
  backups: BackupService;
  handlers: VaultHandlers & BackupHandlers;
  dispose(): Promise<void>;
}

/**
 * The vault and what hangs off it: daily backups after each unlock, locking on suspend and
 * screen lock, and their channels. Built in one place so the composition root adds one call.
 */
export function createVaultFeature(options: VaultFeatureOptions): VaultFeature {
  const vault = createVaultService({
    dataDir: options.dataDir,
    bus: options.bus,
    settings: options.settings,
    ...(options.argon2 ? { argon2: options.argon2 } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.keychain ? { keychain: options.keychain } : {}),
  });
  const backups = createBackupService({ vault, ...(options.now ? { now: options.now } : {}) });
  const stopUnlockHook = vault.onUnlocked(() => backups.scheduleDaily());
  const stopPower = options.power
    ? lockOnPowerEvents({
        power: options.power,
        vault,
        bus: options.bus,
        ...(options.powerLockGraceMs !== undefined ? { graceMs: options.powerLockGraceMs } : {}),
      })
    : () => undefined;
  return {
    vault,
    backups,
    handlers: { ...vaultHandlers(vault, backups), ...backupHandlers(backups) },
    async dispose() {
      stopPower();
      stopUnlockHook();
      await backups.whenIdle();
      await vault.dispose();
    },
  };
}
