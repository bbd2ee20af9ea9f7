import type { Channel } from '@shared/ipc/channels';
import { appSessionHandlers } from '../app/appHandlers';
import type { MendOptions } from '../createMend';
import { createAppSession } from '../app/appSession';
import { backupHandlers } from '../backup/backupHandlers';
import type { BackupService } from '../backup/backupService';
import { rejectWhileBusy } from '../concurrency/oneAtATime';
import type { Handlers } from '../ipc/dispatcher';
import type { EventBus } from '../ipc/eventBus';
import { refuseDataFolderTargets } from '../export/dataFolderGuard';
import { exportHandlers } from '../export/exportHandlers';
import { NO_PORTS } from '../export/exportPorts';
import { createExportService } from '../export/exportService';
import { personalNumberHandlers } from '../helplines/helplineHandlers';
import { createPersonalNumbers } from '../helplines/helplineService';
import { journalHandlers } from '../journal/journalHandlers';
import { searchHandlers } from '../search/searchHandlers';
import { settingsHandlers } from '../settings/settingsHandlers';
import { transferHandlers } from '../transfer/transferHandlers';
import { createTransferService } from '../transfer/transferService';
import { createIdleLock, type IdleLock } from '../lifecycle/idleLock';
import { createJournalService, type JournalService } from '../journal/journalService';
import { exerciseSearchIndexer, noteSearchIndexer } from '../program/noteSearchIndexer';
import { programHandlers } from '../program/programHandlers';
import { createProgramService } from '../program/programService';
import type { ContentService } from '../services/contentService';
import { createSettingsService, type SettingsService } from '../settings/settingsService';
import { trackerHandlers } from '../tracker/trackerHandlers';
import { createTrackerService } from '../tracker/trackerService';
import { createVaultFeature } from '../vault/vaultFeature';
import { vaultHandlers } from '../vault/vaultHandlers';
import type { VaultService } from '../vault/vaultService';

/** The channels that belong to the app, not to one journal. */
export type JournalsChannel = Extract<Channel, `journals.${string}`>;
/** Public facts every screen needs, whichever journal (if any) is chosen. */
export const APP_LEVEL_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['app.info', 'helplines.list']);
export type AppChannel = 'app.info' | 'helplines.list' | JournalsChannel;
export type JournalChannel = Exclude<Channel, AppChannel>;
export type JournalHandlers = Pick<Handlers, JournalChannel>;

/**
 * One journal's part of the app's options (`MendOptions`, which says what each is), plus that
 * journal's folder and what the app shares with it. `dataDir` is the whole data folder (every
 * journal and the registry): no export may be saved in it.
 */
export type JournalScopeOptions = Pick<
  MendOptions,
  | 'dataDir'
  | 'version'
  | 'argon2'
  | 'now'
  | 'keychain'
  | 'power'
  | 'powerLockGraceMs'
  | 'exportPorts'
  | 'timers'
  | 'windowMinimizer'
> & {
  /** This journal's own folder (a complete vault of its own). */
  dir: string;
  bus: EventBus;
  content: ContentService;
};

/** Everything that works with one journal; built when the journal is chosen, dropped on switching. */
export interface JournalScope {
  dir: string;
  vault: VaultService;
  backups: BackupService;
  settings: SettingsService;
  journal: JournalService;
  /** Main's own auto-lock of this journal (lifecycle/idleLock.ts). */
  idleLock: IdleLock;
  handlers: JournalHandlers;
  dispose(): Promise<void>;
}

/**
 * Builds one journal's services over its own folder: its vault, backups, settings, entries,
 * check-ins, program, exports. Two scopes share nothing but the event bus, and only one
 * exists at a time, so one journal's window can never reach another journal's data.
 */
export function createJournalScope(options: JournalScopeOptions): JournalScope {
  const { content, bus } = options;
  const ports = options.exportPorts ?? NO_PORTS;
  const settings = createSettingsService(options.dir, options.now);
  const stopSettingsEvents = settings.onChange((next) => bus.emit('settings.changed', next));
  const vaultFeature = createVaultFeature({
    ...options,
    dataDir: options.dir,
    bus,
    settings,
    paperPrinter: ports.paperPrinter,
    clipboard: ports.clipboard,
  });
  const { vault, backups } = vaultFeature;
  const stepIds = new Set(content.program().tracks.flatMap((track) => track.steps.map((step) => step.id)));
  const journal = createJournalService({
    vault,
    // An entry links only to a real step of the program (issue 15: no free-text ids).
    isKnownStep: (stepId) => stepIds.has(stepId),
    ...(options.now ? { now: options.now } : {}),
  });
  const tracker = createTrackerService({ vault, ...(options.now ? { now: options.now } : {}) });
  const program = createProgramService({
    content: content.program(),
    vault,
    now: options.now,
    onNoteWritten: noteSearchIndexer(content.program()),
    onExerciseWritten: exerciseSearchIndexer(content.program()),
  });

  const idleLock = createIdleLock({
    vault,
    // Until the settings are read, the default period (never "no auto-lock").
    autoLockMinutes: 5,
    ...(options.timers ? { timers: options.timers } : {}),
  });
  void settings.get().then(
    (current) => idleLock.setAutoLockMinutes(current.autoLockMinutes),
    () => undefined,
  );
  const stopIdleSettings = settings.onChange((next) => idleLock.setAutoLockMinutes(next.autoLockMinutes));

  // Every export and transfer saves through this one guarded dialog port, which refuses the
  // whole data folder: this journal's folder, every other journal's, and the registry's.
  const saveTarget = refuseDataFolderTargets(ports.saveTarget, options.dataDir);
  // One export or import at a time, across both: a PDF export and an import never overlap.
  const oneAtATime = rejectWhileBusy('Another export or import is already running.');
  const exports = createExportService({
    vault,
    content,
    services: { program, journal, tracker },
    version: options.version,
    now: options.now,
    ports: { ...ports, saveTarget },
    oneAtATime,
  });
  const transfer = createTransferService({
    vault,
    backups,
    services: { program, journal, tracker },
    saveTarget,
    version: options.version,
    now: options.now ?? Date.now,
    oneAtATime,
  });
  const appSession = createAppSession({ idleLock, vault, windowMinimizer: options.windowMinimizer });

  // Composition only: each feature's handlers bind its service, one call per channel.
  const handlers: JournalHandlers = {
    ...appSessionHandlers(appSession),
    ...vaultHandlers(vaultFeature),
    ...backupHandlers(backups),
    ...personalNumberHandlers(createPersonalNumbers(vault)),
    ...settingsHandlers(settings),
    ...trackerHandlers(tracker),
    ...programHandlers(program),
    ...journalHandlers(journal),
    ...searchHandlers(journal),
    ...exportHandlers(exports),
    ...transferHandlers(transfer),
  };

  return {
    dir: options.dir,
    vault,
    backups,
    settings,
    journal,
    idleLock,
    handlers,
    async dispose() {
      idleLock.dispose();
      stopIdleSettings();
      stopSettingsEvents();
      await vaultFeature.dispose();
    },
  };
}
