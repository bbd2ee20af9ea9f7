import type { JournalService, NewEntry } from './journalService';

/**
 * Measurements for `npm run bench` (the bench runner lives in `bench/`, owned elsewhere):
 * it opens a vault, then calls `measureJournal(mend.journal)`. Nothing here asserts a
 * timing; the runner decides what is too slow.
 */

const WORDS = [
  'morning',
  'talk',
  'trust',
  'walk',
  'harbour',
  'quiet',
  'anger',
  'sleep',
  'letter',
  'honest',
  'patience',
  'garden',
  'promise',
  'listen',
  'repair',
  'river',
  'forgiveness',
  'tired',
  'hope',
  'kitchen',
];

/** Deterministic entries, one a day going back from `newest`, with a few tags and steps. */
export function syntheticEntries(
  count: number,
  newest = Date.UTC(2025, 11, 31),
): (NewEntry & { date: string })[] {
  let seed = 42;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return WORDS[seed % WORDS.length] ?? 'day';
  };
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(newest - i * 86_400_000).toISOString().slice(0, 10),
    title: `${word()} ${word()}`,
    body: Array.from({ length: 120 }, word).join(' '),
    tags: i % 7 === 0 ? ['hard days'] : i % 3 === 0 ? ['walks', 'calm'] : [],
    stepId: i % 11 === 0 ? 'bt-3-forgiveness' : null,
  }));
}

export interface JournalBenchResult {
  entries: number;
  /** Milliseconds for each operation. */
  insertAllMs: number;
  firstPageMs: number;
  /** The page after scrolling through everything but the last page. */
  lastPageMs: number;
  tagFilterPageMs: number;
  searchWordMs: number;
  searchPrefixMs: number;
  searchSubstringMs: number;
  autosaveUpdateMs: number;
}

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

/** Fills an empty, unlocked journal with `count` entries and times the common operations. */
export function measureJournal(journal: JournalService, count = 10_000): JournalBenchResult {
  const entries = syntheticEntries(count);
  const insert = time(() => journal.insertMany(entries));
  const first = time(() => journal.list({}, null, 200));
  const oldest = entries.at(-1);
  const cursor = oldest === undefined ? null : { date: oldest.date, id: Number.MAX_SAFE_INTEGER };
  const last = time(() =>
    journal.list({}, cursor === null ? null : { ...cursor, date: nextDay(cursor.date) }, 200),
  );
  const tagPage = time(() => journal.list({ tag: 'walks' }, null, 200));
  const search = (text: string) => time(() => journal.search({ text, after: null, limit: 50 })).ms;
  const id = insert.value[0];
  const update = time(() =>
    id === undefined ? null : journal.update({ id, body: `${entries[0]?.body ?? ''} more` }),
  );
  void first.value;
  void last.value;
  void tagPage.value;
  void update.value;
  return {
    entries: count,
    insertAllMs: insert.ms,
    firstPageMs: first.ms,
    lastPageMs: last.ms,
    tagFilterPageMs: tagPage.ms,
    searchWordMs: search('harbour'),
    searchPrefixMs: search('forgiv'),
    searchSubstringMs: search('难过'),
    autosaveUpdateMs: update.ms,
  };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
