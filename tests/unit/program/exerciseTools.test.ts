import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { emptyExercise, ExerciseData } from '../../../src/shared/exercises';
import { TOOL_KINDS, TOOL_SPECS, type ToolData } from '../../../src/shared/exerciseTools';
import { exerciseFromItems, exerciseItems } from '../../../src/shared/export/exerciseItems';
import type { ExerciseRecord, SearchHit } from '../../../src/shared/ipc/contract';
import { TEST_PASSPHRASE } from '../../harness/core';
import { type TempDir, callsInto, closeTestMend, openTestVault } from '../../harness/testVault';
import { TOOL_SAMPLES } from '../../harness/toolSamples';

/** Ids are made afresh on import; compare everything else. */
const withoutIds = (data: unknown) =>
  JSON.parse(JSON.stringify(data, (key, value: unknown) => (key === 'id' ? undefined : value))) as unknown;

describe('the second-edition tools as data', () => {
  it.each(TOOL_KINDS)('%s: the sample and the empty tool fit the schema', (kind) => {
    expect(ExerciseData.safeParse(TOOL_SAMPLES[kind].data).success).toBe(true);
    expect(ExerciseData.parse(emptyExercise(kind))).toEqual(emptyExercise(kind));
  });

  it.each(TOOL_KINDS)('%s: export items read back to the same tool, and write out the same items', (kind) => {
    const { data } = TOOL_SAMPLES[kind];
    const items = exerciseItems(ExerciseData.parse(data));
    const back = exerciseFromItems(kind, items, 0);
    expect(withoutIds(back)).toEqual(withoutIds(data));
    expect(exerciseItems(back)).toEqual(items);
    // Every label the tool describes is in its items, so the PDF says what each line is.
    const labels = new Set(items.map((item) => item.label));
    for (const field of TOOL_SPECS[kind].texts) expect(labels.has(field.label)).toBe(true);
  });

  it('writes a contact attempt as its texts and a dated mark, and a question with its tick', () => {
    expect(exerciseItems(ExerciseData.parse(TOOL_SAMPLES['ending-contact'].data)).slice(3, 6)).toEqual([
      { label: 'What happened', text: 'A message on my work phone.', date: '2026-03-02', done: null },
      { label: 'What I did', text: 'Did not reply; blocked the number.', date: '2026-03-02', done: null },
      { label: 'Told my partner', text: 'Told my partner about it', date: '2026-03-02', done: true },
    ]);
    expect(exerciseItems(ExerciseData.parse(TOOL_SAMPLES['my-questions'].data))[0]).toEqual({
      label: 'Question',
      text: 'When did it start? Copperfield',
      date: null,
      done: true,
    });
    expect(exerciseItems(ExerciseData.parse(TOOL_SAMPLES.deciding.data))[3]).toEqual({
      label: 'Where I am right now',
      text: 'Not yet decided',
      date: null,
      done: null,
    });
  });

  it('refuses saved data that does not fit its description', () => {
    const sample = (kind: keyof typeof TOOL_SAMPLES): ToolData => structuredClone(TOOL_SAMPLES[kind].data);
    const broken: unknown[] = [
      { ...sample('deciding'), choice: 'run-away' },
      { ...sample('deciding'), texts: { ...sample('deciding').texts, extra: 'x' } },
      { ...sample('more-comes-out'), entries: [sample('my-questions').entries[0]] },
      { ...sample('my-questions'), entries: [{ ...sample('my-questions').entries[0], date: '2026-01-01' }] },
      { ...sample('trigger-log'), entries: [{ ...sample('trigger-log').entries[0], date: null }] },
      { ...sample('trigger-log'), entries: [{ ...sample('trigger-log').entries[0], done: true }] },
      {
        ...sample('ending-contact'),
        entries: [{ ...sample('ending-contact').entries[1], doneOn: '2026-03-10' }],
      },
      { ...sample('talk-times'), texts: { ...sample('talk-times').texts, pauseWord: 'x'.repeat(2_001) } },
    ];
    for (const candidate of broken)
      expect(ExerciseData.safeParse(candidate).success, JSON.stringify(candidate)).toBe(false);
  });

  it('refuses export items out of place, rather than guess', () => {
    const items = exerciseItems(ExerciseData.parse(TOOL_SAMPLES['partner-triggered'].data));
    expect(() => exerciseFromItems('partner-triggered', items.slice(1), 0)).toThrow(/could not be read/);
    const stray = items.slice(0, 1);
    const plan = exerciseItems(ExerciseData.parse(TOOL_SAMPLES['more-comes-out'].data));
    expect(() => exerciseFromItems('more-comes-out', [...plan, ...stray], 0)).toThrow(/could not be read/);
  });
});

describe('the tools through the real dispatcher', () => {
  let dir: TempDir;
  let mend: Mend;
  const { call, value } = callsInto(() => mend);

  beforeEach(async () => {
    ({ dir, mend } = await openTestVault({ now: () => 1_700_000_000_000 }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('saves each tool at its step, beside the step exercise, across a lock', async () => {
    for (const { stepId, data } of Object.values(TOOL_SAMPLES))
      await value('program.saveExercise', { stepId, data });
    await value('program.saveExercise', { stepId: 'bt-1-honesty', data: { kind: 'disclosure-list', items: [] } });
    await value('vault.lock', { reason: 'manual' });
    await value('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    for (const { stepId, data } of Object.values(TOOL_SAMPLES)) {
      expect(await value<ExerciseRecord>('program.exercise', { stepId, kind: data.kind })).toMatchObject({
        data,
      });
    }
    expect(await value<ExerciseRecord>('program.exercise', { stepId: 'bt-1-honesty' })).toMatchObject({
      kind: 'disclosure-list',
    });
  });

  it('keeps the two agreed-times tools apart, one per path', async () => {
    const mine = TOOL_SAMPLES['talk-times'].data;
    const theirs = { ...mine, texts: { ...mine.texts, pauseWord: 'Harbour' } };
    await value('program.saveExercise', { stepId: 'bt-2-reaction', data: mine });
    await value('program.saveExercise', { stepId: 'wh-1-letting-go-of-anger', data: theirs });
    expect(await value('program.exercise', { stepId: 'bt-2-reaction', kind: 'talk-times' })).toMatchObject({
      data: mine,
    });
    expect(
      await value('program.exercise', { stepId: 'wh-1-letting-go-of-anger', kind: 'talk-times' }),
    ).toMatchObject({
      data: theirs,
    });
  });

  it('refuses a tool at a step that does not offer it', async () => {
    const saved = await call('program.saveExercise', {
      stepId: 'bt-3-asking-forgiveness',
      data: TOOL_SAMPLES.deciding.data,
    });
    expect(saved.ok ? null : saved.error.code).toBe('VALIDATION');
    const read = await call('program.exercise', { stepId: 'bt-3-asking-forgiveness', kind: 'deciding' });
    expect(read.ok ? null : read.error.code).toBe('NOT_FOUND');
  });

  it('makes what is written in a tool findable, and forgets it once erased', async () => {
    const { stepId, data, find } = TOOL_SAMPLES['understanding-choice'];
    await value('program.saveExercise', { stepId, data });
    const { hits } = await value<{ hits: SearchHit[] }>('search.query', { text: find, limit: 10 });
    expect(hits.map((hit) => [hit.kind, hit.refId, hit.title])).toEqual([
      ['note', 'bt-4-listening:understanding-choice', 'Let your partner be heard: Understanding my choice'],
    ]);
    await value('program.saveExercise', { stepId, data: emptyExercise('understanding-choice') });
    expect((await value<{ hits: SearchHit[] }>('search.query', { text: find, limit: 10 })).hits).toEqual([]);
  });
});
