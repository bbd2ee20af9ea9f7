import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureJournal } from '../../../src/main/journal/journalBench';
import { openJournal, type JournalTestContext } from './journalHarness';

describe('journal bench functions', () => {
  let j: JournalTestContext;
  beforeEach(async () => {
    j = await openJournal();
  });
  afterEach(async () => {
    await j.close();
  });

  it('measure every operation on a filled journal (no timing is asserted here)', () => {
    const result = measureJournal(j.mend.journal, 300);
    expect(result.entries).toBe(300);
    for (const [name, ms] of Object.entries(result)) expect(ms, name).toBeGreaterThanOrEqual(0);
    if (process.env['MEND_PRINT_BENCH']) console.log(result);
    expect(j.mend.journal.list({}, null, 1).total).toBe(300);
  });
});
