import { loadContentService } from '../../src/main/services/contentService';
import { addDays } from '../../src/shared/dates';
import { TRACK_METRICS } from '../../src/shared/tracker/checkins';
import { gentleInsights } from '../../src/shared/tracker/insights';
import { metricTrend, metricYear } from '../../src/shared/tracker/metricChart';
import { RESOURCES_DIR } from '../../tests/harness/core';
import { editedBody, NEWEST_DAY, SEARCH_QUERIES } from '../lib/dataset';
import { encryptedStore, plainStore, type JournalStore } from '../lib/journalStores';
import { timedSync, type Measurement } from '../measurement';

/** The renderer's page sizes (useTimeline's TIMELINE_PAGE, SearchResults' limit). */
const LIST_PAGE = 200;
const SEARCH_LIMIT = 100;
const WARM_UP = 5;

type Operation = (store: JournalStore, i: number) => unknown;

function operations(bodies: readonly string[]): Record<string, Operation> {
  return {
    // What autosave does: rewrite one recent entry's body, durably (WAL, synchronous=FULL).
    save: (store, i) =>
      store.journal.update({ id: store.ids[i % 100] ?? 1, body: bodies[i % bodies.length] ?? '' }),
    list: (store) => store.journal.list({}, null, LIST_PAGE),
    // One entry by id, anywhere in the five years: an indexed read of a cold-ish page.
    get: (store, i) => store.journal.get(store.ids[(i * 7919) % store.ids.length] ?? 1),
    search: (store, i) =>
      store.journal.search({
        text: SEARCH_QUERIES[i % SEARCH_QUERIES.length] ?? '',
        after: null,
        limit: SEARCH_LIMIT,
      }),
    // A year of check-ins to everything the tracker screen draws.
    tracker: (store) => {
      const from = addDays(NEWEST_DAY, -364);
      const checkins = store.tracker.range('broke-trust', from, NEWEST_DAY);
      for (const metric of TRACK_METRICS['broke-trust']) {
        metricTrend(checkins, metric, from, NEWEST_DAY);
        metricYear(checkins, metric, NEWEST_DAY);
      }
      return gentleInsights(checkins, NEWEST_DAY);
    },
  };
}

/**
 * Save, list, read, search and tracker charts on the same seeded journal, in the encrypted
 * vault and in an unencrypted SQLite file with the same schema and pragmas. The two are
 * timed in alternation, so background noise falls on both alike.
 */
export const journalMeasurement: Measurement = {
  name: 'journal',
  description: (s) =>
    `Encrypted vault vs unencrypted SQLite (same schema, migrations, pragmas, services), ${s.entries.toLocaleString('en')} entries of ~${s.wordsPerEntry} words over ${s.years} years, step notes, ${s.checkinDays} daily check-ins. save = update one entry durably; list = newest ${LIST_PAGE}; get = one entry by id; search = ${SEARCH_QUERIES.length} queries in turn, ${SEARCH_LIMIT} hits; tracker = a year of check-ins to chart, year grid and insights data.`,
  async run({ workDir, sizes, log }) {
    const program = (await loadContentService(RESOURCES_DIR)).program();
    log(`seeding the encrypted vault with ${sizes.entries} entries`);
    const encrypted = await encryptedStore(workDir, program, sizes);
    log('seeding the unencrypted database');
    const plain = plainStore(workDir, program, sizes);
    const bodies = Array.from({ length: 16 }, (_, i) => editedBody(sizes, 100 + i));
    const samples: Record<string, number[]> = {};
    try {
      for (const [name, operation] of Object.entries(operations(bodies))) {
        for (let i = 0; i < WARM_UP; i++) for (const store of [encrypted, plain]) operation(store, i);
        const timings = { encrypted: [] as number[], plain: [] as number[] };
        for (let i = 0; i < sizes.opSamples; i++) {
          // Alternate which goes first, so neither always inherits the other's warm caches.
          const order = i % 2 === 0 ? [encrypted, plain] : [plain, encrypted];
          for (const store of order)
            timings[store.label].push(timedSync(() => operation(store, i + WARM_UP)));
        }
        samples[`${name}.encrypted`] = timings.encrypted;
        samples[`${name}.plain`] = timings.plain;
      }
    } finally {
      await encrypted.close();
      await plain.close();
    }
    return samples;
  },
};
