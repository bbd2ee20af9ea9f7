import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry, SearchHit } from '../../../src/shared/ipc/contract';
import { TEST_PASSPHRASE } from '../../harness/core';
import { openJournal, type JournalTestContext } from './journalHarness';

/**
 * An edit's search text waits in `search_pending` until the next search (migration 008): the
 * answer must still be about what was saved, through a lock and an unlock, and text that waits
 * must go when its entry goes.
 */
describe('search text queued by an edit', () => {
  let j: JournalTestContext;
  beforeEach(async () => {
    j = await openJournal();
  });
  afterEach(async () => {
    await j.close();
  });

  const found = async (text: string) =>
    (await j.call<{ hits: SearchHit[] }>('search.query', { text })).hits.map((hit) => hit.refId);
  const queued = () => j.mend.vault.db().prepare('SELECT count(*) FROM search_pending').pluck().get();
  const edit = (entry: Entry, body: string) =>
    j.call('journal.update', { id: entry.id, title: entry.title, date: entry.date, body, tags: [], stepId: null });

  it('finds the saved words and not the replaced ones, after many saves and no search between them', async () => {
    const entry = await j.call<Entry>('journal.create', { title: 'Evening', body: 'harbour' });
    for (const word of ['lantern', 'meadow', 'orchard']) await edit(entry, `We walked to the ${word}.`);
    expect(queued()).toBe(1);
    expect(await found('orchard')).toEqual([String(entry.id)]);
    expect(await found('harbour')).toEqual([]);
    expect(await found('lantern')).toEqual([]);
    expect(queued()).toBe(0);
  });

  it('keeps queued text through a lock and an unlock, and indexes it at the next search', async () => {
    const entry = await j.call<Entry>('journal.create', { body: 'first words' });
    await edit(entry, 'second thoughts by the estuary');
    await j.call('vault.lock', { reason: 'manual' });
    await j.call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    expect(queued()).toBe(1);
    expect(await found('estuary')).toEqual([String(entry.id)]);
    expect(await found('first')).toEqual([]);
  });

  it('drops the queued text with its entry: trashed, it is neither found nor kept waiting', async () => {
    const entry = await j.call<Entry>('journal.create', { body: 'plain start' });
    await edit(entry, 'a sentence about the lighthouse');
    await j.call('journal.trash', { id: entry.id });
    expect(queued()).toBe(0);
    expect(await found('lighthouse')).toEqual([]);
    // Restored, it is indexed at once with what it says.
    await j.call('journal.restore', { id: entry.id });
    expect(await found('lighthouse')).toEqual([String(entry.id)]);
  });
});
