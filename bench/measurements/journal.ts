import { handle } from '../../src/main/ipc/dispatcher';
import { journalHandlers } from '../../src/main/journal/journalHandlers';
import { loadContentService } from '../../src/main/services/contentService';
import { addDays } from '../../src/shared/dates';
import { TRACK_METRICS } from '../../src/shared/tracker/checkins';
import { gentleInsights } from '../../src/shared/tracker/insights';
import { metricTrend, metricYear } from '../../src/shared/tracker/metricChart';
import { RESOURCES_DIR, TEST_APP_ORIGIN, TEST_WINDOW_ID, trustedSender } from '../../tests/harness/core';
import { editedBody, NEWEST_DAY, SEARCH_QUERIES } from '../lib/dataset';
import { encryptedStore, plainStore, type JournalStore } from '../lib/journalStores';
import { timed, timedSync, type Measurement } from '../measurement';

/** The renderer's page sizes (useTimeline's TIMELINE_PAGE, SearchResults' limit). */
const LIST_PAGE = 200;
const SEARCH_LIMIT = 100;
const WARM_UP = 5;

type Operation = (store: JournalStore, i: number) => unknown;

type SavePath = (input: unknown) => Promise<unknown>;

/**
 * `journal.update` the way autosave reaches it in the app: the dispatcher's `handle()` checks
 * the sender, validates the patch against the contract, calls the real handler and service,
 * and validates the summary it returns (not the body) before answering.
 */
function realSavePath(store: JournalStore): SavePath {
  const run = handle('journal.update', journalHandlers(store.journal)['journal.update'], {
    policy: { appOrigin: TEST_APP_ORIGIN, isKnownWindow: (id) => id === TEST_WINDOW_ID },
  });
  return async (input) => {
    const answer = await run(input, trustedSender);
    if (!answer.ok) throw new Error(`journal.update failed in the bench: ${answer.error.code}`);
    return answer.value;
  };
}

function operations(
  bodies: readonly string[],
  savePaths: ReadonlyMap<JournalStore, SavePath>,
): Record<string, Operation> {
  return {
    // What autosave does: rewrite one recent entry's body, durably (WAL, synchronous=FULL),
    // through the real save path (dispatcher, contract, handler, service, summary back).
    save: (store, i) =>
      savePaths.get(store)?.({ id: store.ids[i % 100] ?? 1, body: bodies[i % bodies.length] ?? '' }),
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
    `Encrypted vault vs unencrypted SQLite (same schema, migrations, pragmas, services), ${s.entries.toLocaleString('en')} entries of ~${s.wordsPerEntry} words over ${s.years} years, step notes, ${s.checkinDays} daily check-ins. save = journal.update of one recent entry through the real save path (dispatcher, contract in and out, handler, service, the summary back), durably; list = newest ${LIST_PAGE}; get = one entry by id; search = ${SEARCH_QUERIES.length} queries in turn, ${SEARCH_LIMIT} hits; tracker = a year of check-ins to chart, year grid and insights data.`,
  async run({ workDir, sizes, log }) {
    const program = (await loadContentService(RESOURCES_DIR)).program();
    log(`seeding the encrypted vault with ${sizes.entries} entries`);
    const encrypted = await encryptedStore(workDir, program, sizes);
    log('seeding the unencrypted database');
    const plain = plainStore(workDir, program, sizes);
    const bodies = Array.from({ length: 16 }, (_, i) => editedBody(sizes, 100 + i));
    const samples: Record<string, number[]> = {};
    const savePaths = new Map([encrypted, plain].map((store) => [store, realSavePath(store)] as const));
    try {
      for (const [name, operation] of Object.entries(operations(bodies, savePaths))) {
        // The save path answers a promise, awaited inside its sample; the reads are synchronous.
        const time = (work: () => unknown) =>
          name === 'save' ? timed(work) : Promise.resolve(timedSync(work));
        for (let i = 0; i < WARM_UP; i++) for (const store of [encrypted, plain]) await operation(store, i);
        const timings = { encrypted: [] as number[], plain: [] as number[] };
        for (let i = 0; i < sizes.opSamples; i++) {
          // Alternate which goes first, so neither always inherits the other's warm caches.
          const order = i % 2 === 0 ? [encrypted, plain] : [plain, encrypted];
          for (const store of order)
            timings[store.label].push(await time(() => operation(store, i + WARM_UP)));
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
