import type { AppInfo } from '../shared/ipc/contract';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatcher';
import { createEventBus, type EventBus } from './ipc/eventBus';
import { exportHandlers, type ExportPorts } from './export/exportHandlers';
import type { SenderPolicy } from './ipc/senderPolicy';
import { loadContentService } from './services/contentService';
import { createSettingsService, type SettingsService } from './settings/settingsService';
import type { Argon2Params } from './vault/kdf';
import { vaultHandlers } from './vault/vaultHandlers';
import { createVaultService, type VaultService } from './vault/vaultService';

export interface MendOptions {
  /** Folder that holds the encrypted journal and its key file. */
  dataDir: string;
  /** Folder with `content/<locale>/…`. */
  resourcesDir: string;
  version: string;
  policy: SenderPolicy;
  /** Key-derivation cost; the default suits a laptop, tests may lower it to the 64 MiB floor. */
  argon2?: Argon2Params;
  /** The clock, in milliseconds since the epoch. */
  now?: () => number;
  onUnexpectedError?: (channel: string, error: unknown) => void;
  /** The printer, save dialog and file manager for exports (Electron's, or a test's). */
  exportPorts?: ExportPorts;
}

export interface Mend {
  dispatch: Dispatch;
  bus: EventBus;
  vault: VaultService;
  settings: SettingsService;
  dispose(): Promise<void>;
}

/**
 * The composition root of the main process: builds every service from plain arguments and
 * binds them to the contract. Electron's `index.ts` and the test harness both call this, so
 * tests exercise exactly what the app runs.
 */
export async function createMend(options: MendOptions): Promise<Mend> {
  const content = await loadContentService(options.resourcesDir);
  const bus = createEventBus();
  const settings = createSettingsService(options.dataDir);
  const vault = createVaultService({
    dataDir: options.dataDir,
    bus,
    ...(options.argon2 ? { argon2: options.argon2 } : {}),
    ...(options.now ? { now: options.now } : {}),
  });

  const handlers: Handlers = {
    'app.info': (): AppInfo => ({
      name: 'Mend',
      version: options.version,
      tracks: content.program().tracks.map(({ id, title, tagline }) => ({ id, title, tagline })),
    }),
    ...vaultHandlers(vault),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    ...exportHandlers({ vault, content, version: options.version, now: options.now, ports: options.exportPorts }),
  };

  const dispatch = createDispatcher(handlers, {
    policy: options.policy,
    ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
  });

  return {
    dispatch,
    bus,
    vault,
    settings,
    async dispose() {
      await vault.dispose();
    },
  };
}
