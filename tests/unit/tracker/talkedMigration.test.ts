import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, makeTempDir, REPO_ROOT, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, callsInto, closeTestMend, openTestVault } from '../../harness/testVault';

/**
 * Migration 7 on a real encrypted vault: the hurt partner's old yes/no answers to "Did you
 * raise the past again today?" are written as the code before this change wrote them (the
 * row JSON with `raisedPast`, schema version 6), the journal is locked and opened again, and
 * every answer comes back readable under the new question, with nothing else changed.
 */
describe('migration 7: "did you raise the past" becomes "did you talk about it"', () => {
  let dir: TempDir;
  let mend: Mend;
  const { call, value } = callsInto(() => mend);

  beforeEach(async () => {
    ({ dir, mend } = await openTestVault({ now: () => new Date(2026, 2, 15, 12).getTime() }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('keeps every old answer readable, and leaves the other rows as they were', async () => {
    const db = mend.vault.db();
    const insert = db.prepare(
      'INSERT INTO tracker_checkins (track, date, answers, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    // Exactly what the first edition's tracker store wrote: the answers without track and date.
    insert.run('was-hurt', '2026-03-01', '{"anger":7,"trust":3,"feltSafe":"partly","raisedPast":true}', 1, 1);
    insert.run('was-hurt', '2026-03-02', '{"anger":2,"trust":6,"feltSafe":"yes","raisedPast":false,"note":"Quiet."}', 2, 2);
    insert.run('broke-trust', '2026-03-01', '{"selfForgiveness":4,"rumination":"often","kindness":2,"repair":""}', 3, 3);
    db.pragma('user_version = 6');
    await value('vault.lock', { reason: 'manual' });
    await value('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });

    expect(await value('tracker.get', { track: 'was-hurt', date: '2026-03-01' })).toMatchObject({
      checkin: { anger: 7, trust: 3, feltSafe: 'partly', talked: 'yes' },
    });
    expect(await value('tracker.get', { track: 'was-hurt', date: '2026-03-02' })).toMatchObject({
      checkin: { anger: 2, feltSafe: 'yes', talked: 'no', note: 'Quiet.' },
    });
    const rows = mend.vault
      .db()
      .prepare('SELECT track, date, answers, updated_at AS updatedAt FROM tracker_checkins ORDER BY track, date')
      .all();
    expect(rows).toEqual([
      {
        track: 'broke-trust',
        date: '2026-03-01',
        answers: '{"selfForgiveness":4,"rumination":"often","kindness":2,"repair":""}',
        updatedAt: 3,
      },
      { track: 'was-hurt', date: '2026-03-01', answers: '{"anger":7,"trust":3,"feltSafe":"partly","talked":"yes"}', updatedAt: 1 },
      {
        track: 'was-hurt',
        date: '2026-03-02',
        answers: '{"anger":2,"trust":6,"feltSafe":"yes","note":"Quiet.","talked":"no"}',
        updatedAt: 2,
      },
    ]);
    expect(mend.vault.db().pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
  });

  it('a new answer says whether talking helped', async () => {
    const day = { track: 'was-hurt', date: '2026-03-15', anger: 3, trust: 5, feltSafe: 'yes', talked: 'mixed' };
    await value('tracker.save', day);
    expect(await value('tracker.get', { track: 'was-hurt', date: '2026-03-15' })).toMatchObject({ checkin: day });
    expect((await call('tracker.save', { ...day, talked: true })).ok).toBe(false);
  });
});

/**
 * `tests/fixtures/vault-with-raised-past` was written by Mend as it was before migration 7
 * (commit 7aa2ad7, by the `make-fixture.ts` beside it): a hurt partner who answered "Did you
 * raise the past again today?" yes, no and yes on 1 to 3 March 2026, two of them with a note,
 * and one broke-trust day. Opened by today's code, every answer reads under the new question.
 */
describe('migration 7 on a vault written by the build before it', () => {
  it('opens the old vault and shows each old answer under "Did you talk about it today?"', async () => {
    const dir = await makeTempDir();
    await cp(join(REPO_ROOT, 'tests', 'fixtures', 'vault-with-raised-past'), dir.path, { recursive: true });
    const mend = await createTestMend(dir.path);
    const call = async (channel: string, input?: unknown) => {
      const result = await mend.dispatch(channel, input, trustedSender);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    };
    try {
      await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
      expect(mend.vault.db().pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);

      const range = await call('tracker.range', { track: 'was-hurt', from: '2026-03-01', to: '2026-03-31' });
      expect(range).toEqual({
        checkins: [
          { track: 'was-hurt', date: '2026-03-01', anger: 8, trust: 2, feltSafe: 'partly', talked: 'yes' },
          {
            track: 'was-hurt',
            date: '2026-03-02',
            anger: 5,
            trust: 4,
            feltSafe: 'yes',
            talked: 'no',
            note: 'We did not talk about it. A quiet walk.',
          },
          {
            track: 'was-hurt',
            date: '2026-03-03',
            anger: 6,
            trust: 3,
            feltSafe: 'partly',
            talked: 'yes',
            note: 'I asked about the hotel again. It hurt and it helped.',
          },
        ],
      });
      // The other path's day is left as the old build wrote it.
      expect(await call('tracker.get', { track: 'broke-trust', date: '2026-03-03' })).toEqual({
        checkin: {
          track: 'broke-trust',
          date: '2026-03-03',
          selfForgiveness: 3,
          rumination: 'often',
          kindness: 2,
          repair: 'Answered every question.',
        },
      });
      // No row keeps the old field, so nothing reads an old answer as the old question.
      const stored = mend.vault.db().prepare('SELECT answers FROM tracker_checkins').all() as { answers: string }[];
      expect(stored).toHaveLength(4);
      for (const { answers } of stored) expect(answers).not.toContain('raisedPast');
    } finally {
      await mend.dispose();
      await dir.remove();
    }
  });
});
