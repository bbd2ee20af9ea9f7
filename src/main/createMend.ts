import type { AppInfo } from '../shared/ipc/contract';
import type { BackupService } from './backup/backupService';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatcher';
import { createEventBus, type EventBus } from './ipc/eventBus';
import { refuseDataFolderTargets } from './export/dataFolderGuard';
import { exportHandlers, NO_PORTS, type ExportPorts } from './export/exportHandlers';
import { transferHandlers } from './export/transferHandlers';
import type { SenderPolicy } from './ipc/senderPolicy';
import { helplineHandlers } from './helplines/helplineHandlers';
import { createHelplineService, loadHelplineFile, type LocaleCountry } from './helplines/helplineService';
import { lockAndHide, NO_WINDOW, type WindowMinimizer } from './hide/lockAndHide';
import { journalHandlers } from './journal/journalHandlers';
import { createJournalService, type JournalService } from './journal/journalService';
import type { PowerEvents } from './power/powerEvents';
import { loadContentService } from './services/contentService';
import { noteSearchIndexer } from './program/noteSearchIndexer';
import { programHandlers } from './program/programHandlers';
import { createProgramService } from './program/programService';
import { createSettingsService, type SettingsService } from './settings/settingsService';
import { trackerHandlers } from './tracker/trackerHandlers';
import { createTrackerService } from './tracker/trackerService';
import type { Argon2Params } from './vault/kdf';
import type { Keychain } from './vault/keychain';
import { createVaultFeature } from './vault/vaultFeature';
import type { VaultService } from './vault/vaultService';

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
  /** The OS keychain for "remember on this computer" (Electron safeStorage in the app). */
  keychain?: Keychain;
  /** Suspend and screen-lock events (Electron powerMonitor in the app). */
  power?: PowerEvents;
  /** How long a power-event lock waits for the window to save first (tests shorten it). */
  powerLockGraceMs?: number;
  onUnexpectedError?: (channel: string, error: unknown) => void;
  /** The printer, save dialog and file manager for exports (Electron's, or a test's). */
  exportPorts?: ExportPorts;
  /** The system's country for the helplines (Electron's getLocaleCountryCode; a test's fake). */
  localeCountry?: LocaleCountry;
  /** Minimises the window for "lock and hide" (Electron's BrowserWindow; a test's recorder). */
  windowMinimizer?: WindowMinimizer;
}

export interface Mend {
  dispatch: Dispatch;
  bus: EventBus;
  vault: VaultService;
  backups: BackupService;
  settings: SettingsService;
  journal: JournalService;
  dispose(): Promise<void>;
}

/**
 * The composition root of the main process: builds every service from plain arguments and
 * binds them to the contract. Electron's `index.ts` and the test harness both call this, so
 * tests exercise exactly what the app runs.
 */
export async function createMend(options: MendOptions): Promise<Mend> {
  const content = await loadContentService(options.resourcesDir);
  const helplineFile = await loadHelplineFile(options.resourcesDir);
  const bus = createEventBus();
  const settings = createSettingsService(options.dataDir, options.now);
  settings.onChange((next) => bus.emit('settings.changed', next));
  const vaultFeature = createVaultFeature({ ...options, bus, settings });
  const { vault, backups } = vaultFeature;
  const journal = createJournalService({ vault, ...(options.now ? { now: options.now } : {}) });
  const tracker = createTrackerService({ vault, ...(options.now ? { now: options.now } : {}) });
  const program = createProgramService({
    content: content.program(),
    vault,
    now: options.now,
    onNoteWritten: noteSearchIndexer(content.program()),
  });

  const helplines = createHelplineService({
    file: helplineFile,
    vault,
    localeCountry: options.localeCountry,
  });

  const ports = options.exportPorts ?? NO_PORTS;
  // Every export and transfer saves through this one guarded dialog port.
  const saveTarget = refuseDataFolderTargets(ports.saveTarget, options.dataDir);

  const handlers: Handlers = {
    'app.info': (): AppInfo => ({
      name: 'Mend',
      version: options.version,
      tracks: content.program().tracks.map(({ id, title, tagline }) => ({ id, title, tagline })),
    }),
    ...vaultFeature.handlers,
    'app.lockAndHide': () => lockAndHide(vault, options.windowMinimizer ?? NO_WINDOW),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    ...trackerHandlers(tracker),
    ...programHandlers(program),
    ...helplineHandlers(helplines),
    ...journalHandlers(journal),
    ...exportHandlers({
      vault,
      content,
      services: { program, journal, tracker },
      version: options.version,
      now: options.now,
      ports: { ...ports, saveTarget },
    }),
    ...transferHandlers({
      vault,
      backups,
      services: { program, journal, tracker },
      saveTarget,
      version: options.version,
      now: options.now ?? Date.now,
    }),
  };

  const dispatch = createDispatcher(handlers, {
    policy: options.policy,
    ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
  });

  return {
    dispatch,
    bus,
    vault,
    backups,
    settings,
    journal,
    async dispose() {
      await vaultFeature.dispose();
    },
  };
}
