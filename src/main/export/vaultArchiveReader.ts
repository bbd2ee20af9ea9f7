import type { ProgramContent } from '@shared/content';
import { emptyArchive, type MendArchive } from '@shared/export/archiveFormat';
import { isToolKind } from '@shared/exerciseTools';
import { exerciseItems } from '@shared/export/exerciseItems';
import { TrackId } from '@shared/ipc/contracts/app';
import type { Checkin } from '@shared/tracker/checkins';
import type { JournalService } from '../journal/journalService';
import type { ProgramService } from '../program/programService';
import type { TrackerService } from '../tracker/trackerService';
import { canonicalArchive } from './archiveJson';

/**
 * Gathers everything the person wrote, from the program, journal and tracker services, as a
 * `MendArchive` (the JSON export's shape, docs/export-format.md). The PDF and the Markdown
 * folder are derived from the same archive, so no export can disagree with another.
 * Trashed journal entries are left out: the person put them away. Throws LOCKED when locked.
 */

/** Every day the tracker could hold: the store compares `YYYY-MM-DD` text. */
const ALL_DAYS = { from: '0000-01-01', to: '9999-12-31' } as const;

export interface ArchiveServices {
  program: Pick<ProgramService, 'written'>;
  journal: Pick<JournalService, 'all' | 'tags'>;
  tracker: Pick<TrackerService, 'range'>;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function readVaultArchive(
  services: ArchiveServices,
  meta: { program: ProgramContent; appVersion: string; now: number },
): MendArchive {
  const written = services.program.written();
  const archive = emptyArchive({
    exportedAt: iso(meta.now),
    appVersion: meta.appVersion,
    locale: meta.program.locale,
    contentVersion: meta.program.version,
  });
  archive.stepProgress = written.stepProgress.map((row) => ({
    stepId: row.stepId,
    status: row.status,
    updatedAt: iso(row.updatedAt),
  }));
  archive.notes = written.notes.map((note) => ({
    promptId: note.promptId,
    body: note.text,
    updatedAt: iso(note.updatedAt),
  }));
  // One exercise per step in the format, plus each of its second-edition tools; a step
  // whose own exercise changed kind keeps the newest.
  const newestByStep = new Map<string, (typeof written.exercises)[number]>();
  for (const exercise of written.exercises) {
    const key = isToolKind(exercise.data.kind) ? `${exercise.stepId}:${exercise.data.kind}` : exercise.stepId;
    const seen = newestByStep.get(key);
    if (seen === undefined || seen.updatedAt < exercise.updatedAt) newestByStep.set(key, exercise);
  }
  archive.exercises = [...newestByStep.values()].map((exercise) => ({
    stepId: exercise.stepId,
    kind: exercise.data.kind,
    items: exerciseItems(exercise.data),
    updatedAt: iso(exercise.updatedAt),
  }));
  archive.entries = services.journal.all().map((entry) => ({
    id: String(entry.id),
    date: entry.date,
    title: entry.title === '' ? null : entry.title,
    bodyMarkdown: entry.body,
    tags: entry.tags,
    stepId: entry.stepId,
    createdAt: iso(entry.createdAt),
    updatedAt: iso(entry.updatedAt),
  }));
  archive.checkins = TrackId.options.flatMap((track): Checkin[] =>
    services.tracker.range(track, ALL_DAYS.from, ALL_DAYS.to),
  );
  return canonicalArchive(archive);
}

/** The `readArchive` for `archiveDataSource`: reads the vault as it is at each call. */
export function vaultArchiveReader(
  services: ArchiveServices,
  options: { program: () => ProgramContent; appVersion: string; now: () => number },
): () => Promise<MendArchive> {
  return () =>
    Promise.resolve().then(() =>
      readVaultArchive(services, {
        program: options.program(),
        appVersion: options.appVersion,
        now: options.now(),
      }),
    );
}
