import { describe, expect, it } from 'vitest';
import { ExportDocument, ExportOptions } from '../../../src/shared/export/exportModel';
import { selectForExport } from '../../../src/shared/export/selectForExport';
import { ALL, sampleDocument } from './fixtures';

const notesOf = (document: ExportDocument): string[] =>
  document.programSections.flatMap((s) =>
    s.steps.flatMap((step) => step.prompts.map((p) => p.note?.body ?? 'NULL')),
  );
const stepIds = (document: ExportDocument): string[] =>
  document.programSections.flatMap((s) => s.steps.map((step) => step.stepId));

describe('selectForExport', () => {
  it('keeps everything written, sorts entries by date (same day in given order) and drops empty prompts and steps', () => {
    const selected = selectForExport(sampleDocument(), ALL);
    expect(selected.entries.map((e) => e.id)).toEqual(['e1', 'e2a', 'e2b', 'e3']);
    expect(notesOf(selected)).toEqual(['januarynote', 'marchnote', 'februarynote', 'hurtnote']);
    expect(stepIds(selected)).toEqual(['bt-1-honesty', 'bt-2-reaction', 'wh-1-letting-go-of-anger']);
    expect(selected.tracker.map((t) => t.trackId)).toEqual(['broke-trust', 'was-hurt']);
    expect(selected.range).toBeNull();
    expect(ExportDocument.parse(selected)).toEqual(selected);
  });

  it('filters everything dated by the range, both days included, and keeps undated exercise items', () => {
    const selected = selectForExport(sampleDocument(), { ...ALL, from: '2026-02-14', to: '2026-03-02' });
    expect(selected.range).toEqual({ from: '2026-02-14', to: '2026-03-02' });
    expect(selected.entries.map((e) => e.id)).toEqual(['e2a', 'e2b', 'e3']);
    expect(notesOf(selected)).toEqual(['hurtnote']);
    // bt-1 keeps only its undated exercise item; its notes are outside the range.
    const bt1 = selected.programSections[0]?.steps[0];
    expect(bt1?.stepId).toBe('bt-1-honesty');
    expect(bt1?.prompts).toEqual([]);
    expect(bt1?.exercise?.items.map((i) => i.text)).toEqual(['item1-bt-1-honesty']);
  });

  it('supports an open start or end', () => {
    expect(
      selectForExport(sampleDocument(), { ...ALL, from: '2026-02-15' }).entries.map((e) => e.id),
    ).toEqual(['e3']);
    expect(selectForExport(sampleDocument(), { ...ALL, to: '2026-01-05' }).entries.map((e) => e.id)).toEqual([
      'e1',
    ]);
    expect(selectForExport(sampleDocument(), { ...ALL, to: '2026-01-05' }).range).toEqual({
      from: null,
      to: '2026-01-05',
    });
  });

  it('picks tracks and steps; entries are not tied to a track', () => {
    const oneTrack = selectForExport(sampleDocument(), { ...ALL, tracks: ['was-hurt'] });
    expect(stepIds(oneTrack)).toEqual(['wh-1-letting-go-of-anger']);
    expect(oneTrack.tracker.map((t) => t.trackId)).toEqual(['was-hurt']);
    expect(oneTrack.entries).toHaveLength(4);

    const oneStep = selectForExport(sampleDocument(), { ...ALL, stepIds: ['bt-2-reaction'] });
    expect(stepIds(oneStep)).toEqual(['bt-2-reaction']);

    const noTracks = selectForExport(sampleDocument(), { ...ALL, tracks: [] });
    expect(noTracks.programSections).toEqual([]);
    expect(noTracks.tracker).toEqual([]);
  });

  it('includes only the chosen kinds of content', () => {
    const entriesOnly = selectForExport(sampleDocument(), {
      ...ALL,
      include: { entries: true, notes: false, exercises: false, tracker: false },
    });
    expect(entriesOnly.programSections).toEqual([]);
    expect(entriesOnly.tracker).toEqual([]);
    expect(entriesOnly.entries).toHaveLength(4);

    const exercisesOnly = selectForExport(sampleDocument(), {
      ...ALL,
      include: { entries: false, notes: false, exercises: true, tracker: false },
    });
    expect(exercisesOnly.entries).toEqual([]);
    expect(stepIds(exercisesOnly)).toEqual(['bt-1-honesty']);
    expect(notesOf(exercisesOnly)).toEqual([]);
  });

  it('filters entries by any of the tags, without regard to case', () => {
    expect(selectForExport(sampleDocument(), { ...ALL, tags: ['WALK'] }).entries.map((e) => e.id)).toEqual([
      'e2b',
      'e3',
    ]);
    expect(
      selectForExport(sampleDocument(), { ...ALL, tags: ['hard', 'walk'] }).entries.map((e) => e.id),
    ).toEqual(['e1', 'e2b', 'e3']);
    expect(selectForExport(sampleDocument(), { ...ALL, tags: [] }).entries).toHaveLength(4);
    expect(selectForExport(sampleDocument(), { ...ALL, tags: ['none'] }).entries).toEqual([]);
  });

  it('uses the chosen title and leaves out blank notes', () => {
    const document = sampleDocument();
    const first = document.programSections[0]?.steps[1]?.prompts[0];
    if (first?.note) first.note.body = '  \n ';
    const selected = selectForExport(document, { ...ALL, title: 'For Dr. Amari' });
    expect(selected.title).toBe('For Dr. Amari');
    expect(notesOf(selected)).not.toContain('  \n ');
    expect(stepIds(selected)).not.toContain('bt-2-reaction');
  });
});

describe('ExportOptions', () => {
  it('is strict and checks the range', () => {
    expect(ExportOptions.safeParse(ALL).success).toBe(true);
    expect(ExportOptions.safeParse({ ...ALL, extra: 1 }).success).toBe(false);
    expect(ExportOptions.safeParse({ ...ALL, from: '2026-03-02', to: '2026-03-01' }).success).toBe(false);
    expect(ExportOptions.safeParse({ ...ALL, from: '2026-02-30' }).success).toBe(false);
    expect(ExportOptions.safeParse({ ...ALL, paper: 'A5' }).success).toBe(false);
    expect(ExportOptions.safeParse({ ...ALL, include: { ...ALL.include, photos: true } }).success).toBe(
      false,
    );
    expect(ExportOptions.safeParse({ ...ALL, stepIds: ['../etc'] }).success).toBe(false);
  });
});
