import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalLayout, newJournalId, scanJournalFolders } from '../../../src/main/journals/journalLayout';
import { createJournalRegistry, defaultName } from '../../../src/main/journals/journalRegistry';
import { filesUnder } from '../../harness/canarySweep';
import { makeTempDir } from '../../harness/core';

/** A journal folder as a vault leaves it: a key file and a database (contents do not matter here). */
async function journalFolder(dataDir: string, id: string, files = ['journal.mend.key', 'journal.mend.db']) {
  const dir = journalLayout(dataDir).journalDir(id);
  await mkdir(dir, { recursive: true });
  for (const name of files) await writeFile(join(dir, name), `${name} of ${id}`);
  return dir;
}

describe('journal registry', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir('mend-registry-');
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('names journals by what the person chose, and gives neutral "Journal N" names otherwise', async () => {
    const layout = journalLayout(temp.path);
    const registry = createJournalRegistry(layout, () => 0);
    const [a, b] = [newJournalId(), newJournalId()].sort() as [string, string];
    await journalFolder(temp.path, a);
    await journalFolder(temp.path, b);
    await registry.put({ id: b, name: 'Journal 1' });
    expect(await registry.list()).toEqual([
      { id: a, name: 'Journal 2' },
      { id: b, name: 'Journal 1' },
    ]);
    expect(await registry.nextDefaultName()).toBe('Journal 3');
    expect(defaultName(new Set(['Journal 1', 'Journal 3']))).toBe('Journal 2');
    // Only ids and names: nothing about when, which track, or how much was written.
    const file = JSON.parse(await readFile(layout.registry, 'utf8')) as { journals: object[] };
    for (const entry of file.journals) expect(Object.keys(entry).sort()).toEqual(['id', 'name']);
  });

  it('a missing registry file still finds and offers every journal folder, and deletes nothing', async () => {
    const layout = journalLayout(temp.path);
    const ids = [newJournalId(), newJournalId(), newJournalId()].sort();
    for (const id of ids) await journalFolder(temp.path, id);
    // A folder with only a damaged database (no key file) is still a journal to be told about.
    const damagedOnly = newJournalId();
    await journalFolder(temp.path, damagedOnly, ['journal.mend.db']);
    const before = filesUnder(temp.path).sort();
    const registry = createJournalRegistry(layout, () => 0);
    const listed = await registry.list();
    expect(listed.map((entry) => entry.id).sort()).toEqual([...ids, damagedOnly].sort());
    expect(new Set(listed.map((entry) => entry.name)).size).toBe(4);
    expect(filesUnder(temp.path).sort()).toEqual(before);
  });

  it('a damaged registry file is copied aside untouched, every folder is still offered, nothing is deleted', async () => {
    const layout = journalLayout(temp.path);
    const ids = [newJournalId(), newJournalId()].sort() as [string, string];
    for (const id of ids) await journalFolder(temp.path, id);
    for (const garbage of ['{"format":"mend-journals","version":1,"journals":[{"id":"x"', '\u0000\u0001', '[]', '']) {
      await writeFile(layout.registry, garbage);
      const registry = createJournalRegistry(layout, () => 1_700_000_000_000);
      expect((await registry.list()).map((entry) => entry.id), JSON.stringify(garbage)).toEqual(ids);
      for (const id of ids) {
        expect((await readdir(layout.journalDir(id))).sort()).toEqual(['journal.mend.db', 'journal.mend.key']);
      }
      expect(await readFile(layout.registry, 'utf8')).toBe(garbage);
    }
    const aside = await readdir(layout.quarantine);
    expect(aside.some((name) => name.endsWith('journals.json'))).toBe(true);
    // Writing again rebuilds the registry from the folders and keeps the new name.
    const registry = createJournalRegistry(layout, () => 0);
    await registry.put({ id: ids[1], name: 'Evening pages' });
    expect(await registry.list()).toEqual([
      { id: ids[0], name: 'Journal 1' },
      { id: ids[1], name: 'Evening pages' },
    ]);
  });

  it('entries whose folder is gone are not offered; folders without a vault or with odd names are ignored', async () => {
    const layout = journalLayout(temp.path);
    const registry = createJournalRegistry(layout, () => 0);
    const kept = newJournalId();
    await journalFolder(temp.path, kept);
    await registry.put({ id: kept, name: 'Mine' });
    await writeFile(
      layout.registry,
      JSON.stringify({
        format: 'mend-journals',
        version: 1,
        journals: [
          { id: kept, name: 'Mine' },
          { id: newJournalId(), name: 'Gone' },
        ],
      }),
    );
    await mkdir(layout.journalDir(newJournalId()), { recursive: true }); // empty: not a journal
    await journalFolder(temp.path, 'not-an-id');
    await journalFolder(temp.path, `${newJournalId()}.removing`);
    expect(await registry.list()).toEqual([{ id: kept, name: 'Mine' }]);
    expect(scanJournalFolders(layout)).toEqual([kept]);
    expect(existsSync(layout.journalDir('not-an-id'))).toBe(true);
  });
});
