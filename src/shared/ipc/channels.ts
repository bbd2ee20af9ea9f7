/**
 * The names of every invoke channel and every main-to-renderer event.
 *
 * Kept apart from the zod contract so the sandboxed preload can build the page API from
 * plain strings without bundling zod. `contract.ts` is checked against these lists at
 * compile time, so a channel cannot exist in one and not the other. A channel's prefix is
 * the folder of src/main that handles it (docs/architecture.md, "One handler convention").
 */
export const CHANNELS = [
  // app (app/)
  'app.info',
  'app.lockAndHide',
  'app.activity',
  // vault (vault/): the vault and "remember on this computer"
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.confirmRecoveryKey',
  'vault.printRecoveryKey',
  'vault.copyRecoveryKey',
  'vault.newRecoveryKey',
  'vault.rotateKey',
  'vault.changePassphrase',
  'vault.resetPassphrase',
  'vault.repairKey',
  'vault.acknowledgeDamage',
  'vault.keychainStatus',
  'vault.enableKeychain',
  'vault.disableKeychain',
  'vault.unlockWithKeychain',
  // settings (settings/)
  'settings.get',
  'settings.update',
  // tracker (tracker/)
  'tracker.save',
  'tracker.get',
  'tracker.range',
  'tracker.delete',
  'tracker.summary',
  'tracker.rememberedTrack',
  'tracker.rememberTrack',
  // program (program/): steps, notes, exercises
  'program.content',
  'program.safety',
  'program.state',
  'program.chooseTracks',
  'program.answerSafetyCheck',
  'program.postponeSafetyCheck',
  'program.setStepStatus',
  'program.openStep',
  'program.notes',
  'program.saveNote',
  'program.exercise',
  'program.saveExercise',
  // journal (journal/)
  'journal.create',
  'journal.get',
  'journal.update',
  'journal.list',
  'journal.neighbor',
  'journal.calendar',
  'journal.tags',
  'journal.trash',
  'journal.restore',
  'journal.trashList',
  'journal.erase',
  // search (search/): entries and step notes
  'search.query',
  // backup (backup/)
  'backup.list',
  'backup.now',
  'backup.restore',
  'backup.deleteOld',
  // export (export/)
  'export.choices',
  'export.pdf',
  'export.stepPdf',
  'export.itemPdf',
  'export.markdown',
  'export.json',
  'export.showFile',
  // transfer (transfer/): JSON import, .mend files
  'transfer.importJson',
  'transfer.backupFile',
  'transfer.restoreBackupFile',
  // helplines (helplines/): the bundled list is the app's, the personal number a journal's
  'helplines.list',
  'helplines.getPersonal',
  'helplines.savePersonal',
  // journals (journals/): several private journals in one data folder
  'journals.list',
  'journals.choose',
  'journals.leave',
  'journals.create',
  'journals.rename',
  'journals.removalPlan',
  'journals.remove',
] as const;

export const EVENTS = ['vault.locked', 'vault.lockRequested', 'settings.changed', 'app.command'] as const;

export type Channel = (typeof CHANNELS)[number];
export type EventName = (typeof EVENTS)[number];

/** The Electron IPC channel names used by the preload and the main registration. */
export const IPC_INVOKE = 'mend:invoke';
export const IPC_EVENT = 'mend:event';
