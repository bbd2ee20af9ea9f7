import { MendError } from '@shared/errors';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, MendArchive } from '@shared/export/archiveFormat';

/**
 * Writes and reads the JSON export (docs/export-format.md). The writer is canonical: lists
 * in a fixed order and keys in the schema's order, so exporting, importing into a new vault
 * and exporting again gives the same file apart from `exportedAt`. The reader refuses
 * anything it cannot fully understand, with a typed error, before anything is imported.
 */

const byKey =
  <T>(...keys: ((item: T) => string)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

export function canonicalArchive(archive: MendArchive): MendArchive {
  const parsed = MendArchive.parse(archive);
  return {
    ...parsed,
    stepProgress: [...parsed.stepProgress].sort(byKey((p) => p.stepId)),
    notes: [...parsed.notes].sort(byKey((n) => n.promptId)),
    exercises: [...parsed.exercises].sort(byKey((e) => e.stepId)),
    entries: [...parsed.entries].sort(
      byKey(
        (e) => e.date,
        (e) => e.createdAt,
        (e) => e.id,
      ),
    ),
    checkins: [...parsed.checkins].sort(
      byKey(
        (c) => c.date,
        (c) => c.track,
      ),
    ),
  };
}

export function writeArchiveJson(archive: MendArchive): string {
  return `${JSON.stringify(canonicalArchive(archive), null, 2)}\n`;
}

const NOT_AN_EXPORT = 'This file is not a Mend export, or it is damaged.';

export function readArchiveJson(text: string): MendArchive {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new MendError('DAMAGED', NOT_AN_EXPORT, { file: 'export' });
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== ARCHIVE_FORMAT) {
    throw new MendError('DAMAGED', NOT_AN_EXPORT, { file: 'export' });
  }
  if (typeof head.version === 'number' && head.version > ARCHIVE_VERSION) {
    throw new MendError('NEWER_VERSION', 'This export was made by a newer version of Mend.', {
      version: head.version,
    });
  }
  const parsed = MendArchive.safeParse(json);
  if (!parsed.success) throw new MendError('DAMAGED', NOT_AN_EXPORT, { file: 'export' });
  return canonicalArchive(parsed.data);
}
