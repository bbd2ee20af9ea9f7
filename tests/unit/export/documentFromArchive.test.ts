import { describe, expect, it } from 'vitest';
import {
  documentFromArchive,
  EARLIER_PROMPT_TEXT,
  EARLIER_STEP_TITLE,
} from '../../../src/shared/export/documentFromArchive';
import { ExportDocument } from '../../../src/shared/export/exportModel';
import { selectForExport } from '../../../src/shared/export/selectForExport';
import { loadProgram, sampleArchive, SAMPLE_TODAY } from '../../harness/exportSamples';
import { ALL } from './fixtures';

const utcDay = (instant: string): string => instant.slice(0, 10);

describe('documentFromArchive', () => {
  it('puts notes under their prompts, exercises and status under their steps, in program order', async () => {
    const program = await loadProgram();
    const document = documentFromArchive({
      program,
      archive: sampleArchive(),
      selection: ALL,
      generatedOn: SAMPLE_TODAY,
      dayOf: utcDay,
    });
    expect(ExportDocument.parse(document)).toEqual(document);
    const bt = document.programSections[0];
    expect(bt?.trackId).toBe('broke-trust');
    expect(bt?.steps.map((s) => s.stepId)).toEqual(program.tracks[0]?.steps.map((s) => s.id));
    const honesty = bt?.steps[0];
    expect(honesty?.status).toBe('done');
    expect(honesty?.prompts[0]?.text).toBe(program.tracks[0]?.steps[0]?.prompts[0]?.text);
    expect(honesty?.prompts[0]?.note).toEqual({
      body: 'Everything, including the parts I kept back the first time.\n\nI wrote the list twice before it was honest.',
      updatedOn: '2026-01-12',
    });
    expect(honesty?.exercise?.title).toBe(program.tracks[0]?.steps[0]?.exercise.title);
    expect(bt?.steps[2]?.status).toBe('not-started');
    expect(document.entries[0]?.stepTitle).toBe(program.tracks[0]?.steps[0]?.title);
  });

  it('lays out one chart per metric for the period and says how many days were checked in', async () => {
    const program = await loadProgram();
    const selection = { ...ALL, from: '2026-03-01', to: '2026-03-31' };
    const document = documentFromArchive({
      program,
      archive: sampleArchive(),
      selection,
      generatedOn: SAMPLE_TODAY,
    });
    const [bt, wh] = document.tracker;
    expect(bt?.charts.map((c) => c.metricLabel)).toEqual([
      'Self-forgiveness',
      'How often the past took over',
      'Kindness toward yourself',
    ]);
    expect(wh?.charts).toHaveLength(4);
    expect(bt?.charts[0]?.chart.points.every((p) => p.date >= '2026-03-01' && p.date <= '2026-03-31')).toBe(
      true,
    );
    expect(bt?.summaryLines[0]).toMatch(/^\d+ days with a check-in between 1 Mar 2026 and 31 Mar 2026\.$/);
    const none = documentFromArchive({
      program,
      archive: sampleArchive(),
      selection: { ...ALL, from: '2020-01-01', to: '2020-02-01' },
      generatedOn: SAMPLE_TODAY,
    });
    expect(none.tracker).toEqual([]);
  });

  it('never drops a note or exercise whose prompt or step left the program', async () => {
    const program = await loadProgram();
    const archive = sampleArchive();
    archive.notes.push(
      { promptId: 'bt-1-honesty.p9', body: 'orphan of a known step', updatedAt: '2026-01-01T10:00:00Z' },
      { promptId: 'wh-9-retired-step.p1', body: 'orphan of a gone step', updatedAt: '2026-01-02T10:00:00Z' },
    );
    archive.exercises.push({
      stepId: 'wh-9-retired-step',
      kind: 'anger-release',
      items: [{ label: null, text: 'old item', date: null, done: null }],
      updatedAt: '2026-01-02T10:00:00Z',
    });
    const document = selectForExport(
      documentFromArchive({ program, archive, selection: ALL, generatedOn: SAMPLE_TODAY, dayOf: utcDay }),
      ALL,
    );
    const prompts = document.programSections.flatMap((s) => s.steps.flatMap((step) => step.prompts));
    expect(prompts.find((p) => p.note?.body === 'orphan of a known step')?.text).toBe(EARLIER_PROMPT_TEXT);
    const gone = document.programSections[1]?.steps.at(-1);
    expect(gone?.stepId).toBe('wh-9-retired-step');
    expect(gone?.title).toBe(EARLIER_STEP_TITLE);
    expect(gone?.prompts.map((p) => p.note?.body)).toEqual(['orphan of a gone step']);
    expect(gone?.exercise?.items.map((i) => i.text)).toEqual(['old item']);
    expect(ExportDocument.parse(document)).toEqual(document);
  });
});
