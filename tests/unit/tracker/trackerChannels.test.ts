import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { latestSchemaVersion, migrate } from '../../../src/main/db/migrate';
import { addDays } from '../../../src/shared/dates';
import { trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';
import { brokeTrust, wasHurt } from './fixtures';
import { NO_ANSWER_MESSAGE } from '../../../src/shared/tracker/checkins';

/** 15 March 2026, mid-afternoon in the machine's own time zone. */
const NOW = new Date(2026, 2, 15, 15, 30).getTime();
const TODAY = '2026-03-15';

describe('tracker channels', () => {
  let dir: TempDir;
  let mend: Mend;
  let clock = NOW;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const value = async (channel: string, input?: unknown): Promise<unknown> => {
    const answer = await call(channel, input);
    if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code} ${answer.error.message}`);
    return answer.value;
  };

  beforeEach(async () => {
    clock = NOW;
    ({ dir, mend } = await openTestVault({ now: () => clock }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('saves a check-in for today and reads it back exactly', async () => {
    const checkin = brokeTrust(TODAY, {
      selfForgiveness: 6,
      rumination: 'often',
      kindness: 4,
      repair: 'Answered her questions without getting defensive.',
      note: 'A heavy morning, a calmer evening.',
    });
    expect(await value('tracker.save', checkin)).toEqual({ checkin, created: true });
    expect(await value('tracker.get', { track: 'broke-trust', date: TODAY })).toEqual({ checkin });
    // The other track's day is still empty.
    expect(await value('tracker.get', { track: 'was-hurt', date: TODAY })).toEqual({ checkin: null });
  });

  it('saving the same day again replaces it (an edit), keeping one row', async () => {
    await value('tracker.save', wasHurt(TODAY, { anger: 8, trust: 2 }));
    clock += 60_000;
    const edited = wasHurt(TODAY, { anger: 4, trust: 3, feltSafe: 'yes', talked: 'helped' });
    expect(await value('tracker.save', edited)).toEqual({ checkin: edited, created: false });
    expect(await value('tracker.range', { track: 'was-hurt', from: TODAY, to: TODAY })).toEqual({
      checkins: [edited],
    });
    const row = mend.vault
      .db()
      .prepare('SELECT created_at, updated_at FROM tracker_checkins WHERE track = ? AND date = ?')
      .get('was-hurt', TODAY);
    expect(row).toEqual({ created_at: NOW, updated_at: NOW + 60_000 });
  });

  it('trims the text, drops an empty note, and ignores unknown fields', async () => {
    const saved = await value('tracker.save', {
      ...brokeTrust(TODAY, { repair: '  Kept my word about the call.  ', note: '   ' }),
      streak: 12,
    });
    expect(saved).toEqual({
      checkin: brokeTrust(TODAY, { repair: 'Kept my word about the call.' }),
      created: true,
    });
    expect(await value('tracker.get', { track: 'broke-trust', date: TODAY })).toEqual({
      checkin: brokeTrust(TODAY, { repair: 'Kept my word about the call.' }),
    });
  });

  it('refuses answers outside the scales, a wrong track, and impossible dates, saving nothing', async () => {
    const refused = [
      brokeTrust(TODAY, { selfForgiveness: 11 }),
      brokeTrust(TODAY, { selfForgiveness: 4.5 }),
      brokeTrust(TODAY, { kindness: 0 }),
      { ...brokeTrust(TODAY, {}), rumination: 'always' },
      { ...brokeTrust(TODAY, {}), repair: 'x'.repeat(501) },
      { ...wasHurt(TODAY, {}), talked: 'sometimes' },
      { ...wasHurt(TODAY, {}), track: 'both' },
      wasHurt('2026-02-30', {}),
      wasHurt('15/03/2026', {}),
      { ...brokeTrust(TODAY, {}), selfForgiveness: null },
    ];
    for (const input of refused) {
      expect(await call('tracker.save', input), JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await value('tracker.summary')).toMatchObject({
      tracks: { 'broke-trust': { count: 0 }, 'was-hurt': { count: 0 } },
    });
  });

  it('saves a quick check-in of one answer, adds the rest later, and refuses one with no answer at all', async () => {
    const quick = { track: 'was-hurt', date: TODAY, anger: 3 };
    expect(await value('tracker.save', quick)).toEqual({ checkin: quick, created: true });
    expect(await value('tracker.get', { track: 'was-hurt', date: TODAY })).toEqual({ checkin: quick });
    expect(await value('tracker.summary')).toMatchObject({
      tracks: { 'was-hurt': { count: 1, last: TODAY } },
    });
    const full = wasHurt(TODAY, { anger: 3, trust: 6, feltSafe: 'yes', talked: 'mixed', note: 'later' });
    expect(await value('tracker.save', full)).toEqual({ checkin: full, created: false });

    for (const empty of [
      { track: 'broke-trust', date: TODAY },
      { track: 'broke-trust', date: TODAY, repair: '  ', note: 'a note is no answer' },
      { track: 'was-hurt', date: TODAY, note: 'nothing answered' },
    ]) {
      const refused = await call('tracker.save', empty);
      expect(refused, JSON.stringify(empty)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!refused.ok) expect(refused.error.message).toContain(NO_ANSWER_MESSAGE);
    }
    // Nothing was lost or overwritten by the refusals.
    expect(await value('tracker.get', { track: 'was-hurt', date: TODAY })).toEqual({ checkin: full });
    expect(await value('tracker.get', { track: 'broke-trust', date: TODAY })).toEqual({ checkin: null });
  });

  it("refuses a day after today by main's clock, and accepts it once that day comes", async () => {
    const tomorrow = wasHurt(addDays(TODAY, 1), {});
    const refused = await call('tracker.save', tomorrow);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/not a day still to come/);
    expect(await value('tracker.get', { track: 'was-hurt', date: addDays(TODAY, 1) })).toEqual({
      checkin: null,
    });

    // Just after local midnight the same date is today.
    clock = new Date(2026, 2, 16, 0, 1).getTime();
    expect(await value('tracker.save', tomorrow)).toEqual({ checkin: tomorrow, created: true });
    expect(await value('tracker.summary')).toMatchObject({ today: '2026-03-16' });
  });

  it('back-fills missed days, and a range lists one track oldest first within its bounds', async () => {
    for (const back of [0, 3, 1, 10, 2]) await value('tracker.save', brokeTrust(addDays(TODAY, -back), {}));
    await value('tracker.save', wasHurt(addDays(TODAY, -1), {}));

    const range = (await value('tracker.range', {
      track: 'broke-trust',
      from: addDays(TODAY, -3),
      to: addDays(TODAY, -1),
    })) as { checkins: { date: string; track: string }[] };
    expect(range.checkins.map((c) => [c.track, c.date])).toEqual([
      ['broke-trust', '2026-03-12'],
      ['broke-trust', '2026-03-13'],
      ['broke-trust', '2026-03-14'],
    ]);
    expect(await value('tracker.summary')).toEqual({
      today: TODAY,
      tracks: {
        'broke-trust': { count: 5, first: '2026-03-05', last: TODAY },
        'was-hurt': { count: 1, first: '2026-03-14', last: '2026-03-14' },
      },
    });
  });

  it('refuses a range that ends before it starts or spans more than ten years', async () => {
    expect(
      await call('tracker.range', { track: 'was-hurt', from: TODAY, to: addDays(TODAY, -1) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('tracker.range', { track: 'was-hurt', from: '2000-01-01', to: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('tracker.range', { track: 'was-hurt', from: '2017-01-01', to: TODAY })).toMatchObject({
      ok: true,
    });
  });

  it('deletes one day and only that day', async () => {
    await value('tracker.save', brokeTrust(TODAY, {}));
    await value('tracker.save', brokeTrust(addDays(TODAY, -1), {}));
    await value('tracker.save', wasHurt(TODAY, {}));
    expect(await value('tracker.delete', { track: 'broke-trust', date: TODAY })).toEqual({ deleted: true });
    expect(await value('tracker.delete', { track: 'broke-trust', date: TODAY })).toEqual({ deleted: false });
    expect(await value('tracker.get', { track: 'broke-trust', date: TODAY })).toEqual({ checkin: null });
    expect(await value('tracker.get', { track: 'broke-trust', date: addDays(TODAY, -1) })).not.toEqual({
      checkin: null,
    });
    expect(await value('tracker.get', { track: 'was-hurt', date: TODAY })).not.toEqual({ checkin: null });
  });

  it('answers LOCKED on every channel while the vault is locked, and keeps the data for the next unlock', async () => {
    await value('tracker.save', brokeTrust(TODAY, { selfForgiveness: 7 }));
    await value('vault.lock', { reason: 'manual' });
    const calls: [string, unknown][] = [
      ['tracker.save', brokeTrust(TODAY, {})],
      ['tracker.get', { track: 'broke-trust', date: TODAY }],
      ['tracker.range', { track: 'broke-trust', from: TODAY, to: TODAY }],
      ['tracker.delete', { track: 'broke-trust', date: TODAY }],
      ['tracker.summary', undefined],
    ];
    for (const [channel, input] of calls) {
      expect(await call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    await value('vault.unlock', { method: 'passphrase', secret: 'quiet river morning 42' });
    expect(await value('tracker.get', { track: 'broke-trust', date: TODAY })).toEqual({
      checkin: brokeTrust(TODAY, { selfForgiveness: 7 }),
    });
  });

  it('reports a stored row the schema cannot read as DAMAGED and leaves it untouched', async () => {
    await value('tracker.save', brokeTrust(TODAY, {}));
    mend.vault
      .db()
      .prepare('UPDATE tracker_checkins SET answers = \'{"selfForgiveness":99}\' WHERE date = ?')
      .run(TODAY);
    expect(await call('tracker.get', { track: 'broke-trust', date: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED' },
    });
    const row = mend.vault.db().prepare('SELECT answers FROM tracker_checkins WHERE date = ?').get(TODAY);
    expect(row).toEqual({ answers: '{"selfForgiveness":99}' });
  });
});

describe('migration 004_tracker', () => {
  it('creates a STRICT table keyed by track and date that refuses malformed rows', () => {
    const db = new Database(':memory:');
    try {
      migrate(db, MIGRATIONS);
      const insert = db.prepare(
        'INSERT INTO tracker_checkins (track, date, answers, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      );
      insert.run('was-hurt', TODAY, '{}', 1, 1);
      expect(() => insert.run('was-hurt', TODAY, '{}', 1, 1)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => insert.run('someone', TODAY, '{}', 1, 1)).toThrow(/CHECK/);
      expect(() => insert.run('was-hurt', '15.03.2026', '{}', 1, 1)).toThrow(/CHECK/);
      expect(() => insert.run('was-hurt', '2026-03-14', 'not json', 1, 1)).toThrow(/CHECK/);
      expect(() => insert.run('was-hurt', '2026-03-14', '[1]', 1, 1)).toThrow(/CHECK/);
      expect(() => insert.run('was-hurt', '2026-03-14', '{}', 'noon', 1)).toThrow(/cannot store TEXT/);
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion(MIGRATIONS));
    } finally {
      db.close();
    }
  });
});
