import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry, EntrySummary, SearchHit, TrashedEntry } from '../../../src/shared/ipc/contract';
import { TEST_PASSPHRASE } from '../../harness/core';
import { openJournal, type JournalTestContext } from './journalHarness';

const DAY = 24 * 60 * 60 * 1000;

describe('journal entries through the dispatcher', () => {
  let j: JournalTestContext;
  beforeEach(async () => {
    j = await openJournal();
  });
  afterEach(async () => {
    await j.close();
  });

  const search = async (text: string) =>
    (await j.call<{ hits: SearchHit[] }>('search.query', { text })).hits.map((hit) => hit.refId);

  it('creates an entry dated today by default, with normalised tags', async () => {
    const entry = await j.call<Entry>('journal.create', {
      title: 'First night',
      body: 'I could not sleep.',
      tags: ['  Sleep ', 'sleep', 'Hard   Days'],
      stepId: 'bt-3-asking-forgiveness',
    });
    expect(entry).toMatchObject({
      date: '2024-05-10',
      title: 'First night',
      tags: ['hard days', 'sleep'],
      stepId: 'bt-3-asking-forgiveness',
    });
    expect(await j.call('journal.get', { id: entry.id })).toEqual(entry);
  });

  it('refuses bad payloads with VALIDATION and writes nothing', async () => {
    const bad = [
      { body: 'x'.repeat(1_000_001) },
      { title: 't'.repeat(201) },
      { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) },
      { tags: ['x'.repeat(41)] },
      { tags: ['   '] },
      { date: '2024-02-30' },
      { date: '10/05/2024' },
      { stepId: 'Not A Step!' },
      // Well formed, but no such step: the example the old free-text field suggested.
      { stepId: 'bt-3-forgiveness' },
      { body: 'ok', extra: true },
    ];
    for (const input of bad) {
      expect(await j.raw('journal.create', input), JSON.stringify(input).slice(0, 60)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    const list = await j.call<{ total: number }>('journal.list', {});
    expect(list.total).toBe(0);
  });

  it('pages the timeline newest first with a keyset cursor, never whole bodies', async () => {
    const ids = await Promise.all(
      ['2024-01-03', '2024-01-01', '2024-01-02', '2024-01-02'].map((date, i) =>
        j.call<Entry>('journal.create', { date, title: `e${i}`, body: `${'long '.repeat(200)}` }),
      ),
    );
    const first = await j.call<{ items: EntrySummary[]; next: unknown; total: number }>('journal.list', {
      limit: 2,
    });
    expect(first.total).toBe(4);
    expect(first.items.map((item) => item.title)).toEqual(['e0', 'e3']);
    expect(first.items[0]?.excerpt.length).toBeLessThanOrEqual(161);
    const second = await j.call<{ items: EntrySummary[]; next: unknown }>('journal.list', {
      limit: 2,
      after: first.next,
    });
    expect(second.items.map((item) => item.title)).toEqual(['e2', 'e1']);
    expect(second.next).toBeNull();
    expect(ids).toHaveLength(4);
  });

  it('filters by tag, step and date range, and finds neighbours under the same filter', async () => {
    const a = await j.call<Entry>('journal.create', { date: '2024-03-01', tags: ['anger'], body: 'a' });
    const b = await j.call<Entry>('journal.create', {
      date: '2024-03-05',
      tags: ['calm'],
      stepId: 'wh-2-lingering-feelings',
      body: 'b',
    });
    const c = await j.call<Entry>('journal.create', {
      date: '2024-04-01',
      tags: ['anger', 'calm'],
      body: 'c',
    });
    const titlesFor = async (filter: object) =>
      (await j.call<{ items: EntrySummary[] }>('journal.list', { filter })).items.map((item) => item.id);
    expect(await titlesFor({ tag: 'Anger' })).toEqual([c.id, a.id]);
    expect(await titlesFor({ stepId: 'wh-2-lingering-feelings' })).toEqual([b.id]);
    expect(await titlesFor({ from: '2024-03-02', to: '2024-03-31' })).toEqual([b.id]);
    expect(await titlesFor({ tag: 'calm', from: '2024-03-06' })).toEqual([c.id]);
    expect(await j.call('journal.neighbor', { id: c.id, direction: 'older' })).toEqual({ id: b.id });
    expect(
      await j.call('journal.neighbor', { id: c.id, direction: 'older', filter: { tag: 'anger' } }),
    ).toEqual({ id: a.id });
    expect(await j.call('journal.neighbor', { id: c.id, direction: 'newer' })).toEqual({ id: null });
    expect(await j.call('journal.calendar', { month: '2024-03' })).toEqual({
      days: [
        { date: '2024-03-01', count: 1 },
        { date: '2024-03-05', count: 1 },
      ],
    });
    expect(await j.call('journal.tags')).toEqual({
      tags: [
        { tag: 'anger', count: 2 },
        { tag: 'calm', count: 2 },
      ],
    });
  });

  it('keeps search in step with edits: the new word is found, the old one is not', async () => {
    const entry = await j.call<Entry>('journal.create', {
      title: 'Walk',
      body: 'We walked by the river today.',
    });
    expect(await search('river')).toEqual([String(entry.id)]);
    expect(await search('riv')).toEqual([String(entry.id)]);
    await j.call('journal.update', { id: entry.id, body: 'We walked through the orchard today.' });
    expect(await search('orchard')).toEqual([String(entry.id)]);
    expect(await search('river')).toEqual([]);
    // A tag-only edit keeps the text searchable.
    await j.call('journal.update', { id: entry.id, tags: ['walks'] });
    expect(await search('orchard')).toEqual([String(entry.id)]);
  });

  it('trash hides an entry from the timeline and search; restore brings both back', async () => {
    const entry = await j.call<Entry>('journal.create', { body: 'Lighthouse memories' });
    const trashed = await j.call<{ deletedAt: number }>('journal.trash', { id: entry.id });
    expect(trashed.deletedAt).toBe(Date.UTC(2024, 4, 10, 12));
    expect((await j.call<{ total: number }>('journal.list', {})).total).toBe(0);
    expect(await search('lighthouse')).toEqual([]);
    expect(await j.raw('journal.get', { id: entry.id })).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(await j.raw('journal.update', { id: entry.id, body: 'x' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    const trash = await j.call<{ items: TrashedEntry[]; keepDays: number }>('journal.trashList');
    expect(trash.keepDays).toBe(30);
    expect(trash.items.map((item) => item.id)).toEqual([entry.id]);

    expect(await j.call('journal.restore', { id: entry.id })).toEqual(entry);
    expect(await search('lighthouse')).toEqual([String(entry.id)]);
  });

  it('emptying the trash erases the rows, their tags and their search text for real', async () => {
    const keep = await j.call<Entry>('journal.create', { body: 'keep this one', tags: ['t'] });
    const gone = await j.call<Entry>('journal.create', { body: 'erase this secretword', tags: ['t'] });
    await j.call('journal.trash', { id: gone.id });
    expect(await j.call('journal.erase', {})).toEqual({ erased: 1 });
    expect(await j.raw('journal.restore', { id: gone.id })).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const db = j.mend.vault.db();
    expect(
      db.prepare('SELECT count(*) AS n FROM journal_entry_tags WHERE entry_id = ?').get(gone.id),
    ).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM search_docs WHERE body LIKE '%secretword%'").get()).toEqual({
      n: 0,
    });
    // The FTS5 vocabulary no longer holds the erased word (secure-delete is on).
    db.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab('main', 'search_index', 'row')");
    expect(db.prepare("SELECT count(*) AS n FROM temp.vocab WHERE term = 'secretword'").get()).toEqual({
      n: 0,
    });
    expect(db.prepare("SELECT count(*) AS n FROM temp.vocab WHERE term = 'keep'").get()).toEqual({ n: 1 });
    expect((await j.call<{ total: number }>('journal.list', {})).total).toBe(1);
    expect(keep.id).toBeGreaterThan(0);
    // Erasing a live entry by id does nothing.
    expect(await j.call('journal.erase', { id: keep.id })).toEqual({ erased: 0 });
  });

  it('purges entries trashed more than 30 days ago at the next unlock', async () => {
    const old = await j.call<Entry>('journal.create', { body: 'old' });
    await j.call('journal.trash', { id: old.id });
    j.advance(10 * DAY);
    const recent = await j.call<Entry>('journal.create', { body: 'recent' });
    await j.call('journal.trash', { id: recent.id });
    j.advance(21 * DAY);
    await j.call('vault.lock', { reason: 'manual' });
    await j.call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    const trash = await j.call<{ items: TrashedEntry[] }>('journal.trashList');
    expect(trash.items.map((item) => item.id)).toEqual([recent.id]);
  });

  it('answers LOCKED while the vault is locked, so the editor keeps its text and retries', async () => {
    const entry = await j.call<Entry>('journal.create', { body: 'before' });
    await j.call('vault.lock', { reason: 'manual' });
    expect(await j.raw('journal.update', { id: entry.id, body: 'after' })).toMatchObject({
      error: { code: 'LOCKED' },
    });
    expect(await j.raw('search.query', { text: 'before' })).toMatchObject({ error: { code: 'LOCKED' } });
    await j.call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    expect(await j.call('journal.update', { id: entry.id, body: 'after' })).toMatchObject({
      excerpt: 'after',
    });
  });

  it('a save returns what the timeline shows, not the body, rewrites tags only when they changed, and queues changed text for the next search', async () => {
    const entry = await j.call<Entry>('journal.create', {
      title: 'Walk',
      body: 'By the river.',
      tags: ['walks'],
    });
    const db = j.mend.vault.db();
    // Count the writes a save makes to the tags table and the search document, as SQLite sees them.
    db.exec(`CREATE TEMP TABLE writes (what TEXT);
      CREATE TEMP TRIGGER count_tag_deletes AFTER DELETE ON main.journal_entry_tags BEGIN INSERT INTO writes VALUES ('tags'); END;
      CREATE TEMP TRIGGER count_tag_inserts AFTER INSERT ON main.journal_entry_tags BEGIN INSERT INTO writes VALUES ('tags'); END;
      CREATE TEMP TRIGGER count_doc_updates AFTER UPDATE ON main.search_docs BEGIN INSERT INTO writes VALUES ('doc'); END;
      CREATE TEMP TRIGGER count_queued_inserts AFTER INSERT ON main.search_pending BEGIN INSERT INTO writes VALUES ('queued'); END;
      CREATE TEMP TRIGGER count_queued_updates AFTER UPDATE ON main.search_pending BEGIN INSERT INTO writes VALUES ('queued'); END;`);
    const writes = () => {
      const rows = db.prepare('SELECT what FROM writes').all() as { what: string }[];
      db.exec('DELETE FROM writes');
      return [...new Set(rows.map((row) => row.what))].sort();
    };
    const full = { title: 'Walk', date: entry.date, stepId: null };

    const saved = await j.call<EntrySummary>('journal.update', {
      id: entry.id,
      ...full,
      body: 'By the river, slowly.',
      tags: ['walks'],
    });
    expect(saved).toEqual({
      id: entry.id,
      date: entry.date,
      title: 'Walk',
      excerpt: 'By the river, slowly.',
      tags: ['walks'],
      stepId: null,
      updatedAt: expect.any(Number),
    });
    expect(writes()).toEqual(['queued']); // typing: the text changed (queued, not indexed yet), the tags did not
    expect(await search('slowly')).toEqual([String(entry.id)]); // the search indexed it first
    expect(writes()).toEqual(['doc']);
    expect(db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);

    await j.call('journal.update', {
      id: entry.id,
      ...full,
      body: 'By the river, slowly.',
      tags: ['walks', 'calm'],
    });
    expect(writes()).toEqual(['tags']);
    await j.call('journal.update', {
      id: entry.id,
      ...full,
      body: 'By the river, slowly.',
      tags: ['calm', 'walks'],
    });
    expect(writes()).toEqual([]); // the same tags in another order are no change
    expect(await search('slowly')).toEqual([String(entry.id)]);
    expect(j.mend.journal.get(entry.id).tags).toEqual(['calm', 'walks']);
  });

  it('inserts many entries in one transaction through the service', async () => {
    const ids = j.mend.journal.insertMany(
      Array.from({ length: 500 }, (_, i) => ({
        date: '2023-01-01',
        title: `n${i}`,
        body: 'bulk',
        tags: ['bulk'],
        stepId: null,
      })),
    );
    expect(ids).toHaveLength(500);
    expect((await j.call<{ total: number }>('journal.list', { filter: { tag: 'bulk' } })).total).toBe(500);
  });
});
