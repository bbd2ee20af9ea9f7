import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry, EntrySummary } from '../../../src/shared/ipc/contract';
import { openJournal, type JournalTestContext } from './journalHarness';

/** Issue 15, "internal ids leak": an entry links to a real step or to none, checked in main. */
describe('the step an entry is linked to', () => {
  let j: JournalTestContext;
  beforeEach(async () => {
    j = await openJournal();
  });
  afterEach(async () => {
    await j.close();
  });

  it('takes a step of the program and refuses an id that is no step, on create and on update', async () => {
    const entry = await j.call<Entry>('journal.create', { body: 'a', stepId: 'wh-1-letting-go-of-anger' });
    expect(entry.stepId).toBe('wh-1-letting-go-of-anger');
    expect(await j.raw('journal.create', { body: 'b', stepId: 'bt-3-forgiveness' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await j.raw('journal.update', { id: entry.id, stepId: 'bt-9-nowhere' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await j.call<Entry>('journal.get', { id: entry.id })).stepId).toBe('wh-1-letting-go-of-anger');
    expect((await j.call<EntrySummary>('journal.update', { id: entry.id, stepId: null })).stepId).toBeNull();
  });

  it('keeps a link saved before the picker existed, while the rest of the entry is edited', async () => {
    // The old free-text field stored whatever was typed.
    const [id] = j.mend.journal.insertMany([
      { date: '2024-05-01', title: 'Old', body: 'typed by hand', tags: [], stepId: 'bt-3-forgiveness' },
    ]);
    const updated = await j.call<EntrySummary>('journal.update', {
      id,
      body: 'edited',
      stepId: 'bt-3-forgiveness',
    });
    expect(updated).toMatchObject({ excerpt: 'edited', stepId: 'bt-3-forgiveness' });
    expect(j.mend.journal.get(id ?? 0)).toMatchObject({ body: 'edited', stepId: 'bt-3-forgiveness' });
  });
});
