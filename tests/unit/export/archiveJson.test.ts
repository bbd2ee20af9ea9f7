import { describe, expect, it } from 'vitest';
import { readArchiveJson, writeArchiveJson } from '../../../src/main/export/archiveJson';
import { MendError } from '../../../src/shared/errors';
import type { MendArchive } from '../../../src/shared/export/archiveFormat';
import { sampleArchive } from '../../harness/exportSamples';

function refusal(text: string): MendError {
  try {
    readArchiveJson(text);
  } catch (error) {
    if (error instanceof MendError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const reversed = (archive: MendArchive): MendArchive => ({
  ...archive,
  stepProgress: [...archive.stepProgress].reverse(),
  notes: [...archive.notes].reverse(),
  exercises: [...archive.exercises].reverse(),
  entries: [...archive.entries].reverse(),
  checkins: [...archive.checkins].reverse(),
});

describe('the JSON export', () => {
  it('reads back exactly what it wrote, and writing it again gives the same bytes', () => {
    const written = writeArchiveJson(sampleArchive());
    const read = readArchiveJson(written);
    expect(read).toEqual(readArchiveJson(writeArchiveJson(read)));
    expect(writeArchiveJson(read)).toBe(written);
    expect(read.entries.map((e) => e.id)).toEqual(['e-01', 'e-02', 'e-03', 'e-04', 'e-05', 'e-06']);
    expect(read.checkins.length).toBe(sampleArchive().checkins.length);
  });

  it('is canonical: the order the services return things in does not change the file', () => {
    expect(writeArchiveJson(reversed(sampleArchive()))).toBe(writeArchiveJson(sampleArchive()));
  });

  it('starts with its format and version, readable by people and other programs', () => {
    const written = writeArchiveJson(sampleArchive());
    expect(written).toMatch(/^\{\n {2}"format": "mend-archive",\n {2}"version": 1,\n/);
    expect(written.endsWith('}\n')).toBe(true);
    expect(readArchiveJson(`\uFEFF${written}`).entries).toHaveLength(6);
  });

  it('refuses files it cannot fully understand, with a typed error', () => {
    const good = JSON.parse(writeArchiveJson(sampleArchive())) as Record<string, unknown>;
    const text = (value: unknown): string => JSON.stringify(value);
    expect(refusal('not json').code).toBe('DAMAGED');
    expect(refusal('null').code).toBe('DAMAGED');
    expect(refusal(text({ ...good, format: 'other-app' })).code).toBe('DAMAGED');
    expect(refusal(text({ ...good, surprise: true })).code).toBe('DAMAGED');
    expect(refusal(text({ ...good, entries: [{ id: 'x' }] })).code).toBe('DAMAGED');
    expect(
      refusal(text({ ...good, notes: [{ promptId: '../x', body: '', updatedAt: '2026-01-01T00:00:00Z' }] }))
        .code,
    ).toBe('DAMAGED');
    expect(refusal(writeArchiveJson(sampleArchive()).slice(0, -20)).code).toBe('DAMAGED');
    const newer = refusal(text({ ...good, version: 2 }));
    expect(newer.code).toBe('NEWER_VERSION');
    expect(newer.detail).toEqual({ version: 2 });
  });
});
