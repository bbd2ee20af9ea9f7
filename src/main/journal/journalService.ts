import { MendError } from '@shared/errors';
import {
  JOURNAL_LIMITS,
  type Entry,
  type EntryFilter,
  type EntryPatch,
  type EntrySummary,
  type NeighborDirection,
  type NewEntry,
  type SearchPage,
  type SearchRequest,
  type TimelineCursor,
  type TrashedEntry,
} from '@shared/ipc/contracts/journal';
import type { Db } from '../db/openDatabase';
import { indexDocument, queueDocument, removeDocument } from '../search/searchIndex';
import { searchDocuments } from '../search/searchService';
import type { VaultService } from '../vault/vaultService';
import {
  daysWithEntries,
  eraseTrashed,
  allLiveEntries,
  countAllEntries,
  eraseTrashedBefore,
  findEntry,
  insertImportedEntry,
  insertEntry,
  listEntries,
  neighborOf,
  requireLiveEntry,
  setDeletedAt,
  summaryOf,
  tagCounts,
  trashedEntries,
  updateEntry,
  type EntryFields,
} from './entryStore';
import { DAY_MS, localDateOf } from '@shared/dates';

export interface JournalOptions {
  vault: Pick<VaultService, 'db'>;
  now?: () => number;
  /**
   * Whether the program has a step with this id. An entry can be linked only to a real step;
   * left out (tests of the journal alone), any well-formed id is taken.
   */
  isKnownStep?: (stepId: string) => boolean;
}

export interface JournalService {
  create(entry: NewEntry): Entry;
  get(id: number): Entry;
  /** Saves a change; returns what the timeline shows (not the body, which the editor already holds). */
  update(patch: EntryPatch): EntrySummary;
  list(filter: EntryFilter, after: TimelineCursor | null, limit: number): ReturnType<typeof listEntries>;
  neighbor(id: number, direction: NeighborDirection, filter: EntryFilter): number | null;
  calendar(month: string): { date: string; count: number }[];
  tags(): { tag: string; count: number }[];
  trash(id: number): { id: number; deletedAt: number };
  restore(id: number): Entry;
  trashList(): TrashedEntry[];
  erase(id: number | undefined): number;
  search(request: SearchRequest): SearchPage;
  /** Writes many entries in one transaction (imports, tests, benchmarks). Returns their ids. */
  insertMany(entries: readonly (NewEntry & { date: string })[]): number[];
  /** Every live entry in full, for exports. */
  all(): Entry[];
  /** How many entries exist, trashed ones included. */
  count(): number;
  /**
   * Writes entries from an import with their own ids (when free) and times, indexed for
   * search, in one transaction (a savepoint when called inside one).
   */
  importEntries(entries: readonly ImportedEntry[]): void;
}

export interface ImportedEntry extends NewEntry {
  date: string;
  /** The id the entry had where it was exported from; a new one when null. */
  id: number | null;
  createdAt: number;
  updatedAt: number;
}

export type { EntrySummary };

/** Tags are a set: the same tags in another order or repeated are no change. */
function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((tag) => right.has(tag));
}

/**
 * The private journal over the open vault. Each write is one transaction that changes the
 * entry, its tags and its search document (or, for an edit, the search document queued for
 * the next search) together, so search never disagrees with what was saved. When the vault is locked every call throws LOCKED; nothing is queued in main.
 */
export function createJournalService(options: JournalOptions): JournalService {
  const now = options.now ?? Date.now;
  // Each unlock opens a new connection; the trash is purged once per connection.
  const purged = new WeakSet<Db>();

  function db(): Db {
    const current = options.vault.db();
    if (!purged.has(current)) {
      purged.add(current);
      const cutoff = now() - JOURNAL_LIMITS.trashDays * DAY_MS;
      if (eraseTrashedBefore(current, cutoff) > 0) current.pragma('wal_checkpoint(TRUNCATE)');
    }
    return current;
  }

  const documentOf = (id: number, fields: EntryFields) => ({
    kind: 'entry' as const,
    refId: String(id),
    title: fields.title,
    body: fields.body,
    date: fields.date,
  });
  function index(database: Db, id: number, fields: EntryFields): void {
    indexDocument(database, documentOf(id, fields));
  }

  /** A new link must name a real step; a link the entry already has is kept as it is. */
  function checkStep(stepId: string | null | undefined, current: string | null = null): void {
    if (stepId === null || stepId === undefined || stepId === current) return;
    if (options.isKnownStep !== undefined && !options.isKnownStep(stepId)) {
      throw new MendError('VALIDATION', 'That step is not part of the program.');
    }
  }

  function createIn(database: Db, entry: NewEntry): number {
    const fields: EntryFields = { ...entry, date: entry.date ?? localDateOf(now()) };
    const id = insertEntry(database, fields, now());
    index(database, id, fields);
    return id;
  }

  return {
    create(entry) {
      checkStep(entry.stepId);
      const database = db();
      const id = database.transaction(() => createIn(database, entry))();
      return requireLiveEntry(database, id);
    },
    get: (id) => requireLiveEntry(db(), id),
    update(patch) {
      const database = db();
      database.transaction(() => {
        const current = requireLiveEntry(database, patch.id);
        checkStep(patch.stepId, current.stepId);
        const fields: EntryFields = {
          date: patch.date ?? current.date,
          title: patch.title ?? current.title,
          body: patch.body ?? current.body,
          tags: patch.tags ?? current.tags,
          stepId: patch.stepId === undefined ? current.stepId : patch.stepId,
        };
        // Autosave sends every field each time; most saves change only the body.
        updateEntry(database, patch.id, fields, now(), !sameTags(fields.tags, current.tags));
        const textChanged =
          fields.title !== current.title || fields.body !== current.body || fields.date !== current.date;
        // Autosave runs every half second while someone types: the search document is queued,
        // and indexed by the next search (src/main/search/searchIndex.ts).
        if (textChanged) queueDocument(database, documentOf(patch.id, fields));
      })();
      return summaryOf(database, patch.id);
    },
    list: (filter, after, limit) => listEntries(db(), filter, after, limit),
    neighbor: (id, direction, filter) => neighborOf(db(), id, direction, filter),
    calendar: (month) => daysWithEntries(db(), month),
    tags: () => tagCounts(db()),
    trash(id) {
      const database = db();
      const deletedAt = now();
      database.transaction(() => {
        requireLiveEntry(database, id);
        setDeletedAt(database, id, deletedAt);
        removeDocument(database, 'entry', String(id));
      })();
      return { id, deletedAt };
    },
    restore(id) {
      const database = db();
      database.transaction(() => {
        const found = findEntry(database, id);
        if (found === null) throw new MendError('NOT_FOUND', 'That entry is no longer in the trash.');
        if (found.deletedAt === null) return;
        setDeletedAt(database, id, null);
        index(database, id, found.entry);
      })();
      return requireLiveEntry(database, id);
    },
    trashList: () => trashedEntries(db()),
    erase(id) {
      const database = db();
      const erased = database.transaction(() => eraseTrashed(database, id))();
      // secure_delete overwrote the rows; a checkpoint also clears their old pages from the WAL.
      if (erased > 0) database.pragma('wal_checkpoint(TRUNCATE)');
      return erased;
    },
    search: (request) => searchDocuments(db(), request),
    insertMany(entries) {
      const database = db();
      return database.transaction(() => entries.map((entry) => createIn(database, entry)))();
    },
    all: () => allLiveEntries(db()),
    count: () => countAllEntries(db()),
    importEntries(entries) {
      const database = db();
      database.transaction(() => {
        for (const entry of entries) {
          const { id, createdAt, updatedAt, ...fields } = entry;
          const newId = insertImportedEntry(database, fields, { id, createdAt, updatedAt });
          index(database, newId, fields);
        }
      })();
    },
  };
}
