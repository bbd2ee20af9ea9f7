import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import type { ExerciseRecord } from '../../../src/shared/ipc/contract';
import { TEST_PASSPHRASE } from '../../harness/core';
import { type TempDir, callsInto, closeTestMend, openTestVault } from '../../harness/testVault';

/** Exercise tools' data through the real dispatcher, validated on the way in and out. */
describe('exercises', () => {
  let dir: TempDir;
  let mend: Mend;
  const { call, value } = callsInto(() => mend);

  beforeEach(async () => {
    ({ dir, mend } = await openTestVault({ now: () => 1_700_000_000_000 }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  const disclosure = {
    kind: 'disclosure-list',
    items: [
      { id: 'a1', text: 'The messages in March', sharedOn: '2025-04-02' },
      { id: 'a2', text: 'The trip I lied about', sharedOn: null },
    ],
  };

  it('is empty until saved, then round-trips across a lock', async () => {
    expect(await value('program.exercise', { stepId: 'bt-1-honesty' })).toEqual({
      stepId: 'bt-1-honesty',
      kind: 'disclosure-list',
      data: null,
      updatedAt: null,
    });
    await value('program.saveExercise', { stepId: 'bt-1-honesty', data: disclosure });
    await value('vault.lock', { reason: 'manual' });
    await value('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    expect(await value<ExerciseRecord>('program.exercise', { stepId: 'bt-1-honesty' })).toMatchObject({
      data: disclosure,
      updatedAt: 1_700_000_000_000,
    });
  });

  it('saves every kind of tool at its step', async () => {
    const samples: [string, unknown][] = [
      ['bt-2-reaction', { kind: 'reaction-plan', text: 'Breathe, then listen.' }],
      [
        'bt-3-asking-forgiveness',
        {
          kind: 'apology-workshop',
          draft: 'I am sorry.',
          shouldHave: [{ id: 's1', text: 'Told you the truth' }],
          fromNowOn: [{ id: 'f1', text: 'Answer your questions' }],
        },
      ],
      [
        'bt-4-listening',
        { kind: 'listening-log', entries: [{ id: 'e1', date: '2025-05-01', text: 'You felt alone.' }] },
      ],
      ['bt-5-openness', { kind: 'openness-plan', text: 'Plans for the day, for three months.' }],
      ['bt-6-self-forgiveness', { kind: 'self-forgiveness-checkin', text: 'Kinder today.' }],
      [
        'bt-7-patience',
        {
          kind: 'patience-timeline',
          startedOn: '2025-01-10',
          milestones: [{ id: 'm1', date: '2025-02-01', text: 'A calm dinner.' }],
        },
      ],
      [
        'wh-1-letting-go-of-anger',
        { kind: 'anger-release', letter: 'All of it.', releasedAt: 1_700_000_000_000 },
      ],
      [
        'wh-2-lingering-feelings',
        {
          kind: 'linger-reflection',
          entries: [
            {
              id: 'l1',
              date: '2025-03-03',
              before: 'A song',
              body: 'Tight chest',
              thought: 'Again',
              source: 'older',
              helps: 'A walk',
            },
          ],
        },
      ],
      [
        'wh-3-expectations',
        {
          kind: 'expectations-list',
          canLiveWith: [{ id: 'c1', text: 'Forgetting' }],
          willNotAccept: [{ id: 'w1', text: 'New lies' }],
        },
      ],
      [
        'wh-4-love',
        { kind: 'love-notes', entries: [{ id: 'n1', date: '2025-06-01', text: 'Coffee in bed.' }] },
      ],
    ];
    for (const [stepId, data] of samples) {
      await value('program.saveExercise', { stepId, data });
      expect(await value<ExerciseRecord>('program.exercise', { stepId }), stepId).toMatchObject({ data });
    }
  });

  it('refuses bad payloads with VALIDATION and keeps what was saved', async () => {
    await value('program.saveExercise', { stepId: 'bt-1-honesty', data: disclosure });
    const bad: unknown[] = [
      { kind: 'disclosure-list' },
      { kind: 'disclosure-list', items: [{ id: 'a1', text: 'x' }] },
      { kind: 'disclosure-list', items: [{ id: 'a1', text: 'x', sharedOn: '2025-02-30' }] },
      { kind: 'disclosure-list', items: [{ id: 'has space', text: 'x', sharedOn: null }] },
      { kind: 'disclosure-list', items: [], extra: true },
      {
        kind: 'disclosure-list',
        items: Array.from({ length: 301 }, (_, i) => ({ id: `i${i}`, text: 'x', sharedOn: null })),
      },
      { kind: 'not-a-kind', items: [] },
      // A valid payload of another kind: this step offers the disclosure list.
      { kind: 'reaction-plan', text: 'fine on its own' },
      'just a string',
    ];
    for (const data of bad) {
      expect(
        await call('program.saveExercise', { stepId: 'bt-1-honesty', data }),
        JSON.stringify(data).slice(0, 60),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await call('program.saveExercise', { stepId: 'bt-9-missing', data: disclosure })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(await value<ExerciseRecord>('program.exercise', { stepId: 'bt-1-honesty' })).toMatchObject({
      data: disclosure,
    });
  });

  it('reports a stored row that no longer fits its schema as damaged, and leaves it untouched', async () => {
    const broken = JSON.stringify({ kind: 'disclosure-list', items: 'not a list' });
    mend.vault
      .db()
      .prepare(
        "INSERT INTO exercise_data (step_id, kind, data, content_version, updated_at) VALUES ('bt-1-honesty', 'disclosure-list', ?, 1, 1)",
      )
      .run(broken);
    expect(await call('program.exercise', { stepId: 'bt-1-honesty' })).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED' },
    });
    const row = mend.vault.db().prepare('SELECT data FROM exercise_data').get() as { data: string };
    expect(row.data).toBe(broken);
  });
});
