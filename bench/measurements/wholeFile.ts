import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { editedBody, journalEntries } from '../lib/dataset';
import { openWholeFile, wholeFileStore } from '../lib/wholeFileStore';
import { timed, type Measurement } from '../measurement';

/** Save and open latency of a whole-file encrypted store at two journal sizes. */
export const wholeFileMeasurement: Measurement = {
  name: 'whole-file',
  description: (s) =>
    `Baseline: the journal as one AES-256-GCM-encrypted JSON document, rewritten atomically (temp, fsync, rename, fsync folder) on every save. small = ${s.wholeFileEntries.small.toLocaleString('en')} entries, large = ${s.wholeFileEntries.large.toLocaleString('en')} entries, same text as the vault's.`,
  async run({ runs, workDir, sizes }) {
    const key = randomBytes(32);
    const samples: Record<string, number[]> = {};
    const bodies = Array.from({ length: 8 }, (_, i) => editedBody(sizes, 100 + i));
    for (const [label, count] of Object.entries(sizes.wholeFileEntries)) {
      const entries = journalEntries({ ...sizes, entries: count }).map((entry, index) => ({
        id: index + 1,
        date: entry.date,
        title: entry.title,
        body: entry.body,
        tags: entry.tags,
      }));
      const path = join(workDir, `journal-${label}.enc`);
      let store = wholeFileStore(path, key, entries);
      await store.write();
      const saves: number[] = [];
      const opens: number[] = [];
      // A save rewrites megabytes: the fast-op sample count would take minutes at 10,000.
      const repetitions = Math.max(runs, Math.min(sizes.opSamples, 30));
      for (let i = 0; i < repetitions; i++) {
        saves.push(await timed(() => store.saveEntry(1 + (i % 100), bodies[i % bodies.length] ?? '')));
        opens.push(await timed(async () => (store = await openWholeFile(path, key))));
      }
      samples[`save.${label}`] = saves;
      samples[`open.${label}`] = opens;
    }
    return samples;
  },
};
