import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry, SearchHit } from '../../../src/shared/ipc/contract';
import { indexDocument, removeDocument } from '../../../src/main/search/searchIndex';
import { planSearch } from '../../../src/main/search/searchQuery';
import { seededRandom } from '../../../src/shared/seededRandom';
import { openJournal, type JournalTestContext } from './journalHarness';

/** Strings a person might type, including every piece of FTS5 syntax. */
export const HOSTILE_QUERIES = [
  '"',
  '""',
  '"unbalanced quote',
  'quote" in the middle',
  '*',
  '***',
  'forg*',
  '*forg',
  '-',
  '-anger',
  'self-forgiveness',
  'AND',
  'OR',
  'NOT',
  'a AND b',
  'river OR sea',
  'NOT river',
  'NEAR',
  'NEAR(river sea)',
  'NEAR(river sea, 2)',
  '(',
  ')',
  '(river',
  'river)',
  '((a OR b) AND NOT c)',
  ':',
  'title:river',
  'body : river',
  '^river',
  '+river',
  '{title body}: river',
  "don't",
  '...',
  '!?;,.',
  '   ',
  '',
  '\\',
  "'",
  '`',
  '%_',
  '今天',
  '我很难过',
  'مرحبا',
  'שלום עולם',
  '❤️',
  '👨‍👩‍👧',
  'e\u0301',
  '\u0000',
  '\uE000river\uE001',
];

describe('search through the dispatcher', () => {
  let j: JournalTestContext;
  beforeEach(async () => {
    j = await openJournal();
  });
  afterEach(async () => {
    await j.close();
  });

  const hits = async (text: string) => (await j.call<{ hits: SearchHit[] }>('search.query', { text })).hits;
  const ids = async (text: string) => (await hits(text)).map((hit) => `${hit.kind}:${hit.refId}`);

  it('answers every hostile string with hits or an empty list, never an error', async () => {
    await j.call('journal.create', {
      title: 'River',
      body: 'We sat by the river and the sea. Self-forgiveness is slow.',
    });
    await j.call('journal.create', {
      body: "今天我很难过。 مرحبا بك. שלום עולם. I ❤️ you. Café au lait. don't",
    });
    for (const text of HOSTILE_QUERIES) {
      const envelope = await j.raw('search.query', { text });
      expect(envelope.ok, `query ${JSON.stringify(text)}`).toBe(true);
      expect(Array.isArray((envelope.value as { hits: unknown }).hits)).toBe(true);
    }
    // Random punctuation soup, as a fuzz.
    const alphabet = [
      '"',
      '*',
      '-',
      '(',
      ')',
      ':',
      '^',
      '+',
      'a',
      'OR',
      'AND',
      'NEAR',
      ' ',
      "'",
      ',',
      '{',
      '}',
    ];
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let k = 0; k < 8; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect((await j.raw('search.query', { text })).ok, JSON.stringify(text)).toBe(true);
    }
  });

  it('treats operators and quotes typed by a person as words, and finds prefixes and phrases', async () => {
    const a = await j.call<Entry>('journal.create', {
      body: 'Self-forgiveness takes time. River walks help.',
    });
    const b = await j.call<Entry>('journal.create', { body: 'time with the river, and forgiveness of self' });
    expect(await ids('forgiv')).toEqual([`entry:${b.id}`, `entry:${a.id}`]);
    expect(await ids('self-forgiveness')).toEqual([`entry:${a.id}`]);
    expect(await ids('"river walks"')).toEqual([`entry:${a.id}`]);
    expect(await ids('"walks river"')).toEqual([]);
    expect(await ids('river OR nothing')).toEqual([]);
    // NEAR is a word here too: neither text has it.
    expect(await ids('NEAR(river time)')).toEqual([]);
    expect(await ids('(river time)')).toEqual([`entry:${b.id}`, `entry:${a.id}`]);
    expect(await ids('"unbalanced river')).toEqual([]);
    expect(await ids('"river')).toEqual([`entry:${b.id}`, `entry:${a.id}`]);
  });

  it('folds case and diacritics, and finds words in Arabic, Hebrew, Chinese and emoji', async () => {
    const e = await j.call<Entry>('journal.create', {
      title: 'Crème brûlée',
      body: '今天我很难过。 مرحبا بك. שלום עולם. I ❤️ you.',
    });
    const id = `entry:${e.id}`;
    for (const text of [
      'creme',
      'BRÛLÉE',
      'brulee',
      'مرحبا',
      'שלום',
      '难过',
      '今天',
      '❤️',
      'love ❤️'.slice(5),
    ]) {
      expect(await ids(text), text).toEqual([id]);
    }
    expect(await ids('悲伤')).toEqual([]);
    expect(await ids('难过 nothing')).toEqual([]);
  });

  it('marks matches in snippets as plain-text parts; stored markup stays text', async () => {
    await j.call('journal.create', {
      title: 'Evening',
      body: '<img src=x onerror=alert(1)> After the talk we felt calmer, and \uE000fake\uE001 marks stay plain.',
    });
    const [hit] = await hits('calm');
    expect(hit?.kind).toBe('entry');
    const marked = hit?.snippet.filter((part) => part.mark).map((part) => part.text);
    expect(marked).toEqual(['calmer']);
    const text = hit?.snippet.map((part) => part.text).join('') ?? '';
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).not.toContain('\uE000');
    const [cjk] = await hits('难过');
    expect(cjk).toBeUndefined();
  });

  it('shows snippets without Markdown marks, as the timeline does, the hit still marked', async () => {
    await j.call('journal.create', {
      title: 'Markdown',
      body: '## A heavy evening\n\nI felt **lonely** after the _call_, and wrote [this](https://example.com) down.\n\n- one\n- two',
    });
    const [hit] = await hits('lonely');
    const text = hit?.snippet.map((part) => part.text).join('') ?? '';
    expect(hit?.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual(['lonely']);
    for (const mark of ['##', '**', '_call_', '](', 'https://example.com', '- one']) expect(text).not.toContain(mark);
    expect(text).toContain('A heavy evening');
    expect(text).toContain('I felt lonely after the call, and wrote this down.');
  });

  it('snippets come from the body, so a match in the title alone does not show the title twice', async () => {
    await j.call('journal.create', { title: 'Harbour', body: 'We walked along the quay until the rain came.' });
    await j.call('journal.create', { title: 'Evening', body: 'The harbour lights came on one by one.' });
    const found = await hits('harbour');
    const text = (hit: SearchHit | undefined) => hit?.snippet.map((part) => part.text).join('');
    const byTitle = found.find((hit) => hit.title === 'Harbour');
    const byBody = found.find((hit) => hit.title === 'Evening');
    expect(text(byTitle)).toBe('We walked along the quay until the rain came.');
    expect(byTitle?.snippet.some((part) => part.mark)).toBe(false);
    expect(byBody?.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual(['harbour']);
  });

  it('returns step notes indexed by the program feature with kind "note"', async () => {
    const db = j.mend.vault.db();
    indexDocument(db, {
      kind: 'note',
      refId: 'bt-3-forgiveness/p1',
      title: 'Forgiveness',
      body: 'A note about the harbour',
      date: '2024-05-01',
    });
    const entry = await j.call<Entry>('journal.create', { date: '2024-05-02', body: 'harbour lights' });
    expect(await ids('harbour')).toEqual([`entry:${entry.id}`, 'note:bt-3-forgiveness/p1']);
    expect(await j.call('search.query', { text: 'harbour', kinds: ['note'] })).toMatchObject({
      hits: [{ kind: 'note', refId: 'bt-3-forgiveness/p1', date: '2024-05-01' }],
    });
    indexDocument(db, {
      kind: 'note',
      refId: 'bt-3-forgiveness/p1',
      title: 'Forgiveness',
      body: 'now about a meadow',
      date: '2024-05-01',
    });
    expect(await ids('harbour')).toEqual([`entry:${entry.id}`]);
    removeDocument(db, 'note', 'bt-3-forgiveness/p1');
    expect(await ids('meadow')).toEqual([]);
  });

  it('pages results newest first with a cursor', async () => {
    j.mend.journal.insertMany(
      Array.from({ length: 7 }, (_, i) => ({
        date: `2024-01-0${i + 1}`,
        title: `d${i + 1}`,
        body: 'same word',
        tags: [],
        stepId: null,
      })),
    );
    const first = await j.call<{ hits: SearchHit[]; next: unknown }>('search.query', {
      text: 'same',
      limit: 4,
    });
    expect(first.hits.map((hit) => hit.title)).toEqual(['d7', 'd6', 'd5', 'd4']);
    const second = await j.call<{ hits: SearchHit[]; next: unknown }>('search.query', {
      text: 'same',
      limit: 4,
      after: first.next,
    });
    expect(second.hits.map((hit) => hit.title)).toEqual(['d3', 'd2', 'd1']);
    expect(second.next).toBeNull();
  });
});

describe('planSearch', () => {
  it('never lets typed syntax through: every term is a quoted string', () => {
    for (const text of HOSTILE_QUERIES) {
      const { match } = planSearch(text);
      if (match === null) continue;
      // Outside quotes only spaces and the prefix star remain.
      const outside = match.replace(/"(?:[^"]|"")*"/g, '');
      expect(outside, text).toMatch(/^[\s*]*$/);
    }
  });
});
