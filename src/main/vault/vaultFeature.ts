import { createBackupService, type BackupService } from '../backup/backupService';
import type { MendOptions } from '../createMend';
import type { ClipboardPort, PaperPrinter } from '../export/exportPorts';
import type { EventBus } from '../ipc/eventBus';
import { createCheckedVault, type CheckedVault } from './checkedVault';
import { lockOnPowerEvents } from './lockOnPowerEvents';
import { createRecoveryKeyOut, type RecoveryKeyOut } from './recoveryKeyOut';
import type { SettingsHealth } from './vaultDamage';
import { createVaultService, type VaultService } from './vaultService';

/** The vault's part of the app's options (`MendOptions` says what each is), over one journal's folder. */
export type VaultFeatureOptions = Pick<
  MendOptions,
  'argon2' | 'now' | 'keychain' | 'power' | 'powerLockGraceMs'
> & {
  /** The journal's own folder. */
  dataDir: string;
  bus: EventBus;
  settings: SettingsHealth;
  /** Printing the recovery key on paper (the system print dialog). */
  paperPrinter?: PaperPrinter | undefined;
  /** Copying the recovery key (the system clipboard). */
  clipboard?: ClipboardPort | undefined;
};

/** The vault's services; `vaultHandlers` and `backupHandlers` bind them to their channels. */
export interface VaultFeature {
  vault: VaultService;
  backups: BackupService;
  checked: CheckedVault;
  recoveryKeyOut: RecoveryKeyOut;
  dispose(): Promise<void>;
}

/**
 * The vault and what hangs off it: daily backups after each unlock, locking on suspend and
 * screen lock, the checked requests and the recovery key's copy and print. Built in one
 * place so the composition root adds one call.
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
    checked: createCheckedVault({ vault, backups }),
    recoveryKeyOut: createRecoveryKeyOut({
      pendingRecoveryKey: () => vault.pendingRecoveryKey(),
      paperPrinter: options.paperPrinter,
      clipboard: options.clipboard,
    }),
    async dispose() {
      stopPower();
      stopUnlockHook();
      await backups.whenIdle();
      await vault.dispose();
    },
  };
}
