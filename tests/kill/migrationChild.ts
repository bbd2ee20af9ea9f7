// Child process for the migration kill test: moves an old-layout data folder into the first
// journal through the REAL migration, printing each step as it is done and pausing a few
// milliseconds between steps so that random kill points fall all over the move (the pauses
// change nothing on disk). It then idles (printing) until it is killed.
// Usage: node --import ./scripts/register-ts.mjs tests/kill/migrationChild.ts <dataDir>
import { writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { journalLayout } from '../../src/main/journals/journalLayout';
import { createJournalRegistry } from '../../src/main/journals/journalRegistry';
import { migrateLegacyLayout } from '../../src/main/journals/legacyMigration';

const [dataDir] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: migrationChild <dataDir>');

const layout = journalLayout(dataDir);
writeSync(1, 'start\n');
await migrateLegacyLayout(layout, createJournalRegistry(layout, Date.now), {
  afterStep: async (step) => {
    writeSync(1, `${step}\n`);
    await sleep(2);
  },
});
writeSync(1, 'done\n');
// Lines keep coming, so a kill timer armed "after line n" always starts.
setInterval(() => writeSync(1, 'idle\n'), 5);
