import { Settings as SettingsSchema } from '@shared/ipc/contracts/settings';
import type { Settings } from '@shared/ipc/contract';
import { appHandlers } from './app/appHandlers';
import { createAppService } from './app/appService';
import type { BackupService } from './backup/backupService';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatcher';
import { createEventBus, type EventBus } from './ipc/eventBus';
import type { ExportPorts } from './export/exportPorts';
import { helplineListHandlers } from './helplines/helplineHandlers';
import { createHelplineList, loadHelplineFile, type LocaleCountry } from './helplines/helplineService';
import type { WindowMinimizer } from './app/lockAndHide';
import type { SenderPolicy } from './ipc/senderPolicy';
import type { Timers } from './lifecycle/idleLock';
import type { JournalService } from './journal/journalService';
import { createJournalScope, type JournalScope } from './journals/journalScope';
import { currentJournalHandlers, journalsHandlers } from './journals/journalsHandlers';
import { createJournalsService, type JournalsService } from './journals/journalsService';
import type { PowerEvents } from './power/powerEvents';
import { loadContentService } from './services/contentService';
import type { SettingsService } from './settings/settingsService';
import type { Argon2Params } from './vault/kdf';
import type { Keychain } from './vault/keychain';
import { guardWhileLocked } from './vault/lockedChannels';
import type { VaultService } from './vault/vaultService';

export interface MendOptions {
  /** The data folder: the journals registry and one subfolder per journal (docs/architecture.md). */
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
  /** The clock of main's own auto-lock (tests pass a fake one). */
  timers?: Timers;
  /** The system's country for the helplines (Electron's getLocaleCountryCode; a test's fake). */
  localeCountry?: LocaleCountry;
  /** Minimises the window for "lock and hide" (Electron's BrowserWindow; a test's recorder). */
  windowMinimizer?: WindowMinimizer;
}

/** The window's settings: the chosen journal's own, or the defaults while choosing. */
export interface AppSettings {
  get(): Promise<Settings>;
  /** Told after a saved change and after every switch of journal. */
  onChange(listener: (settings: Settings) => void): () => void;
}

export interface Mend {
  dispatch: Dispatch;
  bus: EventBus;
  journals: JournalsService;
  /** The chosen journal's services; these throw while the person is choosing a journal. */
  readonly vault: VaultService;
  readonly backups: BackupService;
  readonly settings: SettingsService;
  readonly journal: JournalService;
  /** What the window follows (theme, privacy): works while choosing too. */
  appSettings: AppSettings;
  /** The window's process is gone or hung: the chosen journal's auto-lock locks at once. */
  windowLost(): void;
  dispose(): Promise<void>;
}

/**
 * The composition root of the main process: builds every service from plain arguments and
 * binds them to the contract. Electron's `index.ts` and the test harness both call this, so
 * tests exercise exactly what the app runs. Everything that belongs to one journal is built
 * per journal (journals/journalScope.ts) when that journal is chosen.
 */
export async function createMend(options: MendOptions): Promise<Mend> {
  const content = await loadContentService(options.resourcesDir);
  // Public facts, for every screen: validated at start-up like the program content.
  const helplines = createHelplineList(await loadHelplineFile(options.resourcesDir), options.localeCountry);
  const bus = createEventBus();
  const journals = createJournalsService({
    dataDir: options.dataDir,
    ...(options.now ? { now: options.now } : {}),
    openScope: (dir) => createJournalScope({ ...options, dir, bus, content }),
  });
  await journals.start();

  const requireScope = (): JournalScope => {
    const scope = journals.current();
    if (scope === null) throw new Error('No journal is chosen.');
    return scope;
  };

  const settingsListeners = new Set<(settings: Settings) => void>();
  const getSettings = async (): Promise<Settings> =>
    (await journals.current()?.settings.get()) ?? SettingsSchema.parse({});
  const tellSettings = (next: Settings) => {
    for (const listener of settingsListeners) listener(next);
  };
  bus.connect((name, payload) => {
    if (name === 'settings.changed') tellSettings(payload as Settings);
  });
  journals.onSwitch(() => {
    void getSettings().then(tellSettings, () => undefined);
  });

  const handlers: Handlers = {
    ...appHandlers(createAppService({ version: options.version, content })),
    ...helplineListHandlers(helplines),
    ...journalsHandlers(journals),
    ...currentJournalHandlers(journals),
  };

  const isUnlocked = (): boolean => journals.current()?.vault.isUnlocked() ?? false;
  const dispatch = createDispatcher(guardWhileLocked(handlers, isUnlocked), {
    policy: options.policy,
    ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
  });

  return {
    dispatch,
    bus,
    journals,
    get vault() {
      return requireScope().vault;
    },
    get backups() {
      return requireScope().backups;
    },
    get settings() {
      return requireScope().settings;
    },
    get journal() {
      return requireScope().journal;
    },
    windowLost() {
      journals.current()?.idleLock.windowLost();
    },
    appSettings: {
      get: getSettings,
      onChange(listener) {
        settingsListeners.add(listener);
        return () => settingsListeners.delete(listener);
      },
    },
    async dispose() {
      await journals.dispose();
    },
  };
}
