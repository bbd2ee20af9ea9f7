import { MendError } from '@shared/errors';
import type { MendArchive } from '@shared/export/archiveFormat';
import { exerciseFromItems } from '@shared/export/exerciseItems';
import type { ImportCounts } from '@shared/ipc/contract';
import { Tags } from '@shared/ipc/contracts/journal';
import type { JournalService } from '../journal/journalService';
import type { ProgramService } from '../program/programService';
import type { TrackerService } from '../tracker/trackerService';
import type { VaultService } from '../vault/vaultService';

/**
 * Writes a JSON export (already read and checked by `readArchiveJson`) into the open journal:
 * all of it in one transaction, or nothing. Only into a journal that holds no writing yet, so
 * an import can never replace or mix with what is there: a journal with entries (trashed
 * ones too), notes, exercises or check-ins is refused with CONFLICT before anything is written.
 */

export interface ImportServices {
  vault: Pick<VaultService, 'db'>;
  program: Pick<ProgramService, 'written' | 'importWritten'>;
  journal: Pick<JournalService, 'count' | 'importEntries'>;
  tracker: Pick<TrackerService, 'summary' | 'importCheckins'>;
}

export const NOT_EMPTY_MESSAGE =
  'This journal already holds writing, so nothing was imported. Import into a new, empty journal: nothing here is ever replaced.';

const cannotHold = (what: string): MendError =>
  new MendError('DAMAGED', `This export holds ${what} that Mend cannot keep.`, { file: 'export' });

/** What tells whether the journal holds writing yet (the export screen asks it too). */
export interface WritingServices {
  program: Pick<ProgramService, 'written'>;
  journal: Pick<JournalService, 'count'>;
  tracker: Pick<TrackerService, 'summary'>;
}

/** True while the journal holds no writing at all: the only time a JSON import is allowed. */
export function holdsNoWriting(services: WritingServices): boolean {
  const written = services.program.written();
  const { tracks } = services.tracker.summary();
  return (
    services.journal.count() === 0 &&
    written.notes.length === 0 &&
    written.exercises.length === 0 &&
    tracks['broke-trust'].count + tracks['was-hurt'].count === 0
  );
}

/** Everything converted before the first write, so a file Mend cannot hold writes nothing. */
function converted(archive: MendArchive) {
  const usedIds = new Set<number>();
  const entries = archive.entries.map((entry) => {
    const tags = Tags.safeParse(entry.tags);
    if (!tags.success) throw cannotHold('an entry’s tags');
    // The id the entry had, when it is one Mend could have given, keeps the same order and links.
    const number = /^[1-9]\d{0,14}$/.test(entry.id) ? Number(entry.id) : null;
    const id = number !== null && !usedIds.has(number) ? number : null;
    if (id !== null) usedIds.add(id);
    return {
      id,
      date: entry.date,
      title: entry.title ?? '',
      body: entry.bodyMarkdown,
      tags: tags.data,
      stepId: entry.stepId,
      createdAt: Date.parse(entry.createdAt),
      updatedAt: Date.parse(entry.updatedAt),
    };
  });
  const program = {
    stepProgress: archive.stepProgress.map((row) => ({ ...row, updatedAt: Date.parse(row.updatedAt) })),
    notes: archive.notes.map((note) => ({
      promptId: note.promptId,
      text: note.body,
      contentVersion: archive.program.contentVersion,
      updatedAt: Date.parse(note.updatedAt),
    })),
    exercises: archive.exercises.map((exercise) => {
      const updatedAt = Date.parse(exercise.updatedAt);
      return {
        stepId: exercise.stepId,
        data: exerciseFromItems(exercise.kind, exercise.items, updatedAt),
        updatedAt,
      };
    }),
  };
  return { entries, program, checkins: archive.checkins };
}

export function importArchive(services: ImportServices, archive: MendArchive): ImportCounts {
  const data = converted(archive);
  services.vault.db().transaction(() => {
    if (!holdsNoWriting(services)) throw new MendError('CONFLICT', NOT_EMPTY_MESSAGE);
    services.program.importWritten(data.program, archive.program.contentVersion);
    services.journal.importEntries(data.entries);
    services.tracker.importCheckins(data.checkins);
  })();
  return {
    entries: data.entries.length,
    notes: data.program.notes.filter((note) => note.text !== '').length,
    exercises: data.program.exercises.length,
    checkins: data.checkins.length,
  };
}
